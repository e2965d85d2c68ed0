import type { ReactiveControllerHost } from 'lit';
import { encodeShareLink, type Diagnostic, type Framework } from '../../sdk/api.js';
import type { QuestionnaireEvent } from '../../state/questionnaire.js';
import { listenWhileConnected } from '../shared/page-listener.js';

/** What a share link puts after `#`: `#rouages=<token>`. */
export const SHARE_PARAM = 'rouages=';

/** What the share-link controller needs from its element. */
export interface ShareLinkHost extends ReactiveControllerHost {
  /** Hands an event to the state's transitions. */
  dispatchTransition(event: QuestionnaireEvent): void;
  /** Whether the element is read-only or disabled (a link found is then only offered). */
  readonly shareLocked: boolean;
  /** Whether the element has read its draft (a link found before that waits for it). */
  readonly draftOpened: boolean;
}

/**
 * Share links in the page's address, for `<rouages-questionnaire>`: reads `#rouages=…` once the
 * draft is open, and again when a link is pasted into the address of a tab already showing the
 * page (`hashchange`, no reload); hands what it finds to the transitions (which open it on its
 * results, or offer it over the person's answers). Builds the link of a diagnostic. It reads the
 * page's address and never writes it: the host page owns its URL and history.
 */
export class ShareLinkController {
  constructor(private readonly host: ShareLinkHost) {
    listenWhileConnected(host, 'hashchange', this.onHashChange);
  }

  /** Reads the page's address now: a share link there is handed to the transitions. */
  readAddress(): void {
    const hash = globalThis.location?.hash ?? '';
    const at = hash.indexOf(SHARE_PARAM);
    if (at >= 0) this.host.dispatchTransition({ type: 'share-link-found', text: hash.slice(at + SHARE_PARAM.length), locked: this.host.shareLocked });
  }

  /** The link of `diagnostic` (already without the details the person left out): this page's address and `#rouages=<token>`. */
  linkFor(diagnostic: Diagnostic, framework: Framework): string {
    const base = (globalThis.location?.href ?? '').split('#')[0];
    return `${base}#${SHARE_PARAM}${encodeShareLink(diagnostic, framework)}`;
  }

  private onHashChange = (): void => {
    if (this.host.draftOpened) this.readAddress();
  };
}
