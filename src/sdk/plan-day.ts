/**
 * The calendar day of a moment in the person's own time zone (the runtime's), as YYYY-MM-DD:
 * what "today", "done on" and "overdue" mean to the person. Not the UTC day: at 00:30 in Paris
 * the UTC day is still yesterday. The plan, the card and the summaries all count days with it.
 */
export function localDay(date: Date = new Date()): string {
  return `${String(date.getFullYear()).padStart(4, '0')}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}
