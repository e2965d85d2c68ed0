import * as z from 'zod/mini';

// Zod compiles object parsers with `new Function` unless told not to; under a strict
// Content-Security-Policy even its probe for that is reported as a violation. The
// elements must run on such pages, so the SDK parses without it (it is fast enough:
// see `npm run bench`). This must run before any schema below is created.
z.config({ jitless: true });

/** Kebab-case ASCII: the form of every id in the method (`noyau-dur`, `etude-de-faisabilite`). */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** An item id: its rouage's id, a dot, then `q1`, `i2`, `t3`, `o4` or `mission`. */
export const ITEM_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*\.(?:[qito][1-9][0-9]*|mission)$/;

const slug = z.string().check(z.regex(SLUG_PATTERN));
const text = z.string().check(z.minLength(1));

/** One entry of a list of the source (a question, an indicator, a tool, an outcome). */
export const itemSchema = z.object({
  id: z.string().check(z.regex(ITEM_ID_PATTERN)),
  text,
});

export const rouageSchema = z.object({
  id: slug,
  dimension: slug,
  phase: slug,
  title: text,
  /** A short form for tight places (the wheel at 320 px); the title is used when absent. */
  shortTitle: z.optional(text),
  description: text,
  mission: text,
  questions: z.array(itemSchema),
  indicators: z.array(itemSchema),
  /** The source heads this list "Productions" for one rouage, "Exemples d'outils à mobiliser" elsewhere. */
  toolsKind: z.optional(z.enum(['tools', 'productions'])),
  tools: z.array(itemSchema),
  outcomes: z.array(itemSchema),
});

export const dimensionSchema = z.object({
  id: slug,
  title: text,
  text: z.optional(z.string()),
  function: z.object({ title: text, text: z.optional(z.string()) }),
});

export const phaseSchema = z.object({ id: slug, title: text });

export const ratingSchema = z.nullable(z.literal([0, 1, 2, 3]));

export const scaleSchema = z.object({
  levels: z.array(z.object({ value: z.literal([0, 1, 2, 3]), label: text })).check(z.length(4)),
  unrated: text,
});

export const frameworkSchema = z.object({
  id: slug,
  version: text,
  locale: z.string().check(z.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/)),
  title: text,
  summary: z.optional(z.string()),
  purpose: z.optional(z.string()),
  notes: z.optional(z.array(z.string())),
  scale: scaleSchema,
  phases: z.array(phaseSchema).check(z.minLength(1)),
  dimensions: z.array(dimensionSchema).check(z.minLength(1)),
  rouages: z.array(rouageSchema).check(z.minLength(1)),
  /** The words of the plan (`rouages-plan/1`): each action mode's and status's label, by id. Optional: ids are shown where absent. */
  plan: z.optional(
    z.object({
      modes: z.object({ 'montee-en-competences': text, 'realisation-interne': text, 'appui-partenaire': text }),
      statuses: z.object({ planned: text, 'in-progress': text, done: text, postponed: text }),
    }),
  ),
  contact: z.optional(
    z.object({
      title: text,
      offers: z.array(text),
      name: z.optional(z.string()),
      email: z.optional(z.string()),
      phone: z.optional(z.string()),
    }),
  ),
});

/** The version tag every saved diagnostic carries, so that files saved today load next year. */
export const DIAGNOSTIC_SCHEMA = 'rouages-diagnostic/1';

/**
 * ISO 8601 dates, checked with plain patterns (zod's own date formats would add their code to
 * every page for the same result). A time needs its offset: "Z" or "+02:00".
 */
export const DATE_PATTERN = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;
export const DATETIME_PATTERN = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** Bounds that keep a diagnostic storable and shareable whatever a page or a file puts in it. */
export const LIMITS = { project: 200, name: 200, note: 10_000 } as const;

const shortText = (max: number) => z.string().check(z.maxLength(max));

/**
 * Whether `YYYY-MM-DD…` names a day that exists (no 2023-02-31, no 2023-04-31): the patterns
 * above only check the form. Leap years follow the Gregorian calendar.
 */
export function isCalendarDate(text: string): boolean {
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(5, 7));
  const day = Number(text.slice(8, 10));
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day >= 1 && day <= days;
}

/** The form of a diagnostic's `id`: a UUID (what `createDiagnostic` makes) or any id a portal gives, letters, digits, `-` and `_`. */
export const DIAGNOSTIC_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/** A day that exists, written YYYY-MM-DD (the message says "date" and "calendar"). */
const calendarDate = z.string().check(z.regex(DATE_PATTERN), z.refine((t) => !DATE_PATTERN.test(t) || isCalendarDate(t), { params: { format: 'calendar' } }));
/** A moment that exists, ISO 8601 with its offset. */
const calendarDateTime = z.string().check(z.regex(DATETIME_PATTERN), z.refine((t) => !DATETIME_PATTERN.test(t) || isCalendarDate(t), { params: { format: 'calendar' } }));

export const respondentSchema = z.object({
  name: z.optional(shortText(LIMITS.name)),
  role: z.optional(shortText(LIMITS.name)),
  organisation: z.optional(shortText(LIMITS.name)),
});

export const diagnosticSchema = z.object({
  schema: z.literal(DIAGNOSTIC_SCHEMA),
  /**
   * The diagnostic's identity, kept across edits: two versions with one id are the same
   * diagnostic (they may be merged); different ids are different people's or projects' work
   * (never merged). Optional: files made before it existed stay valid.
   */
  id: z.optional(z.string().check(z.regex(DIAGNOSTIC_ID_PATTERN))),
  framework: z.object({ id: slug, version: text }),
  project: z.string().check(z.minLength(1), z.maxLength(LIMITS.project)),
  respondent: z.optional(respondentSchema),
  /** The day the diagnostic describes (YYYY-MM-DD); `createdAt` is used when absent. */
  date: z.optional(calendarDate),
  createdAt: calendarDateTime,
  updatedAt: calendarDateTime,
  /** itemId → 0 not started, 1 emerging, 2 under way, 3 achieved, null don't know / not relevant. */
  answers: z.record(z.string(), ratingSchema),
  /** questionId → the open answer. */
  notes: z.record(z.string(), z.string().check(z.maxLength(LIMITS.note))),
});

export type Item = z.infer<typeof itemSchema>;
export type Rouage = z.infer<typeof rouageSchema>;
export type Dimension = z.infer<typeof dimensionSchema>;
export type Phase = z.infer<typeof phaseSchema>;
export type Scale = z.infer<typeof scaleSchema>;
export type Framework = z.infer<typeof frameworkSchema>;
export type Rating = z.infer<typeof ratingSchema>;
export type Respondent = z.infer<typeof respondentSchema>;
export type Diagnostic = z.infer<typeof diagnosticSchema>;

/** How an action of an accompaniment was carried out, as the source names it. */
export const actionModeSchema = z.enum(['montee-en-competences', 'realisation-interne', 'appui-partenaire']);

/** One of the accompaniments and diagnostics the source describes (`framework/cases/*.json`). */
export const caseSchema = z.object({
  id: slug,
  title: text,
  project: text,
  kind: z.enum(['accompaniment', 'diagnostic']),
  /** The period as the source writes it ("2021-2022", "Octobre 2021"). */
  period: text,
  /** When it began, for sorting: YYYY or YYYY-MM. */
  start: z.string().check(z.regex(/^\d{4}(?:-\d{2})?$/)),
  summary: text,
  note: z.optional(z.string()),
  /**
   * `position`: the source heads each group of actions "Accompagnements réalisés" (or
   * "Diagnostic") without naming its dimension; each action's dimension is read from the
   * position of its group, not from the source's words.
   */
  dimensionsFrom: z.optional(z.enum(['source', 'position'])),
  actions: z.array(
    z.object({
      id: z.string().check(z.minLength(1)),
      dimension: slug,
      text,
      modes: z.array(actionModeSchema),
      /** The partner's support in the source's words ("appui de l'Institut Godin"). */
      support: z.optional(text),
      /** A comment the source adds after the action ("remise à plus tard …"). */
      remark: z.optional(text),
    }),
  ),
  pictures: z.array(z.object({ dimension: slug, caption: text })),
});

export type ActionMode = z.infer<typeof actionModeSchema>;
export type CooperationCase = z.infer<typeof caseSchema>;
