/**
 * The words for one rouage: its accessible name, the caption under the wheel and its row of
 * the data table say the same things, from the same model.
 */
import type { Strings } from '../shared/i18n.js';
import { planMarkWords } from '../rouages-plan/plan-marks.js';
import type { WheelModel } from './model.js';

/**
 * A rouage in words: its title (unless `withTitle` is false), dimension, score, next gear,
 * earlier score, spread, divergence, plan actions and phase, in that order, comma-separated.
 */
export function describeRouage(model: WheelModel, id: string, s: Strings, locale: string, withTitle = true): string {
  const rouage = model.framework.rouages.find((r) => r.id === id)!;
  const dimension = model.framework.dimensions.find((d) => d.id === rouage.dimension)!;
  const phase = model.framework.phases.find((p) => p.id === rouage.phase)!;
  const view = model.cells.get(id)!;
  const parts = withTitle ? [rouage.title, dimension.title] : [dimension.title];
  if (model.scored) parts.push(view.score === null ? s.unrated : s.percent(view.score));
  if (model.scored && view.next) parts.push(s.next);
  if (view.before !== undefined) parts.push(`${s.before(model.beforeDate ?? '')} ${view.before === null ? s.unrated : s.percent(view.before)}`);
  if (view.min != null && view.max != null) parts.push(s.spread(s.percent(view.min), s.percent(view.max)));
  if (view.divergent) parts.push(s.divergent);
  const mark = model.planMarks?.get(id);
  if (mark) parts.push(planMarkWords(mark, locale));
  parts.push(`${s.phase.toLowerCase()} ${phase.title.toLowerCase()}`);
  return parts.join(', ');
}

/** The state words of one rouage for the table: next gear, divergence, spread, earlier score. */
export function stateWords(model: WheelModel, id: string, s: Strings): string {
  const view = model.cells.get(id)!;
  return [
    model.scored && view.next ? s.next : '',
    view.divergent ? s.divergent : '',
    view.min != null && view.max != null ? s.spread(s.percent(view.min), s.percent(view.max)) : '',
    view.before !== undefined ? `${s.before(model.beforeDate ?? '')} ${view.before === null ? s.unrated : s.percent(view.before)}` : '',
  ]
    .filter(Boolean)
    .join(', ');
}
