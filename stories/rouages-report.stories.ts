import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/index.js';
import { comite, onDarkPage, phare2021, phare2022 } from './shared.js';
import beauvaisis from '../framework/cases/emergence-beauvaisis-2021.json';
import maison from '../framework/cases/maison-economie-solidaire-2021-2022.json';
import asca from '../framework/cases/scene-a-velos-asca-2021-2022.json';
import bailleul from '../framework/cases/tzcld-bailleul-2021-2022.json';
import sudOise from '../framework/cases/emergence-sud-oise-2022.json';
import phare from '../framework/cases/ptce-autonhommes-phare-2021-10.json';
import mureaux from '../framework/cases/ptce-vivre-les-mureaux-2021-06.json';

interface ReportArgs {
  diagnostic?: unknown;
  compare?: unknown;
  diagnostics?: unknown;
  case?: unknown;
  headingLevel?: number;
  locale?: string;
}

const meta: Meta<ReportArgs> = {
  title: 'Elements/rouages-report',
  component: 'rouages-report',
  tags: ['autodocs'],
  args: { headingLevel: 2 },
  argTypes: {
    diagnostic: { control: 'object' },
    compare: { control: 'object' },
    diagnostics: { control: 'object' },
    case: { control: 'object' },
    headingLevel: { control: { type: 'number', min: 1, max: 6, step: 1 } },
    locale: { control: 'inline-radio', options: [undefined, 'fr', 'en'] },
  },
  render: (args) => html`<rouages-report
    .diagnostic=${args.diagnostic}
    .compare=${args.compare}
    .diagnostics=${args.diagnostics}
    .case=${args.case}
    heading-level=${args.headingLevel ?? 2}
    locale=${args.locale ?? 'fr'}
  ></rouages-report>`,
};
export default meta;

type Story = StoryObj<ReportArgs>;

/** Nothing given: what the report is for, and where to drop the questionnaire's exports. */
export const Empty: Story = {};

/** One diagnostic: scores per dimension and phase, next gears with their tools, the notes. */
export const OneDiagnostic: Story = { name: 'One diagnostic', args: { diagnostic: phare2021 } };

/** A steering committee of five: the divergent items first, "to discuss", with who answered what. */
export const SteeringCommittee: Story = { name: 'Steering committee (5 respondents)', args: { diagnostics: comite } };

/** A bad file among good ones: named with its reason; the good ones are used. */
export const BadFileAmongGood: Story = {
  name: 'A bad file among good ones',
  args: { diagnostics: [comite[0], { schema: 'rouages-diagnostic/1', project: 'PTCE', answers: { 'pilote.i1': 9 } }, comite[1]] },
};

/** Two dates: what progressed and what fell back, in words, and both on the wheel. */
export const TwoDates: Story = { name: 'Two dates', args: { diagnostic: phare2022, compare: phare2021 } };

/** English. */
export const English: Story = { args: { diagnostics: comite, locale: 'en' } };

/** On a dark page: the colour tokens set on a wrapper, which the report inherits. */
export const Dark: Story = { args: { diagnostics: comite }, decorators: [onDarkPage] };

/** The source's accompaniments and diagnostics, one story each. */
export const CaseBeauvaisis: Story = { name: 'Case: Emergence Beauvaisis 2021', args: { case: beauvaisis } };
export const CaseMaison: Story = { name: "Case: Maison d'Economie Solidaire 2021-2022", args: { case: maison } };
export const CaseAsca: Story = { name: 'Case: Scène à Vélos (ASCA) 2021-2022', args: { case: asca } };
export const CaseBailleul: Story = { name: 'Case: TZCLD Bailleul 2021-2022', args: { case: bailleul } };
export const CaseSudOise: Story = { name: 'Case: Emergence Sud Oise 2022', args: { case: sudOise } };
export const CasePhare: Story = { name: "Case: PTCE Auton'hommes (PHARE), October 2021", args: { case: phare } };
export const CaseMureaux: Story = { name: 'Case: PTCE Vivre Les Mureaux, June 2021', args: { case: mureaux } };
