/**
 * How the rouages elements name and dispatch their events: one rule, one place.
 *
 * The rule (STYLE.md, as Shoelace's `sl-` and Web Awesome's `wa-`): a native name where one fits
 * (`change` when a form control's value changed), otherwise the package's prefix `rouages-` then
 * what happened (`rouages-select`, `rouages-submit`, `rouages-provider-change`). Every event
 * bubbles and crosses shadow roots (`composed`), with its payload in `detail`, typed on
 * `HTMLElementEventMap` beside the element that sends it.
 *
 * Names that broke the rule before 0.2 are still dispatched under their old name, right after the
 * new one, with the same `detail`, until the next minor version: see {@link DEPRECATED_EVENT_NAMES}.
 */

/** New name → the old name also dispatched for this version. Deprecated: listen to the new name. */
export const DEPRECATED_EVENT_NAMES: Readonly<Record<string, string>> = Object.freeze({
  'rouages-select': 'rouage-select',
});

export interface EmitInit {
  /** Whether a listener may call `preventDefault()` to stop what the element was about to do. */
  cancelable?: boolean;
}

/**
 * Dispatches `name` on `target` (bubbling, composed, `detail` as given), then its deprecated old
 * name if it has one. Returns false when a listener of either name called `preventDefault()`
 * on a cancelable event: the element then keeps its state as it was.
 */
export function dispatchRouagesEvent(target: EventTarget, name: string, detail: unknown, init: EmitInit = {}): boolean {
  const options = { detail, bubbles: true, composed: true, cancelable: init.cancelable ?? false };
  let proceed = target.dispatchEvent(new CustomEvent(name, options));
  const deprecated = DEPRECATED_EVENT_NAMES[name];
  if (deprecated && !target.dispatchEvent(new CustomEvent(deprecated, options))) proceed = false;
  return proceed;
}

declare global {
  interface HTMLElementEventMap {
    /** @deprecated Since 0.2: listen to `rouages-select` (same `detail`); removed in the next minor version. */
    'rouage-select': CustomEvent<{ id: string }>;
  }
}
