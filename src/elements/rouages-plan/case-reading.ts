/**
 * What a page says about a case whose dimensions are a reading of the source's layout
 * (`dimensionsFrom: "position"`): the plan and the report both show it.
 */
export function caseReading(locale: string): string {
  return locale.toLowerCase().startsWith('en')
    ? "In the source, this case's groups of actions do not name their dimension: each action is attached here to a dimension by the position of its group. This is a reading of the source, not its words."
    : "Dans la source, les groupes d'actions de cet exemple ne nomment pas leur dimension : chaque action est rattachée ici à une dimension d'après la place de son groupe. C'est une lecture de la source, pas ses mots.";
}
