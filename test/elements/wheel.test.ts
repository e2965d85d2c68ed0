import { loadBuiltInFramework } from '../../src/elements/shared/frameworks.js';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/rouages-wheel/define.js';
import type { RouagesWheel } from '../../src/elements/rouages-wheel/rouages-wheel.js';
import { createDiagnostic, framework, type Diagnostic } from '../../src/sdk/index.js';
import sample from '../../demo/samples/phare-2021.json';

const cells = (el: RouagesWheel) => [...el.shadowRoot!.querySelectorAll<SVGGElement>('[part="rouage"]')];
const cell = (el: RouagesWheel, id: string) => el.shadowRoot!.querySelector<SVGGElement>(`[data-id="${id}"]`)!;
const focused = (el: RouagesWheel) => (el.shadowRoot!.activeElement as Element | null)?.getAttribute('data-id');

function diagnostic(answers: Diagnostic['answers']): Diagnostic {
  return { ...createDiagnostic({ project: 'Test' }), answers };
}

describe('<rouages-wheel>', () => {
  it('draws the 20 rouages in the 5 dimensions, named for screen readers', async () => {
    const el = await fixture<RouagesWheel>(html`<rouages-wheel></rouages-wheel>`);
    expect(cells(el)).to.have.length(20);
    expect(el.shadowRoot!.querySelectorAll('[part="dimension"]')).to.have.length(5);
    expect(cells(el).map((c) => c.getAttribute('data-id'))).to.deep.equal(framework.dimensions.flatMap((d) => framework.rouages.filter((r) => r.dimension === d.id).map((r) => r.id)));
    expect(cell(el, 'noyau-dur').getAttribute('aria-label')).to.equal('Noyau dur, Acteurs, phase émergence');
    expect(cell(el, 'noyau-dur').getAttribute('role')).to.equal('button');
    await expect(el).to.be.accessible();
  });

  it('shows scores, tells unrated from 0, and marks each dimension\'s next gear', async () => {
    const d = diagnostic({ 'pilote.i1': 3, 'pilote.i2': 3, 'pilote.i3': 3, 'noyau-dur.i1': 0, 'noyau-dur.i2': 0, 'noyau-dur.i3': 0 });
    const el = await fixture<RouagesWheel>(html`<rouages-wheel .diagnostic=${d}></rouages-wheel>`);
    expect(cell(el, 'pilote').getAttribute('aria-label')).to.equal('Pilote, Acteurs, 100\u00a0%, phase émergence');
    expect(cell(el, 'noyau-dur').getAttribute('aria-label')).to.equal('Noyau dur, Acteurs, 0\u00a0%, prochain rouage, phase émergence');
    expect(cell(el, 'collectif-elargi').getAttribute('aria-label')).to.contain('non évalué');
    expect(cell(el, 'noyau-dur').classList.contains('unrated')).to.equal(false);
    expect(cell(el, 'collectif-elargi').classList.contains('unrated')).to.equal(true);
    expect(cell(el, 'pilote').querySelector('.fill')).to.exist;
    expect(cell(el, 'noyau-dur').classList.contains('next')).to.equal(true);
    expect(cell(el, 'constats-de-territoire').classList.contains('next')).to.equal(true);
    expect(el.shadowRoot!.querySelectorAll('.next')).to.have.length(5);
    // The data table says the same, once asked for (it is not built before).
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('.data-toggle')!;
    expect(el.shadowRoot!.querySelector('table')).to.equal(null);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim()));
    expect(rows[1]).to.deep.equal(['Acteurs', 'Noyau dur', 'Émergence', '0\u00a0%', 'prochain rouage']);
    // Overall: the mean of the scored dimensions (Acteurs only: (100\u00a0% + 0\u00a0%) / 2).
    expect(el.shadowRoot!.querySelector('[part="hub"]')!.textContent).to.contain('50\u00a0%');
    await expect(el).to.be.accessible();
  });

  for (const width of [320, 800, 1100]) {
    it(`renders once at its size (${width} px): nothing changes when the ResizeObserver reports the width`, async () => {
      const holder = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"><rouages-wheel .diagnostic=${sample}></rouages-wheel></div>`);
      const el = holder.querySelector('rouages-wheel')!;
      await el.updateComplete;
      const changes: MutationRecord[] = [];
      const observer = new MutationObserver((records) => changes.push(...records));
      observer.observe(el.shadowRoot!, { subtree: true, attributes: true, childList: true, characterData: true });
      // The ResizeObserver reports after layout, before the next frames.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      await el.updateComplete;
      observer.disconnect();
      expect(changes.map((c) => `${c.type} ${(c.target as Element).getAttribute?.('class') ?? ''} ${c.attributeName ?? ''}`)).to.deep.equal([]);
      // Percentages show from 420 px; labels are sized for the width.
      expect(el.shadowRoot!.querySelector('.percent')?.textContent ?? '').to.equal(width >= 420 ? '89\u00a0%' : '');
    });
  }

  for (const width of [320, 800]) {
    it(`draws each rouage's words and nothing empty: no blank line, no marker where there is none (${width} px)`, async () => {
      const holder = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"><rouages-wheel .diagnostic=${sample}></rouages-wheel></div>`);
      const el = holder.querySelector('rouages-wheel')!;
      await el.updateComplete;
      const root = el.shadowRoot!;
      const labels = [...root.querySelectorAll('.label')];
      expect(labels).to.have.length(20);
      expect(labels.filter((label) => !label.textContent!.trim())).to.deep.equal([]);
      // A rouage's words are found by its id (pages and the embedding tests point at them).
      expect(root.querySelector('[data-for="pilote"] .label')!.textContent).to.contain('Pilote');
      expect([...root.querySelectorAll('.label tspan:not(.percent)')].filter((line) => !line.textContent)).to.deep.equal([]);
      // One marker per next gear (the sample has one per dimension), none on the other cells.
      const next = cells(el).filter((c) => c.classList.contains('next'));
      expect(next).to.have.length(5);
      expect(root.querySelectorAll('.marker')).to.have.length(next.length);
      await expect(el).to.be.accessible();
    });
  }

  it('accepts precomputed scores, as a property or an attribute', async () => {
    const el = await fixture<RouagesWheel>(html`<rouages-wheel scores='{"pilote": 0.5, "noyau-dur": null}'></rouages-wheel>`);
    expect(cell(el, 'pilote').getAttribute('aria-label')).to.contain('50\u00a0%');
    el.scores = { diagnostic: 1 };
    await el.updateComplete;
    expect(cell(el, 'diagnostic').getAttribute('aria-label')).to.contain('100\u00a0%');
  });

  it('draws an earlier diagnostic as a dashed line and names the change', async () => {
    const before = { ...diagnostic({ 'pilote.i1': 1, 'pilote.i2': 1, 'pilote.i3': 1 }), date: '2023-05-01' };
    const after = diagnostic({ 'pilote.i1': 3, 'pilote.i2': 2, 'pilote.i3': 1 });
    const el = await fixture<RouagesWheel>(html`<rouages-wheel .diagnostic=${after} .compare=${before}></rouages-wheel>`);
    expect(cell(el, 'pilote').querySelector('.before')).to.exist;
    expect(cell(el, 'pilote').getAttribute('aria-label')).to.contain('avant (1 mai 2023) 33\u00a0%');
    expect(el.shadowRoot!.querySelector('[part="legend"]')!.textContent).to.contain('score précédent');
    await expect(el).to.be.accessible();
  });

  it('draws the spread between respondents and marks divergent rouages', async () => {
    const a = diagnostic({ 'pilote.i1': 3, 'pilote.i2': 3 });
    const b = diagnostic({ 'pilote.i1': 0, 'pilote.i2': 2 });
    const el = await fixture<RouagesWheel>(html`<rouages-wheel .aggregate=${[a, b]}></rouages-wheel>`);
    expect(cell(el, 'pilote').querySelector('.spread')).to.exist;
    expect(cell(el, 'pilote').getAttribute('aria-label')).to.contain('de 33\u00a0% à 100\u00a0% selon les répondants, avis divergents');
    await expect(el).to.be.accessible();
  });

  it('emits rouages-select on click and keeps the selection; a listener may cancel it', async () => {
    const el = await fixture<RouagesWheel>(html`<rouages-wheel></rouages-wheel>`);
    const selected = oneEvent(el, 'rouages-select');
    cell(el, 'prototypage').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    const event = await selected;
    expect(event.detail).to.deep.equal({ id: 'prototypage' });
    await el.updateComplete;
    expect(el.selected).to.equal('prototypage');
    expect(el.getAttribute('selected')).to.equal('prototypage');
    expect(cell(el, 'prototypage').getAttribute('aria-pressed')).to.equal('true');
    el.addEventListener('rouage-select', (e) => e.preventDefault());
    cell(el, 'pilote').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.selected).to.equal('prototypage');
  });

  it('is one Tab stop; arrows move round and across dimensions; Home, End, Enter and Space', async () => {
    const el = await fixture<RouagesWheel>(html`<div><button>before</button><rouages-wheel></rouages-wheel><button>after</button></div>`);
    const wheel = el.querySelector('rouages-wheel') as RouagesWheel;
    el.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(wheel)).to.equal('pilote');
    expect(cells(wheel).filter((c) => c.getAttribute('tabindex') === '0')).to.have.length(1);
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(wheel)).to.equal('noyau-dur');
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(wheel)).to.equal('aspiration-sociale-collective');
    await sendKeys({ press: 'ArrowUp' });
    expect(focused(wheel)).to.equal('noyau-dur');
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    expect(focused(wheel)).to.equal('deploiement');
    await sendKeys({ press: 'Home' });
    expect(focused(wheel)).to.equal('pilote');
    await sendKeys({ press: 'End' });
    expect(focused(wheel)).to.equal('deploiement');
    let chosen = '';
    wheel.addEventListener('rouage-select', (e) => (chosen = e.detail.id));
    await sendKeys({ press: 'Enter' });
    expect(chosen).to.equal('deploiement');
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'Space' });
    expect(chosen).to.equal('impacts-et-realisations');
    // The rouages are one Tab stop; the next one is the button that opens the data table.
    await sendKeys({ press: 'Tab' });
    expect((wheel.shadowRoot!.activeElement as HTMLElement | null)?.classList.contains('data-toggle')).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.textContent).to.equal('after');
    // Back into the wheel: focus returns to the last rouage visited.
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(focused(wheel)).to.equal('impacts-et-realisations');
  });

  it('describes the rouage pointed at under the wheel', async () => {
    const el = await fixture<RouagesWheel>(html`<rouages-wheel></rouages-wheel>`);
    cell(el, 'demarche-prospective').dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await el.updateComplete;
    const caption = el.shadowRoot!.querySelector('[part="caption"]')!.textContent!;
    expect(caption).to.contain('Démarche prospective');
    expect(caption).to.contain('Gestion de projet');
  });

  it('fades what is not highlighted: a dimension or a phase', async () => {
    const el = await fixture<RouagesWheel>(html`<rouages-wheel highlight="ressources"></rouages-wheel>`);
    expect(cells(el).filter((c) => !c.classList.contains('dimmed')).map((c) => c.dataset.id)).to.deep.equal(['premieres-ressources', 'ressources-experimentations', 'modele-economique-perenne']);
    el.highlight = 'perennisation';
    await el.updateComplete;
    expect(cells(el).filter((c) => !c.classList.contains('dimmed'))).to.have.length(5);
  });

  it('shows a malformed diagnostic\'s problem in words and still draws the map', async () => {
    const el = await fixture<RouagesWheel>(html`<rouages-wheel .diagnostic=${{ schema: 'rouages-diagnostic/1', answers: { 'pilote.i1': 9 } }}></rouages-wheel>`);
    const message = el.shadowRoot!.querySelector('[part="message"]')!;
    expect(message.getAttribute('role')).to.equal('alert');
    expect(message.textContent).to.match(/^Le diagnostic n'a pas pu être lu/);
    expect(cells(el)).to.have.length(20);
    el.scores = '{"inconnu": 1}';
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('Aucun rouage «\u00a0inconnu\u00a0»');
    await expect(el).to.be.accessible();
  });

  it('speaks English with locale="en", loading the English framework', async () => {
    const el = await fixture<RouagesWheel>(html`<rouages-wheel locale="en" .diagnostic=${sample}></rouages-wheel>`);
    await loadBuiltInFramework('en');
    await waitUntil(() => cell(el, 'noyau-dur')?.getAttribute('aria-label')?.startsWith('Core group'), 'the English framework is shown');
    expect(cell(el, 'noyau-dur').getAttribute('aria-label')).to.match(/^Core group, Actors, \d+%/);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.data-toggle')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('caption')!.textContent).to.equal('The gears and their score');
    await expect(el).to.be.accessible();
  });

  it('uses a framework of its own', async () => {
    const custom = structuredClone(framework);
    custom.rouages = custom.rouages.filter((r) => r.dimension === 'acteurs');
    custom.dimensions = custom.dimensions.filter((d) => d.id === 'acteurs');
    const el = await fixture<RouagesWheel>(html`<rouages-wheel .framework=${custom}></rouages-wheel>`);
    expect(cells(el)).to.have.length(4);
    // Not a framework: what a page's script might pass all the same.
    el.framework = JSON.stringify({ broken: true });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="message"]')!.textContent).to.match(/^Le référentiel n'a pas pu être lu/);
  });
});
