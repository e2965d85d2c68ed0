import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Framework, Recommendation } from '../../sdk/api.js';
import { cssProps } from './css-props.js';
import type { Strings } from './i18n.js';
import { dimensionColor } from './styles.js';

/**
 * What a diagnostic's results show wherever they are shown (the questionnaire's last step, the
 * report): the table of dimensions and the list of next gears. One template each, so the two
 * never drift apart; their look is in results-styles.ts.
 */

/** A dimension's colour on an element, through the CSSOM (never a style attribute: a strict CSP refuses those). */
export const dimensionTint = (framework: Framework, id: string) => cssProps({ '--c': dimensionColor(id, Math.max(0, framework.dimensions.findIndex((d) => d.id === id))) });

export interface DimensionRow {
  id: string;
  /** In [0, 1]; null when none of its rouages is rated. */
  score: number | null;
  /** Answered items / items, in [0, 1]: a column of its own when given. */
  completion?: number;
  /** The dimension's next gear, null when every rouage is in place. */
  next: string | null;
}

/**
 * The table of dimensions: score (or a group's mean: `scoreLabel`), completion when the rows
 * carry it, and next gear. Each row carries its dimension's colour (`--c`).
 */
export function renderDimensionTable(framework: Framework, s: Strings, rows: readonly DimensionRow[], scoreLabel: string = s.score): TemplateResult {
  const withCompletion = rows.some((d) => d.completion !== undefined);
  const title = (id: string) => framework.dimensions.find((x) => x.id === id)?.title ?? id;
  return html`<table class="table" part="table">
    <caption>${s.scoresTitle}</caption>
    <thead>
      <tr>
        <th scope="col">${s.dimension}</th>
        <th scope="col">${scoreLabel}</th>
        ${withCompletion ? html`<th scope="col" class="completion">${s.completion}</th>` : nothing}
        <th scope="col">${s.nextGear}</th>
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (d) => html`<tr style=${dimensionTint(framework, d.id)}>
          <th scope="row" class="dimension-cell">${title(d.id)}</th>
          <td class=${d.score === null ? 'unrated' : 'number'}>${d.score === null ? s.unrated : s.percent(d.score)}</td>
          ${withCompletion ? html`<td class="number completion">${s.percent(d.completion ?? 0)}</td>` : nothing}
          <td>${d.next ? (framework.rouages.find((r) => r.id === d.next)?.title ?? d.next) : s.noNext}</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}

/**
 * The next gears to work on, each with its dimension, phase and score, its mission, its example
 * tools (or productions) and expected outcomes, from `recommend`. `heading` renders each gear's
 * title at the level its container needs.
 */
export function renderRecommendations(
  framework: Framework,
  s: Strings,
  recommendations: readonly Recommendation[],
  heading: (text: string) => TemplateResult,
  /** What an element adds to each next gear (the questionnaire's "add to the plan"). */
  extra?: (recommendation: Recommendation) => unknown,
): TemplateResult {
  if (!recommendations.length) return html`<p>${s.noRecommendation}</p>`;
  return html`<p>${s.recommendationsIntro}</p>
    <ol class="recommendations">
      ${repeat(
        recommendations,
        // Keyed by rouage: what an element marks on a next gear's DOM (the questionnaire's "Dans le plan") stays with that gear when the list changes.
        (r) => r.rouage,
        (r) => {
          const rouage = framework.rouages.find((x) => x.id === r.rouage);
          const phase = framework.phases.find((x) => x.id === r.phase);
          const dimension = framework.dimensions.find((x) => x.id === r.dimension);
          return html`<li style=${dimensionTint(framework, r.dimension)}>
            ${heading(r.title)}
            <p class="eyebrow">${[dimension?.title, phase ? `${s.phase} ${phase.title.toLowerCase()}` : '', r.score === null ? s.unrated : s.percent(r.score)].filter(Boolean).join(' · ')}</p>
            <p>${r.mission}</p>
            <p class="list-title">${rouage?.toolsKind === 'productions' ? s.productions : s.toolsToUse}</p>
            <ul>
              ${r.tools.map((t) => html`<li>${t.text}</li>`)}
            </ul>
            <p class="list-title">${s.expectedOutcomes}</p>
            <ul>
              ${r.outcomes.map((o) => html`<li>${o.text}</li>`)}
            </ul>
            ${extra ? extra(r) : nothing}
          </li>`;
        },
      )}
    </ol>`;
}
