/**
 * Numbers, percentages, dates, plurals and lists in the reader's language, with `Intl`: one
 * place for every element. Formatters are made once per locale.
 */

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules | Intl.ListFormat>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules | Intl.ListFormat>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (!value) cache.set(key, (value = make()));
  return value;
}

/** A no-break space: "67 %" and "Score global : …" never break before the sign (French typography). */
export const NBSP = '\u00a0';
/** A narrow no-break space, before ? ! ; in French. */
export const NNBSP = '\u202f';

/**
 * A score in [0, 1] as a whole percentage ("67 %" in French, "67%" in English). It is rounded
 * first, as `describeChange` rounds, so that the points of a change are the difference of the
 * two percentages shown. The space before the sign is a no-break space (U+00A0), whatever the
 * locale data gives (some give U+202F): one space throughout the product and its exports.
 */
export function formatPercent(value: number, locale: string): string {
  const format = cached(`percent:${locale}`, () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }));
  return format.format(Math.round(value * 100) / 100).replace(/[\u202f\u00a0 ]/g, NBSP);
}

/** A whole number in the reader's language ("1 234" in French). */
export function formatNumber(value: number, locale: string): string {
  return cached(`number:${locale}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 })).format(value);
}

/**
 * A calendar day (`YYYY-MM-DD`) as the reader writes it ("12 mars 2024", "March 12, 2024"),
 * read in UTC so that it never shifts by a day; text that is not a day is given back as it is.
 */
export function formatDay(day: string, locale: string): string {
  const time = /^\d{4}-\d{2}-\d{2}$/.test(day) ? Date.parse(`${day}T00:00:00Z`) : Number.NaN;
  if (Number.isNaN(time)) return day;
  return cached(`day:${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })).format(time);
}

/** A time stamp (ISO 8601) as a day and a time in the reader's language and time zone; the text itself when it is not a date. */
export function formatStamp(iso: string, locale: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  return cached(`stamp:${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' })).format(time);
}

/**
 * The form of a word for a count, by the language's plural rules (`Intl.PluralRules`): in
 * French 0 and 1 take the singular ("0 répondant", "1 indicateur renseigné"), in English only 1
 * does ("0 respondents").
 */
export function plural<T>(count: number, locale: string, forms: { one: T; other: T }): T {
  return cached(`plural:${locale}`, () => new Intl.PluralRules(locale)).select(count) === 'one' ? forms.one : forms.other;
}

/** Items joined as the language joins them ("Acteurs et Ingénierie", "Acteurs and Ingénierie"). */
export function formatList(items: readonly string[], locale: string): string {
  return cached(`list:${locale}`, () => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' })).format(items);
}
