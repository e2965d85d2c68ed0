import type { Diagnostic, Framework, Rating, Rouage } from './schema.js';
import { framework as defaultFramework, indexFramework } from './framework.js';
import { diagnosticDate, migrateDiagnostic, parseDiagnostic, type Migration, type ParseDiagnosticOptions } from './diagnostic.js';
import type { Result } from './result.js';
import { aggregateDiagnostics, type Aggregate, type AggregateOptions, type DivergentItem } from './aggregate.js';

/**
 * What a report on several diagnostics shows beyond the aggregate: who answered what on each
 * divergent item, the open answers grouped by rouage, and how to tell two files of the same
 * diagnostic apart from two diagnostics. Pure functions: `<rouages-report>` calls them, and so
 * can a server that builds the same report.
 */

/** Respondents who gave the same rating to a divergent item. */
export interface RatingGroup {
  /** A rating 0–3, or null ("don't know / not relevant"). */
  rating: Rating;
  /** Positions of the respondents in the list of diagnostics. */
  respondents: number[];
}

const RATING_ORDER: Rating[] = [3, 2, 1, 0, null];

/**
 * The respondents of a divergent item grouped by the rating they gave, highest rating first,
 * "don't know" last; ratings nobody gave are left out.
 *
 * @param ratings A `DivergentItem`'s `ratings` (see `aggregateDiagnostics`).
 * @example
 * groupRatings([{ respondent: 0, rating: 3 }, { respondent: 1, rating: 1 }, { respondent: 2, rating: 3 }])
 * // [{ rating: 3, respondents: [0, 2] }, { rating: 1, respondents: [1] }]
 */
export function groupRatings(ratings: DivergentItem['ratings']): RatingGroup[] {
  return RATING_ORDER.map((rating) => ({ rating, respondents: ratings.filter((r) => r.rating === rating).map((r) => r.respondent) })).filter((g) => g.respondents.length > 0);
}

export interface NoteAnswer {
  /** Position of the respondent in the list of diagnostics. */
  respondent: number;
  text: string;
}

export interface NoteGroup {
  rouage: Rouage;
  /** The rouage's answered questions, in the source's order, each with its text. */
  questions: { id: string; text: string; answers: NoteAnswer[] }[];
}

/**
 * The open answers (notes) of one or several diagnostics, grouped by rouage in the method's
 * reading order, each with its question's text. Questions nobody answered (or answered with
 * blank text) are left out; rouages with no answered question too.
 *
 * @param diagnostics Diagnostics that passed `parseDiagnostic`; positions in this list name the respondents.
 * @example
 * notesByRouage([d])[0] // { rouage: { id: 'pilote', … }, questions: [{ id: 'pilote.q1', text: '…', answers: [{ respondent: 0, text: '…' }] }] }
 */
export function notesByRouage(diagnostics: readonly Diagnostic[], framework: Framework = defaultFramework): NoteGroup[] {
  const index = indexFramework(framework);
  const groups: NoteGroup[] = [];
  let current: NoteGroup | undefined;
  for (const question of index.questionOrder) {
    const answers: NoteAnswer[] = [];
    diagnostics.forEach((d, respondent) => {
      const text = d.notes[question.id];
      if (text !== undefined && text.trim() !== '') answers.push({ respondent, text });
    });
    if (!answers.length) continue;
    if (current?.rouage.id !== question.rouage.id) {
      current = { rouage: question.rouage, questions: [] };
      groups.push(current);
    }
    current.questions.push({ id: question.id, text: question.text, answers });
  }
  return groups;
}

/** A steering committee's report: the aggregate (with dimensions, next gears, phases and overall), the divergent items with who said what, and the open answers. */
export interface CollectiveReport {
  aggregate: Aggregate;
  /** Each divergent item with its respondents grouped by rating (the aggregate's order: largest gap first). */
  divergent: { item: DivergentItem; groups: RatingGroup[] }[];
  notes: NoteGroup[];
}

/**
 * The collective report from an aggregate already computed (an element that shows the wheel
 * computes the aggregate once and shares it).
 *
 * @param aggregate `aggregateDiagnostics(diagnostics, framework)`, of the same list.
 * @param diagnostics The same diagnostics, in the same order (for the open answers).
 */
export function collectiveView(aggregate: Aggregate, diagnostics: readonly Diagnostic[], framework: Framework = defaultFramework): CollectiveReport {
  return {
    aggregate,
    divergent: aggregate.divergent.map((item) => ({ item, groups: groupRatings(item.ratings) })),
    notes: notesByRouage(diagnostics, framework),
  };
}

/**
 * Everything the collective view of `<rouages-report>` shows, from scratch: for a server that
 * prints the same report, or a portal that sends it by mail.
 *
 * @param diagnostics Diagnostics that passed `parseDiagnostic`, of one project (see `aggregate.projects`).
 * @param options As for `aggregateDiagnostics` (`divergence` in levels, `threshold` in [0, 1]).
 * @returns Scores in [0, 1], ratings 0–3, positions in `diagnostics`. Never throws.
 * @example
 * const report = buildCollectiveReport(committee);
 * report.aggregate.dimensions[0].next;  // the group's next gear in Acteurs
 * report.divergent[0].groups;           // [{ rating: 3, respondents: [1] }, { rating: 0, respondents: [3] }]
 */
export function buildCollectiveReport(diagnostics: readonly Diagnostic[], framework: Framework = defaultFramework, options: AggregateOptions = {}): CollectiveReport {
  return collectiveView(aggregateDiagnostics(diagnostics, framework, options), diagnostics, framework);
}

/**
 * What identifies one diagnostic, to spot the same one given twice (a file dropped twice, a
 * submission sent twice). A diagnostic with an `id` (made by `createDiagnostic`, kept across
 * edits) is known by it: two versions of it are the same diagnostic. A file without one (saved
 * before ids existed) is known by its project, respondent, day and time stamps.
 *
 * @returns An opaque string: equal keys mean the same diagnostic. Never throws.
 * @example
 * diagnosticKey({ ...d, id: '0b9f…' }) === diagnosticKey({ ...d, id: '0b9f…', updatedAt: later }) // true
 */
export function diagnosticKey(d: Diagnostic): string {
  // `id` is optional: files saved before it existed stay valid (see the design's "identity").
  const id = (d as Diagnostic & { id?: string }).id;
  if (id) return JSON.stringify(['id', id]);
  return JSON.stringify([d.project, d.respondent?.name ?? '', d.respondent?.role ?? '', d.respondent?.organisation ?? '', diagnosticDate(d), d.createdAt, d.updatedAt]);
}

/**
 * Reads a diagnostic a person brought (a file chosen or dropped, a submission). One saved with
 * another version of the framework is carried over (`migrateDiagnostic`), but only when what it
 * leaves aside are ids this framework does not know: a known item with a wrong rating is an
 * error, named as `parseDiagnostic` names it, never silently dropped.
 *
 * @param input The file's JSON value (or its text).
 * @param options `locale` of the error messages.
 * @returns The diagnostic with `leftovers: null`, or carried over with what was left aside
 *   (answers and notes by id), or an error naming each wrong path. Never throws.
 * @example
 * const read = readDiagnosticFile(JSON.parse(text), framework, { locale: 'fr' });
 * if (read.success && read.data.leftovers) warn(Object.keys(read.data.leftovers.answers).length);
 */
export function readDiagnosticFile(input: unknown, framework: Framework = defaultFramework, options: ParseDiagnosticOptions = {}): Result<Migration> {
  const direct = parseDiagnostic(input, framework, options);
  if (direct.success) return { success: true, data: { diagnostic: direct.data, leftovers: null } };
  const migrated = migrateDiagnostic(input, framework, options);
  if (!migrated.success || !migrated.data.leftovers) return direct;
  const index = indexFramework(framework);
  const { answers, notes } = migrated.data.leftovers;
  const known = Object.keys(answers).some((id) => index.item.has(id)) || Object.keys(notes).some((id) => index.item.has(id));
  return known ? direct : migrated;
}

/** What a set of diagnostics of one project is, for a report (see `classifyDiagnostics`). */
export type DiagnosticSetKind = 'empty' | 'single' | 'evolution' | 'group' | 'projects';

export interface DiagnosticSet {
  /**
   * - `evolution`: one respondent (or none named) at several different days: the same
   *   diagnostic taken again, to read as a change over time (`compareDiagnostics`), never averaged;
   * - `group`: several respondents (a steering committee), to aggregate (`aggregateDiagnostics`);
   * - `projects`: diagnostics of different projects, which neither reading fits;
   * - `single`, `empty`: one diagnostic, none.
   */
  kind: DiagnosticSetKind;
  /** The projects named, in order of first appearance. */
  projects: string[];
  /** Positions in the list, from the earliest day to the latest (ties keep the list's order). */
  chronological: number[];
  /** The distinct days (YYYY-MM-DD), earliest first. */
  days: string[];
  /** Days between the earliest and the latest diagnostic (0 for one day). */
  spanDays: number;
}

/** Who answered, as the method tells respondents apart: name and organisation, case and spaces aside; '' for no one named. */
const respondentOf = (d: Diagnostic) =>
  [d.respondent?.name, d.respondent?.organisation].map((x) => (x ?? '').trim().replace(/\s+/g, ' ').toLocaleLowerCase('fr')).join('\u0000').replace(/^\u0000$/, '');

const DAY_MS = 86_400_000;

/**
 * What a set of diagnostics is, so that a report reads it the way the method does (the design's
 * rules on evaluation over time and on the steering committee): the same project, the same
 * respondent (or no respondent named) at different days is an evolution, to compare and never to
 * average (averaging a project in 2021 with itself in 2022 describes no moment of it); several
 * respondents are a group, whose answers are aggregated, usually given about the same day.
 *
 * @param diagnostics Diagnostics that passed `parseDiagnostic`.
 * @returns The kind, the projects, the positions in chronological order, the distinct days and
 *   the span in days. Never throws.
 * @example
 * classifyDiagnostics([phare2022, phare2021]).kind         // 'evolution'
 * classifyDiagnostics([phare2022, phare2021]).chronological // [1, 0]
 * classifyDiagnostics(committee).kind                      // 'group'
 */
export function classifyDiagnostics(diagnostics: readonly Diagnostic[]): DiagnosticSet {
  const projects = [...new Set(diagnostics.map((d) => d.project))];
  const dayOf = diagnostics.map(diagnosticDate);
  const chronological = diagnostics.map((_, i) => i).sort((a, b) => (dayOf[a]! < dayOf[b]! ? -1 : dayOf[a]! > dayOf[b]! ? 1 : a - b));
  const days = [...new Set(dayOf)].sort();
  const spanDays = days.length > 1 ? Math.round((Date.parse(days.at(-1)!) - Date.parse(days[0]!)) / DAY_MS) : 0;
  const base = { projects, chronological, days, spanDays };
  if (diagnostics.length === 0) return { kind: 'empty', ...base };
  if (diagnostics.length === 1) return { kind: 'single', ...base };
  if (projects.length > 1) return { kind: 'projects', ...base };
  const respondents = new Set(diagnostics.map(respondentOf));
  // One person (or nobody named) at as many days as diagnostics: the same diagnostic taken again.
  if (respondents.size === 1 && days.length === diagnostics.length) return { kind: 'evolution', ...base };
  return { kind: 'group', ...base };
}
