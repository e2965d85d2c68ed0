import type { Diagnostic, Framework } from '../../sdk/api.js';
import type { RouagesState } from '../shared/context.js';
import type { QuestionnaireEvent, QuestionnaireState } from '../../state/questionnaire.js';

/**
 * The questionnaire inside a `<rouages-provider>`: the provider's diagnostic is this one, and its
 * selection follows (and drives) the rouage shown. All use of the provider goes through these two
 * methods, so a change in how elements reach their provider stays here.
 */
export class ProviderLink {
  private seenContext?: object;
  private seenDiagnostic: unknown;
  private seenSelection?: string | null;

  /** Takes what the provider changed (only a new state from it counts): its diagnostic as a value, its selection as a navigation. */
  follow(context: RouagesState | undefined, framework: Framework, state: QuestionnaireState, dispatch: (event: QuestionnaireEvent) => void): void {
    if (!context || context === this.seenContext) return;
    this.seenContext = context;
    const incoming = context.diagnostic;
    if (incoming !== this.seenDiagnostic) {
      this.seenDiagnostic = incoming;
      if (incoming && incoming !== state.doc) dispatch({ type: 'value-set', input: incoming });
      else if (!incoming && state.doc) this.share(context, state);
    }
    const selected = context.selected ?? null;
    if (selected !== this.seenSelection) {
      this.seenSelection = selected;
      if (selected && state.doc && framework.rouages.some((r) => r.id === selected) && state.place.rouage !== selected) dispatch({ type: 'navigate', place: { step: 'rouage', rouage: selected } });
    }
  }

  /** Hands the diagnostic and the rouage shown to the provider. */
  share(context: RouagesState | undefined, state: QuestionnaireState): void {
    const doc: Diagnostic | null = state.doc;
    if (!context || !doc) return;
    if (context.diagnostic !== doc) {
      this.seenDiagnostic = doc;
      context.setDiagnostic(doc);
    }
    const rouage = state.place.step === 'rouage' ? state.place.rouage : undefined;
    if (rouage && context.selected !== rouage) {
      this.seenSelection = rouage;
      context.select(rouage);
    }
  }
}
