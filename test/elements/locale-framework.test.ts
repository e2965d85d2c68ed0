import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/index.js';
import type { RouageCard, RouagesPlan, RouagesProvider, RouagesReport, RouagesWheel } from '../../src/index.js';
import { loadBuiltInFramework } from '../../src/elements/shared/frameworks.js';
import comite1 from '../../demo/samples/comite-1.json';

/**
 * An element whose language differs from its provider's framework shows its own language
 * throughout: its words, and its framework's titles, statuses and levels (never French titles
 * with English words, nor "October 15, 2021" inside a French sentence).
 */

const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
const FRENCH = ['Acteurs', 'Transformation sociétale', 'Ingénierie'];
const ENGLISH = ['Actors', 'Societal transformation', 'Engineering'];

async function settled(...elements: (HTMLElement & { updateComplete: Promise<boolean> })[]) {
  // The framework of the other language loads on first use: wait until every element shows content.
  await waitUntil(() => elements.every((el) => el.shadowRoot && !el.shadowRoot.querySelector('.root.loading')), 'elements did not load their framework');
  for (const el of elements) await el.updateComplete;
}

/** A provider (in `providerLocale`, else French) around a report, a card, a plan and a wheel in `locale`, once every one shows content. */
async function elementsIn(locale: 'fr' | 'en', providerLocale?: 'en') {
  const provider = await fixture<RouagesProvider>(html`<rouages-provider locale=${ifDefined(providerLocale)} .diagnostic=${comite1} selected="pilote">
    <rouages-report locale=${locale}></rouages-report>
    <rouage-card locale=${locale}></rouage-card>
    <rouages-plan locale=${locale} project="Projet"></rouages-plan>
    <rouages-wheel locale=${locale}></rouages-wheel>
  </rouages-provider>`);
  const report = provider.querySelector('rouages-report') as RouagesReport;
  const card = provider.querySelector('rouage-card') as RouageCard;
  const plan = provider.querySelector('rouages-plan') as RouagesPlan;
  const wheel = provider.querySelector('rouages-wheel') as RouagesWheel;
  await settled(provider, report, card, plan, wheel);
  return { report, card, plan, wheel };
}

describe('language of an element inside a provider of another language', () => {
  before(() => loadBuiltInFramework('en'));

  it('locale="en" inside a French provider: report, card, plan and wheel all in English', async () => {
    const { report, card, plan, wheel } = await elementsIn('en');

    const r = text(report);
    for (const title of ENGLISH) expect(r).to.contain(title);
    for (const title of FRENCH) expect(r).not.to.contain(title);
    expect(r).not.to.match(/\bDu \w+ \d/);

    expect(card.shadowRoot!.querySelector('[role="heading"]')!.textContent!.trim()).to.equal('Lead organisation');

    const statuses = [...plan.shadowRoot!.querySelectorAll('option')].map((o) => o.textContent!.trim());
    expect(statuses).to.include('Planned');
    expect(statuses).not.to.include('Prévue');
    for (const title of FRENCH) expect(text(plan)).not.to.contain(title);

    const pilote = wheel.shadowRoot!.querySelector('[data-id="pilote"]')!.getAttribute('aria-label')!;
    expect(pilote).to.contain('Lead organisation');
    expect(pilote).not.to.contain('prochain rouage');
  });

  it('locale="fr" inside an English provider: report, card, plan and wheel all in French', async () => {
    const { report, card, plan, wheel } = await elementsIn('fr', 'en');

    const r = text(report);
    for (const title of FRENCH) expect(r).to.contain(title);
    for (const title of ENGLISH) expect(r).not.to.contain(title);

    expect(card.shadowRoot!.querySelector('[role="heading"]')!.textContent!.trim()).to.equal('Pilote');

    const statuses = [...plan.shadowRoot!.querySelectorAll('option')].map((o) => o.textContent!.trim());
    expect(statuses).not.to.include('Planned');
    for (const title of ENGLISH) expect(text(plan)).not.to.contain(title);

    expect(wheel.shadowRoot!.querySelector('[data-id="pilote"]')!.getAttribute('aria-label')).to.contain('Pilote');
  });

  it('an element with no locale of its own still takes its provider\'s framework and language', async () => {
    const provider = await fixture<RouagesProvider>(html`<rouages-provider locale="en" selected="pilote"><rouage-card></rouage-card></rouages-provider>`);
    const card = provider.querySelector('rouage-card') as RouageCard;
    await settled(provider, card);
    expect(card.shadowRoot!.querySelector('[role="heading"]')!.textContent!.trim()).to.equal('Lead organisation');
  });
});
