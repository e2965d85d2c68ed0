import { html, nothing, type TemplateResult } from 'lit';
import type { Plan } from '../../sdk/api.js';
import type { DocumentState, Notice } from '../../state/document.js';
import type { Strings } from '../shared/i18n.js';
import type { PlanStrings } from './strings.js';

export interface NoticeHandlers {
  /** The project of the plan held, for the confirmation's sentence. */
  current: string;
  /** Read-only or disabled: nothing is offered that would change the plan. */
  locked: boolean;
  bringBack(ref: number): void;
  dismiss(id: string): void;
  confirm(): void;
  cancel(): void;
}

type S = Strings & PlanStrings;

function sentence(notice: Notice, s: S): string {
  const p = notice.params ?? {};
  switch (notice.id) {
    case 'storage':
      return s.planStorageFailed;
    case 'unreadable':
      return s.planDraftUnreadable(String(p.key ?? ''));
    case 'restored':
      return s.planRestored;
    case 'other-tab':
      return s.planOtherTab;
    case 'file':
      return String(p.text ?? '');
    case 'value-aside':
      return s.planValueAside(String(p.project ?? ''));
    default:
      return '';
  }
}

/**
 * What the document rules told the person (restored, another tab, storage, a file), the copies
 * kept aside (offered back), and a replacement waiting for confirmation.
 */
export function renderNotices(state: DocumentState<Plan>, s: S, h: NoticeHandlers): TemplateResult {
  const lastAside = state.aside.at(-1);
  return html`${state.pending && !h.locked
      ? html`<div class="notice warning confirm" part="notice" role="alertdialog" aria-label=${s.planConfirmReplace(state.pending.incoming.project, h.current)}>
          <p>${s.planConfirmReplace(state.pending.incoming.project, h.current)}</p>
          <div class="buttons">
            <button type="button" class="confirm-replace" @click=${h.confirm}>${s.planReplace}</button>
            <button type="button" @click=${h.cancel}>${s.planCancel}</button>
          </div>
        </div>`
      : nothing}
    ${state.notices.map((notice) => {
      const text = sentence(notice, s);
      if (!text) return nothing;
      return html`<p class="notice ${notice.tone}" part="notice" role=${notice.tone === 'error' ? 'alert' : 'status'}>
        ${text} <button type="button" class="dismiss" @click=${() => h.dismiss(notice.id)}>${s.planDismiss}</button>
      </p>`;
    })}
    ${lastAside && !h.locked
      ? html`<p class="notice info aside" part="notice">
          ${s.planKeptAside} <button type="button" class="bring-back" @click=${() => h.bringBack(lastAside.ref)}>${s.planBringBack}</button>
        </p>`
      : nothing}`;
}
