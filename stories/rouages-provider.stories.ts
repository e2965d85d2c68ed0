import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import '../src/index.js';
import { onDarkPage, phare2021, rouageIds } from './shared.js';

interface ProviderArgs {
  diagnostic?: unknown;
  compare?: unknown;
  diagnostics?: unknown;
  selected?: string;
  locale?: string;
  framework?: unknown;
  onRouagesSelect?: (event: CustomEvent<{ id: string }>) => void;
}

const meta: Meta<ProviderArgs> = {
  title: 'Elements/rouages-provider',
  component: 'rouages-provider',
  tags: ['autodocs'],
  args: { diagnostic: phare2021, onRouagesSelect: fn() },
  argTypes: {
    diagnostic: { control: 'object' },
    compare: { control: 'object' },
    diagnostics: { control: 'object' },
    framework: { control: 'object' },
    selected: { control: 'select', options: [undefined, ...rouageIds] },
    locale: { control: 'inline-radio', options: [undefined, 'fr', 'en'] },
  },
  render: (args) => html`<rouages-provider
    .diagnostic=${args.diagnostic}
    .compare=${args.compare}
    .diagnostics=${args.diagnostics}
    .framework=${args.framework}
    selected=${ifDefined(args.selected || undefined)}
    locale=${ifDefined(args.locale || undefined)}
    @rouages-select=${args.onRouagesSelect}
  >
    <div style="display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: flex-start">
      <rouages-wheel style="flex: 1 1 420px; min-width: 0"></rouages-wheel>
      <rouage-card style="flex: 1 1 320px; min-width: 0"></rouage-card>
    </div>
  </rouages-provider>`,
};
export default meta;

type Story = StoryObj<ProviderArgs>;

/**
 * A wheel beside a card, inside one provider that holds the sample diagnostic: choosing a
 * rouage in the wheel (click, or Tab, arrows and Enter) shows it in the card. No script on
 * the page: the provider hands its diagnostic and its selection to both.
 */
export const WheelAndCard: Story = {
  name: 'Wheel and card',
  play: async ({ canvasElement, args }) => {
    const wheel = canvasElement.querySelector('rouages-wheel')!;
    const card = canvasElement.querySelector('rouage-card')!;
    await wheel.updateComplete;
    const cell = await waitFor(() => {
      const found = wheel.shadowRoot!.querySelector<SVGGElement>('[data-id="noyau-dur"]');
      if (!found) throw new Error('the wheel has not drawn its rouages yet');
      return found;
    });
    await userEvent.click(cell);
    await expect(args.onRouagesSelect).toHaveBeenCalled();
    await waitFor(() => expect(card.shadowRoot!.querySelector('[part="title"]')?.textContent).toBe('Noyau dur'));
  },
};

/** On a dark page: the provider passes nothing of its own style; its elements inherit the page's tokens. */
export const Dark: Story = { decorators: [onDarkPage] };
