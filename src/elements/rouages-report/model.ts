import { indexFramework, migrateDiagnostic, parseDiagnostic, type ActionMode, type CooperationCase, type Framework, type Migration, type Result } from '../../sdk/api.js';

/**
 * Pure helpers of `<rouages-report>`: what the report shows, computed from the SDK's results,
 * with no DOM and no words (the element puts the words in). Unit-testable and benchmarkable
 * in Node.
 */

export interface CaseDimension {
  id: string;
  /** The dimension's title, or its id when the framework does not know it. */
  title: string;
  /** Position in the framework, for its colour. */
  index: number;
  actions: CooperationCase['actions'];
  modes: Record<ActionMode, number>;
}

export interface CaseSummary {
  dimensions: CaseDimension[];
  /** The dimension with the most actions (the first in the method's order on a tie); undefined when there is no action. */
  busiest?: string;
}

/** A case's actions grouped by dimension in the method's order, with how many of each mode. */
export function summarizeCase(input: CooperationCase, framework: Framework): CaseSummary {
  const ids = framework.dimensions.map((d) => d.id);
  for (const action of input.actions) if (!ids.includes(action.dimension)) ids.push(action.dimension);
  const dimensions = ids.map((id, index): CaseDimension => {
    const actions = input.actions.filter((a) => a.dimension === id);
    const modes: Record<ActionMode, number> = { 'montee-en-competences': 0, 'realisation-interne': 0, 'appui-partenaire': 0 };
    for (const action of actions) for (const mode of action.modes) modes[mode]++;
    return { id, title: framework.dimensions.find((d) => d.id === id)?.title ?? id, index, actions, modes };
  });
  let busiest: CaseDimension | undefined;
  for (const d of dimensions) if (d.actions.length && (!busiest || d.actions.length > busiest.actions.length)) busiest = d;
  return { dimensions, busiest: busiest?.id };
}

/** A file name made from a project's name: ASCII, lower case, hyphens. */
export function fileSlug(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase()
      .slice(0, 60)
      .replace(/-$/, '') || 'rapport'
  );
}

/**
 * Reads a file's diagnostic. One saved with another version of the framework is carried over
 * (`migrateDiagnostic`), but only when what it leaves aside are ids this framework does not
 * know: a known item with a wrong rating is an error, named as `parseDiagnostic` names it.
 */
export function readFileDiagnostic(input: unknown, framework: Framework, locale: string): Result<Migration> {
  const direct = parseDiagnostic(input, framework, { locale });
  if (direct.success) return { success: true, data: { diagnostic: direct.data, leftovers: null } };
  const migrated = migrateDiagnostic(input, framework, { locale });
  if (!migrated.success || !migrated.data.leftovers) return direct;
  const index = indexFramework(framework);
  const { answers, notes } = migrated.data.leftovers;
  const known = Object.keys(answers).some((id) => index.item.has(id)) || Object.keys(notes).some((id) => index.item.has(id));
  return known ? direct : migrated;
}
