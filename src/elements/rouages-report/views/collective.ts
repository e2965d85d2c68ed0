import { html, nothing, type TemplateResult } from 'lit';
import { diagnosticDate } from '../../../sdk/api.js';
import { fileSlug } from '../file-name.js';
import { dimensionTitle, exportsSection, heading, notesSection, notices, respondentsSection, rouageTable, rouageTitle, scoreCell, scoreTables, section, tint, wheel, type ReportParts } from '../parts.js';
import type { ReportView } from '../view-model.js';

/** A steering committee's view: the points to discuss first, the group's scores and spread, who answered, the open answers. */
export function renderCollective(p: ReportParts, view: Extract<ReportView, { mode: 'collective' }>): TemplateResult {
  const { s, day } = p.w;
  const fw = p.framework;
  const { aggregate, report, collection } = view;
  const diagnostics = collection.diagnostics;
  const dates = [...new Set(diagnostics.map(diagnosticDate))].sort();
  const period = dates.length > 1 ? s.reportComparisonDates(day(dates[0]!), day(dates.at(-1)!)) : day(dates[0]!);
  return html`${heading(p, 0, s.reportCollectiveTitle(aggregate.projects[0] ?? ''))} ${notices(p, view.notices)}
    <p class="lead">${s.respondents(diagnostics.length)} · ${period}</p>
    ${section(
      p,
      'discuss-title',
      s.reportDiscussTitle,
      report.divergent.length
        ? html`<p>${s.reportDiscussIntro(report.divergent.length)}</p>
            <ol class="discuss" part="discuss">
              ${report.divergent.map(
                ({ item, groups }) => html`<li style=${tint(fw, item.dimension)}>
                  <p class="item-text">${item.text}</p>
                  <p class="eyebrow">${rouageTitle(fw, item.rouage)} · ${dimensionTitle(fw, item.dimension)} · ${s.reportGap(item.gap)}</p>
                  <ul class="answers">
                    ${groups.map(
                      (g) => html`<li>
                        <span class="rating rating-${g.rating ?? 'unknown'}">${s.reportLabelled(p.w.rating(g.rating, fw))}</span>
                        ${p.w.list(g.respondents.map((r) => p.w.who(diagnostics[r], r)))}
                      </li>`,
                    )}
                  </ul>
                </li>`,
              )}
            </ol>`
        : html`<p>${s.reportNoDivergence}</p>`,
    )}
    ${section(
      p,
      'overview-title',
      s.reportOverview,
      html`<p>${s.reportLabelled(s.overall)} <strong>${p.w.score(aggregate.overall)}</strong> (${s.reportMean.toLowerCase()}).</p>
        ${wheel(p, { aggregate: diagnostics })}`,
    )}
    ${section(
      p,
      'scores-title',
      s.reportScoresTitle,
      html`${scoreTables(
          p,
          aggregate.dimensions.map((d) => ({ id: d.id, score: d.mean, next: d.next })),
          aggregate.phases,
          s.reportMean,
        )}
        ${rouageTable(
          p,
          s.reportRouageMeans,
          [s.rouage, s.reportMean, s.reportRange],
          aggregate.rouages,
          (r) =>
            html`${scoreCell(p, r.mean)}
              <td>${r.min === null || r.max === null ? '—' : s.reportRangeValue(p.w.pct(r.min), p.w.pct(r.max))}${r.divergent ? html`<span class="flag">${s.divergent}</span>` : nothing}</td>`,
        )}`,
    )}
    ${respondentsSection(p, collection)} ${notesSection(p, report.notes, diagnostics, true)}
    ${exportsSection(p, diagnostics, () => aggregate, `${fileSlug(aggregate.projects[0] ?? '', s.reportFileName)}-${s.reportFileCollective}`)}`;
}
