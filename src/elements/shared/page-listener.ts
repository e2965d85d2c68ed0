import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The events of the window and of the document, by name. */
export type PageEventMap = WindowEventMap & DocumentEventMap;

/**
 * Listens to an event of the page (`window`'s `storage`, `hashchange`, `pagehide`;
 * `document`'s `visibilitychange`) while an element is in the page: added when the element is
 * connected, removed when it is disconnected, so that an element taken out of the page leaves
 * no listener behind and one put back listens again.
 */
export class PageListener<K extends keyof PageEventMap> implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly target: EventTarget,
    private readonly type: K,
    private readonly listener: (event: PageEventMap[K]) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.target.addEventListener(this.type, this.listener as EventListener);
  }

  hostDisconnected(): void {
    this.target.removeEventListener(this.type, this.listener as EventListener);
  }
}

/**
 * Calls `listener` on each `type` event of `target` (the window by default) while `host` is
 * connected (see `PageListener`). Call it from a controller's constructor, with a listener
 * that is a bound function or an arrow function (the same one is removed).
 *
 * @example
 * constructor(private readonly host: ReactiveControllerHost) {
 *   listenWhileConnected(host, 'storage', this.onStorage);
 * }
 */
export function listenWhileConnected<K extends keyof PageEventMap>(
  host: ReactiveControllerHost,
  type: K,
  listener: (event: PageEventMap[K]) => void,
  target: EventTarget = window,
): PageListener<K> {
  return new PageListener(host, target, type, listener);
}
