import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { diagnosticDate, toCSV, type Diagnostic, type Framework, type NoteGroup, type PhaseScore } from '../../sdk/api.js';
import { download } from '../shared/download.js';
import { renderNotices, type Notice } from '../shared/notices.js';
import { dimensionTint, renderDimensionTable } from '../shared/results.js';
import type { Collection, Entry } from './view-model.js';
import type { ReportWords } from './words.js';

/**
 * The pieces every view of `<rouages-report>` is made of (headings, sections, tables, the
 * wheel, exports), as functions of what the element hands its views.
 */

/** What the element hands its views: the framework, the words, the outline level and its handlers. */
export interface ReportParts {
  framework: Framework;
  w: ReportWords;
  /** The level of the report's title (1–6). */
  level: number;
  /** What was just added ("2 diagnostics ajoutés."), shown with the notices. */
  status: string;
  choose(event: Event): void;
  remove(entry: Entry, position: number): void;
  /** The project's plan (the report's `plan`, else the provider's): the evaluation over time shows what was done. */
  plan?: unknown;
}

/**
 * The wheel inside the report shows what the report gives it and nothing else: an empty
 * string is "given, but nothing" for the wheel, where `undefined` would let it fall back to
 * a surrounding provider's diagnostic, comparison or group.
 */
const NONE = '';

/** A dimension's colour on an element (see `dimensionTint`). */
export const tint = dimensionTint;

export const rouageTitle = (framework: Framework, id: string) => framework.rouages.find((r) => r.id === id)?.title ?? id;
export const dimensionTitle = (framework: Framework, id: string) => framework.dimensions.find((d) => d.id === id)?.title ?? id;

/** A heading at `depth` below the report's title (0: the title); a `div` with the heading role, so the page's outline sets its level. */
export function heading(p: ReportParts, depth: number, text: string, id?: string): TemplateResult {
  const level = Math.min(6, p.level + depth);
  const part = depth === 0 ? 'title' : depth === 1 ? 'section-title' : 'subsection-title';
  return html`<div class="heading depth-${Math.min(depth, 2)}" part=${part} role="heading" aria-level=${level} id=${ifDefined(id)}>${text}</div>`;
}

/** A section: one page on paper (`extra` classes: `no-print` keeps it off paper). */
export function section(p: ReportParts, id: string, title: string, content: unknown, extra = ''): TemplateResult {
  return html`<section class="section ${extra}" part="section" aria-labelledby=${id}>${heading(p, 1, title, id)} ${content}</section>`;
}

/** A table cell with a score: a percentage on one line, "non évalué" free to wrap. */
export function scoreCell(p: ReportParts, value: number | null): TemplateResult {
  return html`<td class=${value === null ? 'unrated' : 'number'}>${p.w.score(value)}</td>`;
}

/** The notices about what the report was given, and what was just added (on screen only). */
export function notices(p: ReportParts, list: readonly Notice[]): TemplateResult {
  return renderNotices(p.status ? [...list, { tone: 'info', text: p.status, screenOnly: true }] : list);
}

export function dropzone(p: ReportParts, label: string): TemplateResult {
  return html`<div class="dropzone no-print" part="dropzone">
    <label for="files">${label}</label>
    <input id="files" type="file" multiple accept="application/json,.json" @change=${p.choose} />
    <p class="hint">${p.w.s.reportDropHint}</p>
  </div>`;
}

export function wheel(p: ReportParts, inputs: { diagnostic?: Diagnostic; compare?: Diagnostic; aggregate?: Diagnostic[]; highlight?: string }): TemplateResult {
  return html`<rouages-wheel
    part="wheel"
    .framework=${p.framework}
    locale=${p.w.locale}
    .diagnostic=${inputs.diagnostic ?? NONE}
    .compare=${inputs.compare ?? NONE}
    .aggregate=${inputs.aggregate ?? NONE}
    highlight=${ifDefined(inputs.highlight)}
  ></rouages-wheel>`;
}

/**
 * The report as CSV (the diagnostics', or what `csv` makes: the evaluation over time), its own
 * summary as JSON, and print: on screen only.
 */
export function exportsSection(p: ReportParts, diagnostics: Diagnostic[] | (() => string), json: () => unknown, name: string): TemplateResult {
  const s = p.w.s;
  const csv = typeof diagnostics === 'function' ? diagnostics : () => toCSV(diagnostics, p.framework);
  return section(
    p,
    'export-title',
    s.reportExportTitle,
    html`<div class="buttons">
      <button type="button" part="button" @click=${() => download(`${name}.csv`, csv(), 'text/csv;charset=utf-8')}>${s.exportCsv}</button>
      <button type="button" part="button" @click=${() => download(`${name}.json`, JSON.stringify(json(), null, 2), 'application/json')}>${s.reportExportJson}</button>
      <button type="button" part="button" @click=${() => globalThis.print?.()}>${s.print}</button>
    </div>`,
    'no-print',
  );
}

/**
 * A table inside a region that scrolls sideways when the table cannot fit (a phone at 320 px
 * with long words): words are never broken; the region is labelled by the table's caption and
 * focusable, so a keyboard can scroll it (WCAG 2.1.1, 1.4.10).
 */
export function scrollingTable(caption: string, table: TemplateResult): TemplateResult {
  return html`<div class="table-scroll" role="region" tabindex="0" aria-label=${caption}>${table}</div>`;
}

/**
 * A table of the rouages, one body per dimension (its colour, its name as a group header), one
 * row per rouage in the method's order: `cells` gives a row's cells after the rouage's name.
 */
export function rouageTable<R extends { id: string; dimension: string }>(p: ReportParts, caption: string, headers: readonly string[], rows: readonly R[], cells: (row: R) => unknown): TemplateResult {
  const fw = p.framework;
  return scrollingTable(
    caption,
    html`<table class="table" part="table">
    <caption>${caption}</caption>
    <thead>
      <tr>${headers.map((h) => html`<th scope="col">${h}</th>`)}</tr>
    </thead>
    ${fw.dimensions.map(
      (dimension) => html`<tbody style=${tint(fw, dimension.id)}>
        <tr class="group"><th scope="colgroup" colspan=${headers.length}>${dimension.title}</th></tr>
        ${rows
          .filter((r) => r.dimension === dimension.id)
          .map(
            (r) => html`<tr>
              <th scope="row">${rouageTitle(fw, r.id)}</th>
              ${cells(r)}
            </tr>`,
          )}
      </tbody>`,
    )}
  </table>`,
  );
}

/** Each dimension's score and next gear, then each phase's score. */
export function scoreTables(p: ReportParts, dimensions: readonly { id: string; score: number | null; next: string | null }[], phases: readonly PhaseScore[], meanLabel: string): TemplateResult {
  const { s } = p.w;
  const fw = p.framework;
  return html`${renderDimensionTable(fw, s, dimensions.map(({ id, score, next }) => ({ id, score, next })), meanLabel)}
    <table class="table" part="table">
      <caption>${s.reportPhaseScores}</caption>
      <thead>
        <tr><th scope="col">${s.phase}</th><th scope="col">${meanLabel}</th><th scope="col">${s.reportScoredRouages}</th></tr>
      </thead>
      <tbody>
        ${phases.map(
          (phase) => html`<tr>
            <th scope="row">${fw.phases.find((x) => x.id === phase.id)?.title ?? phase.id}</th>
            ${scoreCell(p, phase.score)}
            <td class="number">${s.dimensionProgress(phase.scored, phase.total)}</td>
          </tr>`,
        )}
      </tbody>
    </table>
    <p class="hint">${s.reportPhaseHelp}</p>`;
}

/** The open answers by rouage; with names for a group (one respondent is named at the top). */
export function notesSection(p: ReportParts, groups: readonly NoteGroup[], diagnostics: readonly Diagnostic[], withNames: boolean): TemplateResult {
  const { s } = p.w;
  return section(
    p,
    'notes-title',
    s.reportNotesTitle,
    groups.length
      ? groups.map(
          (group) => html`<div class="note-group" style=${tint(p.framework, group.rouage.dimension)}>
            ${heading(p, 2, group.rouage.title)}
            <p class="eyebrow">${dimensionTitle(p.framework, group.rouage.dimension)}</p>
            <dl class="notes">
              ${group.questions.map(
                (q) => html`<dt>${q.text}</dt>
                  ${q.answers.map((a) => html`<dd>${withNames ? html`<span class="who">${s.reportLabelled(p.w.who(diagnostics[a.respondent], a.respondent))}</span> ` : nothing}<span class="note-text">${a.text}</span></dd>`)}`,
              )}
            </dl>
          </div>`,
        )
      : html`<p>${s.reportNoNotes}</p>`,
    groups.length ? '' : 'no-print',
  );
}

/** A respondent's role, organisation and day ("Animatrice, Commune · 12 mars 2024"), with their name first when asked. */
export function respondentLine(p: ReportParts, diagnostic: Diagnostic, withName: boolean, position: number): string {
  const r = diagnostic.respondent;
  const details = [r?.role, r?.organisation].map((x) => x?.trim()).filter(Boolean).join(', ');
  return [withName ? p.w.who(diagnostic, position) : '', details, p.w.day(diagnosticDate(diagnostic))].filter(Boolean).join(' · ');
}

/** The list of respondents, to remove some and add others; printed only for a group. */
export function respondentsSection(p: ReportParts, collection: Collection): TemplateResult {
  const { s } = p.w;
  return section(
    p,
    'respondents-title',
    s.reportRespondentsTitle,
    html`<ol class="respondents" part="respondents">
        ${repeat(
          collection.entries,
          (entry) => entry.key,
          (entry, position) => {
            const name = p.w.who(entry.diagnostic, position);
            return html`<li>
              <span class="who">${name}</span>
              <span class="details">${respondentLine(p, entry.diagnostic, false, position)}</span>
              <button type="button" part="button" class="remove" aria-label=${s.reportRemoveLabel(name)} @click=${() => p.remove(entry, position)}>${s.reportRemove}</button>
            </li>`;
          },
        )}
      </ol>
      ${dropzone(p, s.reportAddFiles)}`,
    collection.entries.length > 1 ? 'respondents-section' : 'respondents-section no-print',
  );
}
