/**
 * Sending a diagnostic: each failure told as it is. Pure rules the questionnaire's sending
 * controller applies: whether an endpoint can be posted to, why a request that gave no answer
 * failed, and what a server's error answer says. No DOM, no fetch: the caller gives what the
 * page knows.
 */
import type { SendFailure } from './document.js';

/**
 * The endpoint as a URL to post to, or why it cannot be one: not a URL, or not `http:`/`https:`
 * (`javascript:`, `mailto:`, `data:`…). Read against the page's address (`base`). Never throws.
 *
 * @example
 * endpointUrl('/api/diagnostics', 'https://reseau.example/outil/') // URL https://reseau.example/api/diagnostics
 * endpointUrl('javascript:alert(1)', location.href) // { kind: 'invalid-endpoint', endpoint: 'javascript:alert(1)' }
 */
export function endpointUrl(endpoint: string, base: string): URL | SendFailure {
  let url: URL;
  try {
    url = new URL(endpoint.trim(), base);
  } catch {
    return { kind: 'invalid-endpoint', endpoint };
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url : { kind: 'invalid-endpoint', endpoint };
}

/**
 * Why a request that gave no answer failed. `fetch` rejects with the same TypeError for an
 * offline browser, a server that is down and a cross-origin endpoint that does not allow the
 * page (CORS): told apart by what the page can know — `navigator.onLine`, the endpoint's origin
 * against the page's, and whether our own timeout aborted it.
 *
 * @example
 * fetchFailure({ endpoint: new URL('https://api.example/d'), pageOrigin: 'https://site.example', online: true, timedOut: false })
 * // { kind: 'cross-origin', origin: 'https://api.example' }
 */
export function fetchFailure(context: { endpoint: URL; pageOrigin: string; online: boolean; timedOut: boolean }): SendFailure {
  if (context.timedOut) return { kind: 'timeout' };
  if (!context.online) return { kind: 'offline' };
  if (context.endpoint.origin !== context.pageOrigin) return { kind: 'cross-origin', origin: context.endpoint.origin };
  return { kind: 'network' };
}

/** The longest server message shown, in characters. */
export const SERVER_MESSAGE_LIMIT = 200;

/**
 * A server's own short message from an error answer's body: `message` or `error` of a JSON
 * object (`error` may itself hold a `message`), or a plain-text body; never HTML (a framework's
 * error page is not a message). Whitespace collapsed, cut at {@link SERVER_MESSAGE_LIMIT}
 * characters; shown as text. Undefined when there is none. Never throws (a body that is not
 * JSON gives undefined).
 *
 * @example
 * serverMessage('{"error":{"message":"Projet inconnu"}}', 'application/json') // 'Projet inconnu'
 * serverMessage('<html>…</html>', 'text/html') // undefined
 */
export function serverMessage(body: string, contentType: string | null): string | undefined {
  const type = (contentType ?? '').toLowerCase();
  let text: unknown;
  if (type.includes('json')) {
    try {
      const value: unknown = JSON.parse(body);
      if (value && typeof value === 'object') {
        const record = value as Record<string, unknown>;
        const error = record.error && typeof record.error === 'object' ? (record.error as Record<string, unknown>).message : record.error;
        text = typeof record.message === 'string' ? record.message : error;
      }
    } catch {
      text = undefined;
    }
  } else if (type.startsWith('text/plain')) {
    text = body;
  }
  if (typeof text !== 'string') return undefined;
  const clean = text.replace(/\s+/g, ' ').trim();
  if (!clean) return undefined;
  return clean.length > SERVER_MESSAGE_LIMIT ? `${clean.slice(0, SERVER_MESSAGE_LIMIT - 1)}…` : clean;
}
