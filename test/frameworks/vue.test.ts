import { expect } from '@open-wc/testing';
// The full build, with Vue's template compiler, as a page using Vue from a CDN gets it.
import { createApp, nextTick } from 'vue/dist/vue.esm-browser.prod.js';
import '../../src/index.js';
import sample from '../../demo/samples/phare-2021.json';

/**
 * The documented Vue recipe (README: "Vue"): tell Vue the rouages tags are custom elements,
 * pass objects with `.prop`, listen with `@rouages-select`.
 */
describe('Vue 3 with the plain tags', () => {
  it('renders the elements, passes objects as properties and hears their events', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const app = createApp({
      data: () => ({ diagnostic: sample, selected: 'pilote' }),
      template: `
        <rouages-wheel :diagnostic.prop="diagnostic" :selected="selected" @rouages-select="selected = $event.detail.id"></rouages-wheel>
        <rouage-card :rouage="selected" :diagnostic.prop="diagnostic"></rouage-card>`,
    });
    app.config.compilerOptions.isCustomElement = (tag: string) => tag.startsWith('rouages-') || tag.startsWith('rouage-');
    app.mount(host);
    await nextTick();
    const wheel = host.querySelector('rouages-wheel')!;
    const card = host.querySelector('rouage-card')!;
    await wheel.updateComplete;
    await card.updateComplete;
    expect(wheel.shadowRoot!.querySelector('[data-id="pilote"]')!.getAttribute('aria-label')).to.match(/\d+\u00a0%/);
    expect(card.shadowRoot!.querySelector('[part="score"]')).to.exist;
    wheel.shadowRoot!.querySelector('[data-id="prototypage"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await nextTick();
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('[role="heading"]')!.textContent).to.equal('Prototypage');
    app.unmount();
    host.remove();
  });
});
