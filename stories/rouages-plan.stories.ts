import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/index.js';
import { actionsFromCase, type CooperationCase } from '../src/index.js';
import { inProgress } from './plan-samples.js';
import { darkTheme, partial } from './shared.js';
import beauvaisis from '../framework/cases/emergence-beauvaisis-2021.json';
import mureaux from '../framework/cases/ptce-vivre-les-mureaux-2021-06.json';
import beauvaisisEn from '../framework/cases/en/emergence-beauvaisis-2021.json';

interface PlanArgs {
  plan?: unknown;
  diagnostic?: unknown;
  readonly?: boolean;
  today?: string;
  headingLevel?: number;
  locale?: string;
  storageKey?: string;
}

const meta: Meta<PlanArgs> = {
  title: 'Elements/rouages-plan',
  component: 'rouages-plan',
  tags: ['autodocs'],
  args: { headingLevel: 2, readonly: false, today: '2024-03-01' },
  argTypes: {
    plan: { control: 'object' },
    diagnostic: { control: 'object' },
    readonly: { control: 'boolean' },
    today: { control: 'text' },
    headingLevel: { control: { type: 'number', min: 1, max: 6, step: 1 } },
    locale: { control: 'inline-radio', options: [undefined, 'fr', 'en'] },
  },
  render: (args) => html`<rouages-plan
    .plan=${args.plan}
    .diagnostic=${args.diagnostic}
    ?readonly=${args.readonly}
    today=${args.today ?? ''}
    heading-level=${args.headingLevel ?? 2}
    locale=${args.locale ?? 'fr'}
    project="PTCE du Val"
  ></rouages-plan>`,
};
export default meta;

type Story = StoryObj<PlanArgs>;

/** A new plan: nothing yet; the diagnostic's next gears are offered as starting points. */
export const Empty: Story = { args: { diagnostic: partial } };

/** A plan under way (illustrative data, said on the page): done, in progress, overdue, postponed with its reason. */
export const InProgress: Story = { name: 'In progress', args: { plan: inProgress, diagnostic: partial } };

/** A case of the source read as a plan: its modes, partners and postponement; the page says the dimensions are a reading. */
export const SourceCase: Story = { name: 'A case of the source: Emergence Beauvaisis 2021', args: { plan: actionsFromCase(beauvaisis as CooperationCase), readonly: true } };

/** The Vivre Les Mureaux diagnostic, whose findings repeat the PHARE's (its note says so). */
export const SourceCaseMureaux: Story = { name: 'A case of the source: Vivre Les Mureaux 2021', args: { plan: actionsFromCase(mureaux as CooperationCase), readonly: true } };

/** English: the interface, the framework and the case in English. */
export const English: Story = { args: { plan: actionsFromCase(beauvaisisEn as CooperationCase), locale: 'en' } };

/** Read-only: what a committee prints or a page shows; export and print stay. */
export const ReadOnly: Story = { name: 'Read-only', args: { plan: inProgress, readonly: true } };

/** On a dark page: the colour tokens set on a wrapper, which the plan inherits. */
export const Dark: Story = {
  args: { plan: inProgress, diagnostic: partial },
  decorators: [(story) => html`<div style=${styleMap({ ...darkTheme, padding: '1.5rem', borderRadius: '8px' })}>${story()}</div>`],
};
