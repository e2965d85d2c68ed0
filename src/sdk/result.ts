import type * as z from 'zod/mini';
import { messagesFor, type SdkMessages } from './messages.js';
import { DATE_PATTERN, DATETIME_PATTERN, DIAGNOSTIC_ID_PATTERN } from './schema.js';

/** Our patterns' names, for messages that say "a date" rather than "the expected form". */
const FORMAT_OF_PATTERN = new Map([
  [String(DATE_PATTERN), 'date'],
  [String(DATETIME_PATTERN), 'datetime'],
  [String(DIAGNOSTIC_ID_PATTERN), 'diagnostic-id'],
]);

/** One thing wrong in some input: where (a path like `answers["pilote.i1"]`) and what, in words. */
export interface Issue {
  path: string;
  message: string;
}

export interface ParseError {
  /** One sentence a person can read: what was being read, how many problems, the first one. */
  message: string;
  issues: Issue[];
}

/** What every parse returns: never a throw, always something a page can show. */
export type Result<T> = { success: true; data: T } | { success: false; error: ParseError };

export type PathSegment = string | number | symbol;

/** `answers["noyau-dur.i2"]`, `rouages[3].indicators[0].id`: paths as a developer would write them. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string' && /^[A-Za-z_$][\w$]*$/.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(String(segment))}]`;
  }
  return out;
}

/** What a value is, in words: used when a value has the wrong type. */
export function describeValue(value: unknown, m: SdkMessages): string {
  if (value === null) return 'null';
  if (value === undefined) return m.types.undefined ?? 'undefined';
  if (Array.isArray(value)) return m.types.array ?? 'array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  // Infinity and NaN (1e999 in a JSON file) are JavaScript's words, not the person's.
  if (typeof value === 'number' && !Number.isFinite(value)) return m.types.number ?? 'number';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return m.types[typeof value] ?? typeof value;
}

/** Turns one zod issue into a sentence. Knows the places where a generic message would puzzle a person. */
function describeZodIssue(issue: z.core.$ZodIssue, m: SdkMessages): string {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return m.missing(formatPath(issue.path));
      return m.expected(m.types[issue.expected] ?? issue.expected, describeValue(input, m));
    case 'invalid_value': {
      const values = issue.values;
      if (issue.path[0] === 'answers' || (issue.path.at(-1) === 'value' && values.length === 4)) return m.rating(describeValue(input, m));
      if (issue.path.length === 1 && issue.path[0] === 'schema') return describeSchemaField(input, String(values[0]), m);
      return m.oneOf(values.map((v) => JSON.stringify(v)).join(', '), describeValue(input, m));
    }
    case 'too_small':
      return m.tooShort(Number(issue.minimum), issue.origin);
    case 'too_big':
      return m.tooLong(Number(issue.maximum), issue.origin);
    case 'invalid_format':
      return m.format((issue.format === 'regex' && FORMAT_OF_PATTERN.get(String((issue as { pattern?: unknown }).pattern))) || issue.format);
    case 'custom':
      // The one refinement of our schemas: a date of the right form that does not exist.
      if ((issue as { params?: { format?: string } }).params?.format === 'calendar') return m.impossibleDate(String(input));
      return m.invalid;
    case 'invalid_union':
      // A rating given as something other than a number or null lands here.
      if (issue.path[0] === 'answers') return m.rating(describeValue(input, m));
      return m.invalid;
    default:
      return m.invalid;
  }
}

/** What is wrong with a file's `schema` field, whatever it holds (nothing, an object, a number, another version). */
export function describeSchemaField(input: unknown, expected: string, m: SdkMessages): string {
  if (input === undefined || input === null) return m.noSchema(expected);
  if (typeof input !== 'string') return m.schemaNotText(describeValue(input, m), expected);
  return m.schemaVersion(input.length > 40 ? `${input.slice(0, 40)}…` : input, expected);
}

export function issuesFromZod(error: z.core.$ZodError, m: SdkMessages): Issue[] {
  return error.issues.map((issue) => {
    const path = formatPath(issue.path);
    const detail = describeZodIssue(issue, m);
    // "Il manque le nom du projet" names the field itself: no path in front.
    const missing = issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined;
    return { path, message: missing ? m.at('', detail) : m.at(path, detail) };
  });
}

export function failure<T>(subject: keyof SdkMessages['subjects'], issues: Issue[], locale: string | undefined): Result<T> {
  const m = messagesFor(locale);
  const first = issues[0]?.message ?? m.invalid;
  return { success: false, error: { message: m.summary(m.subjects[subject], issues.length, ensureStop(first)), issues } };
}

function ensureStop(sentence: string): string {
  return /[.!?…]$/.test(sentence) ? sentence : `${sentence}.`;
}

/** Whether a value is a plain object (not null, not a list): what a JSON document's fields are read from. */
export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The first step of reading a document from outside (a diagnostic, a plan): text is parsed as
 * JSON, and what is read must be an object. On failure, one issue at the root, in the person's
 * language: text that is not JSON (`notJson`: the engine's own message, English and worded
 * differently in each browser, is never shown) or a value of another type ("expected an object,
 * received a list"). Never throws; an object given as such is returned as it is.
 *
 * @param input What was given: JSON text, or a value already parsed.
 * @param subject What is being read, for the summary ("Le plan d'actions n'est pas valide…").
 * @param locale The language of the messages (French when unknown).
 * @example
 * readJsonObject('{"schema": "rouages-plan/1"}', 'plan', 'fr') // { success: true, data: { schema: 'rouages-plan/1' } }
 * readJsonObject('{"schema":', 'plan', 'en').error.message // "The action plan is not valid. This text is not readable JSON."
 * readJsonObject([], 'diagnostic', 'fr').error.issues // [{ path: '', message: 'Attendu un objet, reçu une liste' }]
 */
export function readJsonObject(input: unknown, subject: keyof SdkMessages['subjects'], locale: string | undefined): Result<Record<string, unknown>> {
  const m = messagesFor(locale);
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch {
      return failure(subject, [{ path: '', message: m.at('', m.notJson) }], locale);
    }
  }
  if (!isRecord(value)) return failure(subject, [{ path: '', message: m.at('', m.expected(m.types.object!, describeValue(value, m))) }], locale);
  return { success: true, data: value };
}

/** How one kind of document (a diagnostic, a plan) is read by `readDocument`. */
export interface DocumentReader<T> {
  /** What is being read, for the summary of a failure. */
  subject: keyof SdkMessages['subjects'];
  /** The `schema` field's value this reader reads (`rouages-diagnostic/1`). */
  schema: string;
  /** The issue of a `schema` field that holds something else (nothing, another version, not text). */
  otherSchema(received: unknown, m: SdkMessages): Issue;
  /** The document's shape (a zod schema of `schema.ts`). */
  shape: { safeParse(value: unknown, params: { reportInput: boolean }): { success: true; data: T } | { success: false; error: z.core.$ZodError } };
  /** What the shape cannot say: the references to the framework, in the person's language. */
  check(document: T, locale: string): Issue[];
}

/**
 * Reads a document from outside (a file, storage, a request body), in four steps: JSON text
 * or an object (`readJsonObject`); its `schema` field first, since a file of another format
 * version would otherwise bury the one difference that matters under all the others; its
 * shape; then `check` against the framework. Never throws: on failure, every problem found at
 * the first step that fails, each with its path, in the person's language.
 *
 * @example
 * const planReader: DocumentReader<Plan> = { subject: 'plan', schema: PLAN_SCHEMA, otherSchema, shape: planSchema, check: (plan, locale) => planIssues(plan, framework, locale) };
 * readDocument('{"schema": "rouages-plan/2"}', planReader, 'fr').error.message
 * // "Le plan d'actions n'est pas valide. schema : format de plan inconnu « rouages-plan/2 » : ce logiciel lit « rouages-plan/1 »."
 */
export function readDocument<T>(input: unknown, reader: DocumentReader<T>, locale: string): Result<T> {
  const m = messagesFor(locale);
  const read = readJsonObject(input, reader.subject, locale);
  if (!read.success) return read;
  if (read.data.schema !== reader.schema) return failure(reader.subject, [reader.otherSchema(read.data.schema, m)], locale);
  const parsed = reader.shape.safeParse(read.data, { reportInput: true });
  if (!parsed.success) return failure(reader.subject, issuesFromZod(parsed.error, m), locale);
  const issues = reader.check(parsed.data, locale);
  if (issues.length) return failure(reader.subject, issues, locale);
  return { success: true, data: parsed.data };
}
