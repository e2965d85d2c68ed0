import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { openPath, shadow, until, type PageWindow } from './helpers.js';
import type { RouagesQuestionnaire } from '../../src/elements/rouages-questionnaire/rouages-questionnaire.js';

/**
 * The CDN file on real-world pages: test/embedding/page/ loads dist/rouages.min.js with one
 * module script, as a site would, under the conditions its query asks for (hostile CSS, a
 * strict Content-Security-Policy from the server, right-to-left, 200\u00a0% zoom, a second copy).
 */
async function openPage(query = '', width = 780): Promise<{ frame: HTMLIFrameElement; win: PageWindow; doc: Document }> {
  const opened = await openPath(`/test/embedding/page/?${query}`, width);
  // Ready means defined: wait for each element's first render to finish, not for a fixed time.
  const elements = [...opened.doc.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('rouages-provider, rouages-wheel, rouage-card, rouages-questionnaire, rouages-report, rouages-plan')];
  await Promise.all(elements.map((el) => el.updateComplete));
  return { frame: opened.frame, win: opened.win, doc: opened.doc };
}

/** What a person sees of the elements, measured inside their shadow roots. */
function measure(doc: Document) {
  const wheel = shadow(doc, '#wheel');
  const card = shadow(doc, '#card');
  const questionnaire = shadow(doc, '#questionnaire');
  const style = (el: Element) => getComputedStyle(el);
  const label = wheel.querySelector('.label')!;
  const title = card.querySelector('.title')!;
  const primary = questionnaire.querySelector('button.primary')!;
  const svg = wheel.querySelector('svg')!.getBoundingClientRect();
  return {
    cells: wheel.querySelectorAll('[part="rouage"]').length,
    wheelAspect: Math.round((svg.width / svg.height) * 100) / 100,
    labelFont: `${style(label).fontSize} ${style(label).fontFamily}`,
    cardTitle: `${style(title).fontSize} ${style(title).fontWeight} ${style(title).textTransform} ${style(title).letterSpacing} ${style(title).fontFamily}`,
    cardText: style(card.querySelector('p')!).color,
    button: `${style(primary).fontSize} ${style(primary).backgroundColor} ${style(primary).boxSizing}`,
    radio: style(questionnaire.querySelector('input[type="radio"]')!).appearance,
  };
}

/** Keyboard: focus a cell, move with the arrows; pointer: a real click on another cell. */
async function useWheel(frame: HTMLIFrameElement, doc: Document, win: PageWindow, rtl = false) {
  const wheel = shadow(doc, '#wheel');
  win.focus();
  (wheel.querySelector('[data-id="pilote"]') as SVGGElement).focus();
  await sendKeys({ press: 'ArrowRight' });
  expect(wheel.activeElement?.getAttribute('data-id')).to.equal(rtl ? 'deploiement' : 'noyau-dur');
  await sendKeys({ press: 'ArrowDown' });
  // Down goes to the next dimension, at the same place in it (or its last rouage).
  expect(wheel.activeElement?.getAttribute('data-id')).to.equal(rtl ? 'structuration-collective' : 'aspiration-sociale-collective');
  // The middle of the cell's label: inside the cell whatever its shape.
  const target = wheel.querySelector('[data-for="prototypage"] .label')!.getBoundingClientRect();
  // Focus may have scrolled the test page: measure where the frame is now.
  const at = frame.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(at.left + target.left + target.width / 2), Math.round(at.top + target.top + target.height / 2)] });
  await until(() => doc.querySelector('#provider')!.getAttribute('selected') === 'prototypage', 'the click selects Prototypage');
  expect(shadow(doc, '#card').querySelector('[role="heading"]')!.textContent).to.equal('Prototypage');
}

describe('the CDN file embedded in pages', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('works with one script tag on a plain page', async () => {
    const { frame, win, doc } = await openPage();
    expect(measure(doc).cells).to.equal(20);
    await useWheel(frame, doc, win);
    expect(win.__probe.errors).to.deep.equal([]);
    expect(win.__probe.warnings).to.deep.equal([]);
  });

  it('looks the same on a page with hostile global CSS, and still answers keyboard and pointer', async () => {
    const clean = await openPage();
    const reference = measure(clean.doc);
    clean.frame.remove();
    const hostile = await openPage('css=hostile');
    expect(getComputedStyle(hostile.doc.body).fontFamily).to.contain('Comic Sans');
    expect(measure(hostile.doc)).to.deep.equal(reference);
    await useWheel(hostile.frame, hostile.doc, hostile.win);
  });

  it('raises no violation under a strict Content-Security-Policy (no unsafe-inline, no unsafe-eval)', async () => {
    const { frame, win, doc } = await openPage('csp=strict');
    const policy = await (await fetch('/test/embedding/page/?csp=strict')).headers.get('content-security-policy');
    expect(policy).to.equal("default-src 'self'");
    expect(measure(doc).cells).to.equal(20);
    await useWheel(frame, doc, win);
    // Fill in and export under the policy too.
    const questionnaire = doc.querySelector('#questionnaire') as RouagesQuestionnaire;
    questionnaire.shadowRoot!.querySelectorAll<HTMLInputElement>('input[data-item="pilote.i1"]')[1]!.click();
    await questionnaire.updateComplete;
    expect(win.__probe.violations).to.deep.equal([]);
    expect(win.__probe.errors).to.deep.equal([]);
  });

  it('works right to left: the arrows follow the reading direction', async () => {
    const { frame, win, doc } = await openPage('dir=rtl');
    expect(getComputedStyle(doc.querySelector('#wheel')!).direction).to.equal('rtl');
    await useWheel(frame, doc, win, true);
  });

  it('fits a page zoomed to 200\u00a0% with no horizontal scrolling', async () => {
    const { doc } = await openPage('zoom=2', 700);
    expect(measure(doc).cells).to.equal(20);
    expect(doc.documentElement.scrollWidth).to.be.at.most(doc.documentElement.clientWidth);
    const questionnaire = shadow(doc, '#questionnaire').querySelector('.root')!;
    expect(questionnaire.scrollWidth).to.be.at.most(questionnaire.clientWidth + 1);
  });

  it('works inside a plain <form>: the wheel never submits it; the questionnaire is a form field', async () => {
    const { win, doc } = await openPage();
    const wheel = shadow(doc, '#wheel');
    win.focus();
    (wheel.querySelector('[data-id="pilote"]') as SVGGElement).focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Space' });
    expect(win.__probe.submits).to.deep.equal([]);
    (doc.querySelector('#submit') as HTMLButtonElement).click();
    expect(win.__probe.submits).to.have.length(1);
    expect(JSON.parse(win.__probe.submits[0]!.diagnostic!).project).to.equal("PTCE Auton'hommes (PHARE)");
  });

  it('loaded twice (two versions), skips the second definitions with one warning naming both versions', async () => {
    const { win, doc } = await openPage('second=/test-cdn/rouages-9.9.9.min.js');
    expect(measure(doc).cells).to.equal(20);
    expect(win.__probe.errors).to.deep.equal([]);
    expect(win.__probe.warnings).to.have.length(1);
    expect(win.__probe.warnings[0]).to.match(/^rouages-cooperation: <rouages-provider>, <rouages-wheel> already defined by version 0\.1\.0; this copy \(version 9\.9\.9\) is not registered again\.$/);
  });

  it('loaded twice as two whole copies (each with its on-demand files), still warns once', async () => {
    // The second copy's on-demand elements load after the first warning, one by one: each used to warn again.
    const { win, doc } = await openPage('second=/test-cdn/copy/rouages.min.js');
    expect(measure(doc).cells).to.equal(20);
    expect(win.__probe.errors).to.deep.equal([]);
    expect(win.__probe.warnings, win.__probe.warnings.join('\n')).to.have.length(1);
  });
});
