import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { LIMITS, indexFramework, type Respondent } from '../../../sdk/api.js';
import type { ViewContext } from './context.js';

/** The details form sent: the project and the person (read-only: only to the first step). */
function start(v: ViewContext, event: SubmitEvent): void {
  event.preventDefault();
  const form = event.target as HTMLFormElement;
  if (!form.reportValidity()) return;
  if (v.locked) return v.send({ type: 'navigate', place: { step: 'rouage' } });
  const data = new FormData(form);
  const text = (key: string) => String(data.get(key) ?? '').trim();
  const respondent: Respondent = { name: text('respondent'), role: text('role'), organisation: text('organisation') };
  v.send({ type: 'details', project: text('project'), respondent, date: text('date') });
}

/** A diagnostic file chosen: its text to the transitions (an unreadable file is an empty text, refused with a message). */
async function importFile(v: ViewContext, event: Event): Promise<void> {
  const input = event.target as HTMLInputElement;
  const file = input.files?.[0];
  if (!file) return;
  const text = await file.text().catch(() => '');
  input.value = '';
  v.send({ type: 'import-file', text });
}

/**
 * The first step: what to do, how long it takes and where the answers stay, first; the method's
 * own summary one step away (a disclosure); the scale, the project's details, and importing.
 *
 * The time is an estimate, measured on the method's text: 20 rouages, 51 rated items (50
 * indicators and one mission), about 2,800 words to read (some 14 minutes at 200 words a
 * minute) and 51 ratings at 15 to 30 seconds each (13 to 25 minutes): 30 to 45 minutes; the 60
 * open questions are optional and add to it.
 */
export function renderStart(v: ViewContext): TemplateResult {
  const { s, model } = v;
  const { framework, doc } = model;
  return html`<section class="step start" part="step" aria-labelledby="start-title">
    <h2 id="start-title" part="heading" tabindex="-1">${s.startTitle}</h2>
    <p class="lead">${s.startIntro(framework.rouages.length, indexFramework(framework).ratedOrder.length)}</p>
    <p>${s.startDuration}</p>
    <p class="where">${v.endpointOrigin ? s.startStorageEndpoint(v.endpointOrigin) : v.drafts ? s.startStorageLocal : s.startStorageNone}</p>
    ${framework.summary
      ? html`<details class="about">
          <summary>${s.aboutMethod}</summary>
          <p>${framework.summary}</p>
        </details>`
      : nothing}
    <h3>${s.scaleTitle}</h3>
    <dl class="scale">
      ${framework.scale.levels.map((level, i) => html`<div><dt>${level.value} — ${level.label}</dt><dd>${s.scaleHelp[i] ?? ''}</dd></div>`)}
      <div><dt>${framework.scale.unrated}</dt><dd>${s.unratedHelp}</dd></div>
    </dl>
    <form class="details" @submit=${(e: SubmitEvent) => start(v, e)} novalidate>
      <div class="field">
        <label for="project">${s.projectLabel} <span class="hint">(${s.required})</span></label>
        <input id="project" name="project" required maxlength=${LIMITS.project} autocomplete="organization" .value=${live(doc?.project ?? '')} ?readonly=${v.locked} />
      </div>
      <div class="field">
        <label for="respondent">${s.respondentLabel} <span class="hint">(${s.optional})</span></label>
        <input id="respondent" name="respondent" maxlength=${LIMITS.name} autocomplete="name" .value=${live(doc?.respondent?.name ?? '')} ?readonly=${v.locked} />
      </div>
      <div class="field">
        <label for="role">${s.roleLabel} <span class="hint">(${s.optional})</span></label>
        <input id="role" name="role" maxlength=${LIMITS.name} autocomplete="organization-title" .value=${live(doc?.respondent?.role ?? '')} ?readonly=${v.locked} />
      </div>
      <div class="field">
        <label for="organisation">${s.organisationLabel} <span class="hint">(${s.optional})</span></label>
        <input id="organisation" name="organisation" maxlength=${LIMITS.name} .value=${live(doc?.respondent?.organisation ?? '')} ?readonly=${v.locked} />
      </div>
      <div class="field">
        <label for="date">${s.dateLabel}</label>
        <input id="date" name="date" type="date" .value=${live(doc?.date ?? new Date().toISOString().slice(0, 10))} ?readonly=${v.locked} />
      </div>
      <button class="primary" part="button primary" type="submit">${doc ? s.resume : s.start}</button>
    </form>
    ${v.locked ? nothing : renderImport(v)}
  </section>`;
}

function renderImport(v: ViewContext): TemplateResult {
  const { s } = v;
  return html`<details class="import">
    <summary>${s.importTitle}</summary>
    <div class="field">
      <label for="import-file">${s.importFile}</label>
      <input id="import-file" type="file" accept="application/json,.json" @change=${(e: Event) => void importFile(v, e)} />
    </div>
    <form
      class="field inline"
      @submit=${(e: SubmitEvent) => {
        e.preventDefault();
        v.send({ type: 'open-share-link', text: String(new FormData(e.target as HTMLFormElement).get('link') ?? '') });
      }}
    >
      <label for="import-link">${s.importLink}</label>
      <input id="import-link" name="link" type="url" inputmode="url" />
      <button type="submit" part="button">${s.importLinkButton}</button>
    </form>
  </details>`;
}
