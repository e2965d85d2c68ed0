import type { Diagnostic, Framework, Item } from './schema.js';
import { framework as defaultFramework, indexFramework } from './framework.js';
import { scoreDiagnostic, type ScoreOptions } from './score.js';

export interface Recommendation {
  /** The rouage to work on next. */
  rouage: string;
  dimension: string;
  phase: string;
  title: string;
  mission: string;
  score: number | null;
  /** `unrated`: nothing known yet; `below-threshold`: started but not in place. */
  reason: 'unrated' | 'below-threshold';
  /** The source's example tools (or productions) for this rouage. */
  tools: Item[];
  /** The source's outcomes ("réalisations") for this rouage. */
  outcomes: Item[];
}

export interface RecommendOptions extends ScoreOptions {
  /** At most this many recommendations (all next gears by default: one per dimension at most). */
  limit?: number;
}

/**
 * What to work on next (the design's "next gear" rule): each dimension's next gear (the first
 * rouage in order under the threshold or unrated), earlier phase first, then lower score (an
 * unrated rouage before a rated one: nothing is known of it yet), then the method's order of
 * dimensions. Each comes with its mission, example tools (or productions) and outcomes from the source.
 *
 * @param diagnostic A diagnostic that passed `parseDiagnostic`.
 * @param options `threshold` in [0, 1] (default `DEFAULT_THRESHOLD`, 2/3); `limit`: at most this
 *   many (a negative limit gives none).
 * @returns At most one per dimension; `score` in [0, 1] or null. Empty when every rouage is in place. Never throws.
 * @example
 * recommend(diagnostic, framework, { limit: 1 })[0]
 * // { rouage: 'demarche-prospective', dimension: 'ingenierie', phase: 'emergence', score: 0, reason: 'below-threshold', tools: [...], outcomes: [...], … }
 */
export function recommend(diagnostic: Diagnostic, framework: Framework = defaultFramework, options: RecommendOptions = {}): Recommendation[] {
  const index = indexFramework(framework);
  const scores = scoreDiagnostic(diagnostic, framework, options);
  const scoreOf = new Map(scores.rouages.map((r) => [r.id, r.score]));
  const list = scores.dimensions.flatMap((dimension, order) => {
    if (!dimension.next) return [];
    const rouage = index.rouage.get(dimension.next)!;
    const score = scoreOf.get(rouage.id) ?? null;
    const recommendation: Recommendation = {
      rouage: rouage.id,
      dimension: rouage.dimension,
      phase: rouage.phase,
      title: rouage.title,
      mission: rouage.mission,
      score,
      reason: score === null ? 'unrated' : 'below-threshold',
      tools: rouage.tools,
      outcomes: rouage.outcomes,
    };
    return [{ recommendation, rank: index.phaseRank.get(rouage.id)!, order }];
  });
  list.sort((a, b) => a.rank - b.rank || (a.recommendation.score ?? -1) - (b.recommendation.score ?? -1) || a.order - b.order);
  const limit = options.limit ?? list.length;
  return list.slice(0, Math.max(0, limit)).map((entry) => entry.recommendation);
}
