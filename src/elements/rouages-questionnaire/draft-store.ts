/**
 * Where a questionnaire keeps its draft: one storage entry per `storage-key`, and copies kept
 * aside beside it (`<key>:aside:<time>`). Every failure is a value; nothing here throws.
 */
import { asideKey } from '../../state/draft.js';

/** The part of the Storage interface the store uses, so tests can give a stub. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> & Partial<Pick<Storage, 'key' | 'length'>>;

/** The page's localStorage, or null where it is blocked (some private modes, sandboxed frames). */
export function pageStorage(): StorageLike | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export class DraftStore {
  constructor(
    readonly key: string,
    private readonly storage: StorageLike | null,
  ) {}

  /** The stored text (null when there is none), or `blocked` when storage cannot be read. */
  read(): string | null | { blocked: true } {
    if (!this.storage) return { blocked: true };
    try {
      return this.storage.getItem(this.key);
    } catch {
      return { blocked: true };
    }
  }

  /** Writes the draft's text, or removes the entry (null). */
  write(text: string | null): boolean {
    if (!this.storage) return false;
    try {
      if (text === null) this.storage.removeItem(this.key);
      else this.storage.setItem(this.key, text);
      return true;
    } catch {
      return false;
    }
  }

  /** The copies kept aside beside the draft (`<key>:aside:<time>`), oldest first: their stamp and text. Storage that cannot list its keys gives none. */
  asides(): { at: string; text: string }[] {
    const storage = this.storage;
    if (!storage || typeof storage.key !== 'function' || typeof storage.length !== 'number') return [];
    const prefix = asideKey(this.key, '');
    const found: { at: string; text: string }[] = [];
    try {
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (!key?.startsWith(prefix)) continue;
        const text = storage.getItem(key);
        if (text !== null) found.push({ at: key.slice(prefix.length), text });
      }
    } catch {
      return found;
    }
    return found.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  }

  /** Removes the copy kept aside at `at`. */
  dropAside(at: string): void {
    try {
      this.storage?.removeItem(asideKey(this.key, at));
    } catch {
      // Storage refused: the copy stays, which loses nothing.
    }
  }

  /**
   * Keeps the `limit` newest copies aside and removes older ones. Safe because every copy was
   * offered when it was written (a copy put aside is announced in a notice with its key and a
   * bring-back action; leftovers and unreadable drafts are announced too), and on each load the
   * newest is offered again: a copy removed here is one the person was already offered and
   * `limit` later copies have followed since. The newest, the one offered now, is never removed.
   */
  prune(limit: number): void {
    const all = this.asides();
    for (const old of all.slice(0, Math.max(0, all.length - limit))) this.dropAside(old.at);
  }

  /** Keeps something under a key of its own beside the draft; returns that key, or null when storage refuses it. */
  keepAside(value: unknown, at: string): string | null {
    if (!this.storage) return null;
    const key = asideKey(this.key, at);
    try {
      this.storage.setItem(key, typeof value === 'string' ? value : JSON.stringify(value));
      return key;
    } catch {
      return null;
    }
  }
}
