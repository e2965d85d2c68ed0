// The on-demand loader (src/elements/shared/define-on-demand.ts) through what a page sees: which
// tags' code is fetched (each test's loader records its calls), when `customElements.whenDefined`
// resolves, and what `loadOnDemand` does. Each test registers tags of its own (a registry cannot
// forget a tag), with elements placed in, near, far from the viewport, or hidden.
import { expect } from '@open-wc/testing';
import { defineOnDemand, loadOnDemand } from '../../src/elements/shared/define-on-demand.js';

let count = 0;
/** A fresh tag loaded on demand; `calls` lists each time its code was asked for. */
function onDemand(): { tag: string; calls: string[] } {
  const tag = `x-on-demand-${++count}`;
  const calls: string[] = [];
  defineOnDemand(tag, async () => {
    calls.push(tag);
    customElements.define(tag, class extends HTMLElement {});
  });
  return { tag, calls };
}

/** A block of the page, removed after each test. */
function block(height = 0): HTMLElement {
  const el = document.createElement('div');
  el.className = 'on-demand-test';
  el.style.height = `${height}px`;
  document.body.append(el);
  return el;
}

/**
 * Resolves once the browser has computed where `el` is (the loader's own observer is told in the
 * same rendering step, before ours: it was created first) and the loader has acted on it.
 */
async function looked(el: Element): Promise<void> {
  // The loader finds elements added to the page in a microtask, and only then observes them.
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await new Promise<void>((resolve) => {
    const observer = new IntersectionObserver(() => {
      observer.disconnect();
      resolve();
    }, { root: document });
    observer.observe(el);
  });
  // The loader's call is a promise: let it settle.
  await new Promise((resolve) => setTimeout(resolve));
}

/**
 * `el`'s tag waits while `el` is out of reach (nothing loaded, the tag undefined), and loads,
 * once, when `reveal` brings an element of it near or into view.
 */
async function waitsThenLoads(el: Element, { tag, calls }: ReturnType<typeof onDemand>, reveal: () => void): Promise<void> {
  await looked(el);
  expect(calls).to.deep.equal([]);
  expect(customElements.get(tag)).to.equal(undefined);
  reveal();
  await customElements.whenDefined(tag);
  expect(calls).to.deep.equal([tag]);
}


/** Places an element of `tag` after a spacer `screens` viewport heights tall. */
function placed(tag: string, screens: number, parent: Element | ShadowRoot = block()): HTMLElement {
  const spacer = document.createElement('div');
  spacer.style.height = `${Math.round(screens * innerHeight)}px`;
  const el = document.createElement(tag);
  el.textContent = tag;
  parent.append(spacer, el);
  return el;
}

describe('defineOnDemand: elements load when they come near the viewport', function () {
  this.timeout(10000);
  afterEach(() => {
    document.querySelectorAll('.on-demand-test').forEach((el) => el.remove());
    scrollTo(0, 0);
  });

  it('loads a tag whose element is in view, and customElements.whenDefined resolves', async () => {
    const { tag, calls } = onDemand();
    const el = placed(tag, 0);
    await customElements.whenDefined(tag);
    expect(calls).to.deep.equal([tag]);
    expect(el).to.be.instanceOf(customElements.get(tag)!);
  });

  it('loads a tag whose element is within one screen below the visible part, before anyone scrolls to it', async () => {
    const { tag, calls } = onDemand();
    placed(tag, 1.5);
    await customElements.whenDefined(tag);
    expect(calls).to.deep.equal([tag]);
  });

  it('leaves a tag whose only element is far below unloaded, and loads it when the element comes near', async () => {
    const { tag, calls } = onDemand();
    const el = placed(tag, 6);
    await waitsThenLoads(el, { tag, calls }, () => el.scrollIntoView());
    expect(el).to.be.instanceOf(customElements.get(tag)!);
  });

  it('loads a tag once for all its elements, far and near, as soon as one is near', async () => {
    const { tag, calls } = onDemand();
    const far = placed(tag, 6);
    await waitsThenLoads(far, { tag, calls }, () => {
      const near = document.createElement(tag);
      block().prepend(near);
    });
    expect(far).to.be.instanceOf(customElements.get(tag)!);
  });

  it('waits for an element inside something hidden, and loads it when it is shown', async () => {
    const { tag, calls } = onDemand();
    const hidden = block();
    hidden.hidden = true;
    const el = placed(tag, 0, hidden);
    await waitsThenLoads(el, { tag, calls }, () => (hidden.hidden = false));
  });

  it('waits for an element inside a closed <details>, and loads it when the details are opened', async () => {
    const { tag, calls } = onDemand();
    const details = document.createElement('details');
    details.append(Object.assign(document.createElement('summary'), { textContent: 'Plus' }));
    block().append(details);
    const el = placed(tag, 0, details);
    await waitsThenLoads(el, { tag, calls }, () => (details.open = true));
  });

  it('finds a far element inside an open shadow root, and loads it when it comes near', async () => {
    const { tag, calls } = onDemand();
    const root = block().attachShadow({ mode: 'open' });
    const el = placed(tag, 6, root);
    await waitsThenLoads(el, { tag, calls }, () => el.scrollIntoView());
  });

  it('loads the far tags found in the page when the person prints, and no tag the page does not use', async () => {
    // Printing lays out the whole page: a report far down printed as empty space before.
    const { tag, calls } = onDemand();
    const unused = onDemand();
    const el = placed(tag, 6);
    await waitsThenLoads(el, { tag, calls }, () => dispatchEvent(new Event('beforeprint')));
    expect(el).to.be.instanceOf(customElements.get(tag)!);
    expect(unused.calls).to.deep.equal([]);
  });

  it('loads a far tag at once when asked: loadOnDemand resolves with its class', async () => {
    const { tag, calls } = onDemand();
    const el = placed(tag, 6);
    await looked(el);
    const Class = await loadOnDemand(tag);
    expect(calls).to.deep.equal([tag]);
    expect(Class).to.equal(customElements.get(tag));
    expect(el).to.be.instanceOf(Class);
  });

  it('loads a tag whose far element was moved into view', async () => {
    const { tag, calls } = onDemand();
    const el = placed(tag, 6);
    await waitsThenLoads(el, { tag, calls }, () => block().append(el));
  });

  it('does not load a tag whose far element was removed before it came near', async () => {
    const { tag, calls } = onDemand();
    const el = placed(tag, 6);
    await looked(el);
    el.parentElement!.remove();
    // Scrolling to where it was finds nothing to load.
    const again = block(6 * innerHeight);
    again.scrollIntoView({ block: 'end' });
    await waitsThenLoads(again, { tag, calls }, () => {
      // The tag still loads when an element of it appears later.
      placed(tag, 0);
    });
  });
});
