/**
 * The diagnostic in progress, as `src/state/questionnaire.ts` handles it: its state, the events
 * and effects of its transitions, how a diagnostic takes part in the document rules
 * (`diagnosticKind`), and the steps several transitions share (reading a diagnostic from
 * outside, the place to show, what follows a replacement, an import). Pure: no DOM, no Lit.
 */
import type { Leftovers } from '../sdk/diagnostic.js';
import { readDiagnosticFile } from '../sdk/report.js';
import { orderedRouages } from '../sdk/framework.js';
import { mergeDiagnosticVersions } from '../sdk/versions.js';
import type { Diagnostic, Framework, Rating, Respondent } from '../sdk/schema.js';
import {
  dismiss,
  emptyDocumentState,
  replaceWith,
  tell,
  type DocumentEffect,
  type DocumentKind,
  type DocumentState,
  type ReplaceSource,
  type SendFailure,
  type Step,
  type TakenOverBy,
} from './document.js';
import { asideKey, type Place } from './draft.js';

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
export const asGiven = (doc: Diagnostic): Diagnostic => doc;

/** A step that changes nothing but the state given. */
export const none = (state: QuestionnaireState): QuestionnaireStep => ({ state, effects: [] });

/**
 * Reads a diagnostic from outside with the SDK's reader of files (`readDiagnosticFile`, as the
 * report does): leftovers of another framework version are returned apart; a known item with an
 * impossible rating is refused, not set aside as "another version".
 */
export function read(input: unknown, env: QuestionnaireEnv): { doc: Diagnostic; leftovers: Leftovers | null } | { error: string } {
  const migrated = readDiagnosticFile(input, env.framework, { locale: env.locale });
  if (!migrated.success) return { error: migrated.error.message };
  return { doc: asGiven(migrated.data.diagnostic), leftovers: migrated.data.leftovers };
}


/** Keeps what a migration could not carry over, and says so. */
export function keepLeftovers(step: QuestionnaireStep, leftovers: Leftovers | null, env: QuestionnaireEnv): QuestionnaireStep {
  if (!leftovers) return step;
  const at = env.now();
  const count = Object.keys(leftovers.answers).length + Object.keys(leftovers.notes).length;
  const effects: QuestionnaireEffect[] = [...step.effects, { type: 'keep-aside-raw', value: { leftovers }, at }];
  return tell({ state: step.state, effects }, { id: 'leftovers', tone: 'warning', params: { count, key: env.storageKey ? asideKey(env.storageKey, at) : '' } });
}

/** After a replace: the place follows, and the person is told what happened. */
export function afterReplace(
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

/** An import (file or share link), already read: merged when it is a version of the diagnostic held, else it replaces it after keeping it aside (asking first when it is someone else's). */
export function take(state: QuestionnaireState, parsed: ReturnType<typeof read>, env: QuestionnaireEnv, source: ReplaceSource): QuestionnaireStep {
  if ('error' in parsed) return tell(none(state), { id: 'import-failed', tone: 'error', params: { message: parsed.error } });
  const replaced = replaceWith(diagnosticKind, dismiss(state, 'import-failed'), parsed.doc, source, { at: env.now(), ask: true });
  // Asking first: nothing is kept or said about leftovers until the person confirms.
  if (replaced.outcome === 'asking') return { ...replaced, state: { ...replaced.state, pendingLeftovers: parsed.leftovers } };
  return keepLeftovers(afterReplace(replaced, { ...state, pendingLeftovers: null }, env, source), parsed.leftovers, env);
}
