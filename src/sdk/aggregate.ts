import type { Diagnostic, Framework, Rating } from './schema.js';
import { framework as defaultFramework, indexFramework } from './framework.js';
import { diagnosticDate } from './diagnostic.js';
import { MAX_RATING, scoreFromRouages, type PhaseScore, type ScoreOptions } from './score.js';

/** Answers this many levels apart or more are a divergence: a gap a steering committee must discuss. */
export const DEFAULT_DIVERGENCE = 2;

export interface RespondentInfo {
  /** Position in the list given to {@link aggregateDiagnostics}. */
  index: number;
  name?: string;
  role?: string;
  organisation?: string;
  project: string;
  date: string;
}

export interface ItemAggregate {
  /** Mean rating (0 to 3) of those who rated it; null when nobody did. */
  mean: number | null;
  min: number | null;
  max: number | null;
  /** Respondents who rated it 0 to 3. */
  count: number;
  /** Respondents who answered "don't know / not relevant". */
  unknown: number;
}

export interface RouageAggregate {
  id: string;
  dimension: string;
  phase: string;
  /** Mean of the respondents' rouage scores, in [0, 1]; null when nobody rated it. */
  mean: number | null;
  min: number | null;
  max: number | null;
  /** max − min of the respondents' scores, in [0, 1]. */
  spread: number | null;
  /** Respondents with a score for this rouage. */
  count: number;
  /** Whether one of its items is divergent. */
  divergent: boolean;
}

export interface DivergentItem {
  id: string;
  rouage: string;
  dimension: string;
  text: string;
  min: number;
  max: number;
  /** max − min, in rating levels (2 or 3). */
  gap: number;
  /** Who answered what, in the order of the respondents. */
  ratings: { respondent: number; rating: Rating }[];
}

export interface DimensionAggregate {
  id: string;
  /** Mean of the dimension's rouage means, in [0, 1]; null when none is rated. */
  mean: number | null;
  /** The group's next gear: the first rouage in order whose mean is under the threshold or unrated; null when all are in place. */
  next: string | null;
}

export interface Aggregate {
  respondents: RespondentInfo[];
  /** The distinct project names: more than one usually means files were mixed up. */
  projects: string[];
  items: Record<string, ItemAggregate>;
  /** In the method's reading order. */
  rouages: RouageAggregate[];
  /** In the framework's order: the mean of the dimension's rouage means, and its next gear on those means. */
  dimensions: DimensionAggregate[];
  /** Each phase's mean of its rouage means (see `phaseScores`). */
  phases: PhaseScore[];
  /** Mean of the dimensions' means, in [0, 1]; null when nobody rated anything. */
  overall: number | null;
  /** Largest gap first, then the method's order. */
  divergent: DivergentItem[];
}

export interface AggregateOptions extends ScoreOptions {
  /** See {@link DEFAULT_DIVERGENCE}. */
  divergence?: number;
}

/**
 * The collective view of several respondents of one project (the design's "collective
 * diagnosis"): per item mean, min, max and count; per rouage the mean of the respondents'
 * scores and the spread between them; per dimension the mean and the group's next gear; per
 * phase the mean; the overall mean; and the divergent items (answers `divergence` levels apart
 * or more), largest gap first.
 *
 * @param diagnostics Diagnostics that passed `parseDiagnostic`, usually of one project
 *   (`projects` lists the distinct names so a caller can warn). An empty list gives null means.
 * @param options `divergence` in rating levels (default {@link DEFAULT_DIVERGENCE});
 *   `threshold` in [0, 1] for next gears (default `DEFAULT_THRESHOLD`).
 * @returns Ratings (items) on the 0–3 scale; scores (rouages, dimensions, phases, overall) in [0, 1]. Never throws.
 * @example
 * const group = aggregateDiagnostics([ana, bruno, chloe]);
 * group.dimensions[0];  // { id: 'acteurs', mean: 0.61, next: 'noyau-dur' }
 * group.divergent[0];   // { id: 'pilote.i1', gap: 2, ratings: [{ respondent: 0, rating: 3 }, …], … }
 */
export function aggregateDiagnostics(diagnostics: readonly Diagnostic[], framework: Framework = defaultFramework, options: AggregateOptions = {}): Aggregate {
  const divergence = options.divergence ?? DEFAULT_DIVERGENCE;
  const index = indexFramework(framework);
  const items = index.ratedOrder;
  const itemCount = items.length;
  const itemSum = new Float64Array(itemCount);
  const itemCountRated = new Uint32Array(itemCount);
  const itemUnknown = new Uint32Array(itemCount);
  const itemMin = new Float64Array(itemCount).fill(Infinity);
  const itemMax = new Float64Array(itemCount).fill(-Infinity);
  const rouageIds = [...index.ratedItems.keys()];
  const rouageSum = new Float64Array(rouageIds.length);
  const rouageCount = new Uint32Array(rouageIds.length);
  const rouageMin = new Float64Array(rouageIds.length).fill(Infinity);
  const rouageMax = new Float64Array(rouageIds.length).fill(-Infinity);
  // One pass over each diagnostic's own answers: item position and rouage position by id.
  const position = new Map<string, number>();
  const rouageOf = new Uint16Array(itemCount);
  items.forEach((item, i) => {
    position.set(item.id, i);
    rouageOf[i] = rouageIds.indexOf(item.rouage.id);
  });
  const sum = new Float64Array(rouageIds.length);
  const rated = new Uint16Array(rouageIds.length);

  for (const diagnostic of diagnostics) {
    sum.fill(0);
    rated.fill(0);
    const answers = diagnostic.answers;
    for (const id in answers) {
      const i = position.get(id);
      if (i === undefined) continue;
      const rating = answers[id];
      if (rating === undefined) continue;
      if (rating === null) {
        itemUnknown[i]!++;
        continue;
      }
      const r = rouageOf[i]!;
      sum[r]! += rating;
      rated[r]!++;
      itemSum[i]! += rating;
      itemCountRated[i]!++;
      if (rating < itemMin[i]!) itemMin[i] = rating;
      if (rating > itemMax[i]!) itemMax[i] = rating;
    }
    for (let r = 0; r < rouageIds.length; r++) {
      if (!rated[r]) continue;
      const score = sum[r]! / rated[r]! / MAX_RATING;
      rouageSum[r]! += score;
      rouageCount[r]!++;
      if (score < rouageMin[r]!) rouageMin[r] = score;
      if (score > rouageMax[r]!) rouageMax[r] = score;
    }
  }

  const itemStats: Record<string, ItemAggregate> = {};
  const divergent: DivergentItem[] = [];
  const divergentRouages = new Set<string>();
  items.forEach((item, i) => {
    const count = itemCountRated[i]!;
    const stats: ItemAggregate = count
      ? { mean: itemSum[i]! / count, min: itemMin[i]!, max: itemMax[i]!, count, unknown: itemUnknown[i]! }
      : { mean: null, min: null, max: null, count: 0, unknown: itemUnknown[i]! };
    itemStats[item.id] = stats;
    if (count && stats.max! - stats.min! >= divergence) {
      divergentRouages.add(item.rouage.id);
      const ratings: DivergentItem['ratings'] = [];
      diagnostics.forEach((d, respondent) => {
        const rating = d.answers[item.id];
        if (rating !== undefined) ratings.push({ respondent, rating });
      });
      divergent.push({ id: item.id, rouage: item.rouage.id, dimension: item.rouage.dimension, text: item.text, min: stats.min!, max: stats.max!, gap: stats.max! - stats.min!, ratings });
    }
  });
  // A stable sort keeps the method's order among equal gaps.
  divergent.sort((a, b) => b.gap - a.gap);

  const rouages = rouageIds.map((id, r): RouageAggregate => {
    const rouage = index.rouage.get(id)!;
    const count = rouageCount[r]!;
    return {
      id,
      dimension: rouage.dimension,
      phase: rouage.phase,
      mean: count ? rouageSum[r]! / count : null,
      min: count ? rouageMin[r]! : null,
      max: count ? rouageMax[r]! : null,
      spread: count ? rouageMax[r]! - rouageMin[r]! : null,
      count,
      divergent: divergentRouages.has(id),
    };
  });
  const summary = scoreFromRouages(new Map(rouages.map((r) => [r.id, r.mean])), framework, options);
  const dimensions = summary.dimensions.map((d): DimensionAggregate => ({ id: d.id, mean: d.score, next: d.next }));

  return {
    respondents: diagnostics.map((d, i) => {
      const info: RespondentInfo = { index: i, project: d.project, date: diagnosticDate(d) };
      if (d.respondent?.name) info.name = d.respondent.name;
      if (d.respondent?.role) info.role = d.respondent.role;
      if (d.respondent?.organisation) info.organisation = d.respondent.organisation;
      return info;
    }),
    projects: [...new Set(diagnostics.map((d) => d.project))],
    items: itemStats,
    rouages,
    dimensions,
    phases: summary.phases,
    overall: summary.overall,
    divergent,
  };
}
