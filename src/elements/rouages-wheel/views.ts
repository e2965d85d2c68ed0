/**
 * The wheel's views around the drawing: the caption, the legend and the data table. Pure
 * functions of the wheel's model and strings, so that the element's class stays a list of its parts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../shared/i18n.js';
import type { WheelModel } from './model.js';
import { describeRouage, stateWords } from './words.js';

/**
 * The line under the wheel: the rouage pointed at (else the selected one), its dimension, state
 * and function. Hidden from assistive technology: each rouage's name says the same.
 */
export function renderCaption(model: WheelModel, id: string | null | undefined, s: Strings, locale: string): TemplateResult {
  const rouage = id ? model.framework.rouages.find((r) => r.id === id) : undefined;
  const dimension = rouage ? model.framework.dimensions.find((d) => d.id === rouage.dimension) : undefined;
  return html`<p class="caption" part="caption" aria-hidden="true">
    ${rouage && dimension
      ? html`<strong>${rouage.title}</strong><br />${describeRouage(model, rouage.id, s, locale, false)} · ${s.func} ${dimension.function.title}`
      : nothing}
  </p>`;
}

/**
 * The key to the markers. Its glyphs are drawn by CSS (no SVG per item), and the keys that
 * scores bring ("next gear", "not rated") keep their place, unseen, before scores arrive, so
 * that the legend keeps its height when they do.
 */
export function renderLegend(model: WheelModel, s: Strings): TemplateResult {
  const unscored = model.scored ? '' : 'pending';
  return html`<ul class="legend" part="legend">
    ${model.framework.phases.map((phase, i) => html`<li><span class="key dots-${Math.min(i + 1, 3)}"></span>${phase.title}</li>`)}
    <li class=${unscored} aria-hidden=${model.scored ? 'false' : 'true'}><span class="key next-key"></span>${s.legendNext}</li>
    <li class=${unscored} aria-hidden=${model.scored ? 'false' : 'true'}><span class="key unrated-key"></span>${s.legendUnrated}</li>
    ${model.compared ? html`<li><span class="key before-key"></span>${s.legendBefore}</li>` : nothing}
    ${model.aggregated
      ? html`<li><span class="key spread-key"></span>${s.legendSpread}</li>
          <li><span class="key divergent-key"></span>${s.legendDivergent}</li>`
      : nothing}
  </ul>`;
}

/**
 * The data behind the wheel as a table, built when a person asks for it (the button, which
 * stays out of sight until it has the keyboard focus): every rouage already carries the same
 * words in its accessible name, so the table is an alternative view, not the only one.
 */
export function renderTable(model: WheelModel, s: Strings, open: boolean, toggle: () => void): TemplateResult {
  const { framework } = model;
  return html`<div class="data">
    <button type="button" class="data-toggle ${open ? 'open' : ''}" aria-expanded=${open ? 'true' : 'false'} @click=${toggle}>${s.tableCaption}</button>
    ${open
      ? html`<table>
          <caption>${s.tableCaption}</caption>
          <thead>
            <tr><th scope="col">${s.dimension}</th><th scope="col">${s.rouage}</th><th scope="col">${s.phase}</th><th scope="col">${s.score}</th><th scope="col">${s.state}</th></tr>
          </thead>
          <tbody>
            ${model.layout.cells.map((cell) => {
              const rouage = framework.rouages.find((r) => r.id === cell.id)!;
              const view = model.cells.get(cell.id)!;
              return html`<tr>
                <td>${framework.dimensions.find((d) => d.id === cell.dimension)!.title}</td>
                <th scope="row">${rouage.title}</th>
                <td>${framework.phases.find((p) => p.id === rouage.phase)!.title}</td>
                <td>${model.scored ? (view.score === null ? s.unrated : s.percent(view.score)) : ''}</td>
                <td>${stateWords(model, cell.id, s)}</td>
              </tr>`;
            })}
          </tbody>
        </table>`
      : nothing}
  </div>`;
}
