import type { Framework } from './schema.js';
import { framework as defaultFramework, indexFramework } from './framework.js';
import { ACTION_STATUSES, type ActionStatus, type Plan, type PlanAction } from './plan.js';
import { localDay } from './plan-day.js';

/** How many actions in each status, how many in all, and how many are overdue. */
export type StatusCounts = Record<ActionStatus, number> & { total: number; overdue: number };

export interface RouagePlanSummary {
  id: string;
  dimension: string;
  counts: StatusCounts;
  /** The rouage's actions, in the plan's order. */
  actions: PlanAction[];
}

export interface DimensionPlanSummary {
  id: string;
  /** Every action of the dimension: those of its rouages and those placed on the dimension alone. */
  counts: StatusCounts;
  /** Actions that name the dimension but no rouage (as in the source's cases). */
  actions: PlanAction[];
  /** Each rouage of the dimension, in the method's order, with or without actions. */
  rouages: RouagePlanSummary[];
}

export interface PlanSummary {
  counts: StatusCounts;
  /** The five dimensions in the method's order. */
  dimensions: DimensionPlanSummary[];
}

export interface PlanSummaryOptions {
  /** The day overdue is counted against (YYYY-MM-DD, or a Date read in the local time zone): today's local day by default. */
  today?: string | Date;
}

const emptyCounts = (): StatusCounts => ({ planned: 0, 'in-progress': 0, done: 0, postponed: 0, total: 0, overdue: 0 });

/** A day given as YYYY-MM-DD is taken as is; a Date (or nothing: now) gives its local day. */
const dayOf = (value: string | Date | undefined): string => (typeof value === 'string' ? value.slice(0, 10) : localDay(value ?? new Date()));

/**
 * Overdue: due before `today` and still to do (planned or in progress). A postponed action is
 * not overdue: the team chose to put it off, and said why.
 */
export function isOverdue(action: PlanAction, today: string | Date = new Date()): boolean {
  return action.due !== undefined && action.due < dayOf(today) && (action.status === 'planned' || action.status === 'in-progress');
}

function count(into: StatusCounts, action: PlanAction, today: string): void {
  into[action.status]++;
  into.total++;
  if (isOverdue(action, today)) into.overdue++;
}

/**
 * The plan per dimension and per rouage, in the method's order: counts by status and overdue
 * actions, with the actions themselves. Actions on a rouage or dimension the framework does
 * not know are left out (`parsePlan` refuses them).
 */
export function summarizePlan(plan: Plan, framework: Framework = defaultFramework, options: PlanSummaryOptions = {}): PlanSummary {
  const today = dayOf(options.today);
  const index = indexFramework(framework);
  const total = emptyCounts();
  const dimensions = framework.dimensions.map((dimension): DimensionPlanSummary => ({
    id: dimension.id,
    counts: emptyCounts(),
    actions: [],
    rouages: (index.rouagesOf.get(dimension.id) ?? []).map((r) => ({ id: r.id, dimension: dimension.id, counts: emptyCounts(), actions: [] })),
  }));
  const byDimension = new Map(dimensions.map((d) => [d.id, d]));
  const byRouage = new Map(dimensions.flatMap((d) => d.rouages.map((r) => [r.id, r] as const)));
  for (const action of plan.actions) {
    const rouage = action.rouage === undefined ? undefined : byRouage.get(action.rouage);
    const dimension = byDimension.get(rouage?.dimension ?? action.dimension ?? '');
    if (!dimension || (action.rouage !== undefined && !rouage)) continue;
    count(total, action, today);
    count(dimension.counts, action, today);
    if (rouage) {
      count(rouage.counts, action, today);
      rouage.actions.push(action);
    } else dimension.actions.push(action);
  }
  return { counts: total, dimensions };
}

/** The statuses in the order they are shown and counted. */
export const statusOrder: readonly ActionStatus[] = ACTION_STATUSES;

export interface DoneBetween {
  /** The days compared: after `from`, up to and including `to`. */
  from: string;
  to: string;
  /** Every action done in that time, in the method's order (by dimension, then rouage). */
  actions: PlanAction[];
  /** rouage id → its actions done in that time. */
  byRouage: Record<string, PlanAction[]>;
  /** dimension id → its actions done in that time that name no rouage. */
  byDimension: Record<string, PlanAction[]>;
}

/**
 * The actions done between two days: after `from` and up to and including `to` (days as
 * YYYY-MM-DD, or the dates of two diagnostics: `compareDiagnostics(a, b).dates`), so that two
 * successive periods never count one action twice. Read it beside `compareDiagnostics`: what
 * the team did, next to how each rouage moved. An action done with no day recorded is left out.
 * The days may be given in either order.
 */
export function actionsDoneBetween(plan: Plan, from: string | Date, to: string | Date, framework: Framework = defaultFramework): DoneBetween {
  let start = dayOf(from);
  let end = dayOf(to);
  if (start > end) [start, end] = [end, start];
  const index = indexFramework(framework);
  const rank = new Map<string, number>();
  framework.dimensions.forEach((d, i) => {
    rank.set(d.id, i * 1000);
    (index.rouagesOf.get(d.id) ?? []).forEach((r, j) => rank.set(r.id, i * 1000 + j + 1));
  });
  const place = (a: PlanAction) => rank.get(a.rouage ?? a.dimension ?? '') ?? Number.MAX_SAFE_INTEGER;
  const actions = plan.actions
    .filter((a) => a.status === 'done' && a.doneAt !== undefined && a.doneAt > start && a.doneAt <= end)
    .map((a, order) => ({ a, order }))
    .sort((x, y) => place(x.a) - place(y.a) || x.order - y.order)
    .map(({ a }) => a);
  const byRouage: Record<string, PlanAction[]> = {};
  const byDimension: Record<string, PlanAction[]> = {};
  for (const action of actions) {
    if (action.rouage !== undefined) (byRouage[action.rouage] ??= []).push(action);
    else if (action.dimension !== undefined) (byDimension[action.dimension] ??= []).push(action);
  }
  return { from: start, to: end, actions, byRouage, byDimension };
}
