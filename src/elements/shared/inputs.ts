import {
  aggregateDiagnostics,
  compareDiagnostics,
  indexFramework,
  parseDiagnostic,
  parseFramework,
  scoreDiagnostic,
  type Aggregate,
  type Comparison,
  type Diagnostic,
  type DiagnosticScore,
  type Framework,
} from '../../sdk/api.js';
import { stringsFor } from './i18n.js';
import type { RouagesState } from './context.js';

/** A diagnostic as a page gives it: the object, or its JSON text. Read with `parseDiagnostic`. */
export type DiagnosticInput = Diagnostic | string;
/** Several diagnostics as a page gives them: a list, or its JSON text. */
export type DiagnosticsInput = readonly Diagnostic[] | string;
/** Precomputed rouage scores (`{ rouageId: 0..1 | null }`), or their JSON text. */
export type ScoresInput = Readonly<Record<string, number | null>> | string;

/** An input read from outside: its value, or a message a person can read. */
export type Read<T> = { value: T; error?: undefined } | { value?: undefined; error: string };

/**
 * A one-entry memo: the elements re-render often with the same inputs, and parsing or
 * scoring them again each time would be waste. Arguments are compared by identity.
 */
export function memoize<A extends unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | undefined;
  let lastResult!: R;
  return (...args: A) => {
    if (!lastArgs || args.length !== lastArgs.length || args.some((arg, i) => arg !== lastArgs![i])) {
      lastResult = compute(...args);
      lastArgs = args;
    }
    return lastResult;
  };
}

/**
 * One memo (see `memoize`) per computation, by name: what an element's view model keeps.
 * Two names over one function keep two memos, so that two inputs read alike (a diagnostic and
 * the earlier one it is compared with) never evict each other.
 *
 * @example
 * const memo = memoizeEach({ score: scoreDiagnostic, before: readDiagnostic, after: readDiagnostic });
 * memo.score(diagnostic, framework) === memo.score(diagnostic, framework) // true: computed once
 */
// `never[]` accepts every function's parameters; each memo keeps its function's own type (T).
export function memoizeEach<T extends Record<string, (...args: never[]) => unknown>>(computations: T): T {
  return Object.fromEntries(Object.entries(computations).map(([name, compute]) => [name, memoize(compute as (...args: unknown[]) => unknown)])) as unknown as T;
}

/** An input given as an object or as JSON text (an attribute, a file): the value, or why the text is not JSON. */
export function fromJsonText(input: unknown): Read<unknown> {
  if (typeof input !== 'string') return { value: input };
  try {
    return { value: JSON.parse(input) };
  } catch (error) {
    return { error: String(error instanceof Error ? error.message : error) };
  }
}

/** Reads a framework given as an object or JSON text; the built-in one is used when none is given. */
export function readFramework(input: unknown, locale?: string): Read<Framework> | undefined {
  if (input === undefined || input === null || input === '') return undefined;
  const json = fromJsonText(input);
  if (json.error !== undefined) return json;
  const parsed = parseFramework(json.value, { locale });
  return parsed.success ? { value: parsed.data } : { error: parsed.error.message };
}

/** Reads a diagnostic given as an object or JSON text. */
export function readDiagnostic(input: unknown, framework: Framework, locale?: string): Read<Diagnostic> | undefined {
  if (input === undefined || input === null || input === '') return undefined;
  const parsed = parseDiagnostic(input, framework, { locale });
  return parsed.success ? { value: parsed.data } : { error: parsed.error.message };
}

/** Several diagnostics read: the good ones, and a message for each bad one. */
export interface ReadList {
  value: Diagnostic[];
  errors: string[];
}

/** Reads several diagnostics: the good ones are kept, each bad one is named with its reason. */
export function readDiagnostics(input: unknown, framework: Framework, locale?: string): ReadList | undefined {
  if (input === undefined || input === null || input === '') return undefined;
  const json = fromJsonText(input);
  if (json.error !== undefined) return { value: [], errors: [json.error] };
  const list = json.value;
  if (!Array.isArray(list)) return { value: [], errors: [stringsFor(locale).notAList] };
  const value: Diagnostic[] = [];
  const errors: string[] = [];
  list.forEach((item, i) => {
    const parsed = parseDiagnostic(item, framework, { locale });
    if (parsed.success) value.push(parsed.data);
    else errors.push(`#${i + 1} — ${parsed.error.message}`);
  });
  return { value, errors };
}

/** Reads precomputed scores (`{ rouageId: score in [0, 1] or null }`), for pages that score on their server. */
export function readScores(input: unknown, framework: Framework, locale?: string): Read<Map<string, number | null>> | undefined {
  const strings = stringsFor(locale);
  if (input === undefined || input === null || input === '') return undefined;
  const json = fromJsonText(input);
  if (json.error !== undefined) return json;
  const value = json.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: strings.scoresShape };
  const index = indexFramework(framework);
  const scores = new Map<string, number | null>();
  for (const [id, score] of Object.entries(value)) {
    if (!index.rouage.has(id)) return { error: strings.unknownRouage(id) };
    if (score !== null && (typeof score !== 'number' || !(score >= 0 && score <= 1))) return { error: strings.scoreRange(id) };
    scores.set(id, score);
  }
  return { value: scores };
}

/** A provider's inputs, read once (see `RouagesState.parsed`). */
export interface ParsedInputs {
  /** The framework they were read against: an element showing another one reads the raw inputs itself. */
  framework: Framework;
  diagnostic?: Read<Diagnostic>;
  compare?: Read<Diagnostic>;
  diagnostics?: ReadList;
}

/** What the provider read once, when `framework` is the one it read against. */
export function parsedFor(state: RouagesState | undefined, framework: Framework): ParsedInputs | undefined {
  return state?.parsed?.framework === framework ? state.parsed : undefined;
}

/**
 * A diagnostic input of an element: its own when set, else the provider's (read by the
 * provider once when it is for the same framework, else read here with `read`).
 */
export function diagnosticFrom(
  own: unknown,
  state: RouagesState | undefined,
  key: 'diagnostic' | 'compare',
  framework: Framework,
  locale: string,
  read: typeof readDiagnostic = readDiagnostic,
): Read<Diagnostic> | undefined {
  if (own !== undefined && own !== null) return read(own, framework, locale);
  const parsed = parsedFor(state, framework);
  return parsed ? parsed[key] : read(state?.[key], framework, locale);
}

/** Several diagnostics of an element: its own when set, else the provider's (see {@link diagnosticFrom}). */
export function diagnosticsFrom(own: unknown, state: RouagesState | undefined, framework: Framework, locale: string, read: typeof readDiagnostics = readDiagnostics): ReadList | undefined {
  if (own !== undefined && own !== null) return read(own, framework, locale);
  const parsed = parsedFor(state, framework);
  return parsed ? parsed.diagnostics : read(state?.diagnostics, framework, locale);
}

/** Memoized readers and computations, one set per element instance. */
export function createReaders() {
  return {
    framework: memoize(readFramework),
    diagnostic: memoize(readDiagnostic),
    diagnostics: memoize(readDiagnostics),
    scores: memoize(readScores),
    score: memoize((diagnostic: Diagnostic, framework: Framework): DiagnosticScore => scoreDiagnostic(diagnostic, framework)),
    compare: memoize((before: Diagnostic, after: Diagnostic, framework: Framework): Comparison => compareDiagnostics(before, after, framework)),
    aggregate: memoize((diagnostics: Diagnostic[], framework: Framework): Aggregate => aggregateDiagnostics(diagnostics, framework)),
  };
}
