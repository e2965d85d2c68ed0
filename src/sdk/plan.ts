import * as z from 'zod/mini';
// schema.js first: it sets zod's `jitless` mode before any schema below is created.
import { DATE_PATTERN, DATETIME_PATTERN, ITEM_ID_PATTERN, SLUG_PATTERN, actionModeSchema, isCalendarDate, type ActionMode, type Framework } from './schema.js';
import { framework as defaultFramework, indexFramework } from './framework.js';
import { describeValue, failure, formatPath, issuesFromZod, readDocument, type Issue, type Result } from './result.js';
import { messagesFor } from './messages.js';
import { localDay } from './plan-day.js';

/** The version tag every saved plan carries, so that plans saved today load next year. */
export const PLAN_SCHEMA = 'rouages-plan/1';

/** The states of an action, in the order a person moves through them. */
export const ACTION_STATUSES = ['planned', 'in-progress', 'done', 'postponed'] as const;
/** The modes the source names: "montée en compétences", "réalisation interne", "appui de" a partner. */
export const ACTION_MODES = ['montee-en-competences', 'realisation-interne', 'appui-partenaire'] as const satisfies readonly ActionMode[];

/** Bounds that keep a plan storable whatever a page or a file puts in it. */
export const PLAN_LIMITS = { project: 200, text: 2_000, name: 200, reason: 2_000, note: 4_000, id: 100, actions: 2_000 } as const;

const slug = z.string().check(z.regex(SLUG_PATTERN));
const bounded = (min: number, max: number) => z.string().check(z.minLength(min), z.maxLength(max));
const day = z.string().check(z.regex(DATE_PATTERN));
const moment = z.string().check(z.regex(DATETIME_PATTERN));

export const actionStatusSchema = z.enum(ACTION_STATUSES);

/** One action of a plan. Ids are stable: an action keeps its id across every edit. */
export const planActionSchema = z.object({
  id: bounded(1, PLAN_LIMITS.id),
  /** The rouage the action serves; absent when the action belongs to a whole dimension (as in the source's cases). */
  rouage: z.optional(slug),
  /** The rouage's dimension, or the dimension of an action that names no rouage. */
  dimension: z.optional(slug),
  text: bounded(1, PLAN_LIMITS.text),
  /** The id of the example tool of the rouage it started from (`pilote.t2`). */
  tool: z.optional(z.string().check(z.regex(ITEM_ID_PATTERN))),
  /**
   * How it is carried out. A list: the source gives one action two modes ("montée en
   * compétences et réalisation interne", Emergence Beauvaisis).
   */
  modes: z.optional(z.array(actionModeSchema).check(z.minLength(1), z.maxLength(ACTION_MODES.length))),
  /** The partner of an `appui-partenaire` action, in the plan's words ("appui de l'Institut Godin"). */
  partner: z.optional(bounded(1, PLAN_LIMITS.name)),
  status: actionStatusSchema,
  /** Why it was postponed ("remise à plus tard au profit de …"). */
  reason: z.optional(bounded(1, PLAN_LIMITS.reason)),
  /** The organisation (or person) that carries it. */
  owner: z.optional(bounded(1, PLAN_LIMITS.name)),
  /** When it is due (YYYY-MM-DD). */
  due: z.optional(day),
  /** The day it was done (YYYY-MM-DD). */
  doneAt: z.optional(day),
  /** A remark kept with the action (a case's comment, a note of the committee). */
  note: z.optional(bounded(1, PLAN_LIMITS.note)),
  createdAt: moment,
  updatedAt: moment,
});

/**
 * A finding of a diagnostic (« constat »): what a diagnostic case of the source observed on a
 * dimension. Not an action: it has no status, no owner, no day, and is never counted as done.
 */
export const planFindingSchema = z.object({
  id: bounded(1, PLAN_LIMITS.id),
  dimension: slug,
  text: bounded(1, PLAN_LIMITS.text),
  note: z.optional(bounded(1, PLAN_LIMITS.note)),
});

export const planSchema = z.object({
  schema: z.literal(PLAN_SCHEMA),
  id: bounded(1, PLAN_LIMITS.id),
  framework: z.object({ id: slug, version: z.string().check(z.minLength(1)) }),
  project: bounded(1, PLAN_LIMITS.project),
  /**
   * Where the plan comes from when it was not written by its team: one of the source's cases.
   * `dimensionsFrom: "position"` says that its actions' dimensions are a reading of the
   * source (the position of their group), not the source's words.
   */
  origin: z.optional(z.object({ case: slug, dimensionsFrom: z.optional(z.enum(['source', 'position'])) })),
  /** A note shown with the plan (a case's note, "illustrative data"). */
  note: z.optional(bounded(0, PLAN_LIMITS.note)),
  createdAt: moment,
  updatedAt: moment,
  actions: z.array(planActionSchema).check(z.maxLength(PLAN_LIMITS.actions)),
  /** A diagnostic's findings (« constats »), kept apart from the actions: what was observed, not what was done. */
  findings: z.optional(z.array(planFindingSchema).check(z.maxLength(PLAN_LIMITS.actions))),
});

export type ActionStatus = z.infer<typeof actionStatusSchema>;
export type PlanAction = z.infer<typeof planActionSchema>;
export type Plan = z.infer<typeof planSchema>;
export type PlanFinding = z.infer<typeof planFindingSchema>;

/** What a person gives for a new action (or changes in one): everything but the id and the stamps. */
export type ActionFields = Omit<PlanAction, 'id' | 'createdAt' | 'updatedAt' | 'status'> & { status?: ActionStatus };

/** The clock and id source, for tests and for servers that stamp their own time. */
export interface PlanClock {
  now?: Date;
  /** The id of a new plan or action; a random UUID by default. */
  id?: string;
  /** The language of error messages; the framework's by default. */
  locale?: string;
  /**
   * The person's day (YYYY-MM-DD), recorded as the day an action was done when none is given:
   * the local day of `now` by default (`localDay`), never the UTC day.
   */
  today?: string;
}

/**
 * A random UUID. `crypto.randomUUID` exists only in secure contexts (https, localhost); a page
 * served over plain http still has `getRandomValues`.
 */
export function randomId(): string {
  const c = globalThis.crypto;
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  const bytes = c.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export interface NewPlan extends PlanClock {
  project: string;
  framework?: Framework;
  actions?: PlanAction[];
}

/** A new plan of one project, with no action (or the ones given), stamped now. */
export function createPlan({ project, framework = defaultFramework, actions = [], now = new Date(), id = randomId() }: NewPlan): Plan {
  const stamp = now.toISOString();
  return { schema: PLAN_SCHEMA, id, framework: { id: framework.id, version: framework.version }, project, createdAt: stamp, updatedAt: stamp, actions };
}

/**
 * What the schema cannot see: days that exist, ids unique, every action placed on a rouage or
 * a dimension of this framework, the rouage in its dimension, the tool one of the rouage's.
 */
export function planIssues(plan: Plan, framework: Framework = defaultFramework, locale?: string): Issue[] {
  const m = messagesFor(locale ?? framework.locale);
  const issues: Issue[] = [];
  const report = (path: (string | number)[], detail: string) => {
    const at = formatPath(path);
    issues.push({ path: at, message: m.at(at, detail) });
  };
  const index = indexFramework(framework);
  if (plan.framework.id !== framework.id) report(['framework', 'id'], m.plan.otherFramework(plan.framework.id, framework.id));
  for (const key of ['createdAt', 'updatedAt'] as const) if (!isCalendarDate(plan[key])) report([key], m.plan.notADay(plan[key].slice(0, 10)));
  const seen = new Set<string>();
  plan.actions.forEach((action, i) => {
    if (seen.has(action.id)) report(['actions', i, 'id'], m.duplicateId(action.id));
    seen.add(action.id);
    for (const key of ['due', 'doneAt', 'createdAt', 'updatedAt'] as const) {
      const value = action[key];
      if (value !== undefined && !isCalendarDate(value)) report(['actions', i, key], m.plan.notADay(value.slice(0, 10)));
    }
    if (action.rouage === undefined && action.dimension === undefined) report(['actions', i], m.plan.noPlace);
    const rouage = action.rouage === undefined ? undefined : index.rouage.get(action.rouage);
    if (action.rouage !== undefined && !rouage) report(['actions', i, 'rouage'], m.plan.unknownRouage(action.rouage));
    if (action.dimension !== undefined && !index.dimension.has(action.dimension)) report(['actions', i, 'dimension'], m.unknownReference('dimension', action.dimension));
    else if (rouage && action.dimension !== undefined && rouage.dimension !== action.dimension) report(['actions', i, 'dimension'], m.plan.rouageOutsideDimension(rouage.id, action.dimension));
    if (action.tool !== undefined) {
      const tool = index.item.get(action.tool);
      if (!rouage || tool?.kind !== 'tool' || tool.rouage.id !== rouage.id) report(['actions', i, 'tool'], m.plan.toolOutsideRouage(action.tool, action.rouage ?? ''));
    }
  });
  plan.findings?.forEach((finding, i) => {
    if (!index.dimension.has(finding.dimension)) report(['findings', i, 'dimension'], m.unknownReference('dimension', finding.dimension));
  });
  return issues;
}

/**
 * Reads a plan from outside (a file, storage, a page's property) and checks it against the
 * framework. Text is parsed as JSON first. Never throws: on failure, every problem is listed
 * with its path, in words (French, or the `locale` given).
 */
export function parsePlan(input: unknown, framework: Framework = defaultFramework, options: { locale?: string } = {}): Result<Plan> {
  return readDocument(input, {
    subject: 'plan',
    schema: PLAN_SCHEMA,
    otherSchema: (schema, m) => ({ path: 'schema', message: m.at('schema', m.plan.schemaVersion(typeof schema === 'string' ? schema : describeValue(schema, m), PLAN_SCHEMA)) }),
    shape: planSchema,
    check: (plan, locale) => planIssues(plan, framework, locale),
  }, options.locale ?? framework.locale);
}

/** Drops empty optional text and empty mode lists, and a partner without its mode, so that equal plans are equal JSON. */
function tidy(action: PlanAction): PlanAction {
  const out = { ...action } as Record<string, unknown>;
  for (const key of ['partner', 'reason', 'owner', 'note', 'tool', 'due', 'doneAt', 'rouage', 'dimension'] as const) {
    if (out[key] === undefined || out[key] === '') delete out[key];
  }
  if (Array.isArray(out.modes) && out.modes.length === 0) delete out.modes;
  if (action.modes) out.modes = ACTION_MODES.filter((mode) => action.modes!.includes(mode));
  if (out.status !== 'postponed') delete out.reason;
  if (out.status !== 'done') delete out.doneAt;
  return out as PlanAction;
}

/** The plan with one action replaced, checked whole; the plan's `updatedAt` stamped. */
function withActions(plan: Plan, actions: PlanAction[], stamp: string, framework: Framework, locale?: string): Result<Plan> {
  const next: Plan = { ...plan, actions, updatedAt: stamp };
  const parsed = planSchema.safeParse(next, { reportInput: true });
  const m = messagesFor(locale ?? framework.locale);
  if (!parsed.success) return failure('plan', issuesFromZod(parsed.error, m), locale ?? framework.locale);
  const issues = planIssues(parsed.data, framework, locale);
  if (issues.length) return failure('plan', issues, locale ?? framework.locale);
  return { success: true, data: parsed.data };
}

/**
 * Adds an action (status `planned` unless given), placed on its rouage's dimension when only
 * the rouage is given. Returns the new plan, or what is wrong with the fields (a day that does
 * not exist, an unknown rouage…); the plan given is never changed.
 */
export function addAction(plan: Plan, fields: ActionFields, options: PlanClock & { framework?: Framework } = {}): Result<Plan> {
  const { framework = defaultFramework, now = new Date(), id = randomId(), locale } = options;
  const stamp = now.toISOString();
  const today = options.today ?? localDay(now);
  const rouage = fields.rouage === undefined ? undefined : indexFramework(framework).rouage.get(fields.rouage);
  const status = fields.status ?? 'planned';
  const action = tidy({
    ...fields,
    dimension: fields.dimension ?? rouage?.dimension,
    status,
    doneAt: status === 'done' ? (fields.doneAt ?? today) : undefined,
    id,
    createdAt: stamp,
    updatedAt: stamp,
  });
  return withActions(plan, [...plan.actions, action], stamp, framework, locale);
}

/**
 * Changes some fields of one action (a field given as `undefined` or "" is cleared), keeping
 * its id and `createdAt`; stamps the action's and the plan's `updatedAt`. Marking it done
 * without a day records today; leaving `done` clears the day, leaving `postponed` the reason.
 */
export function updateAction(plan: Plan, actionId: string, patch: Partial<ActionFields>, options: PlanClock & { framework?: Framework } = {}): Result<Plan> {
  const { framework = defaultFramework, now = new Date(), locale } = options;
  const m = messagesFor(locale ?? framework.locale);
  const at = plan.actions.findIndex((a) => a.id === actionId);
  if (at < 0) return failure('plan', [{ path: 'actions', message: m.at('actions', m.plan.noAction(actionId)) }], locale ?? framework.locale);
  const stamp = now.toISOString();
  const current = plan.actions[at]!;
  const merged: PlanAction = { ...current, ...patch, id: current.id, createdAt: current.createdAt, updatedAt: stamp, status: patch.status ?? current.status };
  if (merged.status === 'done' && !merged.doneAt) merged.doneAt = options.today ?? localDay(now);
  if ('rouage' in patch && patch.rouage && !('dimension' in patch)) merged.dimension = indexFramework(framework).rouage.get(patch.rouage)?.dimension ?? merged.dimension;
  const actions = plan.actions.slice();
  actions[at] = tidy(merged);
  return withActions(plan, actions, stamp, framework, locale);
}

/** Sets an action's status: `reason` for a postponement, `doneAt` for the day it was done (today by default). */
export function setActionStatus(
  plan: Plan,
  actionId: string,
  status: ActionStatus,
  options: PlanClock & { framework?: Framework; reason?: string; doneAt?: string } = {},
): Result<Plan> {
  const patch: Partial<ActionFields> = { status };
  if (status === 'postponed' && options.reason !== undefined) patch.reason = options.reason;
  if (status === 'done' && options.doneAt !== undefined) patch.doneAt = options.doneAt;
  return updateAction(plan, actionId, patch, options);
}

/** The plan without one action (the same plan when there is no such action); `updatedAt` stamped. */
export function removeAction(plan: Plan, actionId: string, options: { now?: Date } = {}): Plan {
  if (!plan.actions.some((a) => a.id === actionId)) return plan;
  return { ...plan, actions: plan.actions.filter((a) => a.id !== actionId), updatedAt: (options.now ?? new Date()).toISOString() };
}

/** A framework's label for an action mode (`Montée en compétences`), or the mode's id when the framework has none. */
export function modeLabel(mode: ActionMode, framework: Framework = defaultFramework): string {
  return framework.plan?.modes[mode] ?? mode;
}

/** A framework's label for an action status (`Réalisée`), or the status's id when the framework has none. */
export function statusLabel(status: ActionStatus, framework: Framework = defaultFramework): string {
  return framework.plan?.statuses[status] ?? status;
}
