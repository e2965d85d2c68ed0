import type { Diagnostic, Framework, Rating } from './schema.js';
import { DIAGNOSTIC_SCHEMA } from './schema.js';
import { framework as defaultFramework, indexFramework } from './framework.js';
import { parseDiagnostic } from './diagnostic.js';
import { failure, type Result } from './result.js';
import { messagesFor } from './messages.js';
import type { PersonalDetailsOption } from './personal.js';

/**
 * A share link carries a whole diagnostic in a URL-safe token: `R1.` then base64url of a
 * JSON array. Ratings are one character each, in the framework's order of rated items
 * ("0"–"3", "x" for don't know, "-" for unanswered), which keeps a full diagnostic under
 * a hundred characters before notes. The framework id and version travel with it, since
 * positions only mean something in the framework that made them.
 */
const VERSION = 'R1';
const TOKEN = /\b(R\d+)\.([A-Za-z0-9_-]+)/;
const RATING_CHARS = '0123x';

type Payload = [
  frameworkId: string,
  frameworkVersion: string,
  project: string,
  respondent: [name: string, role: string, organisation: string] | 0,
  date: string,
  createdAt: string,
  updatedAt: string,
  ratings: string,
  notes: [questionPosition: number, text: string][],
  /** The diagnostic's identity, when it has one (links made before ids existed have 9 fields). */
  id?: string,
];

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(token: string): string {
  const binary = atob(token.replaceAll('-', '+').replaceAll('_', '/'));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/**
 * The diagnostic as a compact, URL-safe, versioned token (put it in a link's `#` part: it never
 * reaches a server). It carries the project, dates, answers, notes and, unless
 * `personalDetails: false`, the respondent's name, role and organisation.
 */
export function encodeShareLink(diagnostic: Diagnostic, framework: Framework = defaultFramework, options: PersonalDetailsOption = {}): string {
  const index = indexFramework(framework);
  const ratings = index.ratedOrder
    .map(({ id }) => {
      const rating = diagnostic.answers[id];
      return rating === undefined ? '-' : RATING_CHARS[rating === null ? 4 : rating];
    })
    .join('')
    .replace(/-+$/, '');
  const notes: Payload[8] = [];
  index.questionOrder.forEach(({ id }, position) => {
    const note = diagnostic.notes[id];
    if (note) notes.push([position, note]);
  });
  const r = options.personalDetails === false ? undefined : diagnostic.respondent;
  const payload: Payload = [
    diagnostic.framework.id,
    diagnostic.framework.version,
    diagnostic.project,
    r ? [r.name ?? '', r.role ?? '', r.organisation ?? ''] : 0,
    diagnostic.date ?? '',
    diagnostic.createdAt,
    diagnostic.updatedAt,
    ratings,
    notes,
  ];
  if (diagnostic.id) payload.push(diagnostic.id);
  return `${VERSION}.${toBase64Url(JSON.stringify(payload))}`;
}

export interface DecodeOptions {
  /** The language of the error messages; the framework's own by default. */
  locale?: string;
}

/**
 * Reads a share token, or any text holding one (a whole URL, a message someone pasted).
 * The result is checked as any imported diagnostic is. Never throws.
 */
export function decodeShareLink(text: unknown, framework: Framework = defaultFramework, options: DecodeOptions = {}): Result<Diagnostic> {
  const locale = options.locale ?? framework.locale;
  const m = messagesFor(locale);
  const broken = (detail: string) => failure<Diagnostic>('shareLink', [{ path: '', message: m.at('', detail) }], locale);
  const match = typeof text === 'string' ? TOKEN.exec(text) : null;
  if (!match) return broken(m.badLink);
  if (match[1] !== VERSION) return broken(m.linkVersion(match[1]!));
  let payload: unknown;
  try {
    payload = JSON.parse(fromBase64Url(match[2]!));
  } catch {
    return broken(m.badLink);
  }
  if (!isPayload(payload)) return broken(m.badLink);
  const [frameworkId, frameworkVersion, project, respondent, date, createdAt, updatedAt, ratings, notes, id] = payload;
  if (frameworkId !== framework.id || frameworkVersion !== framework.version) return broken(m.linkFramework(`« ${frameworkId} » ${frameworkVersion}`));
  const index = indexFramework(framework);
  if (ratings.length > index.ratedOrder.length || notes.some(([position]) => !index.questionOrder[position])) return broken(m.badLink);
  const answers: Record<string, Rating> = {};
  for (let i = 0; i < ratings.length; i++) {
    const char = ratings[i]!;
    if (char === '-') continue;
    const value = RATING_CHARS.indexOf(char);
    if (value < 0) return broken(m.badLink);
    answers[index.ratedOrder[i]!.id] = value === 4 ? null : (value as 0 | 1 | 2 | 3);
  }
  const diagnostic: Record<string, unknown> = {
    schema: DIAGNOSTIC_SCHEMA,
    ...(id ? { id } : {}),
    framework: { id: frameworkId, version: frameworkVersion },
    project,
    createdAt,
    updatedAt,
    answers,
    notes: Object.fromEntries(notes.map(([position, note]) => [index.questionOrder[position]!.id, note])),
  };
  if (date) diagnostic.date = date;
  if (respondent) {
    const [name, role, organisation] = respondent;
    diagnostic.respondent = Object.fromEntries(Object.entries({ name, role, organisation }).filter(([, v]) => v));
  }
  return parseDiagnostic(diagnostic, framework, { locale });
}

function isPayload(value: unknown): value is Payload {
  if (!Array.isArray(value) || (value.length !== 9 && value.length !== 10)) return false;
  const [a, b, c, respondent, d, e, f, ratings, notes, id] = value;
  const strings = [a, b, c, d, e, f, ratings].every((v) => typeof v === 'string') && (id === undefined || typeof id === 'string');
  const respondentOk = respondent === 0 || (Array.isArray(respondent) && respondent.length === 3 && respondent.every((v) => typeof v === 'string'));
  const notesOk = Array.isArray(notes) && notes.every((n) => Array.isArray(n) && n.length === 2 && Number.isInteger(n[0]) && n[0] >= 0 && typeof n[1] === 'string');
  return strings && respondentOk && notesOk;
}
