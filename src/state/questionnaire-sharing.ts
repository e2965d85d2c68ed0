/**
 * Share links and what leaves the page, for the questionnaire's transitions: what a shared copy
 * carries (the person's choice about their details), and the rules for a link, pasted or found
 * in the page's address: refused at once when it does not decode, opened on its results when
 * nothing of the person's would be replaced, offered otherwise. Pure: the element's share-link
 * controller reads the address and hands what it found to `transition`.
 */
import { applyPersonalDetails } from '../sdk/personal.js';
import { decodeShareLink } from '../sdk/share-link.js';
import type { Diagnostic } from '../sdk/schema.js';
import { dismiss, fingerprint, tell } from './document.js';
import { asGiven, diagnosticKind, none, take, type QuestionnaireEnv, type QuestionnaireState, type QuestionnaireStep } from './questionnaire-core.js';

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

/** Opens a share link (the person chose it): an import, merged when it is a version of the diagnostic held, else asked for. */
export function openShareLink(state: QuestionnaireState, text: string, env: QuestionnaireEnv): QuestionnaireStep {
  const decoded = decodeShareLink(text, env.framework, { locale: env.locale });
  const parsed = decoded.success ? { doc: asGiven(decoded.data), leftovers: null } : { error: decoded.error.message };
  return take(dismiss(state, 'shared'), parsed, env, 'share-link');
}

/**
 * A share link in the page's address (on load, or pasted later); `locked`: the element is
 * read-only or disabled, so the link is only offered.
 */
export function shareLinkFound(state: QuestionnaireState, text: string, locked: boolean | undefined, env: QuestionnaireEnv): QuestionnaireStep {
  // A link that does not decode is never offered: it is refused at once, in words that fit (nothing of the person's to keep when there is nothing).
  const decoded = decodeShareLink(text, env.framework, { locale: env.locale });
  if (!decoded.success) {
    const empty = !state.doc || !diagnosticKind.hasContent(state.doc);
    return tell(none(dismiss(state, 'shared')), { id: empty ? 'share-link-broken' : 'import-failed', tone: 'error', params: { message: decoded.error.message } });
  }
  // The link already open (a reload after opening it, edits since included): nothing new to offer.
  if (state.doc && decoded.data.id !== undefined && decoded.data.id === state.doc.id && fingerprint(diagnosticKind, diagnosticKind.merge(state.doc, decoded.data, [])) === fingerprint(diagnosticKind, state.doc)) return none(dismiss(state, 'shared'));
  // Nothing of the person's would be replaced: the link opens (on its results). Otherwise it is offered, never opened without asking.
  if (!locked && state.pending === null && (!state.doc || !diagnosticKind.hasContent(state.doc))) return openShareLink(state, text, env);
  return tell(none(state), { id: 'shared', tone: 'info', params: { link: text } });
}
