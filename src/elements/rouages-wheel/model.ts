/**
 * The wheel's view model: what it shows of each rouage, from its inputs (a diagnostic, scores,
 * a group, an earlier diagnostic, the provider's state). Computed once per update, in
 * `willUpdate`; the rules (scores, dimensions, next gears, overall) come from the SDK.
 */
import { diagnosticDate, scoreFromRouages, type Framework } from '../../sdk/api.js';
import type { RouagesState } from '../shared/context.js';
import type { Strings } from '../shared/i18n.js';
import { createReaders, diagnosticFrom, diagnosticsFrom, memoize, type DiagnosticInput, type DiagnosticsInput, type ScoresInput } from '../shared/inputs.js';
import type { PlanMark } from '../rouages-plan/plan-marks.js';
import { layoutWheel, type WheelLayout } from './geometry.js';

/** The layout of a framework's wheel, computed once per framework. */
const layoutOnce = memoize(layoutWheel);

/** What the wheel shows of one rouage. */
export interface CellView {
  score: number | null;
  before?: number | null;
  min?: number | null;
  max?: number | null;
  divergent: boolean;
  next: boolean;
}

export interface WheelModel {
  framework: Framework;
  layout: WheelLayout;
  cells: Map<string, CellView>;
  /** Whether scores were given at all (an unrated rouage then differs from the map of the method). */
  scored: boolean;
  overall: number | null;
  compared: boolean;
  aggregated: number;
  beforeDate?: string;
  /** Each rouage's plan actions (from the provider's plan), for its outline and its name. */
  planMarks?: Map<string, PlanMark>;
  errors: string[];
}

/** The wheel's own data properties (the element itself passes). */
export interface WheelData {
  diagnostic?: DiagnosticInput;
  scores?: ScoresInput;
  compare?: DiagnosticInput;
  aggregate?: DiagnosticsInput;
}

/**
 * The view model of a wheel, from its own data, else the provider's state (`context`), read
 * through the element's memoized readers. Inside a provider whose group has two or more
 * diagnostics, and with no data of its own, the wheel shows that group (as a report beside it
 * does). Input that cannot be read becomes a message in `errors`; the map of the method is
 * still drawn.
 */
export function wheelModel(
  own: WheelData,
  framework: Framework,
  locale: string,
  s: Strings,
  context: RouagesState | undefined,
  read: ReturnType<typeof createReaders>,
  planMarks: Map<string, PlanMark> | undefined,
): WheelModel {
  const errors: string[] = [];
  const layout = layoutOnce(framework);
  // The provider's inputs come read once by the provider (see diagnosticFrom).
  const group = diagnosticsFrom(own.aggregate, context, framework, locale, read.diagnostics);
  const providerGroup = own.diagnostic == null && own.scores == null && own.aggregate == null && own.compare == null && context?.compare == null && (group?.value.length ?? 0) >= 2;
  const diagnostic = providerGroup ? undefined : diagnosticFrom(own.diagnostic, context, 'diagnostic', framework, locale, read.diagnostic);
  const scores = read.scores(own.scores, framework, locale);
  const compare = diagnosticFrom(own.compare, context, 'compare', framework, locale, read.diagnostic);
  if (diagnostic?.error) errors.push(s.badDiagnostic(diagnostic.error));
  if (scores?.error) errors.push(s.badScores(scores.error));
  if (compare?.error) errors.push(s.badDiagnostic(compare.error));
  if (group?.errors.length) errors.push(...group.errors.map((e) => s.badDiagnostic(e)));

  const aggregate = group?.value.length ? read.aggregate(group.value, framework) : undefined;
  let rouageScores: Map<string, number | null> | undefined;
  let overall: number | null = null;
  const nexts = new Set<string>();
  if (diagnostic?.value) {
    const score = read.score(diagnostic.value, framework);
    rouageScores = new Map(score.rouages.map((r) => [r.id, r.score]));
    overall = score.overall;
    for (const d of score.dimensions) if (d.next) nexts.add(d.next);
  } else if (scores?.value || aggregate) {
    // The SDK computes dimensions, next gears and the overall: from the page's scores, else the group's.
    rouageScores = scores?.value ?? new Map(aggregate!.rouages.map((r) => [r.id, r.mean]));
    const summary = scores?.value ? scoreFromRouages(scores.value, framework) : aggregate!;
    overall = summary.overall;
    for (const d of summary.dimensions) if (d.next) nexts.add(d.next);
  }
  const before = compare?.value ? read.score(compare.value, framework) : undefined;
  const beforeScores = before ? new Map(before.rouages.map((r) => [r.id, r.score])) : undefined;
  const spread = aggregate ? new Map(aggregate.rouages.map((r) => [r.id, r])) : undefined;

  const cells = new Map<string, CellView>();
  for (const cell of layout.cells) {
    const view: CellView = { score: rouageScores?.get(cell.id) ?? null, divergent: false, next: nexts.has(cell.id) };
    if (beforeScores) view.before = beforeScores.get(cell.id) ?? null;
    const s = spread?.get(cell.id);
    if (s) Object.assign(view, { min: s.min, max: s.max, divergent: s.divergent });
    cells.set(cell.id, view);
  }
  return {
    framework,
    layout,
    cells,
    scored: Boolean(rouageScores),
    overall,
    compared: Boolean(beforeScores),
    aggregated: group?.value.length ?? 0,
    beforeDate: compare?.value ? diagnosticDate(compare.value) : undefined,
    planMarks,
    errors,
  };
}
