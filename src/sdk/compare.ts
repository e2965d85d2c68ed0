import type { Diagnostic, Framework } from './schema.js';
import { framework as defaultFramework, indexFramework } from './framework.js';
import type { DoneBetween } from './plan-summary.js';
import { diagnosticDate } from './diagnostic.js';
import { scoreDiagnostic } from './score.js';

/** A score then and now; `delta` is null unless both are known. */
export interface Change {
  before: number | null;
  after: number | null;
  delta: number | null;
}

export interface Comparison {
  /** The days the two diagnostics describe. */
  dates: { before: string; after: string };
  overall: Change;
  dimensions: ({ id: string } & Change)[];
  rouages: ({ id: string; dimension: string } & Change)[];
}

const change = (before: number | null, after: number | null): Change => ({
  before,
  after,
  delta: before === null || after === null ? null : after - before,
});

/**
 * Evaluation over time (the design's rule): what changed for each rouage and each dimension,
 * and overall, between two diagnostics of one project. Both are scored with `scoreDiagnostic`.
 *
 * @param before The earlier diagnostic; `after` the later one. Their order is the caller's:
 *   `dates` lets a page warn when they look swapped.
 * @returns Scores in [0, 1] or null (unrated); `delta` = after − before, in [−1, 1], null unless
 *   both are rated; dimensions and rouages in the framework's order. Never throws.
 * @example
 * const c = compareDiagnostics(phare2021, phare2022);
 * c.overall; // { before: 0.41, after: 0.58, delta: 0.17 }
 * c.rouages.find((r) => r.id === 'pilote'); // { id: 'pilote', dimension: 'acteurs', before: 0.67, after: 0.89, delta: 0.22 }
 */
export function compareDiagnostics(before: Diagnostic, after: Diagnostic, framework: Framework = defaultFramework): Comparison {
  const then = scoreDiagnostic(before, framework);
  const now = scoreDiagnostic(after, framework);
  return {
    dates: { before: diagnosticDate(before), after: diagnosticDate(after) },
    overall: change(then.overall, now.overall),
    dimensions: now.dimensions.map((d, i) => ({ id: d.id, ...change(then.dimensions[i]!.score, d.score) })),
    rouages: now.rouages.map((r, i) => ({ id: r.id, dimension: r.dimension, ...change(then.rouages[i]!.score, r.score) })),
  };
}

/** How a score moved, in the terms a person reads. */
export type ChangeKind = 'up' | 'down' | 'stable' | 'new' | 'dropped' | 'unrated';

export interface ChangeView {
  kind: ChangeKind;
  /** The size of the move in points of percentage (always ≥ 0): the difference of the two percentages shown. */
  points: number;
  before: number | null;
  after: number | null;
}

/**
 * A change as a person reads it: up, down or stable by the difference of the two rounded
 * percentages, so that "67 % → 89 %" reads "22 points" and never 21 or 23, and a move that
 * rounds to nothing is stable; `new` when only the later score exists, `dropped` when only the
 * earlier one does, `unrated` when neither.
 *
 * @param before A score in [0, 1] or null; `after` likewise.
 * @example
 * describeChange(0.6667, 0.8889) // { kind: 'up', points: 22, before: 0.6667, after: 0.8889 }
 * describeChange(0.5, 0.504)     // { kind: 'stable', points: 0, … }
 */
export function describeChange(before: number | null, after: number | null): ChangeView {
  if (before === null && after === null) return { kind: 'unrated', points: 0, before, after };
  if (before === null) return { kind: 'new', points: 0, before, after };
  if (after === null) return { kind: 'dropped', points: 0, before, after };
  const points = Math.round(after * 100) - Math.round(before * 100);
  return { kind: points > 0 ? 'up' : points < 0 ? 'down' : 'stable', points: Math.abs(points), before, after };
}

/** What the evaluation over time exports: the comparison, and the plan's actions done between the two days when a plan was given. */
export interface Evolution extends Comparison {
  /** The plan's actions done after the earlier day and up to the later one (`actionsDoneBetween`); null without a plan. */
  actionsDone: DoneBetween | null;
}

/**
 * The evaluation over time as one document (the report's JSON export): the comparison of two
 * diagnostics and, beside it, what the team did meanwhile (the design's loop "diagnosis → plan
 * → evaluation"): the same actions the report shows beside each rouage's change.
 *
 * @param comparison `compareDiagnostics(before, after, framework)`.
 * @param done `actionsDoneBetween(plan, comparison.dates.before, comparison.dates.after, framework)`, or undefined without a plan.
 * @returns The comparison's fields (scores in [0, 1], deltas in [−1, 1]) and `actionsDone`. Never throws.
 * @example
 * const c = compareDiagnostics(d2021, d2022);
 * evolutionOf(c, actionsDoneBetween(plan, c.dates.before, c.dates.after)).actionsDone?.byRouage.pilote; // [{ text: 'Comité de pilotage mensuel', … }]
 */
export function evolutionOf(comparison: Comparison, done?: DoneBetween): Evolution {
  return { ...comparison, actionsDone: done ?? null };
}
