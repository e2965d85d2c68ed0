import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Diagnostic } from '../../sdk/api.js';
import { endpointUrl, fetchFailure, serverMessage, transition, type QuestionnaireEnv, type QuestionnaireEvent, type QuestionnaireState } from '../../state/questionnaire.js';
import { dispatchRouagesEvent } from '../shared/events.js';

/** How long to wait for the endpoint by default, in milliseconds. */
export const DEFAULT_TIMEOUT = 15000;
/** The longest wait a page may ask for (5 minutes). */
const MAX_TIMEOUT = 300000;

/** A timeout from an attribute: a whole number of milliseconds in (0, 5 min]; the default otherwise (NaN, negative, "abc", Infinity). */
export function validTimeout(value: unknown): number {
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) && n > 0 ? Math.min(Math.round(n), MAX_TIMEOUT) : DEFAULT_TIMEOUT;
}

/** Whether the browser says it is online (a browser without the flag counts as online). */
const online = (): boolean => navigator.onLine !== false;

export interface SendingHost extends ReactiveControllerHost, EventTarget {
  dispatchTransition(event: QuestionnaireEvent): void;
}

/** What sending needs to know when the person sends. */
export interface SubmitRequest {
  state: QuestionnaireState;
  env: QuestionnaireEnv;
  endpoint?: string | undefined;
  /** The form the element is in, if any. */
  form: HTMLFormElement | null;
}

/**
 * Sending for `<rouages-questionnaire>`. When the person sends: nothing if this version was
 * sent; else the page may take over (it cancels `rouages-submit`); else the state posts to
 * `endpoint`, or the form is submitted, or the person is told nothing left the page.
 *
 * A post tells the truth about it: success only for a 2xx from the endpoint itself (see
 * send-request.ts, loaded when a person first sends); the body is the diagnostic with its `id`,
 * the request carries an `Idempotency-Key` (the same for the same content) so a network can drop
 * duplicates. An endpoint that is not an http(s) URL is refused before any request; offline is
 * said at once.
 */
export class SendingController implements ReactiveController {
  private abort?: AbortController;

  constructor(private readonly host: SendingHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.abort?.abort();
  }

  /** The person sends the diagnostic held in `state`. */
  submit({ state, env, endpoint, form }: SubmitRequest): void {
    const doc = state.doc;
    if (!doc || state.sending.status === 'sending') return;
    const dispatch = (event: QuestionnaireEvent) => this.host.dispatchTransition(event);
    // An unchanged version already sent is not posted again, and not announced to the page either.
    if (endpoint && !transition(state, { type: 'submit-started' }, env).effects.some((e) => e.type === 'post')) return dispatch({ type: 'submit-started' });
    if (!dispatchRouagesEvent(this.host, 'rouages-submit', doc, { cancelable: true })) return dispatch({ type: 'submit-taken-over', via: 'page' });
    if (endpoint) return dispatch({ type: 'submit-started' });
    if (form) form.requestSubmit();
    // No endpoint and no form: nothing left the page, and the person is told so.
    dispatch({ type: 'submit-taken-over', via: form ? 'form' : 'nowhere' });
  }

  /** Posts `doc` (the state's 'post' effect) and hands the outcome to the transitions. */
  async post(endpoint: string, doc: Diagnostic, version: string, idempotencyKey: string, timeout: unknown): Promise<void> {
    const target = endpointUrl(endpoint, document.baseURI);
    if (!(target instanceof URL)) return this.host.dispatchTransition({ type: 'submit-failed', reason: target });
    if (!online()) return this.host.dispatchTransition({ type: 'submit-failed', reason: { kind: 'offline' } });
    const controller = new AbortController();
    this.abort = controller;
    let failure;
    try {
      const { sendDiagnostic } = await import('./send-request.js');
      failure = await sendDiagnostic(target, doc, idempotencyKey, validTimeout(timeout), controller, online, { fetchFailure, serverMessage });
    } catch {
      // The request's code could not be fetched (offline since, or the server is gone).
      failure = { kind: online() ? 'network' : 'offline' } as const;
    } finally {
      if (this.abort === controller) this.abort = undefined;
    }
    this.host.dispatchTransition(failure ? { type: 'submit-failed', reason: failure } : { type: 'submit-succeeded', version });
  }
}
