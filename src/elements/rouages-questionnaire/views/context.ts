import type { Strings } from '../../shared/i18n.js';
import type { QuestionnaireStrings } from '../strings.js';
import type { QuestionnaireModel } from '../model.js';
import type { QuestionnaireEvent } from '../../../state/questionnaire.js';

/** What every view of the questionnaire reads: the model (from the state), the words, and how to act. */
export interface ViewContext {
  model: QuestionnaireModel;
  s: Strings & QuestionnaireStrings;
  locale: string;
  /** Read-only or disabled: shown, not editable. */
  locked: boolean;
  readonly: boolean;
  shareUrl?: string;
  /** Sends an event to the state's transitions. */
  send(event: QuestionnaireEvent): void;
  /** What the element does itself (files, downloads, clipboard, sending). */
  act: {
    start(event: SubmitEvent): void;
    importFile(event: Event): void;
    exportJson(): void;
    exportCsv(): void;
    exportAside(ref: number): void;
    share(): void;
    copyShare(): void;
    submit(): void;
    print(): void;
  };
}
