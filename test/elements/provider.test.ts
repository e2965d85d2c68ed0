import { loadBuiltInFramework } from '../../src/elements/shared/frameworks.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { RouagesProvider, RouagesWheel, RouageCard } from '../../src/index.js';
import { createDiagnostic } from '../../src/sdk/index.js';

describe('<rouages-provider>', () => {
  it('wires a wheel and a card with no script: choosing in the wheel shows the rouage in the card', async () => {
    const provider = await fixture<RouagesProvider>(html`<rouages-provider>
      <rouages-wheel></rouages-wheel>
      <section><rouage-card></rouage-card></section>
    </rouages-provider>`);
    const wheel = provider.querySelector('rouages-wheel') as RouagesWheel;
    const card = provider.querySelector('rouage-card') as RouageCard;
    await card.updateComplete;
    expect(card.shadowRoot!.textContent).to.contain('Choisissez un rouage');
    wheel.shadowRoot!.querySelector('[data-id="prototypage"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await provider.updateComplete;
    await card.updateComplete;
    await wheel.updateComplete;
    expect(provider.selected).to.equal('prototypage');
    expect(card.shadowRoot!.querySelector('[role="heading"]')!.textContent).to.equal('Prototypage');
    expect(wheel.shadowRoot!.querySelector('[data-id="prototypage"]')!.getAttribute('aria-pressed')).to.equal('true');
    await expect(provider).to.be.accessible();
  });

  it('hands its diagnostic to every element inside, and follows changes', async () => {
    const d = { ...createDiagnostic({ project: 'P' }), answers: { 'pilote.i1': 3 as const } };
    const provider = await fixture<RouagesProvider>(html`<rouages-provider selected="pilote" .diagnostic=${d}>
      <rouages-wheel></rouages-wheel><rouage-card></rouage-card>
    </rouages-provider>`);
    const wheel = provider.querySelector('rouages-wheel') as RouagesWheel;
    const card = provider.querySelector('rouage-card') as RouageCard;
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('[part="score"]')!.textContent).to.contain('100\u00a0%');
    provider.diagnostic = { ...d, answers: { 'pilote.i1': 0 } };
    await provider.updateComplete;
    await wheel.updateComplete;
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('[part="score"]')!.textContent).to.contain('0\u00a0%');
    expect(wheel.shadowRoot!.querySelector('[data-id="pilote"]')!.getAttribute('aria-label')).to.contain('0\u00a0%, prochain rouage');
  });

  it('lets an element\'s own properties win over the provider\'s', async () => {
    const provider = await fixture<RouagesProvider>(html`<rouages-provider selected="pilote"><rouage-card rouage="diagnostic"></rouage-card></rouages-provider>`);
    const card = provider.querySelector('rouage-card') as RouageCard;
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('[role="heading"]')!.textContent).to.equal('Diagnostic');
  });

  it('reaches elements defined after it, and elements upgraded before it', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.innerHTML = '';
    const provider = document.createElement('rouages-provider');
    provider.setAttribute('selected', 'deploiement');
    const card = document.createElement('rouage-card');
    provider.append(card);
    host.append(provider);
    await (card as RouageCard).updateComplete;
    expect(card.shadowRoot!.querySelector('[role="heading"]')!.textContent).to.equal('Déploiement');
  });

  it('gives its locale to the elements inside', async () => {
    const provider = await fixture<RouagesProvider>(html`<rouages-provider locale="en" selected="noyau-dur"><rouage-card></rouage-card></rouages-provider>`);
    const card = provider.querySelector('rouage-card') as RouageCard;
    await loadBuiltInFramework('en');
    await waitUntil(() => card.shadowRoot!.querySelector('[role="heading"]')?.textContent === 'Core group', 'the card speaks the provider\'s English');
  });
});

describe('requests for a provider that has not come yet', () => {
  it('are answered when the provider connects, and forgotten when their element leaves the page', async () => {
    const { pendingContextRequests } = await import('../../src/elements/shared/context.js');
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const before = pendingContextRequests()!.size;
    // Outside any provider: the wheel waits, then leaves, and nothing of it stays.
    for (let i = 0; i < 50; i++) {
      const wheel = document.createElement('rouages-wheel');
      host.append(wheel);
      wheel.remove();
    }
    expect(pendingContextRequests()!.size).to.equal(before);
    // A waiting card moved into a provider joins it, and waits no more.
    const card = document.createElement('rouage-card') as RouageCard;
    host.append(card);
    expect(pendingContextRequests()!.size).to.equal(before + 1);
    const provider = document.createElement('rouages-provider');
    provider.setAttribute('selected', 'pilote');
    host.append(provider);
    provider.append(card);
    await waitUntil(() => card.shadowRoot!.querySelector('[role="heading"]')?.textContent === 'Pilote', 'the card shows the provider\'s selection');
    expect(pendingContextRequests()!.size).to.equal(before);
  });
});
