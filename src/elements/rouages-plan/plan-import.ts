import { actionChange, applyPlanCsv, createPlan, parsePlan, planActionsFromCSV, type Framework, type Plan } from '../../sdk/api.js';
import { planKind } from './plan-document.js';

/** What a file brings to the plan held (see `readPlanFile`). */
export type PlanFileReading =
  | { kind: 'error'; message: string }
  /** A CSV of this plan's project: its rows are the person's edit of the actions they name. */
  | { kind: 'edit'; plan: Plan; changed: string[]; updated: number; added: number }
  /** A CSV of this plan's project that changes nothing. */
  | { kind: 'same' }
  /** A whole plan (JSON, or a CSV of another project): the document rules merge it, ask, or replace. */
  | { kind: 'plan'; plan: Plan };

/**
 * Reads a file given to the plan. JSON is a whole plan. A CSV of the plan's project (its
 * "Projet" column) is the person's edit (`applyPlanCsv`: the rows' values win, stamped now);
 * a CSV of another project is another plan, to be confirmed before it replaces this one
 * (which is kept aside), as a JSON file of another project is. Pure but for the clock.
 */
export function readPlanFile(text: string, csv: boolean, held: Plan, framework: Framework, locale: string, today: string): PlanFileReading {
  if (!csv) {
    const read = parsePlan(text, framework, { locale });
    return read.success ? { kind: 'plan', plan: read.data } : { kind: 'error', message: read.error.message };
  }
  const read = planActionsFromCSV(text, framework, { locale });
  if (!read.success) return { kind: 'error', message: read.error.message };
  const project = read.data.project;
  if (project !== undefined && !planKind.sameOwner(held, { ...held, project })) {
    return { kind: 'plan', plan: createPlan({ project, framework, actions: read.data.actions }) };
  }
  const applied = applyPlanCsv(held, read.data, { today, framework });
  if (!applied.updated.length && !applied.added.length) return { kind: 'same' };
  return { kind: 'edit', plan: applied.plan, changed: [...applied.updated, ...applied.added].map(actionChange), updated: applied.updated.length, added: applied.added.length };
}
