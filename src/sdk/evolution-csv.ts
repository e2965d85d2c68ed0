/**
 * The evaluation over time as CSV, apart from `compare.ts`: the wheel compares two diagnostics
 * on every page, and the CSV code would ride along into the CDN's main file with it.
 */
import type { Framework } from './schema.js';
import { framework as defaultFramework, indexFramework } from './framework.js';
import { csvField } from './csv.js';
import type { PlanAction } from './plan.js';
import type { DoneBetween } from './plan-summary.js';
import { describeChange, type Change, type ChangeKind, type Comparison } from './compare.js';

/** The words of the evolution's CSV, French first. */
const EVOLUTION_CSV = {
  fr: {
    headers: ['Niveau', 'Dimension', 'Rouage', 'Date avant', 'Date après', 'Score avant (%)', 'Score après (%)', 'Évolution (points)', 'Sens', 'Actions du plan réalisées entre-temps'],
    levels: { overall: 'global', dimension: 'dimension', rouage: 'rouage' },
    kinds: { up: 'progrès', down: 'recul', stable: 'stable', new: 'nouvellement évalué', dropped: 'plus évalué', unrated: 'non évalué' } satisfies Record<ChangeKind, string>,
  },
  en: {
    headers: ['Level', 'Dimension', 'Rouage', 'Earlier date', 'Later date', 'Earlier score (%)', 'Later score (%)', 'Change (points)', 'Direction', 'Plan actions done in between'],
    levels: { overall: 'overall', dimension: 'dimension', rouage: 'rouage' },
    kinds: { up: 'progress', down: 'regression', stable: 'stable', new: 'newly rated', dropped: 'no longer rated', unrated: 'not rated' } satisfies Record<ChangeKind, string>,
  },
};

/**
 * The evaluation over time as a table for a spreadsheet: one row overall, one per dimension,
 * one per rouage (the framework's order), each with its two scores, its change in points (as
 * `describeChange` reads it, signed: −12 is a regression) and the plan's actions done between
 * the two days (texts separated by " ; "; on a dimension's row, the actions that name no rouage).
 *
 * @param comparison `compareDiagnostics(before, after, framework)`.
 * @param done `actionsDoneBetween(…)` over the same two days, or undefined without a plan.
 * @param options `delimiter`: ";" for French (Excel's), "," otherwise by default.
 * @returns CSV text (UTF-8 with BOM, CRLF, every field quoted, formulas neutralised). Never throws.
 */
export function evolutionToCSV(comparison: Comparison, done?: DoneBetween, framework: Framework = defaultFramework, options: { delimiter?: string } = {}): string {
  const words = framework.locale.toLowerCase().startsWith('en') ? EVOLUTION_CSV.en : EVOLUTION_CSV.fr;
  const delimiter = options.delimiter ?? (framework.locale.startsWith('fr') ? ';' : ',');
  const index = indexFramework(framework);
  const pct = (value: number | null) => (value === null ? '' : String(Math.round(value * 100)));
  const texts = (actions: readonly PlanAction[] | undefined) => (actions ?? []).map((a) => a.text).join(' ; ');
  const { before, after } = comparison.dates;
  const row = (level: string, dimension: string, rouage: string, c: Change, actions: string) => {
    const view = describeChange(c.before, c.after);
    const points = view.kind === 'up' ? view.points : view.kind === 'down' ? -view.points : view.kind === 'stable' ? 0 : null;
    return [level, dimension, rouage, before, after, pct(c.before), pct(c.after), points, words.kinds[view.kind], actions];
  };
  const rows: (string | number | null)[][] = [words.headers];
  rows.push(row(words.levels.overall, '', '', comparison.overall, texts(done?.actions)));
  for (const d of comparison.dimensions) rows.push(row(words.levels.dimension, index.dimension.get(d.id)?.title ?? d.id, '', d, texts(done?.byDimension[d.id])));
  for (const r of comparison.rouages) rows.push(row(words.levels.rouage, index.dimension.get(r.dimension)?.title ?? r.dimension, index.rouage.get(r.id)?.title ?? r.id, r, texts(done?.byRouage[r.id])));
  return `\uFEFF${rows.map((cells) => cells.map(csvField).join(delimiter)).join('\r\n')}\r\n`;
}
