import type { CooperationCase, Framework } from './schema.js';
import { framework as defaultFramework } from './framework.js';
import { PLAN_SCHEMA, type Plan, type PlanAction, type PlanFinding } from './plan.js';

/** One line of a case's actions (or findings), as the source gives it. */
type CaseAction = CooperationCase['actions'][number];

/** The source's words for a postponement: "remise à plus tard au profit de …" (and the English cases' "postponed …"). */
const POSTPONEMENT = /^(?:remise? à plus tard|postponed)\b/i;

/** The day a case began (`start` is YYYY or YYYY-MM), as a timestamp: its first day. */
const startStamp = (start: string) => `${start.length === 4 ? `${start}-01` : start}-01T00:00:00.000Z`;

/**
 * One of the source's cases read as a plan. A diagnostic case (`kind: "diagnostic"`: PHARE,
 * Vivre Les Mureaux) gives findings (« constats », `findings`), not actions: the plan has no
 * action, nothing is counted as done. Another case gives each action
 * with its dimension, its modes, its partner (`appui-partenaire`: the partner's support in the
 * source's words) and its remark. A remark that postpones ("remise à plus tard au profit de …")
 * makes the action `postponed` with that remark as its reason; any other action is `done`:
 * the source lists accompaniments carried out ("Accompagnements réalisés"). The source gives no days: no `due`, no `doneAt`. Ids are the
 * case's, so the plan is the same every time; the plan's `origin` names the case and says
 * whether its dimensions are the source's words or a reading of its layout (`dimensionsFrom`).
 */
export function actionsFromCase(input: CooperationCase, framework: Framework = defaultFramework): Plan {
  const stamp = startStamp(input.start);
  // A diagnostic records findings (« constats »), not actions carried out: none is counted as done.
  const diagnostic = input.kind === 'diagnostic';
  const plan: Plan = {
    schema: PLAN_SCHEMA,
    id: input.id,
    framework: { id: framework.id, version: framework.version },
    project: input.project,
    origin: { case: input.id, ...(input.dimensionsFrom ? { dimensionsFrom: input.dimensionsFrom } : {}) },
    createdAt: stamp,
    updatedAt: stamp,
    actions: diagnostic ? [] : input.actions.map((source) => actionOf(source, stamp)),
    ...(diagnostic ? { findings: input.actions.map(findingOf) } : {}),
  };
  if (input.note) plan.note = input.note;
  return plan;
}

/** One line of a diagnostic case: a finding, its remark as its note. */
function findingOf(source: CaseAction): PlanFinding {
  const finding: PlanFinding = { id: source.id, dimension: source.dimension, text: source.text };
  if (source.remark) finding.note = source.remark;
  return finding;
}

/** One accompaniment of a case: done, or postponed when its remark says so (the remark is then its reason). */
function actionOf(source: CaseAction, stamp: string): PlanAction {
  const action: PlanAction = { id: source.id, dimension: source.dimension, text: source.text, status: 'done', createdAt: stamp, updatedAt: stamp };
  if (source.modes.length) action.modes = [...source.modes];
  if (source.support) action.partner = source.support;
  if (source.remark && POSTPONEMENT.test(source.remark)) {
    action.status = 'postponed';
    action.reason = source.remark;
  } else if (source.remark) action.note = source.remark;
  return action;
}

/**
 * The dimensions a case cites most (the most actions or findings), in the method's order. More
 * than one on a tie: a page says "Acteurs and Ingénierie, 4 each", never picks one. Empty when
 * the case has no action. The report's "dimension la plus citée" should read this.
 */
export function mostCitedDimensions(input: CooperationCase, framework: Framework = defaultFramework): { ids: string[]; count: number } {
  const counts = new Map<string, number>();
  for (const action of input.actions) counts.set(action.dimension, (counts.get(action.dimension) ?? 0) + 1);
  const count = Math.max(0, ...counts.values());
  if (count === 0) return { ids: [], count: 0 };
  const order = framework.dimensions.map((d) => d.id);
  const ids = [...counts.keys()].filter((id) => counts.get(id) === count).sort((a, b) => (order.indexOf(a) + 1 || Infinity) - (order.indexOf(b) + 1 || Infinity));
  return { ids, count };
}
