import type { Plan, PlanAction } from './plan.js';

/** The key of an action in a list of unsaved changes (`mergePlans`' `changed`). */
export const actionChange = (id: string): string => `action:${id}`;
/** The key of the plan's own fields (project, note) in a list of unsaved changes. */
export const PLAN_FIELDS_CHANGE = 'plan';

const later = (a: string, b: string) => (a > b ? a : b);

/**
 * Merges two versions of one plan (two tabs on one storage key, a file of the same plan): no
 * action is lost. `changed` lists what `ours` changed and has not saved (`action:<id>` for an
 * action added, edited or removed here; `plan` for the project or note): that wins. Otherwise:
 * - an action in both: the one edited last (`updatedAt`; ours on a tie);
 * - an action only in theirs: kept, unless we removed it here (unsaved);
 * - an action only in ours: kept if we changed it here or made it after their version was
 *   saved; otherwise they removed it, and it stays removed.
 * Ours' order first, then theirs' new actions. Pure.
 */
export function mergePlans(ours: Plan, theirs: Plan, changed: readonly string[] = []): Plan {
  const mine = new Set(changed);
  const theirsById = new Map(theirs.actions.map((a) => [a.id, a]));
  const oursIds = new Set(ours.actions.map((a) => a.id));
  const actions: PlanAction[] = [];
  for (const action of ours.actions) {
    const other = theirsById.get(action.id);
    if (!other) {
      if (mine.has(actionChange(action.id)) || action.createdAt > theirs.updatedAt) actions.push(action);
      continue;
    }
    actions.push(mine.has(actionChange(action.id)) || action.updatedAt >= other.updatedAt ? action : other);
  }
  for (const action of theirs.actions) {
    if (!oursIds.has(action.id) && !mine.has(actionChange(action.id))) actions.push(action);
  }
  const fieldsFromOurs = mine.has(PLAN_FIELDS_CHANGE) || ours.updatedAt >= theirs.updatedAt;
  const fields = fieldsFromOurs ? ours : theirs;
  const merged: Plan = { ...ours, project: fields.project, updatedAt: later(ours.updatedAt, theirs.updatedAt), actions };
  if (fields.note !== undefined) merged.note = fields.note;
  else delete merged.note;
  return merged;
}
