import { html, type TemplateResult } from 'lit';
import { evolutionOf, evolutionToCSV, type ChangeView } from '../../../sdk/api.js';
import { fileSlug } from '../file-name.js';
import { dimensionTitle, exportsSection, heading, notices, respondentsSection, rouageTable, rouageTitle, scoreCell, scrollingTable, section, tint, wheel, type ReportParts } from '../parts.js';
import type { ComparisonRow, ReportView } from '../view-model.js';
import { doneBetweenFor, doneBetweenWords, renderDoneByDimension, renderDoneCell } from '../../rouages-plan/done-between.js';

/** Two diagnostics of one project: what moved forward, what fell back, the change by dimension and by rouage. */
export function renderComparison(p: ReportParts, view: Extract<ReportView, { mode: 'comparison' }>): TemplateResult {
  const { s, day } = p.w;
  const fw = p.framework;
  const { comparison, before, after, overall } = view;
  // What the team did between the two days, beside how each gear moved (when there is a plan).
  const done = doneBetweenFor(p.plan, fw, comparison.dates);
  const changeCell = (change: ChangeView) => html`<td class="change change-${change.kind}">${p.w.change(change)}</td>`;
  const moves = (list: ComparisonRow[], none: string) =>
    list.length
      ? html`<ul class="moves">
          ${list.map((r) => html`<li><strong>${s.reportLabelled(rouageTitle(fw, r.id))}</strong> ${p.w.change(r.change)} <span class="nowrap">(${p.w.score(r.before)} → ${p.w.score(r.after)})</span></li>`)}
        </ul>`
      : html`<p>${none}</p>`;
  return html`${heading(p, 0, s.reportComparisonTitle(after.project))} ${notices(p, view.notices)}
    <p class="lead">${s.reportComparisonDates(day(comparison.dates.before), day(comparison.dates.after))}</p>
    ${section(
      p,
      'overview-title',
      s.reportOverview,
      html`<p>${s.reportOverallChange(p.w.score(overall.before), p.w.score(overall.after), p.w.change(overall))}</p>
        <div class="moves-grid">
          <div>${heading(p, 2, s.reportUpTitle)} ${moves(view.up, s.reportNoneUp)}</div>
          <div>${heading(p, 2, s.reportDownTitle)} ${moves(view.down, s.reportNoneDown)}</div>
        </div>
        ${wheel(p, { diagnostic: after, compare: before })}`,
    )}
    ${section(
      p,
      'changes-title',
      s.reportChangesTitle,
      html`${scrollingTable(
          s.reportByDimension,
          html`<table class="table" part="table">
          <caption>${s.reportByDimension}</caption>
          <thead>
            <tr><th scope="col">${s.dimension}</th><th scope="col">${s.reportBefore}</th><th scope="col">${s.reportAfter}</th><th scope="col">${s.reportChange}</th></tr>
          </thead>
          <tbody>
            ${view.dimensions.map(
              (d) => html`<tr style=${tint(fw, d.id)}>
                <th scope="row" class="dimension-cell">${dimensionTitle(fw, d.id)}</th>
                ${scoreCell(p, d.before)} ${scoreCell(p, d.after)} ${changeCell(d.change)}
              </tr>`,
            )}
          </tbody>
        </table>`,
        )}
        ${rouageTable(p, s.reportByRouage, [s.rouage, s.reportBefore, s.reportAfter, s.reportChange, ...(done ? [doneBetweenWords(fw.locale).column] : [])], view.rouages, (r) => html`${scoreCell(p, r.before)} ${scoreCell(p, r.after)} ${changeCell(r.change)} ${done ? renderDoneCell(done.byRouage[r.id]) : ''}`)}
        ${done ? renderDoneByDimension(done, fw, fw.locale) : ''}`,
    )}
    ${view.collection ? respondentsSection(p, view.collection) : ''}
    ${exportsSection(p, () => evolutionToCSV(comparison, done, fw), () => evolutionOf(comparison, done), `${fileSlug(after.project, s.reportFileName)}-${s.reportFileProgress}`)}`;
}
