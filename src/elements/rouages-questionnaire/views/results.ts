import { html, nothing, type TemplateResult } from 'lit';
import type { ViewContext } from './context.js';
import { renderNav } from './rouage-step.js';

/** The results: the wheel, the score per dimension, the next gears, then saving, sharing and sending. */
export function renderResults(v: ViewContext): TemplateResult {
  const { s, model } = v;
  const { framework, doc, score, recommendations = [] } = model;
  if (!doc || !score) return html``;
  const titleOf = (id: string | null) => (id ? framework.rouages.find((r) => r.id === id)!.title : s.noNext);
  return html`<div class="layout">
    ${renderNav(v)}
    <section class="step results" part="step" aria-labelledby="results-title">
      <h2 id="results-title" part="heading" tabindex="-1">${s.resultsTitle(doc.project)}</h2>
      <p>${[doc.respondent?.name, doc.respondent?.role, doc.date].filter(Boolean).join(' · ')}</p>
      <p>${s.resultsIntro(score.answered, score.total)}</p>
      <rouages-wheel part="wheel" .framework=${framework} .diagnostic=${doc} locale=${v.locale}></rouages-wheel>
      <table class="scores">
        <caption>${s.scoresTitle}</caption>
        <thead>
          <tr><th scope="col">${s.dimension}</th><th scope="col">${s.score}</th><th scope="col">${s.completion}</th><th scope="col">${s.nextGear}</th></tr>
        </thead>
        <tbody>
          ${score.dimensions.map(
            (d) => html`<tr>
              <th scope="row">${framework.dimensions.find((x) => x.id === d.id)!.title}</th>
              <td>${d.score === null ? s.unrated : s.percent(d.score)}</td>
              <td>${s.percent(d.completion)}</td>
              <td>${titleOf(d.next)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
      <h3>${s.recommendationsTitle}</h3>
      ${recommendations.length
        ? html`<p>${s.recommendationsIntro}</p>
            <ol class="recommendations">
              ${recommendations.map(
                (r) => html`<li>
                  <h4>${r.title} <span class="hint">— ${framework.dimensions.find((d) => d.id === r.dimension)!.title}, ${r.score === null ? s.unrated : s.percent(r.score)}</span></h4>
                  <p>${r.mission}</p>
                  <p class="list-title">${s.toolsToUse}</p>
                  <ul>${r.tools.map((t) => html`<li>${t.text}</li>`)}</ul>
                  <p class="list-title">${s.expectedOutcomes}</p>
                  <ul>${r.outcomes.map((o) => html`<li>${o.text}</li>`)}</ul>
                </li>`,
              )}
            </ol>`
        : html`<p>${s.noRecommendation}</p>`}
      ${renderActions(v)}
    </section>
  </div>`;
}

/** What sending says, from the state: sending, sent (until the next edit), failed and why, or sent before and changed since. */
function sendStatus(v: ViewContext): string {
  const { s } = v;
  const { sending, sent } = v.model.state;
  switch (sending.status) {
    case 'sending':
      return s.sending;
    case 'sent':
      return s.sent;
    case 'done':
      return s.validated;
    case 'failed': {
      const r = sending.reason;
      const reason = r.kind === 'http' ? s.httpStatus(r.status) : r.kind === 'redirect' ? s.redirected(r.location ?? '') : r.kind === 'timeout' ? s.timeout : s.network;
      return s.sendFailed(reason);
    }
    case 'idle':
      return sent ? s.changedSinceSent(s.when(sent.at)) : '';
  }
}

function renderActions(v: ViewContext): TemplateResult {
  const { s, model } = v;
  const sending = model.state.sending;
  return html`<div class="actions">
    <h3>${s.actionsTitle}</h3>
    <div class="buttons">
      <button type="button" part="button" @click=${v.act.exportJson}>${s.exportJson}</button>
      <button type="button" part="button" @click=${v.act.exportCsv}>${s.exportCsv}</button>
      <button type="button" part="button" @click=${v.act.print}>${s.print}</button>
      <button type="button" part="button" @click=${v.act.share}>${s.shareLink}</button>
      <button type="button" part="button" @click=${() => v.send({ type: 'navigate', place: { step: 'rouage', ...(model.state.place.rouage ? { rouage: model.state.place.rouage } : {}) } })}>${s.edit}</button>
    </div>
    ${v.shareUrl
      ? html`<div class="field inline share">
          <label for="share-url">${s.shareLinkLabel}</label>
          <input id="share-url" readonly .value=${v.shareUrl} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
          <button type="button" part="button" @click=${v.act.copyShare}>${s.copy}</button>
        </div>`
      : nothing}
    <div class="submit">
      <button type="button" part="button primary" class="primary" ?disabled=${v.locked || sending.status === 'sending'} @click=${v.act.submit}>${sending.status === 'failed' ? s.retry : s.submit}</button>
      <p class="send-status ${sending.status}" role=${sending.status === 'failed' ? 'alert' : 'status'}>${sendStatus(v)}</p>
    </div>
  </div>`;
}
