import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/index.js';
import { onDarkPage, phare2021, rouageIds, tokenStyles } from './shared.js';

interface CardArgs {
  rouage?: string;
  diagnostic?: unknown;
  compact?: boolean;
  headingLevel?: number;
  locale?: string;
  framework?: unknown;
  [token: `--${string}`]: string | undefined;
}

const meta: Meta<CardArgs> = {
  title: 'Elements/rouage-card',
  component: 'rouage-card',
  tags: ['autodocs'],
  args: { rouage: 'noyau-dur', compact: false, headingLevel: 3 },
  argTypes: {
    rouage: { control: 'select', options: [undefined, ...rouageIds, 'inconnu'] },
    diagnostic: { control: 'object' },
    framework: { control: 'object' },
    compact: { control: 'boolean' },
    headingLevel: { control: { type: 'number', min: 1, max: 6, step: 1 } },
    locale: { control: 'inline-radio', options: [undefined, 'fr', 'en'] },
  },
  render: (args) => html`<rouage-card
    style=${styleMap(tokenStyles(args))}
    rouage=${ifDefined(args.rouage || undefined)}
    .diagnostic=${args.diagnostic}
    .framework=${args.framework}
    ?compact=${args.compact}
    heading-level=${ifDefined(args.headingLevel)}
    locale=${ifDefined(args.locale || undefined)}
  ></rouage-card>`,
};
export default meta;

type Story = StoryObj<CardArgs>;

/** `rouage="noyau-dur"`: the whole rouage as the method describes it. */
export const Default: Story = {};

/** With a diagnostic: the rouage's score, each indicator's rating and the notes on the questions. */
export const WithDiagnostic: Story = {
  name: 'With diagnostic',
  args: { rouage: 'collectif-elargi', diagnostic: phare2021 },
};

/** `compact`: title, mission and score, with a button to show the rest. */
export const Compact: Story = {
  args: { rouage: 'pilote', diagnostic: phare2021, compact: true },
};

/** The one rouage without indicators (Aspiration sociale collective) is rated on its mission. */
export const NoIndicators: Story = {
  name: 'No indicators',
  args: { rouage: 'aspiration-sociale-collective', diagnostic: phare2021 },
};

/** An id the framework does not know: the card says so. */
export const UnknownId: Story = {
  name: 'Unknown id',
  args: { rouage: 'inconnu' },
};

/** `locale="en"`: the English framework (loaded on first use) and interface. */
export const English: Story = {
  args: { locale: 'en', diagnostic: phare2021 },
};

/** On a dark page: the colour tokens set on a wrapper, which the card inherits. */
export const Dark: Story = {
  args: { diagnostic: phare2021 },
  decorators: [onDarkPage],
};
