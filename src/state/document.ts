/**
 * A document a person is building (a diagnostic, a plan), held by one owner: a state changed
 * only by named transitions, each a pure function `(state, event) → { state, effects }`. The
 * element (or a reactive controller) runs the effects and renders from the state alone.
 * No DOM, no Lit: this runs and is tested in Node.
 *
 * This module holds what every document type shares:
 * - **identity**: versions of one document (same `id`, or two tabs on one storage key) merge;
 *   two different documents never do;
 * - **keep aside before replace**: whatever would replace what a person gave first keeps the
 *   current document aside, says so, and offers it back; from the interface, replacing another
 *   person's or another project's document asks first;
 * - **sending**: a version already sent is not sent again, "sent" lasts until the next edit,
 *   and each version carries an idempotency key a network can drop duplicates with.
 *
 * ## How a second document type plugs in
 *
 * 1. Describe the type once as a {@link DocumentKind}: how to merge two versions, whether a
 *    document holds anything a person gave, and whether two documents belong to the same person
 *    and project (then replacing one by the other needs no confirmation).
 * 2. Keep a {@link DocumentState} inside the element's own state (`{ ...documentState, place }`
 *    for the questionnaire) and call these functions from the element's transitions:
 *    `edited` after each change, `replaceWith` for an import / share link / `value` / another
 *    key / reset, `confirmPending` / `cancelPending` for the confirmation, `bringBack` for a
 *    copy kept aside, `otherVersion` when another tab saved, `submitStarted` /
 *    `submitSucceeded` / `submitFailed` / `submitTakenOver` for sending.
 * 3. Run the {@link DocumentEffect}s they return: `save`, `keep-aside`, `tell`, `confirm`,
 *    `emit-change`, `post`. The notices they add (`state.notices`) are ids and parameters; the
 *    element renders them from its own strings, in its language.
 *
 * `src/state/questionnaire.ts` is the first user (diagnostics); a plan (`rouages-plan/1`, with
 * an `id`, `createdAt`, `updatedAt`) plugs in the same way.
 */

/** What every document needs for these rules: an optional identity and two ISO 8601 stamps. */
export interface VersionedDocument {
  id?: string;
  createdAt: string;
  updatedAt: string;
}

/** Where a replacing document comes from. `file` and `share-link` come from the interface (they may ask first). */
export type ReplaceSource = 'file' | 'share-link' | 'value' | 'storage-key' | 'reset' | 'form-restore' | 'bring-back' | 'draft';

/** What changed in this tab since its last save: keys of the document's parts (items, notes, actions…). */
export type Changes = readonly string[];

/** One copy kept aside, with why, when, and (once stored) the storage key it was written under. */
export interface Aside<D> {
  /** Unique within the session: what `bringBack` names. */
  ref: number;
  copy: D;
  reason: ReplaceSource;
  at: string;
  /** Read back from storage (kept aside in an earlier visit), not put aside in this page. */
  stored?: boolean;
}

/** A message for the person: an id the element renders from its strings, a tone, and its parameters. */
export interface Notice {
  id: string;
  tone: 'info' | 'warning' | 'error';
  /** Values the element's sentence needs (a project name, a count, a storage key, a reason). */
  params?: Record<string, string | number>;
  /** A copy kept aside this notice offers back. */
  aside?: number;
}

/** Where sending stands. `sent` lasts until the next edit; `done` is a submission the page or the form took over. */
export type Sending =
  | { status: 'idle' }
  | { status: 'sending'; version: string; key: string }
  | { status: 'sent'; version: string; at: string }
  | { status: 'failed'; reason: SendFailure }
  | { status: 'done'; via?: TakenOverBy };

/**
 * Who took a submission over when the element did not post it: the page (it cancelled the
 * submit event), the surrounding form, or nobody (no endpoint, no form: nothing was sent).
 */
export type TakenOverBy = 'page' | 'form' | 'nowhere';

/** Why a send failed, named so the person knows what to do. */
export type SendFailure =
  /** The endpoint answered 4xx/5xx; `message` is its own short message when it gave one (text, capped). */
  | { kind: 'http'; status: number; message?: string }
  | { kind: 'redirect'; location?: string }
  | { kind: 'timeout' }
  /** The browser is offline (`navigator.onLine === false`). */
  | { kind: 'offline' }
  /** An endpoint on another origin refused this page (no CORS headers) or could not be reached. */
  | { kind: 'cross-origin'; origin: string }
  /** The endpoint's URL cannot be posted to (not http(s), or not a URL): refused before any request. */
  | { kind: 'invalid-endpoint'; endpoint: string }
  /** A network failure reaching an endpoint on the page's own origin. */
  | { kind: 'network' };

/** The part of an element's state these rules own. */
export interface DocumentState<D> {
  doc: D | null;
  /** Parts changed here since the last save, so a merge with another tab keeps them. */
  unsaved: Changes;
  /**
   * The version this tab last loaded from or wrote to storage: the common ancestor of a
   * three-way merge with another tab's version (what changed on one side only since it is
   * taken, removals included). Null when unknown (nothing stored yet, or a document just
   * imported and not yet saved): the merge then keeps the union.
   */
  base: D | null;
  /** Copies kept aside this session, newest last (a few: see `ASIDE_LIMIT`). */
  aside: Aside<D>[];
  /** A replacement waiting for the person's confirmation (from the interface only). */
  pending: { incoming: D; source: ReplaceSource } | null;
  notices: Notice[];
  sending: Sending;
  /** The last version sent successfully, and when: survives reloads (saved with the draft). */
  sent: { version: string; at: string } | null;
  /** Next `Aside.ref`. */
  nextRef: number;
}

/** Effects a transition asks for; the element runs them, in order. */
export type DocumentEffect<D> =
  | { type: 'save'; doc: D | null }
  | { type: 'keep-aside'; aside: Aside<D> }
  | { type: 'tell'; notice: Notice }
  | { type: 'confirm'; incoming: D; source: ReplaceSource }
  | { type: 'emit-change'; doc: D }
  | { type: 'post'; doc: D; version: string; idempotencyKey: string };

export interface Step<S, D> {
  state: S;
  effects: DocumentEffect<D>[];
}

/** How one document type takes part in these rules. */
export interface DocumentKind<D extends VersionedDocument> {
  /**
   * Merges two versions of one document; `changed` lists what `ours` changed and has not saved
   * (it wins); `base`, when known, is the common ancestor (the version this side last loaded
   * or saved) for a three-way merge. A kind may ignore `base` (its merge then works on
   * `changed` and stamps alone). Pure.
   */
  merge(ours: D, theirs: D, changed: Changes, base?: D | null): D;
  /** Whether the document holds anything a person gave (answers, notes, actions…): only then is it kept aside. */
  hasContent(doc: D): boolean;
  /** Whether two documents are the same person's on the same project (replacing one by the other needs no confirmation). */
  sameOwner(a: D, b: D): boolean;
  /** The document as canonical text for `fingerprint` (default: keys sorted; `updatedAt` left out). */
  canonical?(doc: D): unknown;
}

/** At most this many copies stay offered in memory; older ones remain in storage. */
export const ASIDE_LIMIT = 5;

/** The state before anything: no document. */
export function emptyDocumentState<D>(): DocumentState<D> {
  return { doc: null, unsaved: [], base: null, aside: [], pending: null, notices: [], sending: { status: 'idle' }, sent: null, nextRef: 1 };
}

/** Whether two documents are versions of one: both carry the same `id`. */
export function sameDocument(a: VersionedDocument, b: VersionedDocument): boolean {
  return a.id !== undefined && a.id === b.id;
}

/** Adds a notice (replacing one of the same id), and the `tell` effect that goes with it. Works on any step whose state holds notices. */
export function tell<S extends { notices: Notice[] }, E>(step: { state: S; effects: E[] }, notice: Notice): { state: S; effects: (E | { type: 'tell'; notice: Notice })[] } {
  return {
    state: { ...step.state, notices: [...step.state.notices.filter((n) => n.id !== notice.id), notice] },
    effects: [...step.effects, { type: 'tell', notice }],
  };
}

/** Removes a notice. */
export function dismiss<S extends DocumentState<D>, D>(state: S, id: string): S {
  return { ...state, notices: state.notices.filter((n) => n.id !== id) };
}

/**
 * A change the person made, already applied (`doc` is the new version): remembered as unsaved
 * for merges, saved, announced; a version that was sent is no longer "sent".
 */
export function edited<S extends DocumentState<D>, D extends VersionedDocument>(state: S, doc: D, changed: Changes): Step<S, D> {
  const unsaved = [...new Set([...state.unsaved, ...changed])];
  const sending: Sending = state.sending.status === 'sent' || state.sending.status === 'done' || state.sending.status === 'failed' ? { status: 'idle' } : state.sending;
  return {
    state: { ...state, doc, unsaved, sending, notices: state.notices.filter((n) => n.id !== 'already-sent') },
    effects: [{ type: 'save', doc }, { type: 'emit-change', doc }],
  };
}

/** Keeps `copy` aside: in the state (offered back) and as a `keep-aside` effect (written to storage). */
export function keepAside<S extends DocumentState<D>, D>(state: S, copy: D, reason: ReplaceSource, at: string): Step<S, D> {
  const aside: Aside<D> = { ref: state.nextRef, copy, reason, at };
  return {
    state: { ...state, aside: [...state.aside, aside].slice(-ASIDE_LIMIT), nextRef: state.nextRef + 1 },
    effects: [{ type: 'keep-aside', aside }],
  };
}

export interface ReplaceOptions {
  /** The replacement comes from the interface: replacing another person's or project's document asks first. */
  ask?: boolean;
  /** The stamp of the keep-aside copy. */
  at: string;
  /** The current document and `incoming` share a storage key (two tabs): versions of one document even without ids. */
  sameKey?: boolean;
}

/**
 * `incoming` is to become the document (an import, a share link, a `value`, another key, a
 * reset). Versions of the same document merge, nothing lost; a different document replaces the
 * current one only after keeping it aside (and, from the interface, after asking when it is
 * another person's or project's). An empty current document is simply replaced.
 * Returns the step and what happened: `merged`, `replaced`, `kept` (pending confirmation) or `same`.
 */
export function replaceWith<S extends DocumentState<D>, D extends VersionedDocument>(
  kind: DocumentKind<D>,
  state: S,
  incoming: D | null,
  source: ReplaceSource,
  options: ReplaceOptions,
): Step<S, D> & { outcome: 'merged' | 'replaced' | 'asking' | 'same' } {
  const current = state.doc;
  const base = { ...state, pending: null, sending: { status: 'idle' } as Sending };
  if (!current || !kind.hasContent(current)) {
    if (incoming === null && current === null) return { state, effects: [], outcome: 'same' };
    const sent = incoming && current && sameDocument(current, incoming) ? state.sent : null;
    return { state: { ...base, doc: incoming, unsaved: [], sent, base: fromStorage(source) ? incoming : null }, effects: [{ type: 'save', doc: incoming }, ...(incoming ? [{ type: 'emit-change' as const, doc: incoming }] : [])], outcome: 'replaced' };
  }
  if (incoming && (sameDocument(current, incoming) || options.sameKey)) {
    // A version read from storage is compared with the one this tab last stored (three-way); a file has no known ancestor.
    const merged = kind.merge(current, incoming, state.unsaved, fromStorage(source) ? state.base : null);
    const stored = fromStorage(source) ? { base: incoming } : {};
    if (fingerprint(kind, merged) === fingerprint(kind, current)) return { state: { ...state, pending: null, ...stored }, effects: [], outcome: 'same' };
    return { state: { ...base, doc: merged, sent: state.sent, ...stored }, effects: [{ type: 'save', doc: merged }, { type: 'emit-change', doc: merged }], outcome: 'merged' };
  }
  if (incoming && options.ask && !kind.sameOwner(current, incoming)) {
    return { state: { ...state, pending: { incoming, source } }, effects: [{ type: 'confirm', incoming, source }], outcome: 'asking' };
  }
  const kept = keepAside(base, current, source, options.at);
  return {
    state: { ...kept.state, doc: incoming, unsaved: [], sent: null, base: fromStorage(source) ? incoming : null },
    effects: [...kept.effects, { type: 'save', doc: incoming }, ...(incoming ? [{ type: 'emit-change' as const, doc: incoming }] : [])],
    outcome: 'replaced',
  };
}

/** Whether a replacing document was read from this document's storage (then it is the base of later merges). */
const fromStorage = (source: ReplaceSource): boolean => source === 'draft' || source === 'storage-key';

/** The person confirmed the pending replacement: keep the current document aside, take the other. */
export function confirmPending<S extends DocumentState<D>, D extends VersionedDocument>(kind: DocumentKind<D>, state: S, at: string): Step<S, D> & { outcome: 'merged' | 'replaced' | 'asking' | 'same' } {
  if (!state.pending) return { state, effects: [], outcome: 'same' };
  return replaceWith(kind, { ...state, pending: null }, state.pending.incoming, state.pending.source, { at });
}

/** The person declined: nothing changes. */
export function cancelPending<S extends DocumentState<D>, D>(state: S): S {
  return { ...state, pending: null };
}

/** Brings back a copy kept aside; the current document is kept aside in its turn (a swap, nothing lost). */
export function bringBack<S extends DocumentState<D>, D extends VersionedDocument>(kind: DocumentKind<D>, state: S, ref: number, at: string): Step<S, D> & { outcome: 'merged' | 'replaced' | 'asking' | 'same' } {
  const aside = state.aside.find((a) => a.ref === ref);
  if (!aside) return { state, effects: [], outcome: 'same' };
  const without = { ...state, aside: state.aside.filter((a) => a.ref !== ref) };
  return replaceWith(kind, without, aside.copy, 'bring-back', { at });
}

/**
 * Another tab saved a version under the same key: a three-way merge against the version this
 * tab last loaded or saved (`state.base`): what only the other tab changed comes in (a removal
 * included), what only this tab changed stays, what both changed keeps this tab's unsaved edit.
 * Then `theirs` is the new base (it is what storage holds), and what this tab holds that the
 * other did not is written back, so both tabs converge.
 */
export function otherVersion<S extends DocumentState<D>, D extends VersionedDocument>(kind: DocumentKind<D>, state: S, theirs: D): Step<S, D> & { changed: boolean } {
  if (!state.doc) return { state: { ...state, doc: theirs, base: theirs }, effects: [{ type: 'emit-change', doc: theirs }], changed: true };
  const merged = kind.merge(state.doc, theirs, state.unsaved, state.base);
  const writeBack: DocumentEffect<D>[] = fingerprint(kind, merged) === fingerprint(kind, theirs) ? [] : [{ type: 'save', doc: merged }];
  if (fingerprint(kind, merged) === fingerprint(kind, state.doc)) return { state: { ...state, base: theirs }, effects: writeBack, changed: false };
  return { state: { ...state, doc: merged, base: theirs }, effects: [{ type: 'emit-change', doc: merged }, ...writeBack], changed: true };
}

/** The draft was written (the document held, or its removal): what was unsaved no longer is, and what was written is the new base. */
export function savedNow<S extends DocumentState<D>, D>(state: S): S {
  return state.unsaved.length || state.base !== state.doc ? { ...state, unsaved: [], base: state.doc } : state;
}

// —— sending ——

/**
 * The person asked to send. Nothing to send, or already sending: nothing. The same version
 * already sent: not posted again, the person is told. Otherwise a `post` effect with the
 * version's idempotency key (the same key for the same content, so a retry is recognised).
 */
export function submitStarted<S extends DocumentState<D>, D extends VersionedDocument>(kind: DocumentKind<D>, state: S): Step<S, D> {
  const doc = state.doc;
  if (!doc || state.sending.status === 'sending') return { state, effects: [] };
  const version = fingerprint(kind, doc);
  if (state.sent?.version === version) {
    // Not a new success: nothing is posted, and the person is told when it was sent.
    return tell({ state: { ...state, sending: { status: 'idle' } }, effects: [] }, { id: 'already-sent', tone: 'info', params: { at: state.sent.at } });
  }
  const key = idempotencyKey(kind, doc);
  return { state: { ...state, sending: { status: 'sending', version, key } }, effects: [{ type: 'post', doc, version, idempotencyKey: key }] };
}

/**
 * Whether the document held is the version last sent: `true` (unchanged since), `false`
 * (changed since), `undefined` (sent, but by a version of the element that kept no
 * fingerprint), `null` (never sent).
 */
export function sentIsCurrent<S extends DocumentState<D>, D extends VersionedDocument>(kind: DocumentKind<D>, state: S): boolean | undefined | null {
  if (!state.sent) return null;
  if (!state.sent.version) return undefined;
  return state.doc ? fingerprint(kind, state.doc) === state.sent.version : false;
}

/** The endpoint itself answered 2xx for `version`. If the person edited meanwhile, what was sent is remembered but the new version is not "sent". */
export function submitSucceeded<S extends DocumentState<D>, D extends VersionedDocument>(kind: DocumentKind<D>, state: S, version: string, at: string): Step<S, D> {
  const sent = { version, at };
  const current = state.doc ? fingerprint(kind, state.doc) : null;
  const sending: Sending = current === version ? { status: 'sent', version, at } : { status: 'idle' };
  return { state: { ...state, sent, sending }, effects: [{ type: 'save', doc: state.doc }] };
}

/** Sending failed (a status, a redirect, a timeout, the network): said, the document kept, retry possible. */
export function submitFailed<S extends DocumentState<D>, D>(state: S, reason: SendFailure): Step<S, D> {
  return { state: { ...state, sending: { status: 'failed', reason } }, effects: [] };
}

/** The page (a cancelled event) or the surrounding form took the submission over. */
export function submitTakenOver<S extends DocumentState<D>, D>(state: S, via?: TakenOverBy): Step<S, D> {
  return { state: { ...state, sending: via ? { status: 'done', via } : { status: 'done' } }, effects: [] };
}

// —— versions ——

/** Text with keys sorted, so two equal documents give the same text whatever the order of their keys. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** A short fingerprint of the document's content (FNV-1a, 2 × 32 bits, hex); `updatedAt` does not count. */
export function fingerprint<D extends VersionedDocument>(kind: DocumentKind<D>, doc: D): string {
  const { updatedAt: _updatedAt, ...content } = doc;
  const text = canonicalJson(kind.canonical ? kind.canonical(doc) : content);
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x85ebca6b) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

/** The key a network drops duplicate submissions with: the document's id and its content's fingerprint. */
export function idempotencyKey<D extends VersionedDocument>(kind: DocumentKind<D>, doc: D): string {
  return `${doc.id ?? 'sans-id'}.${fingerprint(kind, doc)}`;
}
