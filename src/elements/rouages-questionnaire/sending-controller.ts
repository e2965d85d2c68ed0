import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Diagnostic } from '../../sdk/api.js';
import type { SendFailure } from '../../state/document.js';
import { endpointUrl, fetchFailure, serverMessage, type QuestionnaireEvent } from '../../state/questionnaire.js';

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

export interface SendingHost extends ReactiveControllerHost {
  dispatchTransition(event: QuestionnaireEvent): void;
}

/**
 * Posts a diagnostic to an endpoint and tells the truth about it: success only for a 2xx from
 * the endpoint itself. A redirect (to a login page, say) is not followed (`redirect: 'manual'`)
 * and is reported as a failure naming it; the body is the diagnostic with its `id`, the request
 * carries an `Idempotency-Key` (the same for the same content) so a network can drop duplicates.
 * Each failure is told as it is (see `fetchFailure`, `serverMessage` in src/state/questionnaire.ts):
 * an endpoint that is not an http(s) URL is refused before any request; offline, a cross-origin
 * endpoint that refused the page (CORS) or is down, a same-origin network failure, a timeout, a
 * redirect, an HTTP error with the server's own short message.
 */
export class SendingController implements ReactiveController {
  private abort?: AbortController;

  constructor(private readonly host: SendingHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.abort?.abort();
  }

  async post(endpoint: string, doc: Diagnostic, version: string, idempotencyKey: string, timeout: unknown): Promise<void> {
    const target = endpointUrl(endpoint, document.baseURI);
    if (!(target instanceof URL)) {
      this.host.dispatchTransition({ type: 'submit-failed', reason: target });
      return;
    }
    if (!online()) {
      this.host.dispatchTransition({ type: 'submit-failed', reason: { kind: 'offline' } });
      return;
    }
    const controller = new AbortController();
    this.abort = controller;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, validTimeout(timeout));
    let failure: SendFailure | null = null;
    try {
      const response = await fetch(target, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': idempotencyKey },
        body: JSON.stringify(doc),
        signal: controller.signal,
        redirect: 'manual',
        credentials: 'same-origin',
      });
      const elsewhere = response.url && response.url !== target.href ? response.url : undefined;
      if (response.type === 'opaqueredirect' || response.redirected || (response.status >= 300 && response.status < 400)) {
        failure = { kind: 'redirect', ...(response.headers.get('location') || elsewhere ? { location: response.headers.get('location') || elsewhere } : {}) };
      } else if (!response.ok) {
        const message = serverMessage(await response.text().catch(() => ''), response.headers.get('content-type'));
        failure = { kind: 'http', status: response.status, ...(message ? { message } : {}) };
      }
    } catch {
      failure = fetchFailure({ endpoint: target, pageOrigin: location.origin, online: online(), timedOut });
    } finally {
      clearTimeout(timer);
      if (this.abort === controller) this.abort = undefined;
    }
    this.host.dispatchTransition(failure ? { type: 'submit-failed', reason: failure } : { type: 'submit-succeeded', version });
  }
}
