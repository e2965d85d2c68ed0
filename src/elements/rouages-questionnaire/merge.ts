import type { Diagnostic } from '../../sdk/api.js';

/** What this tab changed since it last wrote its draft. */
export interface Dirty {
  answers: Set<string>;
  notes: Set<string>;
  /** Project, respondent or date. */
  meta: boolean;
}

export const noChanges = (): Dirty => ({ answers: new Set(), notes: new Set(), meta: false });

/**
 * Two tabs on one draft: another tab's saved answers are taken, except those this tab changed
 * and has not saved yet, which win. Answers only one side has are kept (the union): a person's
 * answer is never dropped because another tab did not have it.
 */
export function mergeDiagnostics(ours: Diagnostic, theirs: Diagnostic, dirty: Dirty): Diagnostic {
  const answers = { ...ours.answers, ...theirs.answers };
  for (const id of dirty.answers) if (id in ours.answers) answers[id] = ours.answers[id]!;
  const notes = { ...ours.notes, ...theirs.notes };
  for (const id of dirty.notes) {
    if (id in ours.notes) notes[id] = ours.notes[id]!;
    else delete notes[id];
  }
  const meta = dirty.meta ? ours : theirs;
  const merged: Diagnostic = {
    ...ours,
    project: meta.project,
    createdAt: ours.createdAt < theirs.createdAt ? ours.createdAt : theirs.createdAt,
    updatedAt: ours.updatedAt > theirs.updatedAt ? ours.updatedAt : theirs.updatedAt,
    answers,
    notes,
  };
  if (meta.respondent) merged.respondent = meta.respondent;
  else delete merged.respondent;
  if (meta.date) merged.date = meta.date;
  else delete merged.date;
  return merged;
}
