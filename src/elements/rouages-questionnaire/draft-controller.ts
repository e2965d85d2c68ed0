import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { QuestionnaireEvent } from '../../state/questionnaire.js';
import { DraftStore, pageStorage, type StorageLike } from './draft-store.js';
import { ASIDE_LIMIT } from '../../state/document.js';
import { listenWhileConnected } from '../shared/page-listener.js';

/** Saves at most this often while the person types; `pagehide` and a hidden page flush at once. */
export const SAVE_DELAY = 250;

/** What the draft controller needs from its element. */
export interface DraftHost extends ReactiveControllerHost, EventTarget {
  /** The draft's text to write now (from the state), or null to remove it. */
  draftText(): string | null;
  /** Hands an event to the state's transitions. */
  dispatchTransition(event: QuestionnaireEvent): void;
}

/**
 * Drafts in storage for `<rouages-questionnaire>`: opens the key, reads the draft, writes it a
 * moment after each change (merging first what another tab wrote meanwhile), flushes when the
 * page is hidden or left, listens to other tabs, and keeps copies aside. It only runs effects
 * and reports what storage said, as transitions' events.
 */
export class DraftController implements ReactiveController {
  private store?: DraftStore;
  private timer?: ReturnType<typeof setTimeout>;
  /** The text this tab last read or wrote: a different text in storage is another tab's. */
  private known: string | null = null;

  constructor(private readonly host: DraftHost) {
    host.addController(this);
    listenWhileConnected(host, 'storage', this.onStorage);
    listenWhileConnected(host, 'pagehide', this.flush);
    listenWhileConnected(host, 'visibilitychange', this.onVisibility, document);
  }

  get key(): string | undefined {
    return this.store?.key;
  }

  hostDisconnected(): void {
    this.flush();
  }

  /**
   * Uses `key` from now on (the pending save goes to the previous key first) and returns what
   * is stored there: the text, null, or `blocked`. No key: no storage.
   */
  open(key: string | undefined, storage: StorageLike | null | undefined): string | null | { blocked: true } | undefined {
    this.flush();
    this.store = key ? new DraftStore(key, storage === undefined ? pageStorage() : storage) : undefined;
    if (!this.store) return undefined;
    const stored = this.store.read();
    this.known = typeof stored === 'string' ? stored : null;
    return stored;
  }

  /** Writes soon. */
  schedule(): void {
    if (!this.store) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(this.write, SAVE_DELAY);
  }

  /** Writes now what is scheduled. */
  flush = (): void => {
    if (this.timer === undefined) return;
    clearTimeout(this.timer);
    this.write();
  };

  /** Keeps a copy beside the draft (and at most `ASIDE_LIMIT` of them: see `DraftStore.prune`); the key it went under, or null without storage. */
  keepAside(value: unknown, at: string): string | null {
    const key = this.store?.keepAside(value, at) ?? null;
    this.store?.prune(ASIDE_LIMIT);
    return key;
  }

  /** The copies kept aside under the current key, oldest first. */
  asides(): { at: string; text: string }[] {
    return this.store?.asides() ?? [];
  }

  /** Removes a copy kept aside (brought back, or discarded by the person). */
  dropAside(at: string): void {
    this.store?.dropAside(at);
  }

  private write = (): void => {
    this.timer = undefined;
    const store = this.store;
    if (!store) return;
    const stored = store.read();
    // Another tab wrote since this one last did: its answers come in before this tab writes.
    if (typeof stored === 'string' && stored !== this.known) this.host.dispatchTransition({ type: 'another-tab-saved', stored });
    const text = this.host.draftText();
    const ok = store.write(text);
    if (ok) this.known = text;
    this.host.dispatchTransition({ type: 'saved', ok });
  };

  private onVisibility = () => {
    if (document.visibilityState === 'hidden') this.flush();
  };

  /**
   * Another tab saved the same key. What storage holds now is read rather than the event's
   * `newValue`: events arrive late, and an older value merged after this tab wrote a newer one
   * would look like the other tab undoing this tab's edits.
   */
  private onStorage = (event: StorageEvent) => {
    if (!this.store || event.key !== this.store.key) return;
    const now = this.store.read();
    if (typeof now !== 'string' || now === this.known) return;
    this.known = now;
    this.host.dispatchTransition({ type: 'another-tab-saved', stored: now });
  };
}
