import { css, html, nothing, type TemplateResult } from 'lit';

/**
 * Messages an element gives about what it was given or did (a file left out, a draft kept
 * aside, a diagnostic sent): one template and one set of styles for every element.
 */

/** `error` interrupts (an alert); `warning` and `info` wait their turn (a status). */
export type NoticeTone = 'error' | 'warning' | 'info';

/** A button beside a notice's text: what it does and its visible (or accessible) name. */
export interface NoticeButton {
  label: string;
  run(): void;
}

export interface Notice {
  tone: NoticeTone;
  /** What the notice is about (`data-notice`), for styles and tests. */
  id?: string;
  text: string;
  /** A way out the notice offers ("Reprendre", "Rétablir"). */
  action?: NoticeButton;
  /** Further ways out, after `action` ("Exporter"). */
  more?: readonly NoticeButton[];
  /** A button that closes the notice; its label is its accessible name (the button shows ×). */
  dismiss?: NoticeButton;
  /** Left off paper (what was just added, say). */
  screenOnly?: boolean;
}

function renderNotice(notice: Notice): TemplateResult {
  return html`<p class="notice ${notice.tone} ${notice.screenOnly ? 'no-print' : ''}" data-notice=${notice.id ?? nothing}>
    <span>${notice.text}</span>
    ${notice.action ? html`<button type="button" part="button" @click=${() => notice.action!.run()}>${notice.action.label}</button>` : nothing}
    ${(notice.more ?? []).map((b) => html`<button type="button" part="button" @click=${() => b.run()}>${b.label}</button>`)}
    ${notice.dismiss ? html`<button type="button" part="button" class="dismiss" aria-label=${notice.dismiss.label} @click=${() => notice.dismiss!.run()}>×</button>` : nothing}
  </p>`;
}

/**
 * The notices in two live regions, both always in the page so that what appears in them is
 * announced: errors interrupt (`role="alert"`), the rest waits its turn (`role="status"`).
 * `after` goes at the end of the container, outside both regions.
 */
export function renderNotices(notices: readonly Notice[], after: unknown = nothing): TemplateResult {
  return html`<div class="notices" part="notices">
    <div role="alert">${notices.filter((n) => n.tone === 'error').map(renderNotice)}</div>
    <div role="status">${notices.filter((n) => n.tone !== 'error').map(renderNotice)}</div>
    ${after}
  </div>`;
}

/** The notices' styles; the tones' colours follow the shared tokens (`--rouages-danger-color`, `--rouages-accent-color`). */
export const noticeStyles = css`
  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin: 0 0 0.5em;
    padding: 0.6em 0.8em;
    border: 1px solid var(--_border);
    border-inline-start-width: 4px;
    border-radius: 6px;
    background: var(--_background);
  }
  .notice span {
    flex: 1;
    min-width: 12em;
  }
  .notice.info {
    border-inline-start-color: var(--_accent);
  }
  .notice.warning {
    border-inline-start-color: #8a5a00;
  }
  .notice.error {
    border-inline-start-color: var(--_danger);
  }
  .notice button {
    padding: 0.2em 0.6em;
  }
  .notice .dismiss {
    border-color: transparent;
  }
`;
