import { createContext } from '@lit/context';
import type { Diagnostic, Framework, Plan } from '../../sdk/api.js';
import type { DiagnosticInput, DiagnosticsInput, ParsedInputs } from './inputs.js';

/**
 * What a `<rouages-provider>` shares with the rouages elements inside it. Elements read it
 * when their own properties are not set, and write through `setDiagnostic`, `setDiagnostics`
 * and `select`.
 */
export interface RouagesState {
  framework?: Framework;
  locale?: string;
  /** The inputs as the page gave them (objects or JSON text). */
  diagnostic?: DiagnosticInput;
  compare?: DiagnosticInput;
  /** Several diagnostics of one project, for the collective view. */
  diagnostics?: DiagnosticsInput;
  /**
   * The same inputs read once by the provider, against `framework` and in the provider's
   * language: elements that show `framework` take these and never parse the raw ones again.
   */
  parsed?: ParsedInputs;
  selected?: string | null;
  setDiagnostic(diagnostic: Diagnostic): void;
  /** Replaces the group (a report took files in): every element inside then shows it. */
  setDiagnostics?(diagnostics: Diagnostic[]): void;
  select(id: string | null): void;
  /** The project's plan of actions (`rouages-plan/1`, object or JSON), beside the diagnostic. */
  plan?: unknown;
  /** Replaces the plan (a `<rouages-plan>` edited it, a questionnaire added a next gear): every element inside then shows it. */
  setPlan?(plan: Plan): void;
}

/** A string key, so that elements from another bundle of the same version still find their provider. */
export const rouagesContext = createContext<RouagesState | undefined>('rouages-cooperation/state@1');
