import { ContextEvent as ContextRequestEvent, createContext } from '@lit/context';
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

type Callback = ContextRequestEvent<typeof rouagesContext>['callback'];

/**
 * The requests for the provider's state that no provider answered yet, replayed when a provider
 * connects: an element connected before its provider's module ran, or before its provider's tag
 * was upgraded, joins it then. One per page, shared by every copy of the library (the context
 * key is a string, so one copy's provider answers another's elements).
 *
 * Unlike @lit/context's `ContextRoot`, which keeps every unanswered request until a provider
 * appears (elements outside any provider pile up there for the page's lifetime), a request is
 * dropped when its element leaves the page: `forget` is called on disconnection, and requests
 * of elements no longer in the page are swept when more pile up.
 */
export interface PendingContextRequests {
  /** Stops waiting for a provider for this element (it left the page). */
  forget(element: Element): void;
  /** How many requests wait for a provider: for tests. */
  readonly size: number;
}

const ROOT_KEY = Symbol.for('rouages-cooperation.context-root@2');
/** The key under which version 0.1.0 attached @lit/context's ContextRoot: set, so that such a copy adds none. */
const LEGACY_ROOT_KEY = Symbol.for('rouages-cooperation.context-root');

type Host = typeof globalThis & { [ROOT_KEY]?: PendingContextRequests; [LEGACY_ROOT_KEY]?: boolean };

/** Whether `node` is `ancestor` or inside it, crossing shadow roots upwards. */
function isInside(node: Node, ancestor: Node): boolean {
  for (let n: Node | null = node; n; n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null)) if (n === ancestor) return true;
  return false;
}

function createPendingRequests(target: Document): PendingContextRequests {
  const pending = new Map<Element, Callback>();
  let sweepAt = 64;
  target.addEventListener('context-request', (event) => {
    const request = event as ContextRequestEvent<typeof rouagesContext>;
    if (request.context !== rouagesContext || !request.subscribe) return;
    const element = (request.contextTarget ?? request.composedPath()[0]) as Element;
    pending.set(element, request.callback);
    if (pending.size >= sweepAt) {
      for (const el of pending.keys()) if (!el.isConnected) pending.delete(el);
      sweepAt = Math.max(64, pending.size * 2);
    }
  });
  target.addEventListener('context-provider', (event) => {
    const announced = event as Event & { context?: unknown; contextTarget?: Element };
    if (announced.context !== rouagesContext) return;
    const provider = announced.contextTarget ?? (event.composedPath()[0] as Element);
    for (const [element, callback] of [...pending]) {
      if (element === provider || !isInside(element, provider)) continue;
      // Answered now, or back in `pending` (the event reaches the document again) if this provider is not its.
      pending.delete(element);
      element.dispatchEvent(new ContextRequestEvent(rouagesContext, element, callback, true));
    }
  });
  return {
    forget: (element) => void pending.delete(element),
    get size() {
      return pending.size;
    },
  };
}

/**
 * The page's pending requests, set up on first use (by the first rouages element to connect,
 * before it asks for a provider), never on import.
 */
export function pendingContextRequests(): PendingContextRequests | undefined {
  if (typeof document === 'undefined') return undefined;
  const host = globalThis as Host;
  host[LEGACY_ROOT_KEY] = true;
  return (host[ROOT_KEY] ??= createPendingRequests(document));
}
