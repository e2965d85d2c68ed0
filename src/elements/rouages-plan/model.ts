import { indexFramework, isOverdue, summarizePlan, type ActionStatus, type Framework, type Plan, type PlanAction, type PlanSummary } from '../../sdk/api.js';
import type { GroupView } from './view-actions.js';

/** What the person filters the plan by. */
export interface PlanFilters {
  status?: ActionStatus;
  dimension?: string;
  overdue: boolean;
}

export interface PlanView {
  summary: PlanSummary;
  /** Dimensions with at least one action shown, in the method's order; rouages with none are left out. */
  groups: GroupView[];
  shown: number;
}

/**
 * The plan as the element shows it: the SDK's summary (per dimension and rouage, in the
 * method's order), filtered. Pure: computed in `willUpdate`, never in `render()`.
 */
export function planView(plan: Plan, framework: Framework, filters: PlanFilters, today: string): PlanView {
  const summary = summarizePlan(plan, framework, { today });
  const index = indexFramework(framework);
  const keep = (a: PlanAction) => (!filters.status || a.status === filters.status) && (!filters.overdue || isOverdue(a, today));
  let shown = 0;
  const groups: GroupView[] = [];
  summary.dimensions.forEach((d, i) => {
    if (filters.dimension && d.id !== filters.dimension) return;
    const actions = d.actions.filter(keep);
    const rouages = d.rouages.map((r) => ({ id: r.id, title: index.rouage.get(r.id)?.title ?? r.id, actions: r.actions.filter(keep) })).filter((r) => r.actions.length);
    const count = actions.length + rouages.reduce((n, r) => n + r.actions.length, 0);
    if (!count) return;
    shown += count;
    groups.push({ id: d.id, title: index.dimension.get(d.id)?.title ?? d.id, index: i, actions, rouages });
  });
  return { summary, groups, shown };
}

/** A file name from a project's name: ASCII, lower case, hyphens. */
export function planFileName(project: string, extension: string): string {
  const slug = project.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase().slice(0, 60).replace(/-$/, '');
  return `plan-${slug || 'projet'}.${extension}`;
}
