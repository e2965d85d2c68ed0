import { indexFramework, migrateDiagnostic, parseDiagnostic, type Framework, type Migration, type Result } from '../../sdk/api.js';

/** Pure helpers of `<rouages-report>` about files: their names, and reading one a person chose. */

/** A file name made from a project's name: ASCII, lower case, hyphens; `fallback` when nothing is left. */
export function fileSlug(text: string, fallback: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase()
      .slice(0, 60)
      .replace(/-$/, '') || fallback
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
