import type { Diagnostic, Framework } from './schema.js';
import { framework as defaultFramework, indexFramework, type FrameworkIndex } from './framework.js';

/** A rouage is "in place" from this score on; below it, or unrated, it is a dimension's next gear. */
export const DEFAULT_THRESHOLD = 2 / 3;

/** The highest rating of the scale: scores are ratings divided by it. */
export const MAX_RATING = 3;

export interface RouageScore {
  id: string;
  dimension: string;
  phase: string;
  /** Mean of the rated items / 3, in [0, 1]; null when nothing is rated. */
  score: number | null;
  /** Items with an answer, "don't know" included. */
  answered: number;
  /** Items with a rating from 0 to 3: the ones the score is made of. */
  rated: number;
  /** Items the rouage is rated on. */
  total: number;
}

/** A dimension's standing, from any rouage scores (one diagnostic's, a group's means, a server's). */
export interface DimensionSummary {
  id: string;
  /** Mean of the dimension's scored rouages, in [0, 1]; null when none is. */
  score: number | null;
  /** The first rouage in order under the threshold or unrated; null when every rouage is in place. */
  next: string | null;
}

export interface DimensionScore extends DimensionSummary {
  /** Answered items / items, in [0, 1]. */
  completion: number;
  /** Items of the dimension with an answer, "don't know" included. */
  answered: number;
  /** Items the dimension's rouages are rated on. */
  total: number;
}

/**
 * A phase's standing. The phase is an editorial reading of the source (see framework/README.md):
 * its score is the mean of the scored rouages of that phase, across dimensions.
 */
export interface PhaseScore {
  id: string;
  /** Mean of the scored rouages of this phase, in [0, 1]; null when none is scored. */
  score: number | null;
  /** Rouages of this phase with a score. */
  scored: number;
  /** Rouages of this phase. */
  total: number;
}

/** What the method computes above the rouages: dimensions, phases and the overall score. */
export interface ScoreSummary {
  /** Mean of the scored dimensions, in [0, 1]; null when none is. */
  overall: number | null;
  /** In the framework's order. */
  dimensions: DimensionSummary[];
  /** In the framework's order. */
  phases: PhaseScore[];
}

export interface DiagnosticScore {
  /** Mean of the scored dimensions, in [0, 1]; null when none is. */
  overall: number | null;
  /** Answered items / items, in [0, 1]. */
  completion: number;
  /** Items with an answer, "don't know" included (the sum of the rouages' `answered`). */
  answered: number;
  /** Items the diagnostic is rated on (the sum of the rouages' `total`). */
  total: number;
  /** In the framework's order. */
  dimensions: DimensionScore[];
  /** In the framework's order. */
  phases: PhaseScore[];
  /** In the method's reading order (dimension by dimension), see {@link orderedRouages}. */
  rouages: RouageScore[];
}

export interface ScoreOptions {
  /** See {@link DEFAULT_THRESHOLD}. */
  threshold?: number;
}

/**
 * Mean of the numbers that are not null; null when there are none (not 0: "nothing rated" is not "rated 0").
 * @example
 * meanOf([1, null, 0.5]) // 0.75
 */
export function meanOf(values: readonly (number | null)[]): number | null {
  let sum = 0;
  let count = 0;
  for (const value of values) {
    if (value === null) continue;
    sum += value;
    count++;
  }
  return count ? sum / count : null;
}

/**
 * Each rouage's score from a diagnostic's answers, in the method's reading order.
 *
 * @param answers Ratings 0–3 or null by item id; unknown ids are ignored.
 * @returns Scores in [0, 1] (mean rating / 3) or null when nothing is rated; counts in items.
 */
export function scoreRouages(answers: Diagnostic['answers'], index: FrameworkIndex): RouageScore[] {
  const scores: RouageScore[] = [];
  for (const [id, items] of index.ratedItems) {
    const rouage = index.rouage.get(id)!;
    let answered = 0;
    let rated = 0;
    let sum = 0;
    for (const item of items) {
      const rating = answers[item.id];
      if (rating === undefined) continue;
      answered++;
      if (rating === null) continue;
      rated++;
      sum += rating;
    }
    scores.push({ id, dimension: rouage.dimension, phase: rouage.phase, score: rated ? sum / rated / MAX_RATING : null, answered, rated, total: items.length });
  }
  return scores;
}

/**
 * Whether a rouage is still to work on: unrated, or its score (in [0, 1]) under the threshold.
 * @example
 * needsWork(0.6) // true (under 2/3)
 */
export const needsWork = (score: number | null, threshold: number = DEFAULT_THRESHOLD) => score === null || score < threshold;

/**
 * A dimension's next gear: the first of its rouages, in the method's order, still to work on;
 * null when all are in place. Works on any scores (one diagnostic's, a group's means).
 *
 * @param rouageIds The dimension's rouages in the method's order (`indexFramework(f).rouagesOf`).
 * @param scoreOf A rouage's score in [0, 1], or null when unrated.
 * @example
 * nextGear(['pilote', 'noyau-dur'], (id) => (id === 'pilote' ? 1 : null)) // 'noyau-dur'
 */
export function nextGear(rouageIds: readonly string[], scoreOf: (id: string) => number | null, threshold: number = DEFAULT_THRESHOLD): string | null {
  return rouageIds.find((id) => needsWork(scoreOf(id), threshold)) ?? null;
}

/** Rouage scores in [0, 1] (or null: unrated) by rouage id; a rouage left out counts as unrated. */
export type RouageScores = ReadonlyMap<string, number | null> | Readonly<Record<string, number | null>>;

function lookup(scores: RouageScores): (id: string) => number | null {
  if (scores instanceof Map) return (id) => scores.get(id) ?? null;
  const record = scores as Readonly<Record<string, number | null>>;
  return (id) => (Object.hasOwn(record, id) ? (record[id] ?? null) : null);
}

/**
 * Phase scores: for each phase of the framework, the mean of the scored rouages of that
 * phase. Works on one diagnostic's rouage scores or on a group's means.
 *
 * @param rouages Each rouage's phase and score in [0, 1] (null: unrated).
 * @returns One entry per phase, in the framework's order. Never throws.
 * @example
 * phaseScores(scoreDiagnostic(d).rouages, framework)[0] // { id: 'emergence', score: 0.58, scored: 7, total: 9 }
 */
export function phaseScores(rouages: readonly { phase: string; score: number | null }[], framework: Framework = defaultFramework): PhaseScore[] {
  return framework.phases.map((phase) => {
    const own = rouages.filter((r) => r.phase === phase.id).map((r) => r.score);
    return { id: phase.id, score: meanOf(own), scored: own.filter((s) => s !== null).length, total: own.length };
  });
}

/**
 * Everything the method computes above the rouages, from rouage scores computed anywhere
 * (one diagnostic, a group's means, a server's precomputed scores): each dimension's score
 * (mean of its scored rouages) and next gear (first rouage in order still to work on), each
 * phase's score, and the overall score (mean of the scored dimensions).
 *
 * @param scores Rouage scores in [0, 1] or null, by id (a `Map` or a plain object); ids the
 *   framework does not know are ignored, rouages left out are unrated. The caller validates the
 *   range (the elements' `readScores` does). Never throws.
 * @example
 * const { overall, dimensions } = scoreFromRouages({ pilote: 1, 'noyau-dur': 0.5 });
 * // overall 0.75; dimensions[0] { id: 'acteurs', score: 0.75, next: 'noyau-dur' }
 */
export function scoreFromRouages(scores: RouageScores, framework: Framework = defaultFramework, options: ScoreOptions = {}): ScoreSummary {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const index = indexFramework(framework);
  const scoreOf = lookup(scores);
  const dimensions = framework.dimensions.map((dimension): DimensionSummary => {
    const ids = index.rouagesOf.get(dimension.id)!.map((r) => r.id);
    return { id: dimension.id, score: meanOf(ids.map(scoreOf)), next: nextGear(ids, scoreOf, threshold) };
  });
  const phases = phaseScores(
    index.rouageOrder.map((r) => ({ phase: r.phase, score: scoreOf(r.id) })),
    framework,
  );
  return { overall: meanOf(dimensions.map((d) => d.score)), dimensions, phases };
}

/**
 * Where a project stands: each rouage's score, each dimension's score, completion, counts
 * and next gear, each phase's score, and the overall score (the design's scoring rules:
 * rouage = mean of its rated items / 3; dimension = mean of its rated rouages; overall =
 * mean of the rated dimensions; next gear = first rouage in order under the threshold or
 * unrated). `null` answers ("don't know") count as answered, not as rated.
 *
 * @param diagnostic A diagnostic that passed `parseDiagnostic` (answers by item id, 0–3 or null).
 * @param options `threshold` (in [0, 1], default {@link DEFAULT_THRESHOLD}) for next gears.
 * @returns Scores in [0, 1] or null when nothing is rated; counts in items. Never throws.
 * @example
 * const score = scoreDiagnostic(diagnostic);
 * score.overall;        // 0.42 (or null)
 * score.answered;       // 31 items answered of score.total (51)
 * score.dimensions[0];  // { id: 'acteurs', score: 0.67, next: 'collectif-elargi', completion: 1, answered: 11, total: 11 }
 */
export function scoreDiagnostic(diagnostic: Diagnostic, framework: Framework = defaultFramework, options: ScoreOptions = {}): DiagnosticScore {
  const index = indexFramework(framework);
  const rouages = scoreRouages(diagnostic.answers, index);
  const byId = new Map(rouages.map((r) => [r.id, r]));
  const summary = scoreFromRouages(new Map(rouages.map((r) => [r.id, r.score])), framework, options);
  let answered = 0;
  let total = 0;
  const dimensions = summary.dimensions.map((dimension): DimensionScore => {
    let dimAnswered = 0;
    let dimTotal = 0;
    for (const rouage of index.rouagesOf.get(dimension.id)!) {
      const r = byId.get(rouage.id)!;
      dimAnswered += r.answered;
      dimTotal += r.total;
    }
    answered += dimAnswered;
    total += dimTotal;
    return { ...dimension, completion: dimTotal ? dimAnswered / dimTotal : 0, answered: dimAnswered, total: dimTotal };
  });
  return { overall: summary.overall, completion: total ? answered / total : 0, answered, total, dimensions, phases: summary.phases, rouages };
}
