import { caseSchema, type ActionMode, type CooperationCase, type Framework } from './schema.js';
import { failure, issuesFromZod, type Result } from './result.js';
import { messagesFor } from './messages.js';
import { framework as defaultFramework, type ParseOptions } from './framework.js';
import { mostCitedDimensions } from './plan-cases.js';

/**
 * Reads one of the source's accompaniments or diagnostics (`framework/cases/*.json`), or a
 * network's own case written in the same form.
 *
 * @param input The case as JSON data (already parsed from text).
 * @param options `locale` of the error messages ("fr" by default).
 * @returns The typed case, or an error naming each wrong path. Never throws.
 * @example
 * const read = parseCase(await (await fetch('cases/emergence-beauvaisis-2021.json')).json());
 * if (read.success) read.data.actions.length; // 12
 */
export function parseCase(input: unknown, options: ParseOptions = {}): Result<CooperationCase> {
  const parsed = caseSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return failure('case', issuesFromZod(parsed.error, messagesFor(options.locale)), options.locale);
  return { success: true, data: parsed.data };
}

/** One dimension of a case: its actions (or findings) and how many of each mode. */
export interface CaseDimension {
  id: string;
  /** Position in the framework (then after it, for a dimension the framework does not know): for its colour. */
  index: number;
  /** The case's actions of this dimension, in the case's order. */
  actions: CooperationCase['actions'];
  /** How many actions name each mode (an action may name several). */
  modes: Record<ActionMode, number>;
}

export interface CaseSummary {
  /** Every dimension of the framework in its order, then any other the case names; empty ones included. */
  dimensions: CaseDimension[];
  /** The dimensions with the most actions, in the method's order (several on a tie; none without actions): see `mostCitedDimensions`. */
  mostCited: { ids: string[]; count: number };
}

/**
 * A case's actions grouped by dimension in the method's order, with how many of each mode
 * (montée en compétences, réalisation interne, appui d'un partenaire), and the dimensions it
 * cites most (tie-aware).
 *
 * @param input A case that passed `parseCase`.
 * @returns Counts in actions. Never throws.
 * @example
 * const summary = summarizeCase(beauvaisis);
 * summary.mostCited; // { ids: ['acteurs'], count: 4 }
 * summary.dimensions[1].modes; // { 'montee-en-competences': 1, 'realisation-interne': 0, 'appui-partenaire': 2 }
 */
export function summarizeCase(input: CooperationCase, framework: Framework = defaultFramework): CaseSummary {
  const ids = framework.dimensions.map((d) => d.id);
  for (const action of input.actions) if (!ids.includes(action.dimension)) ids.push(action.dimension);
  const dimensions = ids.map((id, index): CaseDimension => {
    const actions = input.actions.filter((a) => a.dimension === id);
    const modes: Record<ActionMode, number> = { 'montee-en-competences': 0, 'realisation-interne': 0, 'appui-partenaire': 0 };
    for (const action of actions) for (const mode of action.modes) modes[mode]++;
    return { id, index, actions, modes };
  });
  return { dimensions, mostCited: mostCitedDimensions(input, framework) };
}
