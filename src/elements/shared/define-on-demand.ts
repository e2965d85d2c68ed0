/**
 * Loads an element's code the first time its tag appears in the page, so that a page pays only
 * for the elements it uses: the CDN file defines the provider and the wheel at once, and fetches
 * the card, the questionnaire and the report (files next to it) when a page has them.
 *
 * Tags are found wherever they are: in the document, in the open shadow roots of other
 * components (already there, or attached later), and in any shadow root attached after the
 * CDN file ran. Watching stops once every on-demand element has started loading.
 */

/** Tags waiting for their first appearance, with what loads each. */
const waiting = new Map<string, () => Promise<unknown>>();
/** Tags whose code is loading or loaded. */
const started = new Map<string, Promise<CustomElementConstructor>>();

let observer: MutationObserver | undefined;

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

function start(tag: string): Promise<CustomElementConstructor> {
  let loading = started.get(tag);
  if (loading) return loading;
  const load = waiting.get(tag)!;
  waiting.delete(tag);
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
  }
  return loading;
}

/** Starts loading the waiting tags used in `root` (an element and what is inside it, or a whole tree), through open shadow roots. */
function scan(root: Document | ShadowRoot | Element) {
  if (!waiting.size) return;
  if (root instanceof Element && waiting.has(root.localName)) start(root.localName);
  const selector = [...waiting.keys()].join(',');
  if (selector) for (const el of root.querySelectorAll(selector)) if (waiting.has(el.localName)) start(el.localName);
  // Open shadow roots inside: watched (their content may come later) and searched.
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  for (let node: Node | null = root instanceof Element ? root : walker.nextNode(); node && waiting.size; node = walker.nextNode()) {
    const shadowRoot = (node as Element).shadowRoot;
    if (shadowRoot) watch(shadowRoot);
  }
}

function watch(root: Document | ShadowRoot) {
  observer ??= new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
  });
  observer.observe(root, { childList: true, subtree: true });
  if (root instanceof ShadowRoot) scan(root);
}

/**
 * Loads `tag`'s code with `load` when the tag first appears in the page (at once if it already
 * does); `loadOnDemand` loads it earlier on request. A tag defined already is left alone.
 */
export function defineOnDemand(tag: string, load: () => Promise<unknown>): void {
  if (typeof document === 'undefined' || customElements.get(tag) || started.has(tag)) return;
  waiting.set(tag, load);
  if (!stopShadowRoots) {
    stopShadowRoots = onShadowRoots((root) => {
      if (waiting.size) watch(root);
    });
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
