/**
 * The diagnostic in progress in `<rouages-questionnaire>`: its one owner. Every change is a
 * named event; `transition(state, event, env)` returns the new state and the effects the
 * element runs (save, keep aside, tell, confirm, emit change, post). What the element shows
 * derives from this state alone. Pure: no DOM, no Lit, no clock or randomness but `env`'s.
 *
 * The generic rules (identity, keep aside before replace, merge of versions, sending) live in
 * `document.ts`; this module adds what is particular to a diagnostic: answers, notes, details,
 * the place in the questionnaire, drafts, files and share links.
 */
import { createDiagnostic, migrateDiagnostic } from '../sdk/diagnostic.js';
import { decodeShareLink } from '../sdk/share-link.js';
import { applyPersonalDetails } from '../sdk/personal.js';
import { indexFramework, orderedRouages } from '../sdk/framework.js';
import { mergeDiagnosticVersions } from '../sdk/versions.js';
import { LIMITS, isCalendarDate, type Diagnostic, type Framework, type Rating, type Respondent } from '../sdk/schema.js';
import type { Leftovers } from '../sdk/diagnostic.js';
import {
  bringBack,
  cancelPending,
  confirmPending,
  dismiss,
  edited,
  emptyDocumentState,
  fingerprint,
  keepAside,
  otherVersion,
  replaceWith,
  savedNow,
  submitFailed,
  submitStarted,
  submitSucceeded,
  submitTakenOver,
  tell,
  type DocumentEffect,
  type DocumentKind,
  type DocumentState,
  type ReplaceSource,
  type SendFailure,
  type Step,
  type TakenOverBy,
} from './document.js';
import { asideKey, readDraft, type Place } from './draft.js';

export type { Place } from './draft.js';

/** The questionnaire's whole state. */
export interface QuestionnaireState extends DocumentState<Diagnostic> {
  place: Place;
  /** The default value (what the page gave as `value`): what a form reset returns to. */
  initial: Diagnostic | null;
  /**
   * What the person chose for what leaves the page (a share link, a JSON or CSV export): whether
   * it carries their name, role and organisation (off until they tick it), and whether the share
   * link is shown.
   */
  sharing: { open: boolean; personalDetails: boolean };
  /**
   * What an import waiting for the person's confirmation could not carry over (another
   * framework version): kept aside and announced only if they confirm, forgotten if they decline.
   */
  pendingLeftovers: Leftovers | null;
}

/** What a transition may read besides the state: the framework, the language, the clock, new ids. */
export interface QuestionnaireEnv {
  framework: Framework;
  locale: string;
  /** The current time, ISO 8601. */
  now(): string;
  /** A new diagnostic id. */
  newId(): string;
  /** The rouage to open first (`start-at`). */
  startAt?: string;
  /** The storage key, when drafts are kept: names the copies kept aside in the notices. */
  storageKey?: string;
}

export type QuestionnaireEvent =
  | { type: 'answer'; item: string; rating: Rating }
  | { type: 'note'; question: string; text: string }
  | { type: 'details'; project: string; respondent?: Respondent; date?: string }
  | { type: 'navigate'; place: Place }
  | { type: 'load-draft'; stored: string | null }
  /** The copies kept aside under the key in earlier visits (`<key>:aside:<time>`), oldest first: the newest diagnostic is offered back. */
  | { type: 'stored-asides'; entries: readonly { at: string; text: string }[] }
  /** The person discarded a copy kept aside: it leaves storage. */
  | { type: 'discard-aside'; ref: number }
  | { type: 'storage-key-changed'; stored: string | null }
  | { type: 'storage-unavailable' }
  | { type: 'restore'; ref: number }
  | { type: 'import-file'; text: string }
  | { type: 'open-share-link'; text: string }
  /** A share link in the page's address (on load, or pasted later: `hashchange`); `locked`: the element is read-only or disabled. */
  | { type: 'share-link-found'; text: string; locked?: boolean }
  | { type: 'share-open' }
  | { type: 'share-personal-details'; include: boolean }
  | { type: 'value-set'; input: unknown }
  | { type: 'form-reset' }
  | { type: 'form-state-restore'; state: string | null }
  | { type: 'confirm-replace' }
  | { type: 'cancel-replace' }
  | { type: 'submit-started' }
  | { type: 'submit-succeeded'; version: string }
  | { type: 'submit-failed'; reason: SendFailure }
  | { type: 'submit-taken-over'; via?: TakenOverBy }
  | { type: 'another-tab-saved'; stored: string }
  | { type: 'saved'; ok: boolean }
  | { type: 'dismiss'; id: string };

/** The effects of the generic rules, plus keeping aside raw text or leftovers that are not a diagnostic. */
export type QuestionnaireEffect = DocumentEffect<Diagnostic> | { type: 'keep-aside-raw'; value: unknown; at: string } | { type: 'drop-aside'; at: string };

export interface QuestionnaireStep {
  state: QuestionnaireState;
  effects: QuestionnaireEffect[];
}

/** A diagnostic as a document: merged by item, owned by a respondent on a project. */
export const diagnosticKind: DocumentKind<Diagnostic> = {
  merge: (ours, theirs, changed, base) =>
    mergeDiagnosticVersions(
      ours,
      theirs,
      {
      answers: changed.filter((c) => c.startsWith('a:')).map((c) => c.slice(2)),
      notes: changed.filter((c) => c.startsWith('n:')).map((c) => c.slice(2)),
        details: changed.includes('details'),
      },
      base,
    ),
  hasContent: (d) => Object.keys(d.answers).length > 0 || Object.keys(d.notes).length > 0,
  sameOwner: (a, b) => a.project.trim().toLowerCase() === b.project.trim().toLowerCase() && (a.respondent?.name ?? '').trim().toLowerCase() === (b.respondent?.name ?? '').trim().toLowerCase(),
};

/** The state before anything. */
export function initialQuestionnaireState(): QuestionnaireState {
  return { ...emptyDocumentState<Diagnostic>(), place: { step: 'start' }, initial: null, sharing: { open: false, personalDetails: false }, pendingLeftovers: null };
}

/** What a share link or an export of a diagnostic carries, in the order the person reads it. */
export type SharedPart = 'project' | 'dates' | 'answers' | 'notes' | 'name' | 'role' | 'organisation';

/**
 * The diagnostic as it leaves the page (share link, JSON, CSV): without the respondent's name,
 * role and organisation unless the person chose to include them. The choice is the person's;
 * the default (`initialQuestionnaireState`) leaves them out: a link or a file travels further
 * than its author sees (forwarded, kept in a chat, in a shared folder), and the team's reading
 * needs the project and the answers, not who gave them.
 */
export function sharedCopy(state: QuestionnaireState): Diagnostic | null {
  return state.doc ? applyPersonalDetails(state.doc, { personalDetails: state.sharing.personalDetails }) : null;
}

/** What the shared copy holds, part by part (only what is there): what the share dialog says. */
export function sharedParts(state: QuestionnaireState): SharedPart[] {
  const copy = sharedCopy(state);
  if (!copy) return [];
  const parts: SharedPart[] = ['project', 'dates'];
  if (Object.keys(copy.answers).length) parts.push('answers');
  if (Object.keys(copy.notes).length) parts.push('notes');
  for (const key of ['name', 'role', 'organisation'] as const) if (copy.respondent?.[key]) parts.push(key);
  return parts;
}

/** Whether the diagnostic held has personal details a person may leave out of what they share. */
export const hasPersonalDetails = (state: QuestionnaireState): boolean => Boolean(state.doc?.respondent && Object.values(state.doc.respondent).some(Boolean));

/** The place to show for a diagnostic: the one asked for when it makes sense, else the first rouage (or `start-at`). */
export function placeFor(env: QuestionnaireEnv, doc: Diagnostic | null, wanted?: Place): Place {
  if (!doc) return { step: 'start' };
  const known = (id?: string) => (id && env.framework.rouages.some((r) => r.id === id) ? id : undefined);
  if (wanted?.step === 'results') return { step: 'results', ...(known(wanted.rouage) ? { rouage: wanted.rouage } : {}) };
  if (wanted?.step === 'start') return { step: 'start', ...(known(wanted.rouage) ? { rouage: wanted.rouage } : {}) };
  return { step: 'rouage', rouage: known(wanted?.rouage) ?? known(env.startAt) ?? orderedRouages(env.framework)[0]!.id };
}

/**
 * A diagnostic taken in keeps exactly what it was given: a file made before ids existed gets
 * none (it stays the page's or the person's), so it is the same as no other diagnostic; only
 * two tabs on one key merge such versions.
 */
const asGiven = (doc: Diagnostic): Diagnostic => doc;

const none = (state: QuestionnaireState): QuestionnaireStep => ({ state, effects: [] });

/** Reads a diagnostic from outside with the SDK; leftovers of another framework version are returned apart. */
function read(input: unknown, env: QuestionnaireEnv): { doc: Diagnostic; leftovers: Leftovers | null } | { error: string } {
  const migrated = migrateDiagnostic(input, env.framework, { locale: env.locale });
  if (!migrated.success) return { error: migrated.error.message };
  return { doc: asGiven(migrated.data.diagnostic), leftovers: migrated.data.leftovers };
}

/** A diagnostic kept aside in storage (`{ format: 'rouages-aside/1', diagnostic }`), read by the SDK; null for leftovers, raw text, or what cannot be read. */
function asideCopy(text: string, env: QuestionnaireEnv): Diagnostic | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!value || typeof value !== 'object' || (value as { format?: unknown }).format !== 'rouages-aside/1') return null;
  const parsed = read((value as { diagnostic?: unknown }).diagnostic, env);
  return 'error' in parsed ? null : parsed.doc;
}

/** Keeps what a migration could not carry over, and says so. */
function keepLeftovers(step: QuestionnaireStep, leftovers: Leftovers | null, env: QuestionnaireEnv): QuestionnaireStep {
  if (!leftovers) return step;
  const at = env.now();
  const count = Object.keys(leftovers.answers).length + Object.keys(leftovers.notes).length;
  const effects: QuestionnaireEffect[] = [...step.effects, { type: 'keep-aside-raw', value: { leftovers }, at }];
  return tell({ state: step.state, effects }, { id: 'leftovers', tone: 'warning', params: { count, key: env.storageKey ? asideKey(env.storageKey, at) : '' } });
}

/** After a replace: the place follows, and the person is told what happened. */
function afterReplace(
  result: Step<QuestionnaireState, Diagnostic> & { outcome: 'merged' | 'replaced' | 'asking' | 'same' },
  before: QuestionnaireState,
  env: QuestionnaireEnv,
  source: ReplaceSource,
  wanted?: Place,
): QuestionnaireStep {
  let step: QuestionnaireStep = result;
  const doc = step.state.doc;
  if (result.outcome === 'asking' || result.outcome === 'same') {
    if (result.outcome === 'same' && (source === 'file' || source === 'share-link') && doc) step = tell(step, { id: 'import-same', tone: 'info', params: { project: doc.project } });
    return step;
  }
  const stayed = before.place.step !== 'start' ? before.place : undefined;
  // A partner's diagnostic opened from a link is read first: its results.
  const landing: Place | undefined = source === 'share-link' && result.outcome === 'replaced' ? { step: 'results' } : undefined;
  step = { ...step, state: { ...step.state, place: placeFor(env, doc, wanted ?? landing ?? stayed) } };
  // The copy this step kept aside, if any (a bring-back removes one and keeps another: counting would miss it).
  const kept = step.state.aside.find((a) => a.ref >= before.nextRef);
  // Notices that no longer describe the situation go: one offering a copy no longer aside, and what an import said once it is put aside.
  const current = new Set(step.state.aside.map((a) => a.ref));
  const stale = (n: { id: string; aside?: number }) => (n.aside !== undefined && !current.has(n.aside)) || (source === 'bring-back' && ['imported', 'import-merged', 'import-same', 'other-tab'].includes(n.id));
  step = { ...step, state: { ...step.state, notices: step.state.notices.filter((n) => !stale(n)) } };
  if (kept) {
    step = tell(step, {
      id: 'kept-aside',
      tone: 'warning',
      aside: kept.ref,
      params: { reason: source, project: kept.copy.project, key: env.storageKey ? asideKey(env.storageKey, kept.at) : '' },
    });
  }
  if (doc && (source === 'file' || source === 'share-link')) step = tell(step, { id: result.outcome === 'merged' ? 'import-merged' : 'imported', tone: 'info', params: { project: doc.project } });
  return step;
}

/** A change by the person to the diagnostic held: stamped now, then the generic `edited`. */
function change(state: QuestionnaireState, env: QuestionnaireEnv, apply: (d: Diagnostic) => Diagnostic, changed: string[]): QuestionnaireStep {
  if (!state.doc) return none(state);
  const next = apply({ ...state.doc, answers: { ...state.doc.answers }, notes: { ...state.doc.notes } });
  next.updatedAt = laterThan(env.now(), state.doc.updatedAt);
  return edited(state, next, changed);
}

/** A stamp after `previous`, even when the clock went back or did not move: versions stay ordered. */
function laterThan(now: string, previous: string): string {
  if (now > previous) return now;
  return new Date(Date.parse(previous) + 1).toISOString();
}

/** What the start form gives, checked: a project name, a respondent, a date that exists. */
function cleanDetails(event: Extract<QuestionnaireEvent, { type: 'details' }>): { project: string; respondent?: Respondent; date?: string } | null {
  const project = event.project.trim().slice(0, LIMITS.project);
  if (!project) return null;
  const respondent: Respondent = {};
  for (const key of ['name', 'role', 'organisation'] as const) {
    const value = event.respondent?.[key]?.trim().slice(0, LIMITS.name);
    if (value) respondent[key] = value;
  }
  const date = event.date && /^\d{4}-\d{2}-\d{2}$/.test(event.date) && isCalendarDate(event.date) ? event.date : undefined;
  return { project, ...(Object.keys(respondent).length ? { respondent } : {}), ...(date ? { date } : {}) };
}

/** Reads a stored draft (on load, or under a new key): the diagnostic, the place, what was sent; unreadable text is kept aside. */
function fromDraft(state: QuestionnaireState, stored: string | null, env: QuestionnaireEnv, source: ReplaceSource): QuestionnaireStep {
  if (stored === null) {
    if (source === 'storage-key' && state.doc) return afterReplace(replaceWith(diagnosticKind, state, null, source, { at: env.now() }), state, env, source);
    return none(state);
  }
  const draft = readDraft(stored);
  const at = env.now();
  const unreadable = (value: unknown) =>
    tell({ state, effects: [{ type: 'keep-aside-raw', value, at }] as QuestionnaireEffect[] }, { id: 'unreadable', tone: 'warning', params: { key: env.storageKey ? asideKey(env.storageKey, at) : '' } });
  if (!draft) return unreadable(stored);
  const parsed = read(draft.diagnostic, env);
  if ('error' in parsed) return unreadable(draft);
  const sent = draft.sent ?? null;
  const replaced = replaceWith(diagnosticKind, state, parsed.doc, source, { at });
  let step = afterReplace(replaced, state, env, source, draft.place);
  if (replaced.outcome === 'replaced') step = { ...step, state: { ...step.state, sent } };
  if (draft.submittedAt && !sent) step = { ...step, state: { ...step.state, sent: { version: '', at: draft.submittedAt } } };
  step = keepLeftovers(step, parsed.leftovers, env);
  // Taking the draft in is not a change by the person: written back only when it merged with a value.
  step = { ...step, effects: step.effects.filter((e) => e.type !== 'emit-change' && (e.type !== 'save' || replaced.outcome === 'merged')) };
  return tell(step, { id: 'restored', tone: 'info' });
}

/** An import (file or share link), already read: merged when it is a version of the diagnostic held, else it replaces it after keeping it aside (asking first when it is someone else's). */
function take(state: QuestionnaireState, parsed: ReturnType<typeof read>, env: QuestionnaireEnv, source: ReplaceSource): QuestionnaireStep {
  if ('error' in parsed) return tell(none(state), { id: 'import-failed', tone: 'error', params: { message: parsed.error } });
  const replaced = replaceWith(diagnosticKind, dismiss(state, 'import-failed'), parsed.doc, source, { at: env.now(), ask: true });
  // Asking first: nothing is kept or said about leftovers until the person confirms.
  if (replaced.outcome === 'asking') return { ...replaced, state: { ...replaced.state, pendingLeftovers: parsed.leftovers } };
  return keepLeftovers(afterReplace(replaced, { ...state, pendingLeftovers: null }, env, source), parsed.leftovers, env);
}

/** Changes made by the page or the browser, not by the person: no `change` event (as a native input's `value`, reset or restore). */
const SILENT: ReadonlySet<QuestionnaireEvent['type']> = new Set(['value-set', 'form-reset', 'form-state-restore']);

/**
 * One transition. Never throws: whatever comes from outside (files, links, values, storage) is
 * read by the SDK, and what cannot be read is refused in words or kept aside.
 */
export function transition(state: QuestionnaireState, event: QuestionnaireEvent, env: QuestionnaireEnv): QuestionnaireStep {
  const step = apply(state, event, env);
  return SILENT.has(event.type) ? { ...step, effects: step.effects.filter((e) => e.type !== 'emit-change') } : step;
}

function apply(state: QuestionnaireState, event: QuestionnaireEvent, env: QuestionnaireEnv): QuestionnaireStep {
  switch (event.type) {
    case 'answer': {
      const item = indexFramework(env.framework).item.get(event.item);
      if (!item || (item.kind !== 'indicator' && item.kind !== 'mission')) return none(state);
      if (![0, 1, 2, 3, null].includes(event.rating)) return none(state);
      if (state.doc && state.doc.answers[event.item] === event.rating) return none(state);
      return change(state, env, (d) => ({ ...d, answers: { ...d.answers, [event.item]: event.rating } }), [`a:${event.item}`]);
    }
    case 'note': {
      if (indexFramework(env.framework).item.get(event.question)?.kind !== 'question') return none(state);
      const text = event.text.slice(0, LIMITS.note);
      if (state.doc && (state.doc.notes[event.question] ?? '') === (text.trim() ? text : '')) return none(state);
      return change(
        state,
        env,
        (d) => {
          const notes = { ...d.notes };
          if (text.trim()) notes[event.question] = text;
          else delete notes[event.question];
          return { ...d, notes };
        },
        [`n:${event.question}`],
      );
    }
    case 'details': {
      const details = cleanDetails(event);
      if (!details) return tell(none(state), { id: 'project-required', tone: 'error' });
      const wanted: Place = { step: 'rouage', ...(state.place.rouage ? { rouage: state.place.rouage } : {}) };
      if (!state.doc) {
        const created = createDiagnostic({ ...details, framework: env.framework, now: new Date(env.now()), id: env.newId() });
        const step = replaceWith(diagnosticKind, state, created, 'value', { at: env.now() });
        return { ...step, state: { ...dismiss(step.state, 'project-required'), place: placeFor(env, created, wanted) } };
      }
      const step = change(
        dismiss(state, 'project-required'),
        env,
        (d) => {
          const next: Diagnostic = { ...d, project: details.project };
          if (details.respondent) next.respondent = details.respondent;
          else delete next.respondent;
          if (details.date) next.date = details.date;
          return next;
        },
        ['details'],
      );
      return { ...step, state: { ...step.state, place: placeFor(env, step.state.doc, wanted) } };
    }
    case 'navigate': {
      const place = placeFor(env, state.doc, event.place);
      if (place.step === state.place.step && place.rouage === state.place.rouage) return none(state);
      // "Your answers were restored" is said once: moving on ends it.
      return { state: { ...dismiss(state, 'restored'), place }, effects: state.doc ? [{ type: 'save', doc: state.doc }] : [] };
    }
    case 'load-draft':
      return fromDraft(state, event.stored, env, 'draft');
    case 'storage-key-changed':
      return fromDraft(state, event.stored, env, 'storage-key');
    case 'stored-asides': {
      // The newest copy that is a diagnostic, not yet offered in this page and not the draft itself.
      for (const entry of [...event.entries].reverse()) {
        if (state.aside.some((a) => a.at === entry.at)) return none(state);
        const copy = asideCopy(entry.text, env);
        if (!copy) continue;
        if (state.doc && fingerprint(diagnosticKind, copy) === fingerprint(diagnosticKind, state.doc)) return none(state);
        const offered = { ...state, aside: [...state.aside, { ref: state.nextRef, copy, reason: 'draft' as const, at: entry.at, stored: true }], nextRef: state.nextRef + 1 };
        return tell(none(offered), { id: 'stored-aside', tone: 'info', aside: state.nextRef, params: { at: entry.at, project: copy.project } });
      }
      return none(state);
    }
    case 'discard-aside': {
      const aside = state.aside.find((a) => a.ref === event.ref);
      if (!aside) return none(state);
      const rest = { ...state, aside: state.aside.filter((a) => a.ref !== event.ref), notices: state.notices.filter((n) => n.aside !== event.ref) };
      return { state: rest, effects: [{ type: 'drop-aside', at: aside.at }] };
    }
    case 'storage-unavailable':
      return tell(none(state), { id: 'storage', tone: 'warning' });
    case 'restore': {
      const aside = state.aside.find((a) => a.ref === event.ref);
      const result = afterReplace(bringBack(diagnosticKind, state, event.ref, env.now()), state, env, 'bring-back');
      // A copy from storage brought back is the draft now: its entry beside the draft goes.
      return aside?.stored && result.state.doc ? { ...result, effects: [...result.effects, { type: 'drop-aside', at: aside.at }] } : result;
    }
    case 'import-file':
      return take(state, read(event.text, env), env, 'file');
    case 'open-share-link': {
      const decoded = decodeShareLink(event.text, env.framework, { locale: env.locale });
      const parsed = decoded.success ? { doc: asGiven(decoded.data), leftovers: null } : { error: decoded.error.message };
      return take(dismiss(state, 'shared'), parsed, env, 'share-link');
    }
    case 'share-link-found': {
      // A link that does not decode is never offered: it is refused at once, in words that fit (nothing of the person's to keep when there is nothing).
      const decoded = decodeShareLink(event.text, env.framework, { locale: env.locale });
      if (!decoded.success) {
        const empty = !state.doc || !diagnosticKind.hasContent(state.doc);
        return tell(none(dismiss(state, 'shared')), { id: empty ? 'share-link-broken' : 'import-failed', tone: 'error', params: { message: decoded.error.message } });
      }
      // The link already open (a reload after opening it, edits since included): nothing new to offer.
      if (state.doc && decoded.data.id !== undefined && decoded.data.id === state.doc.id && fingerprint(diagnosticKind, diagnosticKind.merge(state.doc, decoded.data, [])) === fingerprint(diagnosticKind, state.doc)) return none(dismiss(state, 'shared'));
      // Nothing of the person's would be replaced: the link opens (on its results). Otherwise it is offered, never opened without asking.
      if (!event.locked && state.pending === null && (!state.doc || !diagnosticKind.hasContent(state.doc))) return apply(state, { type: 'open-share-link', text: event.text }, env);
      return tell(none(state), { id: 'shared', tone: 'info', params: { link: event.text } });
    }
    case 'share-open':
      return state.doc ? none({ ...state, sharing: { ...state.sharing, open: true } }) : none(state);
    case 'share-personal-details':
      return none({ ...state, sharing: { ...state.sharing, personalDetails: event.include } });
    case 'value-set': {
      if (event.input === null || event.input === undefined || event.input === '') {
        const result = replaceWith(diagnosticKind, { ...state, initial: null }, null, 'value', { at: env.now() });
        return afterReplace(result, state, env, 'value');
      }
      const parsed = read(event.input, env);
      if ('error' in parsed) return tell(none(state), { id: 'bad-value', tone: 'error', params: { message: parsed.error } });
      const result = replaceWith(diagnosticKind, { ...dismiss(state, 'bad-value'), initial: parsed.doc }, parsed.doc, 'value', { at: env.now() });
      return keepLeftovers(afterReplace(result, state, env, 'value'), parsed.leftovers, env);
    }
    case 'form-state-restore': {
      if (!event.state) return none(state);
      const parsed = read(event.state, env);
      if ('error' in parsed) return none(state);
      return afterReplace(replaceWith(diagnosticKind, state, parsed.doc, 'form-restore', { at: env.now() }), state, env, 'form-restore');
    }
    case 'form-reset': {
      // Back to the default value, for real (not merged with the draft), the abandoned answers kept aside.
      const at = env.now();
      const current = state.doc;
      let step: QuestionnaireStep = { state: { ...state, pending: null }, effects: [] };
      if (current && diagnosticKind.hasContent(current) && (!state.initial || fingerprint(diagnosticKind, current) !== fingerprint(diagnosticKind, state.initial))) step = keepAside(step.state, current, 'reset', at);
      const kept = step.state.aside.length > state.aside.length ? step.state.aside.at(-1) : undefined;
      step = {
        state: { ...step.state, doc: state.initial, unsaved: [], sending: { status: 'idle' }, sent: null, place: placeFor(env, state.initial, { step: 'start' }) },
        effects: [...step.effects, { type: 'save', doc: state.initial }],
      };
      if (kept) step = tell(step, { id: 'kept-aside', tone: 'warning', aside: kept.ref, params: { reason: 'reset', project: kept.copy.project, key: env.storageKey ? asideKey(env.storageKey, at) : '' } });
      return step;
    }
    case 'confirm-replace': {
      const source = state.pending?.source ?? 'file';
      const leftovers = state.pendingLeftovers;
      const confirmed = confirmPending(diagnosticKind, { ...state, pendingLeftovers: null }, env.now());
      return keepLeftovers(afterReplace(confirmed, state, env, source), leftovers, env);
    }
    case 'cancel-replace':
      return none(cancelPending({ ...state, pendingLeftovers: null }));
    case 'submit-started':
      return submitStarted(diagnosticKind, state);
    case 'submit-succeeded':
      return submitSucceeded(diagnosticKind, state, event.version, env.now());
    case 'submit-failed':
      return submitFailed(state, event.reason);
    case 'submit-taken-over':
      return submitTakenOver(state, event.via);
    case 'another-tab-saved': {
      // Text under the key that is not a draft (another script, a hand edit) would be overwritten by the next save: kept aside first.
      const at = env.now();
      const unreadable = (value: unknown) =>
        tell({ state, effects: [{ type: 'keep-aside-raw', value, at }] as QuestionnaireEffect[] }, { id: 'unreadable', tone: 'warning', params: { key: env.storageKey ? asideKey(env.storageKey, at) : '' } });
      const draft = readDraft(event.stored);
      if (!draft) return unreadable(event.stored);
      const parsed = read(draft.diagnostic, env);
      if ('error' in parsed) return unreadable(draft);
      if (!state.doc) {
        const step = otherVersion(diagnosticKind, state, parsed.doc);
        return { ...step, state: { ...step.state, place: placeFor(env, parsed.doc, draft.place), sent: draft.sent ?? state.sent } };
      }
      // Another tab put a different diagnostic under the key (an import, another person's link): never merged; ours is kept aside.
      if (state.doc.id && parsed.doc.id && state.doc.id !== parsed.doc.id) {
        const replaced = replaceWith(diagnosticKind, state, parsed.doc, 'draft', { at: env.now() });
        const step = afterReplace(replaced, state, env, 'draft', draft.place);
        return tell({ ...step, effects: step.effects.filter((e) => e.type !== 'save') }, { id: 'other-tab-replaced', tone: 'info', params: { project: parsed.doc.project } });
      }
      // Another tab on the same key holds the same draft: versions of one diagnostic, even without ids.
      const step = otherVersion(diagnosticKind, state, parsed.doc);
      const sent = draft.sent && (!state.sent || draft.sent.at > state.sent.at) ? draft.sent : state.sent;
      const withSent = { ...step, state: { ...step.state, sent } };
      return step.changed ? tell(withSent, { id: 'other-tab', tone: 'info' }) : withSent;
    }
    case 'saved':
      return event.ok ? none(dismiss(savedNow(state), 'storage')) : tell(none(state), { id: 'storage', tone: 'warning' });
    case 'dismiss':
      return none(dismiss(state, event.id));
  }
}

// —— sending: each failure told as it is ——

/**
 * The endpoint as a URL to post to, or why it cannot be one: not a URL, or not `http:`/`https:`
 * (`javascript:`, `mailto:`, `data:`…). Read against the page's address (`base`).
 */
export function endpointUrl(endpoint: string, base: string): URL | SendFailure {
  let url: URL;
  try {
    url = new URL(endpoint.trim(), base);
  } catch {
    return { kind: 'invalid-endpoint', endpoint };
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url : { kind: 'invalid-endpoint', endpoint };
}

/**
 * Why a request that gave no answer failed. `fetch` rejects with the same TypeError for an
 * offline browser, a server that is down and a cross-origin endpoint that does not allow the
 * page (CORS): told apart by what the page can know — `navigator.onLine`, the endpoint's origin
 * against the page's, and whether our own timeout aborted it.
 */
export function fetchFailure(context: { endpoint: URL; pageOrigin: string; online: boolean; timedOut: boolean }): SendFailure {
  if (context.timedOut) return { kind: 'timeout' };
  if (!context.online) return { kind: 'offline' };
  if (context.endpoint.origin !== context.pageOrigin) return { kind: 'cross-origin', origin: context.endpoint.origin };
  return { kind: 'network' };
}

/** The longest server message shown, in characters. */
export const SERVER_MESSAGE_LIMIT = 200;

/**
 * A server's own short message from an error answer's body: `message` or `error` of a JSON
 * object (`error` may itself hold a `message`), or a plain-text body; never HTML (a framework's
 * error page is not a message). Whitespace collapsed, cut at {@link SERVER_MESSAGE_LIMIT}
 * characters; shown as text. Undefined when there is none.
 */
export function serverMessage(body: string, contentType: string | null): string | undefined {
  const type = (contentType ?? '').toLowerCase();
  let text: unknown;
  if (type.includes('json')) {
    try {
      const value: unknown = JSON.parse(body);
      if (value && typeof value === 'object') {
        const record = value as Record<string, unknown>;
        const error = record.error && typeof record.error === 'object' ? (record.error as Record<string, unknown>).message : record.error;
        text = typeof record.message === 'string' ? record.message : error;
      }
    } catch {
      text = undefined;
    }
  } else if (type.startsWith('text/plain')) {
    text = body;
  }
  if (typeof text !== 'string') return undefined;
  const clean = text.replace(/\s+/g, ' ').trim();
  if (!clean) return undefined;
  return clean.length > SERVER_MESSAGE_LIMIT ? `${clean.slice(0, SERVER_MESSAGE_LIMIT - 1)}…` : clean;
}
