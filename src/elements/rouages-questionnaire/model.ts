import { indexFramework, orderedRouages, scoreDiagnostic, type Diagnostic, type DiagnosticScore, type Framework, type Recommendation, type Rouage } from '../../sdk/api.js';
import type { ItemInfo } from '../../sdk/framework.js';
import { diagnosticKind, type QuestionnaireState } from '../../state/questionnaire.js';
import { sentIsCurrent } from '../../state/document.js';

/** What the views show, derived from the state alone (computed in `willUpdate`, never in `render`). */
export interface QuestionnaireModel {
  framework: Framework;
  state: QuestionnaireState;
  doc: Diagnostic | null;
  order: readonly Rouage[];
  /** The rouage step shown, when the place is a rouage. */
  step?: { rouage: Rouage; index: number; rated: readonly ItemInfo[]; last: boolean; instance: number };
  score?: DiagnosticScore;
  recommendations?: Recommendation[];
  /** Whether the diagnostic held is the version last sent (`sentIsCurrent`): null when never sent, undefined when unknown. */
  sentCurrent: boolean | undefined | null;
}

/**
 * The view model of a state. Scores come from the SDK (answered/total counts included); the next
 * gears too, from `recommend` once the results' code is here (results-loader.ts).
 */
export function questionnaireModel(
  framework: Framework,
  state: QuestionnaireState,
  scoreOf: (d: Diagnostic, f: Framework) => DiagnosticScore = scoreDiagnostic,
  instance = 0,
  recommend?: (d: Diagnostic, f: Framework) => Recommendation[],
): QuestionnaireModel {
  const doc = state.doc;
  const order = orderedRouages(framework);
  const model: QuestionnaireModel = { framework, state, doc, order, sentCurrent: sentIsCurrent(diagnosticKind, state) };
  if (!doc) return model;
  model.score = scoreOf(doc, framework);
  if (state.place.step === 'rouage') {
    const index = Math.max(0, order.findIndex((r) => r.id === state.place.rouage));
    const rouage = order[index]!;
    model.step = { rouage, index, rated: indexFramework(framework).ratedItems.get(rouage.id) ?? [], last: index === order.length - 1, instance };
  }
  if (state.place.step === 'results' && recommend) model.recommendations = recommend(doc, framework);
  return model;
}

/** A file name for a diagnostic: its project in ASCII and its date (`ptce-du-val-2024-05-31`). */
export function diagnosticFileName(doc: Diagnostic | null): string {
  const project = (doc?.project ?? 'diagnostic')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
  return `${project || 'diagnostic'}-${doc?.date ?? ''}`.replace(/-$/, '');
}
