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

const ABSENT = Symbol('absent');
type Slot<V> = V | typeof ABSENT;
const slot = <V>(record: Record<string, V> | undefined, id: string): Slot<V> => (record && Object.prototype.hasOwnProperty.call(record, id) ? record[id]! : ABSENT);

/**
 * The value of one answer or note after a three-way merge: what changed on one side only since
 * `base` is taken (a removal is a change); what changed on both sides takes `ours` (this side's
 * edit, not yet stored: the later one for the person looking at it); unchanged stays as is.
 */
function pick<V>(ours: Slot<V>, theirs: Slot<V>, base: Slot<V>): Slot<V> {
  if (ours !== base) return ours;
  return theirs;
}

/** The details (project, respondent, date) as one comparable text. */
const detailsOf = (d: Diagnostic) => JSON.stringify([d.project, d.respondent?.name, d.respondent?.role, d.respondent?.organisation, d.date]);

/**
 * Merges two versions of one diagnostic.
 *
 * **With a `base`** (the version this side last loaded or saved: a three-way merge, what two
 * tabs on one key use): for each answer and note, and for the details as a whole,
 * - changed only on one side since `base` → that side's value (a note or answer removed is a
 *   change: it stays removed);
 * - changed on both sides → `ours` (the side merging holds an edit it has not stored yet);
 * - unchanged → as is.
 * So an idle tab never writes back a note another tab erased, and two tabs rating different
 * items at the same moment keep both ratings.
 *
 * **Without a `base`** (two versions with no known common ancestor, such as a file of the same
 * diagnostic): nothing given on either side is lost — the union of answers and notes; where both
 * have one and they differ, `ours` wins for what `changed` names, else the more recently updated
 * version; a note `ours` emptied (in `changed.notes`) stays removed; the details come from `ours`
 * when `changed.details`, else from the more recent version.
 *
 * Either way `id` and `createdAt` come from the older creation, `updatedAt` is the later of the
 * two. Pure: the inputs are not changed. Callers check `sameDiagnostic` (or a shared storage
 * key) first.
 */
export function mergeDiagnosticVersions(ours: Diagnostic, theirs: Diagnostic, changed: VersionChanges = {}, base?: Diagnostic | null): Diagnostic {
  const theirsNewer = theirs.updatedAt > ours.updatedAt;
  let answers: Diagnostic['answers'];
  let notes: Diagnostic['notes'];
  let details: Diagnostic;
  if (base) {
    answers = {};
    notes = {};
    for (const id of new Set([...Object.keys(ours.answers), ...Object.keys(theirs.answers), ...Object.keys(base.answers)])) {
      const value = pick(slot(ours.answers, id), slot(theirs.answers, id), slot(base.answers, id));
      if (value !== ABSENT) answers[id] = value;
    }
    for (const id of new Set([...Object.keys(ours.notes), ...Object.keys(theirs.notes), ...Object.keys(base.notes)])) {
      const value = pick(slot(ours.notes, id), slot(theirs.notes, id), slot(base.notes, id));
      if (value !== ABSENT) notes[id] = value;
    }
    details = detailsOf(ours) !== detailsOf(base) ? ours : theirs;
  } else {
    const sides = theirsNewer ? { older: ours, newer: theirs } : { older: theirs, newer: ours };
    answers = { ...sides.older.answers, ...sides.newer.answers };
    notes = { ...sides.older.notes, ...sides.newer.notes };
    for (const id of changed.answers ?? []) if (id in ours.answers) answers[id] = ours.answers[id]!;
    for (const id of changed.notes ?? []) {
      if (id in ours.notes) notes[id] = ours.notes[id]!;
      else delete notes[id];
    }
    details = changed.details ? ours : sides.newer;
  }
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
