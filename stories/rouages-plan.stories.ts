import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/index.js';
import { actionsFromCase, addAction, createPlan, type CooperationCase, type Plan, type Result } from '../src/index.js';
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

function ok<T>(result: Result<T>): T {
  if (!result.success) throw new Error(result.error.message);
  return result.data;
}

/**
 * A plan in progress of an invented project ("PTCE du Val"): people, organisations and dates
 * are illustrative, and the plan's note says so on the page.
 */
export const inProgress: Plan = (() => {
  const now = new Date('2024-01-15T09:00:00Z');
  let plan = createPlan({ project: 'PTCE du Val', now, id: 'story-ptce-du-val' });
  plan = { ...plan, note: "Données d'illustration : ce projet, ses porteurs et ses dates sont inventés pour l'exemple." };
  const add = (fields: Parameters<typeof addAction>[1], id: string) => (plan = ok(addAction(plan, fields, { now, id })));
  add({ rouage: 'pilote', text: 'Tenir un comité de pilotage tous les deux mois', owner: 'Association du Val', modes: ['realisation-interne'], status: 'done', doneAt: '2024-02-20' }, 'val-1');
  add({ rouage: 'noyau-dur', tool: 'noyau-dur.t1', text: 'Rédiger la charte du noyau dur', owner: 'Coopérative du Val', due: '2024-03-31', status: 'in-progress', modes: ['montee-en-competences'] }, 'val-2');
  add({ rouage: 'constats-de-territoire', text: 'Enquête auprès des habitants', due: '2024-02-01', modes: ['appui-partenaire'], partner: "appui d'une université (exemple)" }, 'val-3');
  add({ dimension: 'ressources', text: 'Chercher un financement pour l\'animation', status: 'postponed', reason: "remise à plus tard au profit de l'enquête habitants" }, 'val-4');
  add({ rouage: 'diagnostic', text: 'Refaire le diagnostic dans un an', due: '2025-01-15' }, 'val-5');
  return plan;
})();

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
