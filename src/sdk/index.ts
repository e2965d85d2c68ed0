/**
 * The SDK of Les rouages de la coopération: the method as typed data, and pure functions to
 * read, score, recommend, aggregate, compare and export diagnostics. No DOM: it runs in a
 * browser and in Node alike.
 */
export * from './api.js';

import { registerSdkMessages } from './messages.js';
import { en } from './messages-en.js';
// The SDK speaks French and English; the CDN file adds English only when a page asks for it.
registerSdkMessages('en', en);

import diagnosticSchemaJson from './diagnostic.schema.json';
/** The diagnostic's JSON Schema (draft 2020-12), for portals that validate in another language. Also in `dist/diagnostic.schema.json`. */
export const diagnosticJsonSchema: Readonly<Record<string, unknown>> = diagnosticSchemaJson;
