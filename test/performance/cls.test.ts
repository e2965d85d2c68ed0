// No layout shift caused by the library: each page is loaded in a frame of a phone's or a
// desktop's size, from the built CDN file (dist/: run `npm run build` first), and the layout
// shifts the browser reports there (PerformanceObserver 'layout-shift', buffered) are summed
// once every element is defined, has drawn, and the page's own data has arrived.
import { expect, waitUntil } from '@open-wc/testing';

interface Shift {
  value: number;
  hadRecentInput: boolean;
  sources?: { node?: Node | null }[];
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
    moved: counted.map((e) => `${e.value.toFixed(4)}: ${(e.sources ?? []).map((s) => (s.node as Element | null)?.localName ?? '#text').join(' ')}`),
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
      await settled(win, ['rouages-provider', 'rouages-wheel', 'rouages-questionnaire', 'rouage-card', 'rouages-report'], () => Boolean(win.document.querySelector('#next li')));
      const { total, moved } = await shifts(win);
      expect(total, moved.join('\n')).to.be.below(0.02);
    });

    for (const lang of ['fr', 'en']) {
      it(`a plain page with the wheel and the questionnaire (${lang}), on ${name}: under 0.02`, async () => {
        const { win } = await open(`/test/performance/page/?lang=${lang}`, width, height);
        await settled(win, ['rouages-wheel', 'rouages-questionnaire'], () => Boolean(win.document.querySelector('rouages-wheel')?.shadowRoot?.querySelector('[part="rouage"]')));
        const { total, moved } = await shifts(win);
        expect(total, moved.join('\n')).to.be.below(0.02);
      });
    }
  }
});
