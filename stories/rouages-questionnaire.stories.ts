import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/index.js';
import { indexFramework, framework } from '../src/index.js';
import { onDarkPage, partial, phare2021, rouageIds } from './shared.js';

interface QuestionnaireArgs {
  value?: unknown;
  storageKey?: string;
  name?: string;
  endpoint?: string;
  readonly?: boolean;
  startAt?: string;
  locale?: string;
}

/** The sample diagnostic with every indicator rated: a completed self-diagnosis. */
const completed = (() => {
  const answers: Record<string, number | null> = { ...phare2021.answers };
  for (const { id } of indexFramework(framework).ratedOrder) answers[id] ??= 1;
  return { ...phare2021, answers };
})();

const meta: Meta<QuestionnaireArgs> = {
  title: 'Elements/rouages-questionnaire',
  component: 'rouages-questionnaire',
  tags: ['autodocs'],
  argTypes: {
    value: { control: 'object' },
    startAt: { control: 'select', options: [undefined, ...rouageIds] },
    locale: { control: 'inline-radio', options: [undefined, 'fr', 'en'] },
    readonly: { control: 'boolean' },
  },
  render: (args) => html`<rouages-questionnaire
    .value=${args.value}
    storage-key=${ifDefined(args.storageKey || undefined)}
    name=${ifDefined(args.name)}
    endpoint=${ifDefined(args.endpoint)}
    start-at=${ifDefined(args.startAt || undefined)}
    locale=${ifDefined(args.locale || undefined)}
    ?readonly=${args.readonly}
  ></rouages-questionnaire>`,
};
export default meta;

type Story = StoryObj<QuestionnaireArgs>;

/** The start: the project's details, the method and the rating scale. */
export const Empty: Story = {};

/** A diagnostic begun: the list on the side shows what is done, dimension by dimension. */
export const InProgress: Story = { name: 'In progress', args: { value: partial, startAt: 'noyau-dur' } };

/** Every indicator rated: open the results from the list to see the wheel and the next gears. */
export const Completed: Story = { args: { value: completed, startAt: 'deploiement' } };

/** `readonly`: the answers are shown, nothing can be changed. */
export const ReadOnly: Story = { name: 'Read-only', args: { value: phare2021, readonly: true } };

/** `storage-key`: every answer is kept in this browser; reload the story and carry on. */
export const SavedInTheBrowser: Story = { name: 'Saved in the browser', args: { storageKey: 'storybook-questionnaire' } };

/** English, with `locale="en"`. */
export const English: Story = { args: { value: partial, locale: 'en' } };

/** On a dark page: the colour tokens set on a wrapper, which the questionnaire inherits. */
export const Dark: Story = { args: { value: partial, startAt: 'noyau-dur' }, decorators: [onDarkPage] };

/**
 * Inside a plain `<form>`: the diagnostic is a form field (JSON under `name`), the project's
 * name is required by the browser's own validation. Submitting here shows what the form sends.
 */
export const InAForm: Story = {
  name: 'In a form',
  render: () => html`<form
      @submit=${(event: SubmitEvent) => {
        event.preventDefault();
        const sent = new FormData(event.target as HTMLFormElement).get('diagnostic');
        const output = (event.target as HTMLFormElement).querySelector('output')!;
        output.value = sent ? `${String(sent).slice(0, 300)}…` : '';
      }}
    >
      <rouages-questionnaire name="diagnostic" .value=${partial}></rouages-questionnaire>
      <p><button>Envoyer le formulaire</button></p>
      <p>Ce que le formulaire envoie : <output></output></p>
    </form>`,
};

/**
 * `endpoint`: the results page's "Envoyer" posts the diagnostic as JSON. There is no server
 * behind this static Storybook, so the post fails: the element says so, keeps the answers and
 * offers to try again.
 */
export const WithEndpoint: Story = { name: 'With endpoint', args: { value: completed, endpoint: '/api/diagnostics' } };
