import type { Diagnostic } from './schema.js';

/**
 * Versions of one diagnostic: the same person's answers saved at two moments, or in two tabs
 * of one browser on one draft. They may be merged; two different diagnostics never are, since
 * that would mix two people's (or two projects') answers into one.
 */

/** What one side changed since the versions parted (item ids, question ids, and the details: project, respondent, date). */
export interface VersionChanges {
  answers?: Iterable<string>;
  notes?: Iterable<string>;
  details?: boolean;
}

/**
 * Whether two diagnostics are versions of one: both carry the same `id`. A diagnostic without
 * an `id` (a file made before ids existed) is the same as no other; a caller that knows two
 * versions share an origin (two tabs on one storage key) says so to `mergeDiagnosticVersions`
 * directly.
 */
export function sameDiagnostic(a: Pick<Diagnostic, 'id'>, b: Pick<Diagnostic, 'id'>): boolean {
  return a.id !== undefined && a.id === b.id;
}

/**
 * Merges two versions of one diagnostic so that nothing given on either side is lost:
 * - an answer or note only one side has is kept (the union);
 * - where both have one and they differ, `ours` wins for what `changed` names (this side's
 *   edits not yet saved), else the more recently updated version wins;
 * - a note `ours` emptied (listed in `changed.notes`, absent from `ours`) stays removed;
 * - the details (project, respondent, date) come from `ours` when `changed.details`, else
 *   from the more recent version;
 * - `id` and `createdAt` come from the older creation, `updatedAt` is the later of the two.
 *
 * Two tabs rating different items at the same moment therefore keep both ratings. Pure: the
 * inputs are not changed. Callers check `sameDiagnostic` (or a shared storage key) first.
 */
export function mergeDiagnosticVersions(ours: Diagnostic, theirs: Diagnostic, changed: VersionChanges = {}): Diagnostic {
  const theirsNewer = theirs.updatedAt > ours.updatedAt;
  const base = theirsNewer ? { older: ours, newer: theirs } : { older: theirs, newer: ours };
  const answers: Diagnostic['answers'] = { ...base.older.answers, ...base.newer.answers };
  const notes: Diagnostic['notes'] = { ...base.older.notes, ...base.newer.notes };
  for (const id of changed.answers ?? []) if (id in ours.answers) answers[id] = ours.answers[id]!;
  for (const id of changed.notes ?? []) {
    if (id in ours.notes) notes[id] = ours.notes[id]!;
    else delete notes[id];
  }
  const details = changed.details ? ours : base.newer;
  const first = ours.createdAt <= theirs.createdAt ? ours : theirs;
  const merged: Diagnostic = {
    ...ours,
    project: details.project,
    createdAt: first.createdAt,
    updatedAt: theirsNewer ? theirs.updatedAt : ours.updatedAt,
    answers,
    notes,
  };
  const id = ours.id ?? theirs.id;
  if (id !== undefined) merged.id = id;
  if (details.respondent) merged.respondent = details.respondent;
  else delete merged.respondent;
  if (details.date) merged.date = details.date;
  else delete merged.date;
  return merged;
}
