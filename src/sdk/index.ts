/**
 * The SDK of Les rouages de la coopération: the method as typed data, and pure functions to
 * read, score, recommend, aggregate, compare and export diagnostics. No DOM: it runs in a
 * browser and in Node alike.
 */
export { framework, parseFramework, indexFramework, missionItemId, ratingLabel } from './framework.js';
export type { FrameworkIndex, ItemInfo, ItemKind, ParseOptions } from './framework.js';
export { createDiagnostic, parseDiagnostic, diagnosticDate, frameworkIssues } from './diagnostic.js';
export type { NewDiagnostic, ParseDiagnosticOptions } from './diagnostic.js';
export { scoreDiagnostic, meanOf, needsWork, DEFAULT_THRESHOLD, MAX_RATING } from './score.js';
export type { DiagnosticScore, DimensionScore, RouageScore, ScoreOptions } from './score.js';
export { parseCase } from './cases.js';
export { recommend } from './recommend.js';
export type { Recommendation, RecommendOptions } from './recommend.js';
export { aggregateDiagnostics, DEFAULT_DIVERGENCE } from './aggregate.js';
export type { Aggregate, AggregateOptions, DivergentItem, ItemAggregate, RespondentInfo, RouageAggregate } from './aggregate.js';
export { compareDiagnostics } from './compare.js';
export type { Change, Comparison } from './compare.js';
export { toCSV, csvField } from './csv.js';
export type { CsvOptions } from './csv.js';
export { encodeShareLink, decodeShareLink } from './share-link.js';
export type { DecodeOptions } from './share-link.js';
import diagnosticSchemaJson from './diagnostic.schema.json';
/** The diagnostic's JSON Schema (draft 2020-12), for portals that validate in another language. Also in `dist/diagnostic.schema.json`. */
export const diagnosticJsonSchema: Readonly<Record<string, unknown>> = diagnosticSchemaJson;
export { DIAGNOSTIC_SCHEMA, LIMITS, caseSchema, frameworkSchema, diagnosticSchema } from './schema.js';
export type { ActionMode, CooperationCase, Diagnostic, Dimension, Framework, Item, Phase, Rating, Respondent, Rouage, Scale } from './schema.js';
export type { Issue, ParseError, Result } from './result.js';
export { messagesFor } from './messages.js';
export type { SdkLocale, SdkMessages } from './messages.js';
