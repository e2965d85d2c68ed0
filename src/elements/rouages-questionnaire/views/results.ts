import { html, nothing, type TemplateResult } from 'lit';
import { toCSV } from '../../../sdk/api.js';
import { formatList } from '../../shared/format.js';
import { download } from '../../shared/download.js';
import { renderDimensionTable, renderRecommendations } from '../../shared/results.js';
import type { SendFailure } from '../../../state/document.js';
import type { ViewContext } from './context.js';
import { addToPlanClicked, planAddWords } from '../../rouages-plan/plan-input.js';

/** The next gears (the SDK's rule), computed in the element's `willUpdate` once this file is here. */
export { recommend } from '../../../sdk/api.js';

/**
 * The results page and what only it needs: a file of its own, fetched when a person is about to
 * reach it (results-loader.ts). It reads only its context (and shared modules), so that it never
 * imports the element's own file.
 */

/** The results: the wheel, the score per dimension, the next gears (shared with the report: shared/results.ts), then saving, sharing and sending. */
export function renderResults(v: ViewContext, nav: TemplateResult): TemplateResult {
  const { s, model } = v;
  const { framework, doc, score, recommendations = [] } = model;
  if (!doc || !score) return html``;
  return html`<div class="layout">
    ${nav}
    <section class="step results" part="step" aria-labelledby="results-title">
      <h2 id="results-title" part="heading" tabindex="-1">${s.resultsTitle(doc.project)}</h2>
      <p>${[doc.respondent?.name, doc.respondent?.role, doc.date].filter(Boolean).join(' · ')}</p>
      <p>${s.resultsIntro(score.answered, score.total)}</p>
      <rouages-wheel part="wheel" .framework=${framework} .diagnostic=${doc} locale=${v.locale}></rouages-wheel>
      ${renderDimensionTable(
        framework,
        s,
        score.dimensions.map((d) => ({ id: d.id, score: d.score, completion: d.completion, next: d.next })),
      )}
      <h3>${s.recommendationsTitle}</h3>
      ${renderRecommendations(framework, s, recommendations, (title) => html`<h4>${title}</h4>`, (r) =>
        v.locked
          ? nothing
          : html`<button type="button" part="button" class="add-to-plan" @click=${(e: Event) => addToPlanClicked(e.currentTarget as HTMLButtonElement, { rouage: r.rouage, text: r.mission }, v.locale, r.title)}>
                <span class="plan-add-label">${planAddWords(v.locale).add}</span><span class="plan-added-label" hidden>${planAddWords(v.locale).added}</span><span class="visually-hidden">${planAddWords(v.locale).which(r.title)}</span>
              </button>
              <span class="plan-add-status visually-hidden" role="status"></span>`,
      )}
      ${renderActions(v)}
    </section>
  </div>`;
}

/** Why sending failed, in the person's words: what happened and who can fix it. */
function failureText({ s }: ViewContext, r: SendFailure): string {
  if (r.kind === 'http') return s.httpStatus(r.status, r.message);
  if (r.kind === 'redirect') return s.redirected(r.location ?? '');
  if (r.kind === 'cross-origin') return s.crossOrigin(r.origin);
  if (r.kind === 'invalid-endpoint') return s.invalidEndpoint(r.endpoint);
  return s[r.kind];
}

/** What sending says, from the state: sending, sent (until the next edit), failed and why, taken over (or sent nowhere), or sent before and changed since. */
function sendStatus(v: ViewContext): string {
  const { s } = v;
  const { sending, sent } = v.model.state;
  switch (sending.status) {
    case 'sending':
      return s.sending;
    case 'sent':
      return s.sent;
    case 'done':
      return sending.via === 'nowhere' ? s.notSent : sending.via === 'form' ? s.takenOverForm : s.takenOverPage;
    case 'failed':
      return s.sendFailed(failureText(v, sending.reason));
    case 'idle':
      // "Changed since" only when the fingerprints differ; the same version (or one sent before fingerprints were kept) was sent on that date.
      if (!sent) return '';
      return v.model.sentCurrent === false ? s.changedSinceSent(s.when(sent.at)) : s.sentBefore(s.when(sent.at));
  }
}

/**
 * Where a share link is made: what it holds, said before it is copied, and the choice to leave
 * the person's name, role and organisation out (the same choice for the exports).
 */
function renderShare(v: ViewContext): TemplateResult | typeof nothing {
  const { s, share } = v;
  if (!share.personal && !share.url) return nothing;
  return html`<div class="share">
    ${share.personal
      ? html`<div class="field check">
          <input
            id="share-personal"
            type="checkbox"
            .checked=${share.includePersonal}
            aria-describedby="share-personal-hint"
            @change=${(e: Event) => v.send({ type: 'share-personal-details', include: (e.target as HTMLInputElement).checked })}
          />
          <label for="share-personal">${s.shareIncludePersonal}</label>
          <p class="hint" id="share-personal-hint">${s.shareIncludeHint}</p>
        </div>`
      : nothing}
    ${share.url
      ? html`<p class="share-contains" id="share-contains">${s.shareContains(formatList(share.parts.map(s.sharedPart), v.locale))}${share.personal && !share.includePersonal ? ` ${s.shareWithoutPersonal}` : ''}</p>
          <div class="field inline">
            <label for="share-url">${s.shareLinkLabel}</label>
            <input id="share-url" readonly .value=${share.url} aria-describedby="share-contains" @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
            <button type="button" part="button" @click=${(e: Event) => void copyShare(v, e)}>${s.copy}</button>
          </div>`
      : nothing}
  </div>`;
}

/** Copies the share link; with no clipboard (permissions, an insecure page), selects it so the person copies it. */
async function copyShare(v: ViewContext, event: Event): Promise<void> {
  if (!v.share.url) return;
  try {
    await navigator.clipboard.writeText(v.share.url);
  } catch {
    ((event.target as Element).getRootNode() as ParentNode).querySelector<HTMLInputElement>('#share-url')?.select();
  }
}

/** Downloads the diagnostic as JSON or CSV, with the person's details only when they chose to (the same choice as the share link). */
function exportAs(v: ViewContext, format: 'json' | 'csv'): void {
  const exported = v.act.exportable();
  if (!exported) return;
  const { copy, name } = exported;
  if (format === 'json') download(`${name}.json`, JSON.stringify(copy, null, 2), 'application/json');
  else download(`${name}.csv`, toCSV(copy, v.model.framework), 'text/csv;charset=utf-8');
}

function renderActions(v: ViewContext): TemplateResult {
  const { s, model } = v;
  const sending = model.state.sending;
  return html`<div class="actions">
    <h3>${s.actionsTitle}</h3>
    <div class="buttons">
      <button type="button" part="button" @click=${() => exportAs(v, 'json')}>${s.exportJson}</button>
      <button type="button" part="button" @click=${() => exportAs(v, 'csv')}>${s.exportCsv}</button>
      <button type="button" part="button" @click=${v.act.print}>${s.print}</button>
      <button type="button" part="button" aria-expanded=${v.share.url ? 'true' : 'false'} @click=${() => v.send({ type: 'share-open' })}>${s.shareLink}</button>
      <button type="button" part="button" @click=${() => v.send({ type: 'navigate', place: { step: 'rouage', ...(model.state.place.rouage ? { rouage: model.state.place.rouage } : {}) } })}>${s.edit}</button>
    </div>
    ${renderShare(v)}
    <div class="submit">
      <button type="button" part="button primary" class="primary" ?disabled=${v.locked || sending.status === 'sending'} @click=${v.act.submit}>${sending.status === 'failed' ? s.retry : s.submit}</button>
      <p class="send-status ${sending.status} ${sending.status === 'done' ? (sending.via ?? '') : ''}" role=${sending.status === 'failed' ? 'alert' : 'status'}>${sendStatus(v)}</p>
    </div>
  </div>`;
}
