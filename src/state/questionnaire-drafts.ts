/**
 * Drafts and the copies kept aside, for the questionnaire's transitions: a draft read from
 * storage (on load, under a new key, or written by another tab), text under the key that is
 * not a draft (kept aside before it is overwritten), the copies kept aside in earlier visits
 * (offered back, brought back, discarded). Pure: the element's draft controller does the
 * storage calls and hands what it read to `transition`.
 */
import type { Diagnostic } from '../sdk/schema.js';
import type { Leftovers } from '../sdk/diagnostic.js';
import { bringBack, fingerprint, otherVersion, replaceWith, tell, type ReplaceSource } from './document.js';
import { asideKey, readDraft, type Draft } from './draft.js';
import { afterReplace, diagnosticKind, keepLeftovers, none, placeFor, read, type QuestionnaireEffect, type QuestionnaireEnv, type QuestionnaireState, type QuestionnaireStep } from './questionnaire-core.js';

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

/** Text under the key that is not a draft (another script, a hand edit, another version's draft): kept aside, and the person told where. */
function keepUnreadable(state: QuestionnaireState, value: unknown, env: QuestionnaireEnv, at: string): QuestionnaireStep {
  return tell({ state, effects: [{ type: 'keep-aside-raw', value, at }] as QuestionnaireEffect[] }, { id: 'unreadable', tone: 'warning', params: { key: env.storageKey ? asideKey(env.storageKey, at) : '' } });
}

/** A draft's stored text, read with its diagnostic; or, when it is not one, the step that keeps the text aside. */
function readStored(state: QuestionnaireState, stored: string, env: QuestionnaireEnv, at: string): { draft: Draft; doc: Diagnostic; leftovers: Leftovers | null } | { unreadable: QuestionnaireStep } {
  const draft = readDraft(stored);
  if (!draft) return { unreadable: keepUnreadable(state, stored, env, at) };
  const parsed = read(draft.diagnostic, env);
  if ('error' in parsed) return { unreadable: keepUnreadable(state, draft, env, at) };
  return { draft, ...parsed };
}

/** Reads a stored draft (on load, or under a new key): the diagnostic, the place, what was sent; unreadable text is kept aside. */
export function fromDraft(state: QuestionnaireState, stored: string | null, env: QuestionnaireEnv, source: ReplaceSource): QuestionnaireStep {
  if (stored === null) {
    if (source === 'storage-key' && state.doc) return afterReplace(replaceWith(diagnosticKind, state, null, source, { at: env.now() }), state, env, source);
    return none(state);
  }
  const at = env.now();
  const parsed = readStored(state, stored, env, at);
  if ('unreadable' in parsed) return parsed.unreadable;
  const { draft } = parsed;
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

/** The copies kept aside under the key in earlier visits, oldest first: the newest diagnostic not yet offered (nor the draft itself) is offered back. */
export function storedAsides(state: QuestionnaireState, entries: readonly { at: string; text: string }[], env: QuestionnaireEnv): QuestionnaireStep {
  // The newest copy that is a diagnostic, not yet offered in this page and not the draft itself.
  for (const entry of [...entries].reverse()) {
    if (state.aside.some((a) => a.at === entry.at)) return none(state);
    const copy = asideCopy(entry.text, env);
    if (!copy) continue;
    if (state.doc && fingerprint(diagnosticKind, copy) === fingerprint(diagnosticKind, state.doc)) return none(state);
    const offered = { ...state, aside: [...state.aside, { ref: state.nextRef, copy, reason: 'draft' as const, at: entry.at, stored: true }], nextRef: state.nextRef + 1 };
    return tell(none(offered), { id: 'stored-aside', tone: 'info', aside: state.nextRef, params: { at: entry.at, project: copy.project } });
  }
  return none(state);
}

/** The person discarded a copy kept aside: it leaves the state, its notices and storage. */
export function discardAside(state: QuestionnaireState, ref: number): QuestionnaireStep {
  const aside = state.aside.find((a) => a.ref === ref);
  if (!aside) return none(state);
  const rest = { ...state, aside: state.aside.filter((a) => a.ref !== ref), notices: state.notices.filter((n) => n.aside !== ref) };
  return { state: rest, effects: [{ type: 'drop-aside', at: aside.at }] };
}

/** Brings back a copy kept aside (the diagnostic held is kept aside in its turn); one from storage is the draft now, so its entry goes. */
export function restoreAside(state: QuestionnaireState, ref: number, env: QuestionnaireEnv): QuestionnaireStep {
  const aside = state.aside.find((a) => a.ref === ref);
  const result = afterReplace(bringBack(diagnosticKind, state, ref, env.now()), state, env, 'bring-back');
  // A copy from storage brought back is the draft now: its entry beside the draft goes.
  return aside?.stored && result.state.doc ? { ...result, effects: [...result.effects, { type: 'drop-aside', at: aside.at }] } : result;
}

/** Another tab saved under the same key: its draft merged in (a version of the same diagnostic), or taken with ours kept aside (another diagnostic). */
export function anotherTabSaved(state: QuestionnaireState, stored: string, env: QuestionnaireEnv): QuestionnaireStep {
  // Text under the key that is not a draft (another script, a hand edit) would be overwritten by the next save: kept aside first.
  const parsed = readStored(state, stored, env, env.now());
  if ('unreadable' in parsed) return parsed.unreadable;
  const { draft } = parsed;
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
