import type { Strings } from '../../shared/i18n.js';
import type { QuestionnaireStrings } from '../strings.js';
import type { QuestionnaireModel } from '../model.js';
import type { QuestionnaireEvent, SharedPart } from '../../../state/questionnaire.js';
import type { Diagnostic } from '../../../sdk/api.js';

/** What every view of the questionnaire reads: the model (from the state), the words, and how to act. */
export interface ViewContext {
  model: QuestionnaireModel;
  s: Strings & QuestionnaireStrings;
  locale: string;
  /** Read-only or disabled: shown, not editable. */
  locked: boolean;
  readonly: boolean;
  /** What leaves the page: the share link once asked for, what it holds, and whether the person's details go with it (links and exports). */
  share: { url?: string; parts: readonly SharedPart[]; personal: boolean; includePersonal: boolean };
  /** Whether answers are kept in this browser (`storage-key`). */
  drafts: boolean;
  /** The origin diagnostics are sent to, when the page set an `endpoint`. */
  endpointOrigin?: string;
  /** Sends an event to the state's transitions. */
  send(event: QuestionnaireEvent): void;
  /** What the element does itself (a copy kept aside, sending, printing). */
  act: {
    /** What an export holds: the diagnostic, with the person's details only when they chose to (as the share link), and its file name. */
    exportable(): { copy: Diagnostic; name: string } | null;
    exportAside(ref: number): void;
    submit(): void;
    print(): void;
  };
}
