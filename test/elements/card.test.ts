import { loadBuiltInFramework } from '../../src/elements/shared/frameworks.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/rouage-card/define.js';
import type { RouageCard } from '../../src/elements/rouage-card/rouage-card.js';
import { createDiagnostic, framework } from '../../src/sdk/index.js';

const text = (el: RouageCard) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const headings = (el: RouageCard) => [...el.shadowRoot!.querySelectorAll('[role="heading"]')].map((h) => [h.getAttribute('aria-level'), h.textContent!.trim()]);

describe('<rouage-card>', () => {
  it('shows one rouage in full: dimension, function, phase and every list of the source', async () => {
    const el = await fixture<RouageCard>(html`<rouage-card rouage="noyau-dur"></rouage-card>`);
    const noyau = framework.rouages.find((r) => r.id === 'noyau-dur')!;
    expect(text(el)).to.contain('Acteurs · Fonction Animation');
    expect(text(el)).to.contain('Phase : Émergence');
    for (const item of [...noyau.questions, ...noyau.indicators, ...noyau.tools, ...noyau.outcomes]) expect(text(el)).to.contain(item.text);
    expect(text(el)).to.contain(noyau.description);
    expect(headings(el)).to.deep.equal([
      ['3', 'Noyau dur'],
      ['4', 'Description'],
      ['4', 'Mission'],
      ['4', 'Questions'],
      ['4', 'Indicateurs'],
      ['4', 'Productions'],
      ['4', 'Réalisations'],
    ]);
    expect(el.shadowRoot!.querySelectorAll('ol li')).to.have.length(5);
    await expect(el).to.be.accessible();
  });

  it('shows the score and each indicator\'s rating when given a diagnostic', async () => {
    const d = { ...createDiagnostic({ project: 'P' }), answers: { 'pilote.i1': 3 as const, 'pilote.i2': null }, notes: { 'pilote.q1': 'Une volonté forte.' } };
    const el = await fixture<RouageCard>(html`<rouage-card rouage="pilote" .diagnostic=${d}></rouage-card>`);
    expect(el.shadowRoot!.querySelector('[part="score"]')!.textContent!.replace(/\s+/g, ' ')).to.contain('100 %');
    const ratings = [...el.shadowRoot!.querySelectorAll('.rating')].map((r) => r.textContent!.trim());
    expect(ratings).to.deep.equal(['Atteint (3)', 'Je ne sais pas / non concerné', 'pas de réponse']);
    expect(text(el)).to.contain('Une volonté forte.');
    await expect(el).to.be.accessible();
  });

  it('rates a rouage without indicators on its mission, and says so', async () => {
    const d = { ...createDiagnostic({ project: 'P' }), answers: { 'aspiration-sociale-collective.mission': 2 as const } };
    const el = await fixture<RouageCard>(html`<rouage-card rouage="aspiration-sociale-collective" .diagnostic=${d}></rouage-card>`);
    expect(text(el)).to.contain("Ce rouage n'a pas d'indicateur : il est évalué sur sa mission.");
    expect(el.shadowRoot!.querySelector('.rating')!.textContent!.trim()).to.equal('En cours (2)');
  });

  it('compact: title, mission and score, expandable with a real button', async () => {
    const el = await fixture<RouageCard>(html`<rouage-card rouage="diagnostic" compact heading-level="2"></rouage-card>`);
    expect(headings(el)).to.deep.equal([
      ['2', 'Diagnostic'],
      ['3', 'Mission'],
    ]);
    const button = el.shadowRoot!.querySelector('button')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    await expect(el).to.be.accessible();
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(text(el)).to.contain('Recherche documentaire');
    await expect(el).to.be.accessible();
  });

  it('says so in the card when the id is unknown, or when nothing is chosen', async () => {
    const el = await fixture<RouageCard>(html`<rouage-card rouage="moteur"></rouage-card>`);
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.equal('Aucun rouage «\u00a0moteur\u00a0» dans ce référentiel.');
    await expect(el).to.be.accessible();
    el.removeAttribute('rouage');
    await el.updateComplete;
    expect(text(el)).to.contain('Choisissez un rouage');
  });

  it('shows a malformed diagnostic\'s problem and still the rouage', async () => {
    const el = await fixture<RouageCard>(html`<rouage-card rouage="pilote" .diagnostic=${'{"oops"'}></rouage-card>`);
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.match(/^Le diagnostic n'a pas pu être lu/);
    expect(headings(el)[0]).to.deep.equal(['3', 'Pilote']);
  });

  it('follows <html lang> when it has no locale of its own', async () => {
    const el = await fixture<RouageCard>(html`<div lang="en"><rouage-card rouage="deploiement"></rouage-card></div>`);
    const card = el.querySelector('rouage-card')!;
    await loadBuiltInFramework('en');
    await waitUntil(() => headings(card)[0]?.[1] === 'Deployment', 'the English framework is shown');
    expect(headings(card)[0]).to.deep.equal(['3', 'Deployment']);
    expect(text(card)).to.contain('Example tools');
    // English punctuation: no space before the colon (French puts a no-break space there).
    expect(text(card)).to.match(/Phase: [A-Z]/).and.not.to.contain('Phase :');
  });
});
