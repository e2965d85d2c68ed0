import { createContext } from '@lit/context';
import type { Diagnostic, Framework } from '../../sdk/api.js';

/**
 * What a `<rouages-provider>` shares with the rouages elements inside it. Elements read it
 * when their own properties are not set, and write through `setDiagnostic` and `select`.
 */
export interface RouagesState {
  framework?: Framework;
  locale?: string;
  diagnostic?: unknown;
  compare?: unknown;
  /** Several diagnostics of one project, for the collective view. */
  diagnostics?: unknown;
  selected?: string | null;
  setDiagnostic(diagnostic: Diagnostic): void;
  select(id: string | null): void;
}

/** A string key, so that elements from another bundle of the same version still find their provider. */
export const rouagesContext = createContext<RouagesState | undefined>('rouages-cooperation/state@1');
