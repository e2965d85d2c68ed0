/**
 * The diagnostic in progress in `<rouages-questionnaire>`: its one owner. Every change is a
 * named event; `transition(state, event, env)` returns the new state and the effects the
 * element runs (save, keep aside, tell, confirm, emit change, post). What the element shows
 * derives from this state alone. Pure: no DOM, no Lit, no clock or randomness but `env`'s.
 *
 * The generic rules (identity, keep aside before replace, merge of versions, sending) live in
 * `document.ts`; what is particular to a diagnostic is split by job: its state, events and
 * shared steps (`questionnaire-core.ts`), drafts and copies kept aside
 * (`questionnaire-drafts.ts`), share links and what leaves the page (`questionnaire-sharing.ts`),
 * send failures (`send-failure.ts`). This module holds the transitions themselves: answers,
 * notes, details, the place in the questionnaire, imports, the form's value, sending; and it
 * re-exports the public names of the others, so that `state/questionnaire.js` stays the one
 * import of the questionnaire's element.
 */
import { createDiagnostic } from '../sdk/diagnostic.js';
import { indexFramework } from '../sdk/framework.js';
import { LIMITS, isCalendarDate, type Diagnostic, type Respondent } from '../sdk/schema.js';
import {
  cancelPending,
  confirmPending,
  dismiss,
  edited,
  fingerprint,
  keepAside,
  replaceWith,
  savedNow,
  submitFailed,
  submitStarted,
  submitSucceeded,
  submitTakenOver,
  tell,
} from './document.js';
import { asideKey, type Place } from './draft.js';
import { afterReplace, diagnosticKind, keepLeftovers, none, placeFor, read, take, type QuestionnaireEnv, type QuestionnaireEvent, type QuestionnaireState, type QuestionnaireStep } from './questionnaire-core.js';
import { anotherTabSaved, discardAside, fromDraft, restoreAside, storedAsides } from './questionnaire-drafts.js';
import { openShareLink, shareLinkFound } from './questionnaire-sharing.js';

export type { Place } from './draft.js';
export {
  diagnosticKind,
  initialQuestionnaireState,
  placeFor,
  type QuestionnaireEffect,
  type QuestionnaireEnv,
  type QuestionnaireEvent,
  type QuestionnaireState,
  type QuestionnaireStep,
} from './questionnaire-core.js';
export { hasPersonalDetails, sharedCopy, sharedParts, type SharedPart } from './questionnaire-sharing.js';
export { endpointUrl, fetchFailure, SERVER_MESSAGE_LIMIT, serverMessage } from './send-failure.js';

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

/** Changes made by the page or the browser, not by the person: no `change` event (as a native input's `value`, reset or restore). */
const SILENT: ReadonlySet<QuestionnaireEvent['type']> = new Set(['value-set', 'form-reset', 'form-state-restore']);

/**
 * One transition. Never throws: whatever comes from outside (files, links, values, storage) is
 * read by the SDK, and what cannot be read is refused in words or kept aside. The caller
 * holds the state it returns and runs its effects, in order.
 *
 * @example
 * let state = initialQuestionnaireState();
 * const env = { framework, locale: 'fr', now: () => new Date().toISOString(), newId: () => crypto.randomUUID() };
 * ({ state } = transition(state, { type: 'details', project: 'PTCE du Beauvaisis' }, env));
 * const step = transition(state, { type: 'answer', item: 'pilote.i1', rating: 2 }, env);
 * step.effects; // [{ type: 'save', doc }, { type: 'emit-change', doc }]
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
    case 'stored-asides':
      return storedAsides(state, event.entries, env);
    case 'discard-aside':
      return discardAside(state, event.ref);
    case 'storage-unavailable':
      return tell(none(state), { id: 'storage', tone: 'warning' });
    case 'restore':
      return restoreAside(state, event.ref, env);
    case 'import-file':
      return take(state, read(event.text, env), env, 'file');
    case 'open-share-link':
      return openShareLink(state, event.text, env);
    case 'share-link-found':
      return shareLinkFound(state, event.text, event.locked, env);
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
    case 'another-tab-saved':
      return anotherTabSaved(state, event.stored, env);
    case 'saved':
      return event.ok ? none(dismiss(savedNow(state), 'storage')) : tell(none(state), { id: 'storage', tone: 'warning' });
    case 'dismiss':
      return none(dismiss(state, event.id));
  }
}
