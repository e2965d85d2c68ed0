import { expect } from '@open-wc/testing';
import french from '../../framework/rouages.fr.json';
import { openPath, shadow, until, type PageWindow } from './helpers.js';
import { createPlan, addAction, type Framework, type Plan } from '../../src/sdk/index.js';

/**
 * What each CDN page downloads and shows: rouages.min.js carries the French framework's outline
 * and no plan code; the texts come with the elements that show them, the plan's rules with a plan.
 */
const files = (win: Window) => (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => new URL(e.name).pathname).filter((p) => p.startsWith('/dist/'));

const samplePlan = (): Plan => {
  let plan = createPlan({ project: 'PTCE', id: 'p', now: new Date('2024-05-01T09:00:00Z') });
  for (const [rouage, status] of [['pilote', 'planned'], ['noyau-dur', 'done']] as const) {
    const added = addAction(plan, { rouage, text: `Action ${rouage}`, status }, { now: new Date('2024-05-01T09:00:00Z'), id: rouage });
    if (!added.success) throw new Error(added.error.message);
    plan = added.data;
  }
  return plan;
};

describe('the CDN files: the framework\'s texts and the plan\'s rules come only with what needs them', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('a page with only the wheel draws it whole, without downloading the texts, the plan or the other elements', async () => {
    const { doc, win } = await openPath('/test/embedding/wheel-only/');
    const wheel = shadow(doc, '#wheel');
    expect(wheel.querySelectorAll('[part="rouage"]').length).to.equal(20);
    expect(wheel.querySelector('[data-id="pilote"]')!.getAttribute('aria-label')).to.contain('Pilote');
    expect(files(win).filter((p) => /french-texts|rouages-plan|questionnaire|rouage-card|rouages-report|locale-en/.test(p))).to.deep.equal([]);
    expect((win as PageWindow).__probe.errors).to.deep.equal([]);
  });

  it('given a plan, the provider loads the plan\'s rules and the wheel marks the rouages with actions; a page\'s own "add to the plan" is done too', async () => {
    const { doc, win } = await openPath('/test/embedding/wheel-only/');
    const provider = doc.querySelector('#provider') as HTMLElement & { plan?: unknown };
    provider.plan = samplePlan();
    const cell = (id: string) => shadow(doc, '#wheel').querySelector(`g.cell[data-id="${id}"]`)!;
    await until(() => cell('pilote').classList.contains('plan-open'), 'the wheel marks Pilote');
    expect(cell('noyau-dur').classList.contains('plan-done')).to.equal(true);
    expect(cell('pilote').getAttribute('aria-label')).to.contain('1 action du plan à faire');
    expect(files(win).some((p) => /rouages-plan-input-/.test(p))).to.equal(true);
    expect(files(win).filter((p) => /french-texts/.test(p))).to.deep.equal([]);
    // A page's own request: the rules are here now, so it is answered during dispatch.
    const detail: { rouage: string; text: string; outcome?: string } = { rouage: 'diagnostic', text: 'Faire le diagnostic' };
    provider.dispatchEvent(new CustomEvent('rouages-plan-add', { detail, bubbles: true }));
    expect(detail.outcome).to.equal('added');
    await until(() => cell('diagnostic').classList.contains('plan-open'), 'the wheel marks Diagnostic');
    expect((win as PageWindow).__probe.errors).to.deep.equal([]);
  });

  it('a page that gives a plan and imports rouages-plan-rules.min.js sees the marks on the wheel\'s first render', async () => {
    const { win } = await openPath('/test/embedding/wheel-only/?plan');
    const first = (win as unknown as { __firstRender: string[] }).__firstRender;
    expect(first.find((c) => c.startsWith('pilote '))).to.contain('plan-open');
    expect(first.find((c) => c.startsWith('noyau-dur '))).to.contain('plan-done');
    expect(files(win).filter((p) => /french-texts/.test(p))).to.deep.equal([]);
    expect((win as PageWindow).__probe.errors).to.deep.equal([]);
  });

  it('a page\'s own "add to the plan" before any plan: the provider loads the rules, then makes the plan', async () => {
    const { doc } = await openPath('/test/embedding/wheel-only/');
    const provider = doc.querySelector('#provider') as HTMLElement & { plan?: Plan };
    provider.dispatchEvent(new CustomEvent('rouages-plan-add', { detail: { rouage: 'pilote', text: 'Nommer un pilote' }, bubbles: true }));
    await until(() => provider.plan !== undefined, 'a plan is made');
    expect(provider.plan!.project).to.equal('PTCE Auton\'hommes (PHARE)');
    expect(provider.plan!.actions.map((a) => [a.rouage, a.text])).to.deep.equal([['pilote', 'Nommer un pilote']]);
  });

  it('an element added later brings the texts before it renders: every text of the framework, in the card and in the SDK file', async () => {
    const { doc, win } = await openPath('/test/embedding/wheel-only/');
    const provider = doc.querySelector('#provider') as HTMLElement & { selected?: string };
    provider.selected = 'prototypage';
    const card = doc.createElement('rouage-card') as HTMLElement & { updateComplete: Promise<unknown> };
    provider.append(card);
    const page = win as unknown as typeof globalThis;
    await page.customElements.whenDefined('rouage-card');
    await card.updateComplete;
    const prototypage = (french as Framework).rouages.find((r) => r.id === 'prototypage')!;
    const shown = card.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(shown).to.contain(prototypage.mission.replace(/\s+/g, ' '));
    expect(shown).to.contain(prototypage.indicators[0]!.text.replace(/\s+/g, ' '));
    expect(files(win).some((p) => /french-texts/.test(p))).to.equal(true);
    // Imported by the page itself, after the outline: the SDK file's framework is the same object, whole.
    const sdk = (await page.eval('import("/dist/rouages-sdk.min.js")')) as { framework: Framework };
    expect(JSON.parse(JSON.stringify(sdk.framework))).to.deep.equal(french);
  });
});
