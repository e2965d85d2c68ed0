import { expect } from '@open-wc/testing';

/**
 * Creating, attaching and removing elements leaves no growing memory: elements outside any
 * provider used to leave their request for one in @lit/context's ContextRoot for the page's
 * lifetime (~60 B a wheel, ~120 B a report). Measured as the heap after a full garbage
 * collection (Chromium runs with --js-flags=--expose-gc, see web-test-runner.config.mjs),
 * between a first and a second run of the same number of cycles: a leak grows it by the number
 * of cycles times the bytes each leaves; flat means within noise.
 */
type Gc = () => void;
type Memory = { usedJSHeapSize: number };

async function heapAfterGc(): Promise<number> {
  const gc = (globalThis as typeof globalThis & { gc?: Gc }).gc!;
  for (let i = 0; i < 3; i++) {
    gc();
    await new Promise((r) => setTimeout(r, 0));
  }
  return (performance as Performance & { memory: Memory }).memory.usedJSHeapSize;
}

async function cycles(tag: string, count: number) {
  const host = document.createElement('div');
  document.body.append(host);
  for (let i = 0; i < count; i++) {
    const el = document.createElement(tag) as HTMLElement & { updateComplete?: Promise<boolean> };
    host.append(el);
    // Every 100: let them render, as a page would.
    if (i % 100 === 0) await el.updateComplete;
    el.remove();
  }
  host.remove();
}

describe('memory', function () {
  this.timeout(450000);

  before(async () => {
    expect(typeof (globalThis as typeof globalThis & { gc?: Gc }).gc).to.equal('function');
    const cdn = (await import('/dist/rouages.min.js' as string)) as { load(tag: string): Promise<unknown> };
    await cdn.load('rouages-report');
  });

  for (const tag of ['rouages-wheel', 'rouages-report']) {
    it(`creating and removing ${tag} outside a provider 20,000 times leaves the heap flat`, async () => {
      const count = 10000;
      // A first run warms up (code, caches, the framework); the second must add nothing per cycle.
      await cycles(tag, count);
      const before = await heapAfterGc();
      await cycles(tag, count);
      const middle = await heapAfterGc();
      await cycles(tag, count);
      const after = await heapAfterGc();
      // A leak grows the heap in both runs alike; something kept once (a cache filled late, work
      // still in flight from an earlier test file of the same browser) grows one run only.
      const growth = Math.min(middle - before, after - middle);
      const perCycle = growth / count;
      // A leak of one pending request (a Map entry or two WeakRefs) is 40 B a cycle or more.
      expect(perCycle, `${Math.round(middle - before)} B then ${Math.round(after - middle)} B over ${count} cycles each`).to.be.below(8);
    });
  }
});
