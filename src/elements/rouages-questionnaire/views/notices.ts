import { html, nothing, type TemplateResult } from 'lit';
import type { Notice } from '../../../state/document.js';
import { renderNotices as renderSharedNotices, type Notice as SharedNotice, type NoticeButton } from '../../shared/notices.js';
import type { ViewContext } from './context.js';

type Words = ViewContext['s'];
type KeyOf<T, V> = { [K in keyof T]: T[K] extends V ? K : never }[keyof T];

/** Notices whose sentence is a fixed text, by notice id. */
const FIXED: Record<string, KeyOf<Words, string>> = {
  restored: 'restored',
  storage: 'storageFailed',
  'other-tab': 'mergedFromOtherTab',
  shared: 'sharedInUrl',
  'project-required': 'projectRequired',
};

/** Notices whose sentence takes one parameter, by notice id: the parameter and the sentence. */
const ONE_PARAM: Record<string, [param: string, words: KeyOf<Words, (value: string) => string>]> = {
  imported: ['project', 'imported'],
  'import-merged': ['project', 'importMerged'],
  'import-same': ['project', 'importSame'],
  'other-tab-replaced': ['project', 'otherTabReplaced'],
  'import-failed': ['message', 'importFailed'],
  'bad-value': ['message', 'badValue'],
  'share-link-broken': ['message', 'shareLinkBroken'],
  unreadable: ['key', 'unreadableDraft'],
};

/** The sentence of a notice, from its id and parameters, in the element's language. */
export function noticeText(n: Notice, v: ViewContext): string {
  const { s } = v;
  const p = n.params ?? {};
  const text = (key: string) => String(p[key] ?? '');
  const fixed = FIXED[n.id];
  if (fixed) return s[fixed];
  const one = ONE_PARAM[n.id];
  if (one) return s[one[1]](text(one[0]));
  switch (n.id) {
    case 'leftovers':
      return s.keptAside(Number(p.count ?? 0), text('key'));
    case 'kept-aside':
      return s.replacedKeptAside(s.replacedBy(text('reason')), text('project'), text('key'));
    case 'stored-aside':
      return s.storedAside(s.when(text('at')), text('project'));
    case 'already-sent':
      return s.alreadySent(s.when(text('at')));
    default:
      return '';
  }
}

/** The buttons a notice offers: bring a copy back (and export it), open a shared link. */
function noticeActions(n: Notice, v: ViewContext): NoticeButton[] {
  if ((n.id === 'kept-aside' || n.id === 'stored-aside') && n.aside !== undefined && v.model.state.aside.some((a) => a.ref === n.aside)) {
    const ref = n.aside;
    return [
      { label: v.s.bringBack, run: () => v.send({ type: 'restore', ref }) },
      { label: v.s.exportJson, run: () => v.act.exportAside(ref) },
      ...(n.id === 'stored-aside' ? [{ label: v.s.discardAside, run: () => v.send({ type: 'discard-aside', ref }) }] : []),
    ];
  }
  if (n.id === 'shared' && !v.locked) {
    const link = String(n.params?.link ?? '');
    return [{ label: v.s.openShared, run: () => v.send({ type: 'open-share-link', text: link }) }];
  }
  return [];
}

/** The state's notices as the shared template shows them (shared/notices.ts), each with its buttons and a translated close button. */
function toShared(n: Notice, v: ViewContext): SharedNotice {
  const [action, ...more] = noticeActions(n, v);
  return {
    id: n.id,
    tone: n.tone,
    text: noticeText(n, v),
    ...(action ? { action } : {}),
    ...(more.length ? { more } : {}),
    dismiss: { label: v.s.dismiss, run: () => v.send({ type: 'dismiss', id: n.id }) },
  };
}

/** The notices (errors interrupt, the rest waits its turn), the question before replacing someone else's diagnostic, and the read-only notice. */
export function renderNotices(v: ViewContext): TemplateResult {
  const { state } = v.model;
  const pending = state.pending;
  const notices: SharedNotice[] = state.notices.map((n) => toShared(n, v));
  return renderSharedNotices(
    notices,
    html`${pending
      ? html`<div class="notice warning confirm" role="alertdialog" aria-labelledby="confirm-text" data-notice="confirm">
          <p id="confirm-text">${v.s.confirmReplace(pending.incoming.project, pending.incoming.respondent?.name ?? '')}</p>
          <div class="buttons">
            <button type="button" part="button" @click=${() => v.send({ type: 'confirm-replace' })}>${v.s.confirmYes}</button>
            <button type="button" part="button primary" class="primary" @click=${() => v.send({ type: 'cancel-replace' })}>${v.s.confirmNo}</button>
          </div>
        </div>`
      : nothing}
    ${v.readonly ? html`<p class="notice info">${v.s.readonlyNotice}</p>` : nothing}`,
  );
}
