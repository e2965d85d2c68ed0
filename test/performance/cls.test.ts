// No layout shift caused by the library: each page is loaded in a frame of a phone's or a
// desktop's size, from the built CDN file (dist/: run `npm run build` first), read from top to
// bottom a screen at a time (elements far down load when they come near, and the demo's data
// with them), and the layout shifts the browser reports there (PerformanceObserver
// 'layout-shift', buffered) are summed once every element is defined, has drawn, and the page's
// own data has arrived.
import { expect, waitUntil } from '@open-wc/testing';

interface Shift {
  value: number;
  hadRecentInput: boolean;
  sources?: { node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
}

/** Loads `url` in a frame `width`×`height`; resolves with the frame's window once loaded. */
async function open(url: string, width: number, height: number): Promise<{ frame: HTMLIFrameElement; win: Window & typeof globalThis }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  return { frame, win: frame.contentWindow as Window & typeof globalThis };
}

const frames = (win: Window, count: number) => new Promise<void>((resolve) => {
  const next = (left: number) => (left ? win.requestAnimationFrame(() => next(left - 1)) : resolve());
  next(count);
});

/** Counts the page's requests in flight (`fetch`), from now on. */
function trackFetches(win: Window & typeof globalThis): () => number {
  const fetch = win.fetch;
  let pending = 0;
  win.fetch = (...args: Parameters<typeof fetch>) => {
    pending++;
    return fetch.apply(win, args).finally(() => pending--);
  };
  return () => pending;
}

/**
 * Resolves once the page is still: no request in flight, no resource started or finished
 * loading and its height unchanged over five animation frames in a row (a person reading the
 * screen it shows).
 */
async function still(win: Window & typeof globalThis, pending: () => number) {
  const state = () => `${pending()} ${win.performance.getEntriesByType('resource').length} ${win.document.documentElement.scrollHeight}`;
  let last = state();
  for (let same = 0; same < 5 || pending() > 0; ) {
    await frames(win, 1);
    const now = state();
    same = now === last ? same + 1 : 0;
    last = now;
  }
}

/**
 * Scrolls through the page a screen at a time, as a person reading it would: at each screen,
 * the elements within a screen of it (what the library loads ahead, src/elements/shared/define-on-demand.ts)
 * are defined and drawn, and the page is still, before the next screen.
 */
async function readThrough(win: Window & typeof globalThis, tags: string[]) {
  const doc = win.document;
  const pending = trackFetches(win);
  for (let top = 0; top < doc.documentElement.scrollHeight; top += win.innerHeight) {
    win.scrollTo(0, top);
    await frames(win, 2);
    const near = () => [...doc.querySelectorAll<HTMLElement>(tags.join(','))].filter((el) => {
      const box = el.getBoundingClientRect();
      return box.bottom >= -win.innerHeight && box.top <= 2 * win.innerHeight && win.getComputedStyle(el).display !== 'none';
    });
    await waitUntil(() => near().every((el) => win.customElements.get(el.localName)), `the elements within a screen of ${top} px are defined`, { timeout: 15_000 });
    for (const el of near() as (HTMLElement & { updateComplete?: Promise<unknown> })[]) await el.updateComplete;
    await still(win, pending);
  }
}

/** Waits until every rouages element in the page is defined and has finished rendering. */
async function settled(win: Window & typeof globalThis, tags: string[], ready: () => boolean = () => true) {
  await Promise.all(tags.map((tag) => win.customElements.whenDefined(tag)));
  await waitUntil(ready, 'the page has its data', { timeout: 15_000 });
  for (const el of win.document.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>(tags.join(','))) await el.updateComplete;
  // Two frames: what the last render changed is laid out and painted, and its shifts reported.
  await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
}

/** The layout shifts reported since the page started, with what moved. */
async function shifts(win: Window & typeof globalThis): Promise<{ total: number; moved: string[] }> {
  const entries = await new Promise<Shift[]>((resolve) => {
    new win.PerformanceObserver((list, observer) => {
      observer.disconnect();
      resolve(list.getEntries() as unknown as Shift[]);
    }).observe({ type: 'layout-shift', buffered: true });
    // No shift at all: the buffered callback never comes.
    win.requestAnimationFrame(() => win.setTimeout(() => resolve([]), 50));
  });
  const counted = entries.filter((e) => !e.hadRecentInput);
  return {
    total: counted.reduce((sum, e) => sum + e.value, 0),
    moved: counted.map((e) => `${e.value.toFixed(4)} at ${Math.round((e as Shift & { startTime: number }).startTime)} ms: ${(e.sources ?? []).map((s) => `${(s.node as Element | null)?.localName ?? '#text'} ${Math.round(s.previousRect.y)}→${Math.round(s.currentRect.y)}`).join(', ')}`),
  };
}

const SIZES = [
  { name: 'a phone', width: 412, height: 823 },
  { name: 'a desktop', width: 1280, height: 900 },
];

describe('layout shift (CLS) of pages using the elements', function () {
  this.timeout(60_000);
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  for (const { name, width, height } of SIZES) {
    it(`the demo page, on ${name}: under 0.02`, async () => {
      const { win } = await open('/demo/', width, height);
      await readThrough(win, ['rouages-wheel', 'rouages-questionnaire', 'rouage-card', 'rouages-report', 'rouages-plan']);
      await settled(win, ['rouages-provider', 'rouages-wheel', 'rouages-questionnaire', 'rouage-card', 'rouages-report', 'rouages-plan'], () => Boolean(win.document.querySelector('#next li')));
      const { total, moved } = await shifts(win);
      expect(total, moved.join('\n')).to.be.below(0.02);
    });

    for (const lang of ['fr', 'en']) {
      it(`a plain page with the wheel and the questionnaire (${lang}), on ${name}: under 0.02`, async () => {
        const { win } = await open(`/test/performance/page/?lang=${lang}`, width, height);
        await readThrough(win, ['rouages-wheel', 'rouages-questionnaire']);
        await settled(win, ['rouages-wheel', 'rouages-questionnaire'], () => Boolean(win.document.querySelector('rouages-wheel')?.shadowRoot?.querySelector('[part="rouage"]')));
        const { total, moved } = await shifts(win);
        expect(total, moved.join('\n')).to.be.below(0.02);
      });
    }
  }
});
