import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { fn } from 'storybook/test';
import '../src/index.js';
import { brandColors, comite, dimensionIds, malformed, onDarkPage, partial, phare2021, phare2022, phaseIds, rouageIds, tokenStyles } from './shared.js';

interface WheelArgs {
  diagnostic?: unknown;
  scores?: string;
  compare?: unknown;
  aggregate?: unknown;
  selected?: string;
  highlight?: string;
  locale?: string;
  framework?: unknown;
  onRouagesSelect?: (event: CustomEvent<{ id: string }>) => void;
  /** The width of the wheel's box, in px: the wheel fills the width it is given. */
  size?: number;
  [token: `--${string}`]: string | undefined;
}

const meta: Meta<WheelArgs> = {
  title: 'Elements/rouages-wheel',
  component: 'rouages-wheel',
  tags: ['autodocs'],
  args: { onRouagesSelect: fn() },
  argTypes: {
    diagnostic: { control: 'object' },
    compare: { control: 'object' },
    aggregate: { control: 'object' },
    framework: { control: 'object' },
    scores: { control: 'text' },
    selected: { control: 'select', options: [undefined, ...rouageIds] },
    highlight: { control: 'select', options: [undefined, ...dimensionIds, ...phaseIds] },
    locale: { control: 'inline-radio', options: [undefined, 'fr', 'en'] },
    size: {
      control: { type: 'range', min: 240, max: 960, step: 20 },
      description: 'The width of the box the wheel is in, in px (not an attribute: the wheel fills the width its page gives it, and never overflows it). Empty: the width of the story.',
      table: { category: 'layout', type: { summary: 'number (px)' } },
    },
  },
  render: (args) => html`<rouages-wheel
    style=${styleMap({ ...tokenStyles(args), ...(args.size ? { width: `${args.size}px`, maxWidth: '100%' } : {}) })}
    .diagnostic=${args.diagnostic}
    .compare=${args.compare}
    .aggregate=${args.aggregate}
    .framework=${args.framework}
    scores=${ifDefined(args.scores || undefined)}
    selected=${ifDefined(args.selected || undefined)}
    highlight=${ifDefined(args.highlight || undefined)}
    locale=${ifDefined(args.locale || undefined)}
    @rouages-select=${args.onRouagesSelect}
  ></rouages-wheel>`,
};
export default meta;

type Story = StoryObj<WheelArgs>;

/** The map of the method: no diagnostic, the 20 rouages in their dimensions and phases. */
export const Empty: Story = {};

/** A diagnostic just begun: the unrated rouages are hatched, each dimension's next gear is marked. */
export const Partial: Story = { args: { diagnostic: partial } };

/** The sample diagnostic of the PTCE Auton'hommes (PHARE), October 2021 (illustrative ratings). */
export const Complete: Story = { args: { diagnostic: phare2021 } };

/** The same project a year later (`.diagnostic`), with the 2021 scores as dashed lines (`.compare`). */
export const Compare: Story = { args: { diagnostic: phare2022, compare: phare2021 } };

/** Five members of the steering committee (`.aggregate`): the mean, the spread between them, and where views diverge. */
export const Aggregate: Story = { args: { aggregate: comite } };

/** `selected="noyau-dur"`: the rouage is outlined and described under the wheel. */
export const Selected: Story = { args: { diagnostic: phare2021, selected: 'noyau-dur' } };

/** `highlight="ressources"`: one dimension (or phase) brought forward, the others faded. */
export const Highlight: Story = { args: { diagnostic: phare2021, highlight: 'ressources' } };

/** `locale="en"`: the English framework (loaded on first use) and interface. */
export const English: Story = { args: { diagnostic: phare2021, locale: 'en' } };

/** On a dark page: the colour tokens set on a wrapper, which the element inherits. */
export const Dark: Story = {
  args: { diagnostic: phare2021 },
  decorators: [onDarkPage],
};

/** `size` (a story control): the same wheel in a 360 px box; drag the control to see it grow and shrink. */
export const Size: Story = { args: { diagnostic: phare2021, size: 360 } };

/** In a 320 px column (a phone): labels shorten, percentages give way to the fill. */
export const Narrow: Story = {
  args: { diagnostic: phare2021 },
  decorators: [(story) => html`<div style="width: 320px; max-width: 100%">${story()}</div>`],
};

/** A network's own colours, through the `--rouages-color-<dimension>` tokens. */
export const BrandColours: Story = {
  name: 'Brand colours',
  args: { diagnostic: phare2021, ...brandColors },
};

/** A malformed diagnostic: the element says, in words, what is wrong with it, and still shows the method. */
export const BadInput: Story = {
  name: 'Bad input',
  args: { diagnostic: malformed },
};
