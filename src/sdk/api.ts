/**
 * Everything the SDK offers to pages and servers, except the diagnostic's JSON Schema (see
 * index.ts): the CDN bundle re-exports this list, and does not carry a schema that portals
 * read from `dist/diagnostic.schema.json`.
 */
export { framework, parseFramework, indexFramework, orderedRouages, missionItemId, ratingLabel } from './framework.js';
export type { FrameworkIndex, ItemInfo, ItemKind, ParseOptions } from './framework.js';
export { createDiagnostic, newDiagnosticId, parseDiagnostic, migrateDiagnostic, diagnosticDate, frameworkIssues } from './diagnostic.js';
export { sameDiagnostic, mergeDiagnosticVersions } from './versions.js';
export type { VersionChanges } from './versions.js';
export type { Leftovers, Migration, NewDiagnostic, ParseDiagnosticOptions } from './diagnostic.js';
export { scoreDiagnostic, scoreFromRouages, phaseScores, meanOf, needsWork, nextGear, DEFAULT_THRESHOLD, MAX_RATING } from './score.js';
export type { DiagnosticScore, DimensionScore, DimensionSummary, PhaseScore, RouageScore, RouageScores, ScoreOptions, ScoreSummary } from './score.js';
export { parseCase, summarizeCase } from './cases.js';
export type { CaseDimension, CaseSummary } from './cases.js';
export { PLAN_SCHEMA, PLAN_LIMITS, ACTION_MODES, ACTION_STATUSES, createPlan, parsePlan, planIssues, addAction, updateAction, setActionStatus, removeAction, modeLabel, statusLabel, randomId, planSchema } from './plan.js';
export type { ActionFields, ActionStatus, NewPlan, Plan, PlanAction, PlanClock, PlanFinding } from './plan.js';
export { summarizePlan, actionsDoneBetween, isOverdue } from './plan-summary.js';
export { localDay } from './plan-day.js';
export type { DimensionPlanSummary, DoneBetween, PlanSummary, PlanSummaryOptions, RouagePlanSummary, StatusCounts } from './plan-summary.js';
export { planToCSV, planActionsFromCSV, applyPlanCsv, statusFromLabel } from './plan-csv.js';
export type { PlanCsvApplied, PlanCsvOptions, PlanFromCsv, RowLabels } from './plan-csv.js';
export { actionsFromCase, mostCitedDimensions } from './plan-cases.js';
export { mergePlans, actionChange, PLAN_FIELDS_CHANGE } from './plan-merge.js';
export { recommend } from './recommend.js';
export type { Recommendation, RecommendOptions } from './recommend.js';
export { aggregateDiagnostics, DEFAULT_DIVERGENCE } from './aggregate.js';
export type { Aggregate, AggregateOptions, DimensionAggregate, DivergentItem, ItemAggregate, RespondentInfo, RouageAggregate } from './aggregate.js';
export { compareDiagnostics, describeChange, evolutionOf } from './compare.js';
export { evolutionToCSV } from './evolution-csv.js';
export type { Change, ChangeKind, ChangeView, Comparison, Evolution } from './compare.js';
export { buildCollectiveReport, classifyDiagnostics, collectiveView, diagnosticKey, groupRatings, notesByRouage, readDiagnosticFile } from './report.js';
export type { CollectiveReport, DiagnosticSet, DiagnosticSetKind, NoteAnswer, NoteGroup, RatingGroup } from './report.js';
export { toCSV, toCollectiveCSV, csvField } from './csv.js';
export type { CollectiveCsvOptions, CsvOptions } from './csv.js';
export { withoutPersonalDetails } from './personal.js';
export type { PersonalDetailsOption } from './personal.js';
export { encodeShareLink, decodeShareLink } from './share-link.js';
export type { DecodeOptions } from './share-link.js';
export { DIAGNOSTIC_SCHEMA, LIMITS, caseSchema, frameworkSchema, diagnosticSchema } from './schema.js';
export type { ActionMode, CooperationCase, Diagnostic, Dimension, Framework, Item, Phase, Rating, Respondent, Rouage, Scale } from './schema.js';
export type { Issue, ParseError, Result } from './result.js';
export { messagesFor, registerSdkMessages } from './messages.js';
export type { SdkLocale, SdkMessages } from './messages.js';
