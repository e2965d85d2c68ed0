/**
 * What a questionnaire keeps under its `storage-key`: the diagnostic as saved, where the person
 * was, and the version last sent. Pure reading and writing of that text; the element's draft
 * controller does the storage calls.
 */

/** Where the person was: the page they come back to. */
export interface Place {
  step: 'start' | 'rouage' | 'results';
  rouage?: string;
}

export const DRAFT_FORMAT = 'rouages-draft/1';

/** What is stored under the key. The diagnostic is kept as saved: it is parsed (and migrated) when read. */
export interface Draft {
  format: typeof DRAFT_FORMAT;
  diagnostic: unknown;
  place?: Place;
  /** The version last sent to the endpoint (a fingerprint) and when. */
  sent?: { version: string; at: string };
  /** When a diagnostic was sent, in drafts written before `sent` existed. */
  submittedAt?: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A draft from its stored text, or null when it is not one (the caller keeps that text apart). Never throws. */
export function readDraft(text: string | null | undefined): Draft | null {
  if (!text) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(value) || value.format !== DRAFT_FORMAT || !isRecord(value.diagnostic)) return null;
  const place = isRecord(value.place) && typeof value.place.step === 'string' && ['start', 'rouage', 'results'].includes(value.place.step) ? (value.place as unknown as Place) : undefined;
  const sent = isRecord(value.sent) && typeof value.sent.version === 'string' && typeof value.sent.at === 'string' ? { version: value.sent.version, at: value.sent.at } : undefined;
  return {
    format: DRAFT_FORMAT,
    diagnostic: value.diagnostic,
    ...(place ? { place: { step: place.step, ...(typeof place.rouage === 'string' ? { rouage: place.rouage } : {}) } } : {}),
    ...(sent ? { sent } : {}),
    ...(typeof value.submittedAt === 'string' ? { submittedAt: value.submittedAt } : {}),
  };
}

/** The text to store. */
export function writeDraft(draft: Omit<Draft, 'format'>): string {
  return JSON.stringify({ format: DRAFT_FORMAT, ...draft });
}

/** Where a copy kept aside is stored: beside the draft, stamped (`<key>:aside:<time>`). */
export const asideKey = (storageKey: string, at: string): string => `${storageKey}:aside:${at}`;
