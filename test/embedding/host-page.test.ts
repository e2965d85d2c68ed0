import { expect } from '@open-wc/testing';
import { addAction, createPlan } from '../../src/sdk/index.js';
import { openPath, shadow, until, type OpenedPage } from './helpers.js';

/**
 * The CDN file on the pages it is promised to work on: every element in every state under a
 * strict Content-Security-Policy and Trusted Types, inside other components' shadow roots, in a
 * hash-routed single-page app, on a page with hostile inherited styles, at 320 px, and with
 * any attribute value or page language.
 */
type Updatable = HTMLElement & { updateComplete: Promise<boolean> };
const ALL = ['rouages-provider', 'rouages-wheel', 'rouage-card', 'rouages-questionnaire', 'rouages-report', 'rouages-plan'];
const PLACED = ['#wheel', '#card', '#questionnaire', '#report', '#plan'];

async function settle(doc: Document) {
  for (const el of doc.querySelectorAll<Updatable>(ALL.join(','))) await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
}

/** The innermost elements that reach past `width`, across shadow roots: what a failure names. */
function widest(doc: Document, width: number): string {
  const found: string[] = [];
  const walk = (root: Document | ShadowRoot, path: string) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.getBoundingClientRect().right > width + 1 && ![...el.children].some((c) => c.getBoundingClientRect().right > width + 1)) found.push(`${path}${el.localName}.${el.getAttribute('class') ?? ''}`);
      if (el.shadowRoot) walk(el.shadowRoot, `${path}${el.localName} > `);
    }
  };
  walk(doc, '');
  return found.slice(0, 4).join(', ');
}

/** Every step of the questionnaire, through its own navigation (each rouage, then the results); `each` runs at every step. */
async function walkQuestionnaire(doc: Document, each: (step: string) => void | Promise<void>) {
  const questionnaire = doc.querySelector<Updatable>('#questionnaire')!;
  const links = () => [...questionnaire.shadowRoot!.querySelectorAll<HTMLAnchorElement>('nav a[href^="#"], a[href^="#"]')];
  const hrefs = [...new Set(links().map((a) => a.getAttribute('href')!))];
  expect(hrefs.length).to.be.greaterThan(20);
  for (const href of hrefs) {
    links().find((a) => a.getAttribute('href') === href)!.click();
    await settle(doc);
    await each(href);
  }
}

/** The report in each of its views, and the plan with actions: `each` runs after each. */
async function walkReportAndPlan(doc: Document, each: (state: string) => void | Promise<void>) {
  const provider = doc.querySelector('#provider') as Updatable & { compare?: unknown; diagnostics?: unknown; plan?: unknown };
  const report = doc.querySelector('#report') as Updatable & { case?: unknown };
  await each('report of one diagnostic');
  provider.compare = await (await fetch('/test-data/phare-2022.json')).json();
  await settle(doc);
  await each('report comparing two dates');
  provider.compare = undefined;
  provider.diagnostics = await Promise.all([1, 2, 3, 4, 5].map(async (n) => (await fetch(`/test-data/comite-${n}.json`)).json()));
  await settle(doc);
  await each('collective report');
  report.case = await (await fetch('/test-data/cases/emergence-beauvaisis-2021.json')).json();
  await settle(doc);
  await each('report of a case');
  report.case = undefined;
  provider.diagnostics = undefined;
  let plan = createPlan({ project: "PTCE Auton'hommes (PHARE)" });
  for (const rouage of ['pilote', 'noyau-dur', 'prototypage']) {
    const added = addAction(plan, { rouage, text: `Action pour ${rouage}, un texte assez long pour passer à la ligne sur un téléphone`, modes: ['appui-partenaire'], partner: 'Réseau régional' });
    if (!added.success) throw new Error(added.error.message);
    plan = added.data;
  }
  provider.plan = plan;
  await settle(doc);
  await each('plan with actions');
}

describe('the CDN file on host pages', function () {
  this.timeout(120000);
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  for (const csp of ['strict', 'trusted-types']) {
    it(`raises no CSP violation in any element, in any state (csp=${csp})`, async () => {
      const { doc, win } = await openPath(`/test/embedding/page/?csp=${csp}`);
      await settle(doc);
      // The report's dimension colours apply (they are set through the CSSOM, not a style attribute).
      const tinted = [...shadow(doc, '#report').querySelectorAll<HTMLElement>('*')].filter((el) => el.style.getPropertyValue('--c'));
      expect(tinted.length).to.be.greaterThan(4);
      await walkQuestionnaire(doc, () => undefined);
      await walkReportAndPlan(doc, () => undefined);
      expect(shadow(doc, '#plan').textContent).to.contain('Réseau régional');
      expect(win.__probe.violations).to.deep.equal([]);
      expect(win.__probe.errors).to.deep.equal([]);
    });
  }

  it('loads the elements inside other components\' shadow roots (present, nested, attached later, declarative)', async () => {
    const { doc, win } = await openPath('/test/embedding/shadow/');
    const card = shadow(doc, '#with-card').querySelector<Updatable>('rouage-card')!;
    const report = shadow(shadow(doc, '#outer'), '#nested').querySelector<Updatable>('rouages-report')!;
    const questionnaire = shadow(doc, '#later').querySelector<Updatable>('rouages-questionnaire')!;
    const plan = shadow(doc, '#declarative').querySelector<Updatable>('rouages-plan')!;
    for (const el of [card, report, questionnaire, plan]) {
      await el.updateComplete;
      expect(el.shadowRoot?.textContent?.trim().length, el.localName).to.be.greaterThan(10);
    }
    expect(card.shadowRoot!.querySelector('[role="heading"]')!.textContent).to.equal('Pilote');
    expect(win.__probe.errors).to.deep.equal([]);
  });

  it('loads an element on request: load(tag), or its file under a stable name, which a page can preload', async () => {
    const { doc, win } = await openPath('/test/embedding/shadow/?explicit');
    const page = win as typeof win & { __cdn: { load(tag: string): Promise<CustomElementConstructor> }; customElements: CustomElementRegistry };
    expect(page.customElements.get('rouages-report')).to.equal(undefined);
    const Report = await page.__cdn.load('rouages-report');
    expect(page.customElements.get('rouages-report')).to.equal(Report);
    expect(await page.__cdn.load('rouages-wheel')).to.equal(page.customElements.get('rouages-wheel'));
    let refused: unknown;
    await page.__cdn.load('rouages-nope').catch((error: unknown) => (refused = error));
    expect((refused as Error).name).to.equal('TypeError');
    // A page can import an element's file itself: it shares the CDN file's code (one copy, no warning).
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = '/dist/rouages-questionnaire.min.js';
    doc.head.append(script);
    await page.customElements.whenDefined('rouages-questionnaire');
    expect(win.__probe.warnings).to.deep.equal([]);
    // The preloaded file is the one the report came from.
    const preloaded = doc.querySelector<HTMLLinkElement>('link[rel="modulepreload"]')!.href;
    expect(page.performance.getEntriesByType('resource').map((e) => e.name)).to.include(preloaded);
    for (const name of ['rouage-card', 'rouages-questionnaire', 'rouages-report', 'rouages-plan']) expect((await fetch(`/dist/${name}.min.js`)).status, name).to.equal(200);
    expect(win.__probe.errors).to.deep.equal([]);
  });

  it('leaves a hash-routed app its route, history, scroll position and focus', async () => {
    const { doc, win } = await openPath('/test/embedding/spa/');
    const page = win as typeof win & { __probe: { routes: string[] } };
    await settle(doc);
    const href = win.location.href;
    const historyLength = win.history.length;
    expect(win.location.hash).to.equal('#/diagnostic');
    expect(doc.activeElement?.id, 'focus stays where the page put it').to.equal('search');
    expect(win.scrollY, 'scroll stays where the page put it').to.equal(300);
    // A person uses every element: the questionnaire's own links, an answer, the wheel.
    const questionnaire = doc.querySelector<Updatable>('#rouages-questionnaire')!;
    const links = [...questionnaire.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
    expect(links.length).to.be.greaterThan(20);
    for (const link of links.slice(0, 3)) {
      link.click();
      await settle(doc);
    }
    questionnaire.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"]')!.click();
    links.at(-1)!.click();
    await settle(doc);
    shadow(doc, '#rouages-wheel').querySelector('[data-id="prototypage"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await settle(doc);
    expect(win.location.href).to.equal(href);
    expect(win.history.length).to.equal(historyLength);
    expect(page.__probe.routes).to.deep.equal([]);
    expect(win.__probe.errors).to.deep.equal([]);
  });

  it('reads the same on a page whose body sets inherited text properties (white-space: nowrap…)', async () => {
    const sizes = (opened: OpenedPage) =>
      Object.fromEntries(
        PLACED.map((selector) => {
          const box = opened.doc.querySelector(selector)!.getBoundingClientRect();
          return [selector, `${Math.round(box.width)}×${Math.round(box.height)}`];
        }),
      );
    const clean = await openPath('/test/embedding/page/');
    await settle(clean.doc);
    const reference = sizes(clean);
    clean.frame.remove();
    const hostile = await openPath('/test/embedding/page/?css=inherited');
    await settle(hostile.doc);
    expect(getComputedStyle(hostile.doc.body).whiteSpace).to.equal('nowrap');
    expect(sizes(hostile)).to.deep.equal(reference);
    const text = shadow(hostile.doc, '#card').querySelector('p')!;
    expect([getComputedStyle(text).whiteSpace, getComputedStyle(text).textTransform, getComputedStyle(text).fontStyle]).to.deep.equal(['normal', 'none', 'normal']);
  });

  for (const width of [320, 360, 390]) {
    it(`fits ${width} px with no sideways scrolling, in every step and state`, async () => {
      const { doc } = await openPath('/test/embedding/page/', width, 900);
      await settle(doc);
      const overflow: string[] = [];
      const check = (state: string) => {
        const { scrollWidth, clientWidth } = doc.documentElement;
        if (scrollWidth > clientWidth) overflow.push(`${state}: ${scrollWidth} > ${clientWidth} (${widest(doc, clientWidth)})`);
      };
      check('first render');
      await walkQuestionnaire(doc, (step) => check(`questionnaire ${step}`));
      await walkReportAndPlan(doc, check);
      expect(overflow).to.deep.equal([]);
    });
  }

  it('works with any attribute value or page language, in a sensible fallback', async () => {
    const { doc, win } = await openPath('/test/embedding/page/');
    await settle(doc);
    const attributes: Record<string, string>[] = [{ locale: 'xx' }, { locale: '' }, { 'storage-key': '' }, { 'start-at': 'nope' }, { compare: '{bad' }, { rouage: 'nope' }, { selected: 'nope' }, { 'heading-level': 'x' }];
    for (const lang of ['de', '', 'not a language', 'en-GB']) {
      doc.documentElement.lang = lang;
      for (const attrs of attributes) {
        const box = doc.createElement('div');
        doc.body.append(box);
        for (const tag of ALL.slice(1)) {
          const el = doc.createElement(tag) as Updatable & { compare?: unknown };
          for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
          if ('compare' in attrs) el.compare = attrs.compare;
          box.append(el);
          await el.updateComplete;
          // An English page waits for the English framework, fetched on first use.
          await until(() => !/^(Chargement|Loading)/.test(el.shadowRoot!.textContent!.trim()), `<${tag}> ${JSON.stringify(attrs)} lang="${lang}" stays loading`);
          const shown = el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
          expect(shown.length, `<${tag} ${JSON.stringify(attrs)}> on lang="${lang}"`).to.be.greaterThan(10);
          // The wheel shows its 20 rouages, or says what it could not read.
          if (tag === 'rouages-wheel') expect(el.shadowRoot!.querySelectorAll('[part~="rouage"]').length || el.shadowRoot!.querySelectorAll('[role="alert"]').length, `${JSON.stringify(attrs)} lang="${lang}": ${shown.slice(0, 80)}`).to.be.oneOf([1, 20]);
        }
        box.remove();
      }
    }
    expect(win.__probe.errors).to.deep.equal([]);
  });
});
