import type { Diagnostic } from '../../sdk/api.js';
import type { SendFailure } from '../../state/document.js';
import type { fetchFailure, serverMessage } from '../../state/questionnaire.js';

/** The state's rules that name a failure, handed in by the controller (so this file imports nothing of the element's own file). */
export interface FailureRules {
  fetchFailure: typeof fetchFailure;
  serverMessage: typeof serverMessage;
}

/**
 * One POST of a diagnostic to an endpoint (loaded only when a person sends: see
 * sending-controller.ts). Success only for a 2xx from the endpoint itself: a redirect (to a login
 * page, say) is not followed (`redirect: 'manual'`) and is a failure naming it; an HTTP error
 * carries the server's own short message; a network failure is told as it is (`fetchFailure`).
 * Aborts after `timeout` milliseconds, or when `abort` is aborted (the element left the page).
 * @returns null when the endpoint took it, else why not.
 */
export async function sendDiagnostic(
  target: URL,
  doc: Diagnostic,
  idempotencyKey: string,
  timeout: number,
  abort: AbortController,
  online: () => boolean,
  { fetchFailure, serverMessage }: FailureRules,
): Promise<SendFailure | null> {
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    abort.abort();
  }, timeout);
  try {
    const response = await fetch(target, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': idempotencyKey },
      body: JSON.stringify(doc),
      signal: abort.signal,
      redirect: 'manual',
      credentials: 'same-origin',
    });
    const elsewhere = response.url && response.url !== target.href ? response.url : undefined;
    if (response.type === 'opaqueredirect' || response.redirected || (response.status >= 300 && response.status < 400)) {
      const location = response.headers.get('location') || elsewhere;
      return { kind: 'redirect', ...(location ? { location } : {}) };
    }
    if (!response.ok) {
      const message = serverMessage(await response.text().catch(() => ''), response.headers.get('content-type'));
      return { kind: 'http', status: response.status, ...(message ? { message } : {}) };
    }
    return null;
  } catch {
    return fetchFailure({ endpoint: target, pageOrigin: location.origin, online: online(), timedOut });
  } finally {
    clearTimeout(timer);
  }
}
