import {
  aggregateDiagnostics,
  diagnosticDate,
  indexFramework,
  meanOf,
  migrateDiagnostic,
  nextGear,
  parseDiagnostic,
  type ActionMode,
  type Aggregate,
  type CooperationCase,
  type Diagnostic,
  type DivergentItem,
  type Framework,
  type Migration,
  type Rating,
  type Result,
  type Rouage,
} from '../../sdk/api.js';

/**
 * Pure helpers of `<rouages-report>`: what the report shows, computed from the SDK's results,
 * with no DOM and no words (the element puts the words in). Unit-testable and benchmarkable
 * in Node.
 */

/** How a score moved between two diagnostics, in whole points of percentage as displayed. */
export type ChangeKind = 'up' | 'down' | 'stable' | 'new' | 'dropped' | 'unrated';

export interface ChangeView {
  kind: ChangeKind;
  /** The size of the move in points (always ≥ 0): the difference of the two percentages shown. */
  points: number;
  before: number | null;
  after: number | null;
}

/**
 * A change in the terms a person reads: the points are the difference of the two rounded
 * percentages, so that "67 % → 89 %" reads "22 points" and never 21 or 23.
 */
export function describeChange(before: number | null, after: number | null): ChangeView {
  if (before === null && after === null) return { kind: 'unrated', points: 0, before, after };
  if (before === null) return { kind: 'new', points: 0, before, after };
  if (after === null) return { kind: 'dropped', points: 0, before, after };
  const points = Math.round(after * 100) - Math.round(before * 100);
  return { kind: points > 0 ? 'up' : points < 0 ? 'down' : 'stable', points: Math.abs(points), before, after };
}

export interface PhaseScore {
  id: string;
  title: string;
  /** Mean of the scored rouages of this phase; null when none is scored. */
  score: number | null;
  /** Rouages of this phase with a score. */
  scored: number;
  /** Rouages of this phase. */
  total: number;
}

/** A phase's score: the mean of the scored rouages of that phase (works on one diagnostic's scores or a group's means). */
export function phaseScores(rouages: readonly { phase: string; score: number | null }[], framework: Framework): PhaseScore[] {
  return framework.phases.map((phase) => {
    const own = rouages.filter((r) => r.phase === phase.id).map((r) => r.score);
    return { id: phase.id, title: phase.title, score: meanOf(own), scored: own.filter((s) => s !== null).length, total: own.length };
  });
}

/** Respondents who gave the same rating to a divergent item, highest rating first, "don't know" last. */
export interface RatingGroup {
  rating: Rating;
  /** Positions in the list of diagnostics. */
  respondents: number[];
}

const RATING_ORDER: Rating[] = [3, 2, 1, 0, null];

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
  questions: { id: string; text: string; answers: NoteAnswer[] }[];
}

/** The open answers, grouped by rouage in the method's order, each with its question's text; questions nobody answered are left out. */
export function notesByRouage(diagnostics: readonly Diagnostic[], framework: Framework): NoteGroup[] {
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

export interface CollectiveReport {
  aggregate: Aggregate;
  /** Each divergent item with its respondents grouped by rating (the aggregate's order: largest gap first). */
  divergent: { item: DivergentItem; groups: RatingGroup[] }[];
  phases: PhaseScore[];
  /** Each dimension's mean and its next gear computed on the group's means. */
  dimensions: { id: string; mean: number | null; next: string | null }[];
  notes: NoteGroup[];
}

/** Everything the collective view shows, from an aggregate already computed. */
export function collectiveView(aggregate: Aggregate, diagnostics: readonly Diagnostic[], framework: Framework): CollectiveReport {
  const index = indexFramework(framework);
  const meanOfRouage = new Map(aggregate.rouages.map((r) => [r.id, r.mean]));
  return {
    aggregate,
    divergent: aggregate.divergent.map((item) => ({ item, groups: groupRatings(item.ratings) })),
    phases: phaseScores(
      aggregate.rouages.map((r) => ({ phase: r.phase, score: r.mean })),
      framework,
    ),
    dimensions: aggregate.dimensions.map((d) => ({
      id: d.id,
      mean: d.mean,
      next: nextGear(
        (index.rouagesOf.get(d.id) ?? []).map((r) => r.id),
        (id) => meanOfRouage.get(id) ?? null,
      ),
    })),
    notes: notesByRouage(diagnostics, framework),
  };
}

/** The collective view of several diagnostics, from scratch: what `<rouages-report>` computes for a group (for benchmarks and servers). */
export function buildCollectiveReport(diagnostics: readonly Diagnostic[], framework: Framework): CollectiveReport {
  return collectiveView(aggregateDiagnostics(diagnostics, framework), diagnostics, framework);
}

/** What identifies one saved diagnostic: two files with the same key are the same export dropped twice. */
export function diagnosticKey(d: Diagnostic): string {
  return JSON.stringify([d.project, d.respondent?.name ?? '', d.respondent?.role ?? '', d.respondent?.organisation ?? '', diagnosticDate(d), d.createdAt, d.updatedAt]);
}

export interface CaseDimension {
  id: string;
  /** The dimension's title, or its id when the framework does not know it. */
  title: string;
  /** Position in the framework, for its colour. */
  index: number;
  actions: CooperationCase['actions'];
  modes: Record<ActionMode, number>;
}

export interface CaseSummary {
  dimensions: CaseDimension[];
  /** The dimension with the most actions (the first in the method's order on a tie); undefined when there is no action. */
  busiest?: string;
}

/** A case's actions grouped by dimension in the method's order, with how many of each mode. */
export function summarizeCase(input: CooperationCase, framework: Framework): CaseSummary {
  const ids = framework.dimensions.map((d) => d.id);
  for (const action of input.actions) if (!ids.includes(action.dimension)) ids.push(action.dimension);
  const dimensions = ids.map((id, index): CaseDimension => {
    const actions = input.actions.filter((a) => a.dimension === id);
    const modes: Record<ActionMode, number> = { 'montee-en-competences': 0, 'realisation-interne': 0, 'appui-partenaire': 0 };
    for (const action of actions) for (const mode of action.modes) modes[mode]++;
    return { id, title: framework.dimensions.find((d) => d.id === id)?.title ?? id, index, actions, modes };
  });
  let busiest: CaseDimension | undefined;
  for (const d of dimensions) if (d.actions.length && (!busiest || d.actions.length > busiest.actions.length)) busiest = d;
  return { dimensions, busiest: busiest?.id };
}

/** A file name made from a project's name: ASCII, lower case, hyphens. */
export function fileSlug(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase()
      .slice(0, 60)
      .replace(/-$/, '') || 'rapport'
  );
}

/**
 * Reads a file's diagnostic. One saved with another version of the framework is carried over
 * (`migrateDiagnostic`), but only when what it leaves aside are ids this framework does not
 * know: a known item with a wrong rating is an error, named as `parseDiagnostic` names it.
 */
export function readFileDiagnostic(input: unknown, framework: Framework, locale: string): Result<Migration> {
  const direct = parseDiagnostic(input, framework, { locale });
  if (direct.success) return { success: true, data: { diagnostic: direct.data, leftovers: null } };
  const migrated = migrateDiagnostic(input, framework, { locale });
  if (!migrated.success || !migrated.data.leftovers) return direct;
  const index = indexFramework(framework);
  const { answers, notes } = migrated.data.leftovers;
  const known = Object.keys(answers).some((id) => index.item.has(id)) || Object.keys(notes).some((id) => index.item.has(id));
  return known ? direct : migrated;
}
