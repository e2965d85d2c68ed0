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
