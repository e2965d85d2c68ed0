import type { Diagnostic, Framework } from './schema.js';
import { framework as defaultFramework } from './framework.js';
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

/** Evaluation over time: what changed for each rouage and each dimension between two diagnostics of one project. */
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
