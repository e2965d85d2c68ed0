/** The names of the files `<rouages-report>` exports. */

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
