import type { Diagnostic, Framework } from './schema.js';
import { framework as defaultFramework, indexFramework, ratingLabel } from './framework.js';
import { diagnosticDate } from './diagnostic.js';
import { messagesFor } from './messages.js';

export interface CsvOptions {
  /**
   * The field separator. By default ";" for French (what Excel expects where the decimal
   * separator is a comma) and "," otherwise.
   */
  delimiter?: string;
}

/** A spreadsheet runs a cell that starts with one of these as a formula: such text is prefixed with a quote. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field, quoted, with inner quotes doubled and no way to be read as a formula. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '""';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return `"${text.replaceAll('"', '""')}"`;
}

/**
 * The diagnostic (or several: one block of rows per respondent) as CSV: one row per rated
 * item (dimension, rouage, text, rating, rating label), then one row per answered question.
 * UTF-8 with a byte order mark and CRLF line ends, so LibreOffice and Excel open it as it is.
 */
export function toCSV(input: Diagnostic | readonly Diagnostic[], framework: Framework = defaultFramework, options: CsvOptions = {}): string {
  const m = messagesFor(framework.locale);
  const delimiter = options.delimiter ?? (framework.locale.startsWith('fr') ? ';' : ',');
  const index = indexFramework(framework);
  const rows: (string | number | null)[][] = [m.csv.headers];
  for (const diagnostic of Array.isArray(input) ? input : [input as Diagnostic]) {
    const who = [diagnostic.project, diagnostic.respondent?.name ?? '', diagnostic.respondent?.role ?? '', diagnostic.respondent?.organisation ?? '', diagnosticDate(diagnostic)];
    const place = (rouageId: string) => {
      const rouage = index.rouage.get(rouageId)!;
      return [index.dimension.get(rouage.dimension)!.title, rouage.title];
    };
    for (const item of index.ratedOrder) {
      const rating = diagnostic.answers[item.id];
      rows.push([...who, ...place(item.rouage.id), m.csv.kinds[item.kind as 'indicator' | 'mission'], item.id, item.text, rating ?? null, rating === undefined ? '' : ratingLabel(rating, framework), '']);
    }
    for (const question of index.questionOrder) {
      const note = diagnostic.notes[question.id];
      if (note === undefined || note === '') continue;
      rows.push([...who, ...place(question.rouage.id), m.csv.kinds.question, question.id, question.text, null, '', note]);
    }
  }
  return `\uFEFF${rows.map((row) => row.map(csvField).join(delimiter)).join('\r\n')}\r\n`;
}
