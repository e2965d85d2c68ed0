import { html, type TemplateResult } from 'lit';
import { diagnosticDate, aggregateDiagnostics } from '../../../sdk/api.js';
import { fileSlug } from '../file-name.js';
import { renderRecommendations } from '../../shared/results.js';
import { exportsSection, heading, notesSection, notices, respondentLine, respondentsSection, scoreTables, section, wheel, type ReportParts } from '../parts.js';
import type { ReportView } from '../view-model.js';

/** One diagnostic: where it stands, scores by dimension and phase, the next gears with their tools, the open answers. */
export function renderSingle(p: ReportParts, view: Extract<ReportView, { mode: 'single' }>): TemplateResult {
  const { s } = p.w;
  const fw = p.framework;
  const { diagnostic, score, recommendations, collection } = view;
  return html`${heading(p, 0, s.reportSingleTitle(diagnostic.project))} ${notices(p, view.notices)}
    <p class="lead">${respondentLine(p, diagnostic, Boolean(diagnostic.respondent?.name?.trim()), 0)}</p>
    ${section(
      p,
      'overview-title',
      s.reportOverview,
      html`<p>${s.resultsIntro(score.answered, score.total)} ${s.reportLabelled(s.overall)} <strong>${p.w.score(score.overall)}</strong>.</p>
        ${wheel(p, { diagnostic })}`,
    )}
    ${section(p, 'scores-title', s.reportScoresTitle, scoreTables(p, score.dimensions, score.phases, s.score))}
    ${section(
      p,
      'next-title',
      s.recommendationsTitle,
      renderRecommendations(fw, s, recommendations, (title) => heading(p, 2, title)),
    )}
    ${notesSection(p, view.notes, collection.diagnostics, false)} ${respondentsSection(p, collection)}
    ${exportsSection(p, collection.diagnostics, () => aggregateDiagnostics(collection.diagnostics, fw), `${fileSlug(diagnostic.project, s.reportFileName)}-${diagnosticDate(diagnostic)}`)}`;
}
