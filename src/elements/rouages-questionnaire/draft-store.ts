/**
 * Where a questionnaire keeps its draft: one localStorage entry per `storage-key`, written at
 * once (debounced by the element) and read back on reload. Every failure is a value the
 * element shows to the person; nothing here throws.
 */

/** Where the person was: the page they come back to. */
export interface Place {
  step: 'start' | 'rouage' | 'results';
  rouage?: string;
}

/** What is stored under the key. The diagnostic is kept as saved: it is parsed (and migrated) by the element. */
export interface Draft {
  format: typeof DRAFT_FORMAT;
  diagnostic: unknown;
  place?: Place;
  /** When the diagnostic was sent to the endpoint, if it was. */
  submittedAt?: string;
}

export const DRAFT_FORMAT = 'rouages-draft/1';

/** The part of the Storage interface the store uses, so tests can give a stub. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export type LoadResult = { draft: Draft | null } | { unreadable: string } | { blocked: true };
export type SaveResult = { ok: true } | { ok: false };

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

  load(): LoadResult {
    if (!this.storage) return { blocked: true };
    let text: string | null;
    try {
      text = this.storage.getItem(this.key);
    } catch {
      return { blocked: true };
    }
    if (text === null) return { draft: null };
    const draft = readDraft(text);
    return draft ? { draft } : { unreadable: text };
  }

  save(draft: Omit<Draft, 'format'>): SaveResult {
    if (!this.storage) return { ok: false };
    try {
      this.storage.setItem(this.key, JSON.stringify({ format: DRAFT_FORMAT, ...draft }));
      return { ok: true };
    } catch {
      return { ok: false };
    }
  }

  /**
   * Keeps something that could not be carried over under a key of its own
   * (`<key>:aside:<time>`), and returns that key; null when storage refuses it too.
   */
  keepAside(value: unknown, now = new Date()): string | null {
    if (!this.storage) return null;
    const key = `${this.key}:aside:${now.toISOString()}`;
    try {
      this.storage.setItem(key, typeof value === 'string' ? value : JSON.stringify(value));
      return key;
    } catch {
      return null;
    }
  }
}

/** A draft from its stored text, or null when it is not one (the caller keeps that text apart). */
export function readDraft(text: string | null): Draft | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<Draft> | null;
    if (!value || value.format !== DRAFT_FORMAT || typeof value.diagnostic !== 'object') return null;
    const place = value.place && ['start', 'rouage', 'results'].includes(value.place.step) ? value.place : undefined;
    return { format: DRAFT_FORMAT, diagnostic: value.diagnostic, ...(place ? { place } : {}), ...(typeof value.submittedAt === 'string' ? { submittedAt: value.submittedAt } : {}) };
  } catch {
    return null;
  }
}
