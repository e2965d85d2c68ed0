import { html, nothing, type TemplateResult } from 'lit';
import type { ActionMode } from '../../../sdk/api.js';
import { cssProps } from '../../shared/css-props.js';
import { renderNotices } from '../../shared/notices.js';
import { dimensionColor } from '../../shared/styles.js';
import { dimensionTitle, heading, section, wheel, type ReportParts } from '../parts.js';
import { caseReading } from '../../rouages-plan/case-reading.js';
import type { ReportView } from '../view-model.js';

/** One of the source's cases: what kind, when, for whom; its actions (or findings) by dimension, with their modes. */
export function renderCase(p: ReportParts, view: Extract<ReportView, { mode: 'case' }>): TemplateResult {
  const { s } = p.w;
  const fw = p.framework;
  if (view.read.error !== undefined || !view.summary) {
    return html`${heading(p, 0, s.reportEmptyTitle)} ${renderNotices([{ tone: 'error', text: s.reportBadCase(view.read.error ?? '') }])}`;
  }
  const item = view.read.value;
  const summary = view.summary;
  const accompaniment = item.kind === 'accompaniment';
  const count = accompaniment ? s.reportActionCount : s.reportFindingCount;
  const { ids: mostCited, count: most } = summary.mostCited;
  const cited = summary.dimensions.filter((d) => d.actions.length).length;
  // One dimension cited most is brought forward on the wheel; a tie is said, never settled by picking one.
  const highlight = mostCited.length === 1 ? mostCited[0] : undefined;
  const citedWords =
    mostCited.length === 1
      ? s.reportCaseHighlight(dimensionTitle(fw, mostCited[0]!))
      : mostCited.length > 1 && mostCited.length < cited
        ? s.reportCaseTie(p.w.list(mostCited.map((id) => dimensionTitle(fw, id))), count(most))
        : '';
  const modeCounts = (modes: Record<ActionMode, number>) =>
    (Object.entries(modes) as [ActionMode, number][])
      .filter(([, n]) => n > 0)
      .map(([mode, n]) => `${s.reportLabelled(p.w.mode(mode, undefined))} ${n}`)
      .join(', ');
  return html`${heading(p, 0, item.title)}
    <dl class="facts">
      <div><dt>${s.reportKind}</dt><dd>${accompaniment ? s.reportAccompaniment : s.reportDiagnosisKind}</dd></div>
      <div><dt>${s.reportPeriod}</dt><dd>${item.period}</dd></div>
      <div><dt>${s.reportProject}</dt><dd>${item.project}</dd></div>
    </dl>
    <p>${item.summary}</p>
    ${item.note ? html`<p class="notice info"><strong>${s.reportLabelled(s.reportNote)}</strong> ${item.note}</p>` : nothing}
    ${item.dimensionsFrom === 'position' ? html`<p class="notice info reading">${caseReading(fw.locale)}</p>` : nothing}
    ${section(
      p,
      'overview-title',
      s.reportByDimensionCount,
      html`<ul class="case-counts">
          ${summary.dimensions.map((d) => {
            const modes = modeCounts(d.modes);
            return html`<li style=${cssProps({ '--c': dimensionColor(d.id, d.index) })} class=${mostCited.includes(d.id) && citedWords ? 'busiest' : ''}>
              <span class="swatch" aria-hidden="true"></span>
              <span><strong>${s.reportLabelled(dimensionTitle(fw, d.id))}</strong> ${count(d.actions.length)}${modes ? ` (${modes})` : ''}</span>
            </li>`;
          })}
        </ul>
        ${citedWords ? html`<p class="hint">${citedWords}</p>` : nothing} ${wheel(p, { highlight })}`,
    )}
    ${section(
      p,
      'actions-title',
      accompaniment ? s.reportActionsTitle : s.reportFindingsTitle,
      summary.dimensions
        .filter((d) => d.actions.length)
        .map(
          (d) => html`<div class="case-dimension" style=${cssProps({ '--c': dimensionColor(d.id, d.index) })}>
            ${heading(p, 2, `${dimensionTitle(fw, d.id)} — ${count(d.actions.length)}`)}
            <ul class="actions">
              ${d.actions.map(
                (action) => html`<li>
                  <p>${action.text}</p>
                  ${action.modes.length ? html`<p class="mode"><span class="label">${s.reportLabelled(s.reportMode)}</span> ${action.modes.map((m) => p.w.mode(m, action.support)).join(', ')}</p>` : nothing}
                  ${action.remark ? html`<p class="remark"><span class="label">${s.reportLabelled(s.reportRemark)}</span> ${action.remark}</p>` : nothing}
                </li>`,
              )}
            </ul>
          </div>`,
        ),
    )}
    ${item.pictures.length
      ? section(
          p,
          'pictures-title',
          s.reportPictures,
          html`<ul class="pictures">
            ${item.pictures.map((picture) => html`<li><span class="eyebrow">${dimensionTitle(fw, picture.dimension)}</span> ${picture.caption}</li>`)}
          </ul>`,
        )
      : nothing}
    <div class="buttons no-print"><button type="button" part="button" @click=${() => globalThis.print?.()}>${s.print}</button></div>`;
}
