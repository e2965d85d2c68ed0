import type { Diagnostic, Framework } from './schema.js';
import { framework as defaultFramework, indexFramework, ratingLabel } from './framework.js';
import { diagnosticDate } from './diagnostic.js';
import { MAX_RATING, scoreDiagnostic, type ScoreOptions } from './score.js';
import { aggregateDiagnostics, type AggregateOptions } from './aggregate.js';
import { applyPersonalDetails, type PersonalDetailsOption } from './personal.js';
import { messagesFor } from './messages.js';

export interface CsvOptions extends PersonalDetailsOption, ScoreOptions {
  /**
   * The field separator. By default ";" for French (what Excel expects where the decimal
   * separator is a comma) and "," otherwise.
   */
  delimiter?: string;
}

export interface CollectiveCsvOptions extends AggregateOptions {
  /** See {@link CsvOptions.delimiter}. */
  delimiter?: string;
}

type Cell = string | number | null;

/** A spreadsheet runs a cell that starts with one of these as a formula: such text is prefixed with a quote. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field, quoted, with inner quotes doubled and no way to be read as a formula. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '""';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return `"${text.replaceAll('"', '""')}"`;
}

/** UTF-8 with a byte order mark and CRLF line ends (RFC 4180), so LibreOffice and Excel open it as it is. */
const table = (rows: readonly Cell[][], delimiter: string) => `\uFEFF${rows.map((row) => row.map(csvField).join(delimiter)).join('\r\n')}\r\n`;

const delimiterFor = (framework: Framework, options: { delimiter?: string }) => options.delimiter ?? (framework.locale.startsWith('fr') ? ';' : ',');

/**
 * Numbers as the framework's language writes them ("66,7" in French, "66.7" in English), with no
 * thousands separator, so that a spreadsheet in that language reads them as numbers.
 */
function numberWriter(locale: string, digits: number): (value: number | null) => string {
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: digits, useGrouping: false });
  return (value) => (value === null ? '' : format.format(value));
}

/**
 * One diagnostic (or several: one block of rows per diagnostic) as CSV in long format, for
 * pivot tables: one row per rated item (its rating and label), one per answered question (the
 * note), then one per rouage (its score), one per dimension (its score and next gear) and one for
 * the whole (the overall score). The `Niveau`/`Level` column says which; `Score (%)` is in
 * [0, 100] with one decimal (empty when unrated), written with the language's decimal separator;
 * `N° du diagnostic` numbers the diagnostics from 1, so that a pivot can tell respondents apart
 * when their names are left out. Scores follow the design's rules (see {@link scoreDiagnostic}).
 *
 * @param input A diagnostic that passed `parseDiagnostic`, or a list of them.
 * @param options `delimiter`; `personalDetails: false` leaves the respondent's name, role and
 *   organisation out (empty cells); `threshold` for the next gears.
 * @returns The CSV text, BOM first, CRLF line ends, every field quoted. Never throws.
 * @example
 * toCSV(diagnostic).split('\r\n')[0] // '\uFEFF"Projet";"Répondant";…;"Niveau";"Score (%)";"Prochain rouage";"N° du diagnostic"'
 */
export function toCSV(input: Diagnostic | readonly Diagnostic[], framework: Framework = defaultFramework, options: CsvOptions = {}): string {
  const m = messagesFor(framework.locale);
  const index = indexFramework(framework);
  const percent = numberWriter(framework.locale, 1);
  const rows: Cell[][] = [m.csv.headers];
  const dimensionTitle = (id: string) => index.dimension.get(id)!.title;
  const rouageTitle = (id: string) => index.rouage.get(id)!.title;
  const list = Array.isArray(input) ? (input as readonly Diagnostic[]) : [input as Diagnostic];
  list.forEach((given, position) => {
    const diagnostic = applyPersonalDetails(given, options);
    const r = diagnostic.respondent;
    const who = [diagnostic.project, r?.name ?? '', r?.role ?? '', r?.organisation ?? '', diagnosticDate(diagnostic)];
    const number = position + 1;
    const place = (rouageId: string) => [dimensionTitle(index.rouage.get(rouageId)!.dimension), rouageTitle(rouageId)];
    for (const item of index.ratedOrder) {
      const rating = diagnostic.answers[item.id];
      const kind = m.csv.kinds[item.kind as 'indicator' | 'mission'];
      rows.push([...who, ...place(item.rouage.id), kind, item.id, item.text, rating ?? null, rating === undefined ? '' : ratingLabel(rating, framework), '', m.csv.levels.item, '', '', number]);
    }
    for (const question of index.questionOrder) {
      const note = diagnostic.notes[question.id];
      if (note === undefined || note === '') continue;
      rows.push([...who, ...place(question.rouage.id), m.csv.kinds.question, question.id, question.text, null, '', note, m.csv.levels.item, '', '', number]);
    }
    const score = scoreDiagnostic(diagnostic, framework, options);
    const pct = (value: number | null) => percent(value === null ? null : value * 100);
    for (const rouage of score.rouages) {
      rows.push([...who, ...place(rouage.id), '', rouage.id, '', null, '', '', m.csv.levels.rouage, pct(rouage.score), '', number]);
    }
    for (const dimension of score.dimensions) {
      const next = dimension.next === null ? '' : rouageTitle(dimension.next);
      rows.push([...who, dimensionTitle(dimension.id), '', '', dimension.id, '', null, '', '', m.csv.levels.dimension, pct(dimension.score), next, number]);
    }
    rows.push([...who, '', '', '', '', '', null, '', '', m.csv.levels.overall, pct(score.overall), '', number]);
  });
  return table(rows, delimiterFor(framework, options));
}

/**
 * A group's collective diagnosis as CSV in long format, for pivot tables (see
 * {@link aggregateDiagnostics}): one row per rated item (mean rating 0–3, the mean, lowest and
 * highest as a score in %, how many rated it, how many did not know, and "to discuss" when the
 * answers are `divergence` levels apart or more), one per rouage (mean score, lowest and highest
 * respondent score, respondents who scored it, "to discuss" when one of its items is), one per
 * dimension (mean score and the group's next gear) and one for the whole (overall score). No
 * respondent's name: `Répondants` is how many diagnostics the group holds. Numbers use the
 * language's decimal separator; empty cells where nobody rated.
 *
 * @param diagnostics Diagnostics that passed `parseDiagnostic`, of one project (their project
 *   names are joined when they differ).
 * @returns The CSV text, BOM first, CRLF line ends, every field quoted. Never throws.
 * @example
 * toCollectiveCSV([camille, karim, ines]) // one row per item, rouage and dimension, and the overall score
 */
export function toCollectiveCSV(diagnostics: readonly Diagnostic[], framework: Framework = defaultFramework, options: CollectiveCsvOptions = {}): string {
  const m = messagesFor(framework.locale);
  const index = indexFramework(framework);
  const percent = numberWriter(framework.locale, 1);
  const mean = numberWriter(framework.locale, 2);
  const aggregate = aggregateDiagnostics(diagnostics, framework, options);
  const pct = (value: number | null) => percent(value === null ? null : value * 100);
  const ratingPct = (value: number | null) => pct(value === null ? null : value / MAX_RATING);
  const divergence = new Set(aggregate.divergent.map((d) => d.id));
  const group = [aggregate.projects.join(' / '), diagnostics.length];
  const dimensionTitle = (id: string) => index.dimension.get(id)!.title;
  const rouageTitle = (id: string) => index.rouage.get(id)!.title;
  const rows: Cell[][] = [m.csv.collectiveHeaders];
  for (const item of index.ratedOrder) {
    const a = aggregate.items[item.id];
    const rouage = item.rouage;
    rows.push([
      ...group,
      m.csv.levels.item,
      dimensionTitle(rouage.dimension),
      rouage.title,
      m.csv.kinds[item.kind as 'indicator' | 'mission'],
      item.id,
      item.text,
      mean(a?.mean ?? null),
      ratingPct(a?.mean ?? null),
      ratingPct(a?.min ?? null),
      ratingPct(a?.max ?? null),
      a?.count ?? 0,
      a?.unknown ?? 0,
      divergence.has(item.id) ? m.csv.yes : '',
      '',
    ]);
  }
  for (const r of aggregate.rouages) {
    rows.push([...group, m.csv.levels.rouage, dimensionTitle(r.dimension), rouageTitle(r.id), '', r.id, '', '', pct(r.mean), pct(r.min), pct(r.max), r.count, '', r.divergent ? m.csv.yes : '', '']);
  }
  for (const d of aggregate.dimensions) {
    rows.push([...group, m.csv.levels.dimension, dimensionTitle(d.id), '', '', d.id, '', '', pct(d.mean), '', '', '', '', '', d.next === null ? '' : rouageTitle(d.next)]);
  }
  rows.push([...group, m.csv.levels.overall, '', '', '', '', '', '', pct(aggregate.overall), '', '', '', '', '', '']);
  return table(rows, delimiterFor(framework, options));
}
