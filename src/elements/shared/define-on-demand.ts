/**
 * Loads an element's code the first time its tag appears in the page near the viewport, so that
 * a page pays only for the elements it uses, and only when a person is about to see them: the
 * CDN file defines the provider and the wheel at once, and fetches the card, the questionnaire,
 * the report and the plan (files next to it) when a page has them.
 *
 * Tags are found wherever they are: in the document, in the open shadow roots of other
 * components (already there, or attached later), and in any shadow root attached after the
 * CDN file ran. Watching stops once every on-demand element has started loading.
 *
 * "Near the viewport" is what `loading="lazy"` does for images: an element within one screen
 * of the visible part of its document, in any direction (an `IntersectionObserver` on the
 * document's own viewport with a root margin of 100 %), so that the next screen is ready before
 * a person scrolls to it. An element further down, or inside something hidden (`display: none`,
 * a closed `<details>`), waits: its tag is defined the moment one of its elements comes that near
 * or is shown, and `customElements.whenDefined(tag)` resolves then. Defining a tag upgrades and
 * renders every element with it at once (on a phone, a report or a questionnaire is a long task
 * of its own), so a page with a questionnaire at the top and reports further down no longer
 * renders them all at load. `loadOnDemand(tag)` (the CDN file's
 * `load(tag)`) loads a tag now, wherever its elements are. Without `IntersectionObserver`,
 * every tag found loads at once. When the person prints (`beforeprint`), every tag found in the
 * page starts loading: the browser may lay out the first print before the files arrive (a page
 * that prints at load calls `load(tag)` first), but the page no longer stays blank below the fold.
 */

/** Tags waiting for their first appearance, with what loads each. */
const waiting = new Map<string, () => Promise<unknown>>();
/** Tags whose code is loading or loaded. */
const started = new Map<string, Promise<CustomElementConstructor>>();

let observer: MutationObserver | undefined;

/**
 * How near the viewport an element must come for its tag to load: one screen in every direction
 * (percentages of the document's viewport).
 */
export const NEAR_VIEWPORT = '100%';

/** Elements of waiting tags found in the page, watched until one of them comes near the viewport. */
const far = new Map<string, Set<Element>>();
let nearObserver: IntersectionObserver | undefined;

/** Watches `el` until it comes near the viewport, then loads its tag; loads at once without IntersectionObserver. */
function whenNear(el: Element) {
  const tag = el.localName;
  if (typeof IntersectionObserver === 'undefined') {
    start(tag);
    return;
  }
  // The document itself as the root: its own viewport, also inside an iframe (the implicit root
  // would be the top page's viewport, clipped by the frame, and ignore the margin cross-origin).
  nearObserver ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting && waiting.has(entry.target.localName)) start(entry.target.localName);
        else if (!entry.target.isConnected) forget(entry.target);
      }
    },
    { root: document, rootMargin: NEAR_VIEWPORT },
  );
  let elements = far.get(tag);
  if (!elements) far.set(tag, (elements = new Set()));
  if (elements.has(el)) return;
  elements.add(el);
  nearObserver.observe(el);
}

/** Stops watching `el` (removed from the page). */
function forget(el: Element) {
  if (far.get(el.localName)?.delete(el)) nearObserver?.unobserve(el);
}

/** Stops watching every element of `tag` (it is loading). */
function forgetTag(tag: string) {
  for (const el of far.get(tag) ?? []) nearObserver?.unobserve(el);
  far.delete(tag);
  if (!far.size) {
    nearObserver?.disconnect();
    nearObserver = undefined;
  }
}

/**
 * Every shadow root attached on the page, told to each copy of the library that listens
 * (Element.prototype.attachShadow is wrapped once per page, calling the original first).
 */
const SHADOW_KEY = Symbol.for('rouages-cooperation.shadow-root-listeners');
type ShadowListener = (root: ShadowRoot) => void;
type Host = typeof globalThis & { [SHADOW_KEY]?: Set<ShadowListener> };

function onShadowRoots(listener: ShadowListener): () => void {
  const host = globalThis as Host;
  let listeners = host[SHADOW_KEY];
  if (!listeners) {
    const all = (listeners = host[SHADOW_KEY] = new Set());
    const attachShadow = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit): ShadowRoot {
      const root = attachShadow.call(this, init);
      for (const listen of all) listen(root);
      return root;
    };
  }
  listeners.add(listener);
  return () => host[SHADOW_KEY]?.delete(listener);
}
let stopShadowRoots: (() => void) | undefined;

/** Printing lays out the whole page: every tag found in it, far or hidden, starts loading. */
function loadFoundForPrint() {
  for (const tag of [...far.keys()]) if (waiting.has(tag)) start(tag);
}

function start(tag: string): Promise<CustomElementConstructor> {
  let loading = started.get(tag);
  if (loading) return loading;
  const load = waiting.get(tag)!;
  waiting.delete(tag);
  forgetTag(tag);
  loading = load()
    .then(() => customElements.whenDefined(tag))
    .catch((error: unknown) => {
      console.error(`rouages-cooperation: <${tag}> could not be loaded.`, error);
      throw error;
    });
  // The page is told in the console; a caller of `loadOnDemand` gets the rejection itself.
  loading.catch(() => undefined);
  started.set(tag, loading);
  if (!waiting.size) {
    observer?.disconnect();
    observer = undefined;
    stopShadowRoots?.();
    stopShadowRoots = undefined;
    removeEventListener('beforeprint', loadFoundForPrint);
  }
  return loading;
}

/** Watches the elements of waiting tags in `root` (an element and what is inside it, or a whole tree), through open shadow roots. */
function scan(root: Document | ShadowRoot | Element) {
  if (!waiting.size) return;
  if (root instanceof Element && waiting.has(root.localName)) whenNear(root);
  const selector = [...waiting.keys()].join(',');
  if (selector) for (const el of root.querySelectorAll(selector)) if (waiting.has(el.localName)) whenNear(el);
  // Open shadow roots inside: watched (their content may come later) and searched.
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  for (let node: Node | null = root instanceof Element ? root : walker.nextNode(); node && waiting.size; node = walker.nextNode()) {
    const shadowRoot = (node as Element).shadowRoot;
    if (shadowRoot) watch(shadowRoot);
  }
}

/** Forgets the watched elements in a removed element (its light DOM) unless they are back in the page. */
function forgetTree(root: Element) {
  if (root.isConnected) return;
  for (const [tag, elements] of far) {
    if (root.localName === tag) forget(root);
    if (elements.size) for (const el of root.querySelectorAll(tag)) forget(el);
  }
}

function watch(root: Document | ShadowRoot) {
  observer ??= new MutationObserver((records) => {
    for (const record of records) {
      // Removed first (a moved element is removed, then added): a removed element is not kept.
      if (far.size) for (const node of record.removedNodes) if (node instanceof Element) forgetTree(node);
      for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    }
  });
  observer.observe(root, { childList: true, subtree: true });
  if (root instanceof ShadowRoot) scan(root);
}

/**
 * Loads `tag`'s code with `load` when one of its elements first appears near the viewport (at
 * once if one already is); `loadOnDemand` loads it earlier on request. A tag defined already is
 * left alone.
 */
export function defineOnDemand(tag: string, load: () => Promise<unknown>): void {
  if (typeof document === 'undefined' || customElements.get(tag) || started.has(tag)) return;
  waiting.set(tag, load);
  if (!stopShadowRoots) {
    stopShadowRoots = onShadowRoots((root) => {
      if (waiting.size) watch(root);
    });
    addEventListener('beforeprint', loadFoundForPrint);
    watch(document);
  }
  scan(document);
}

/**
 * Loads a tag registered with `defineOnDemand` now, whether or not the page uses it yet;
 * resolves with its class once defined. A tag defined otherwise resolves when it is defined.
 */
export function loadOnDemand(tag: string): Promise<CustomElementConstructor> {
  if (waiting.has(tag)) return start(tag);
  return started.get(tag) ?? customElements.whenDefined(tag);
}
