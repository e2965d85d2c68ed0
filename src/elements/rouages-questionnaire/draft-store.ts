/**
 * Where a questionnaire keeps its draft: one storage entry per `storage-key`, and copies kept
 * aside beside it (`<key>:aside:<time>`). Every failure is a value; nothing here throws.
 */
import { asideKey } from '../../state/draft.js';

/** The part of the Storage interface the store uses, so tests can give a stub. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

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
