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

export interface DimensionScore {
  id: string;
  /** Mean of the dimension's scored rouages; null when none is. */
  score: number | null;
  /** Answered items / items, in [0, 1]. */
  completion: number;
  /** The first rouage in order under the threshold or unrated; null when every rouage is in place. */
  next: string | null;
}

export interface DiagnosticScore {
  /** Mean of the scored dimensions; null when none is. */
  overall: number | null;
  completion: number;
  dimensions: DimensionScore[];
  rouages: RouageScore[];
}

export interface ScoreOptions {
  /** See {@link DEFAULT_THRESHOLD}. */
  threshold?: number;
}

/** Mean of the numbers that are not null; null when there are none. */
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

/** Whether a rouage is still to work on: unrated, or under the threshold. */
export const needsWork = (score: number | null, threshold: number = DEFAULT_THRESHOLD) => score === null || score < threshold;

/**
 * A dimension's next gear: the first of its rouages, in the method's order, still to work on;
 * null when all are in place. Works on any scores (one diagnostic's, a group's means).
 */
export function nextGear(rouageIds: readonly string[], scoreOf: (id: string) => number | null, threshold: number = DEFAULT_THRESHOLD): string | null {
  return rouageIds.find((id) => needsWork(scoreOf(id), threshold)) ?? null;
}

/**
 * Where a project stands: each rouage's score, each dimension's score, completion and
 * next gear, and the overall score (see the design's scoring rules).
 */
export function scoreDiagnostic(diagnostic: Diagnostic, framework: Framework = defaultFramework, options: ScoreOptions = {}): DiagnosticScore {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const index = indexFramework(framework);
  const rouages = scoreRouages(diagnostic.answers, index);
  const byId = new Map(rouages.map((r) => [r.id, r]));
  let answered = 0;
  let total = 0;
  const dimensions = framework.dimensions.map((dimension): DimensionScore => {
    const own = index.rouagesOf.get(dimension.id)!.map((r) => byId.get(r.id)!);
    let dimAnswered = 0;
    let dimTotal = 0;
    for (const r of own) {
      dimAnswered += r.answered;
      dimTotal += r.total;
    }
    answered += dimAnswered;
    total += dimTotal;
    return {
      id: dimension.id,
      score: meanOf(own.map((r) => r.score)),
      completion: dimTotal ? dimAnswered / dimTotal : 0,
      next: nextGear(own.map((r) => r.id), (id) => byId.get(id)!.score, threshold),
    };
  });
  return { overall: meanOf(dimensions.map((d) => d.score)), completion: total ? answered / total : 0, dimensions, rouages };
}
