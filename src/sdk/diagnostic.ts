import { DIAGNOSTIC_SCHEMA, diagnosticSchema, type Diagnostic, type Framework, type Respondent } from './schema.js';
import { framework as defaultFramework, indexFramework } from './framework.js';
import { describeSchemaField, formatPath, isRecord, readDocument, readJsonObject, type Issue, type Result } from './result.js';
import { messagesFor } from './messages.js';

export interface NewDiagnostic {
  project: string;
  respondent?: Respondent;
  /** The day the diagnostic describes (YYYY-MM-DD); today when absent. */
  date?: string;
  framework?: Framework;
  /** The clock, for tests and for servers that stamp their own time. */
  now?: Date;
  /** The diagnostic's identity; a new random UUID when absent (see `newDiagnosticId`). */
  id?: string;
}

/**
 * A new random identity for a diagnostic: a version 4 UUID from `crypto.randomUUID()`, else
 * from `crypto.getRandomValues()` (pages served over plain HTTP have no `randomUUID`), else
 * from `Math.random()` (no Web Crypto at all). Uniqueness, not secrecy, is what it is for.
 */
export function newDiagnosticId(): string {
  const crypto = (globalThis as { crypto?: Partial<Crypto> }).crypto;
  try {
    if (typeof crypto?.randomUUID === 'function') return crypto.randomUUID();
  } catch {
    // randomUUID exists but refuses outside a secure context in some browsers: fall through.
  }
  const bytes = new Uint8Array(16);
  if (typeof crypto?.getRandomValues === 'function') crypto.getRandomValues(bytes);
  else for (let i = 0; i < 16; i++) bytes[i] = Math.floor(Math.random() * 256);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A new, empty diagnostic of one project, stamped now, with a new identity (`id`) it keeps across edits. */
export function createDiagnostic({ project, respondent, date, framework = defaultFramework, now = new Date(), id = newDiagnosticId() }: NewDiagnostic): Diagnostic {
  const stamp = now.toISOString();
  const diagnostic: Diagnostic = {
    schema: DIAGNOSTIC_SCHEMA,
    id,
    framework: { id: framework.id, version: framework.version },
    project,
    date: date ?? stamp.slice(0, 10),
    createdAt: stamp,
    updatedAt: stamp,
    answers: {},
    notes: {},
  };
  if (respondent) diagnostic.respondent = respondent;
  return diagnostic;
}

/** The day a diagnostic describes: its `date`, or the day it was created. */
export const diagnosticDate = (diagnostic: Diagnostic): string => diagnostic.date ?? diagnostic.createdAt.slice(0, 10);

/** What ties a diagnostic to a framework: the framework's id, and item and question ids it knows. */
export function frameworkIssues(diagnostic: Diagnostic, framework: Framework, locale?: string): Issue[] {
  const m = messagesFor(locale ?? framework.locale);
  const issues: Issue[] = [];
  const report = (path: string[], detail: string) => {
    const at = formatPath(path);
    issues.push({ path: at, message: m.at(at, detail) });
  };
  const name = `« ${framework.id} » ${framework.version}`;
  if (diagnostic.framework.id !== framework.id) report(['framework', 'id'], m.otherFramework(diagnostic.framework.id, framework.id));
  const index = indexFramework(framework);
  for (const id of Object.keys(diagnostic.answers)) {
    const item = index.item.get(id);
    if (!item || (item.kind !== 'indicator' && item.kind !== 'mission')) report(['answers', id], m.unknownItem(id, name));
  }
  for (const id of Object.keys(diagnostic.notes)) {
    if (index.item.get(id)?.kind !== 'question') report(['notes', id], m.unknownQuestion(id, name));
  }
  return issues;
}

export interface ParseDiagnosticOptions {
  /** The language of the error messages; the framework's own by default. */
  locale?: string;
}

/**
 * Reads a diagnostic from outside (a file, storage, a request body, a share link) and checks
 * it against the framework. Text is parsed as JSON first. Never throws: on failure, every
 * problem is listed with its path, in words.
 */
export function parseDiagnostic(input: unknown, framework: Framework = defaultFramework, options: ParseDiagnosticOptions = {}): Result<Diagnostic> {
  return readDocument(input, {
    subject: 'diagnostic',
    schema: DIAGNOSTIC_SCHEMA,
    // No schema at all: not a diagnostic of this method (said without a path); another one: at `schema`.
    otherSchema: (schema, m) => ({ path: 'schema', message: m.at(schema === undefined || schema === null ? '' : 'schema', describeSchemaField(schema, DIAGNOSTIC_SCHEMA, m)) }),
    shape: diagnosticSchema,
    check: (diagnostic, locale) => frameworkIssues(diagnostic, framework, locale),
  }, options.locale ?? framework.locale);
}

/** What a migration could not carry over: kept apart, never silently dropped. */
export interface Leftovers {
  answers: Record<string, unknown>;
  notes: Record<string, unknown>;
}

export interface Migration {
  diagnostic: Diagnostic;
  /** Answers and notes the framework does not know (or that are not valid), as they were; null when everything was carried over. */
  leftovers: Leftovers | null;
}

/**
 * Reads a diagnostic saved with another version of the framework (a draft from last year, a
 * file from another tool's version): what the framework knows is carried over, restamped with
 * this framework's version; answers and notes it does not know are returned apart, as they
 * were, for the caller to keep. Fails only when the input is not a diagnostic of this method.
 */
export function migrateDiagnostic(input: unknown, framework: Framework = defaultFramework, options: ParseDiagnosticOptions = {}): Result<Migration> {
  const direct = parseDiagnostic(input, framework, options);
  if (direct.success) return { success: true, data: { diagnostic: direct.data, leftovers: null } };
  const read = readJsonObject(input, 'diagnostic', options.locale);
  if (!read.success) return direct;
  const record = read.data;
  const frameworkRef = record.framework as { id?: unknown } | undefined;
  if (record.schema !== DIAGNOSTIC_SCHEMA || frameworkRef?.id !== framework.id) return direct;
  const index = indexFramework(framework);
  const leftovers: Leftovers = { answers: {}, notes: {} };
  const answers: Record<string, unknown> = {};
  const notes: Record<string, unknown> = {};
  for (const [id, rating] of Object.entries(isRecord(record.answers) ? record.answers : {})) {
    const kind = index.item.get(id)?.kind;
    const known = kind === 'indicator' || kind === 'mission';
    if (known && (rating === null || rating === 0 || rating === 1 || rating === 2 || rating === 3)) answers[id] = rating;
    else leftovers.answers[id] = rating;
  }
  for (const [id, note] of Object.entries(isRecord(record.notes) ? record.notes : {})) {
    if (index.item.get(id)?.kind === 'question' && typeof note === 'string') notes[id] = note;
    else leftovers.notes[id] = note;
  }
  const migrated = parseDiagnostic({ ...record, framework: { id: framework.id, version: framework.version }, answers, notes }, framework, options);
  if (!migrated.success) return migrated;
  const nothingLeft = !Object.keys(leftovers.answers).length && !Object.keys(leftovers.notes).length;
  return { success: true, data: { diagnostic: migrated.data, leftovers: nothingLeft ? null : leftovers } };
}
