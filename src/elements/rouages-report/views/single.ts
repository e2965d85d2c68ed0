import { html, type TemplateResult } from 'lit';
import { diagnosticDate, aggregateDiagnostics } from '../../../sdk/api.js';
import { fileSlug } from '../model.js';
import { exportsSection, heading, notesSection, notices, respondentLine, respondentsSection, scoreTables, section, tint, wheel, type ReportParts } from '../parts.js';
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
      recommendations.length
        ? html`<p>${s.recommendationsIntro}</p>
            <ol class="recommendations">
              ${recommendations.map((r) => {
                const rouage = fw.rouages.find((x) => x.id === r.rouage);
                const phase = fw.phases.find((x) => x.id === r.phase);
                const dimension = fw.dimensions.find((x) => x.id === r.dimension);
                return html`<li style=${tint(fw, r.dimension)}>
                  ${heading(p, 2, r.title)}
                  <p class="eyebrow">${[dimension?.title, phase ? `${s.phase} ${phase.title.toLowerCase()}` : '', p.w.score(r.score)].filter(Boolean).join(' · ')}</p>
                  <p>${r.mission}</p>
                  <p class="list-title">${rouage?.toolsKind === 'productions' ? s.productions : s.toolsToUse}</p>
                  <ul>
                    ${r.tools.map((t) => html`<li>${t.text}</li>`)}
                  </ul>
                  <p class="list-title">${s.expectedOutcomes}</p>
                  <ul>
                    ${r.outcomes.map((o) => html`<li>${o.text}</li>`)}
                  </ul>
                </li>`;
              })}
            </ol>`
        : html`<p>${s.noRecommendation}</p>`,
    )}
    ${notesSection(p, view.notes, collection.diagnostics, false)} ${respondentsSection(p, collection)}
    ${exportsSection(p, collection.diagnostics, () => aggregateDiagnostics(collection.diagnostics, fw), `${fileSlug(diagnostic.project, s.reportFileName)}-${diagnosticDate(diagnostic)}`)}`;
}
