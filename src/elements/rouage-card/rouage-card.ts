import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { cssProps } from '../shared/css-props.js';
import { indexFramework, ratingLabel, type Diagnostic, type Framework, type Item, type Rouage } from '../../sdk/api.js';
import { RouagesElement } from '../shared/rouages-element.js';
import { diagnosticFrom, type DiagnosticInput } from '../shared/inputs.js';
import { baseStyles, dimensionColor } from '../shared/styles.js';
import { cardPlanStyles, cardStyles } from './rouage-card.styles.js';
import { planReader, renderPlanActions } from './plan-actions.js';

/**
 * @summary One rouage in full: its dimension and function, phase, description, mission, questions, indicators, example tools and outcomes, with its score and ratings when a diagnostic is given, and its actions when a plan is.
 *
 * @csspart base - The card.
 * @csspart dimension - The dimension and function line.
 * @csspart title - The rouage's title (a heading of `heading-level`).
 * @csspart score - The score line.
 * @csspart section-title - The heading of each section.
 * @csspart toggle - The button that expands a compact card.
 * @csspart plan - The actions of the plan on this rouage.
 * @csspart message - A message about input that could not be read.
 * @csspart empty - What the card shows when no rouage is chosen.
 *
 * CSS custom properties: see `cssProperties` in custom-elements.json, generated from the styles and
 * src/elements/shared/tokens.json (one description per token, for every element).
 */
export class RouageCard extends RouagesElement {
  static override styles = [baseStyles, cardStyles, cardPlanStyles];

  /** The id of the rouage to show; the provider's selection when absent. */
  @property({ reflect: true }) rouage?: string;

  /** A diagnostic (object or JSON) whose score and ratings to show; the provider's when absent. */
  @property({ attribute: false }) diagnostic?: DiagnosticInput;

  /** Title, mission and score only, with a button to show the rest. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** The level of the card's heading (1–6), to fit the page's outline; sections are one level below. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** A plan of actions (`rouages-plan/1`, object or JSON) whose actions on this rouage the card lists; the provider's when absent. */
  @property({ attribute: false }) plan?: unknown;

  @state() private expanded = false;

  private readonly readPlan = planReader();

  override render() {
    const resolved = this.resolveFramework();
    if (!resolved.framework) {
      return this.renderUnresolved(resolved);
    }
    const framework = resolved.framework;
    const id = this.rouage ?? this.context?.selected ?? undefined;
    if (!id) return html`<div class="root"><p class="empty" part="empty">${this.strings.chooseRouage}</p></div>`;
    const rouage = framework.rouages.find((r) => r.id === id);
    if (!rouage) return html`<div class="root"><p class="message" part="message" role="alert">${this.strings.unknownRouage(id)}</p></div>`;
    const read = diagnosticFrom(this.diagnostic, this.context, 'diagnostic', framework, this.activeLocale, this.read.diagnostic);
    return html`<div class="root">
      ${read?.error ? html`<p class="message" part="message" role="alert">${this.strings.badDiagnostic(read.error)}</p>` : nothing}
      ${this.renderCard(framework, rouage, read?.value)}
    </div>`;
  }

  private renderCard(framework: Framework, rouage: Rouage, diagnostic: Diagnostic | undefined): TemplateResult {
    const s = this.strings;
    const dimensionIndex = framework.dimensions.findIndex((d) => d.id === rouage.dimension);
    const dimension = framework.dimensions[dimensionIndex]!;
    const phase = framework.phases.find((p) => p.id === rouage.phase);
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 3));
    const sub = Math.min(6, level + 1);
    const score = diagnostic ? this.read.score(diagnostic, framework).rouages.find((r) => r.id === rouage.id) : undefined;
    const collapsed = this.compact && !this.expanded;
    const heading = (text: string) => html`<div class="section-title" part="section-title" role="heading" aria-level=${sub}>${text}</div>`;
    const rated = indexFramework(framework).ratedItems.get(rouage.id) ?? [];
    const ratingOf = (itemId: string) => {
      if (!diagnostic) return nothing;
      const rating = diagnostic.answers[itemId];
      return rating === undefined
        ? html`<span class="rating none">${s.notRated}</span>`
        : html`<span class="rating">${ratingLabel(rating, framework)}${rating === null ? '' : ` (${rating})`}</span>`;
    };
    return html`<article class="card" part="base" style=${cssProps({ '--c': dimensionColor(dimension.id, dimensionIndex) })} aria-labelledby="title">
      <p class="eyebrow" part="dimension">${dimension.title} · ${s.func} ${dimension.function.title}</p>
      <div class="title" part="title" id="title" role="heading" aria-level=${level}>${rouage.title}</div>
      ${phase ? html`<p class="meta">${s.phase}${s.colon} ${phase.title}</p>` : nothing}
      ${score
        ? html`<p class="score" part="score">
            <span>${s.score}</span>
            <span class="bar" aria-hidden="true"><span style=${cssProps({ width: `${Math.round((score.score ?? 0) * 100)}%` })}></span></span>
            <span class="score-value">${score.score === null ? s.unrated : s.percent(score.score)}</span>
          </p>`
        : nothing}
      ${renderPlanActions(this.readPlan(this.plan ?? this.context?.plan, framework, this.activeLocale), rouage.id, framework, this.activeLocale, heading)}
      ${collapsed ? nothing : html`${heading(s.description)}<p>${rouage.description}</p>`}
      ${heading(s.mission)}
      <p>${rouage.mission}${rouage.indicators.length === 0 && diagnostic ? ratingOf(rated[0]?.id ?? '') : nothing}</p>
      ${this.compact
        ? html`<button class="toggle" part="toggle" type="button" aria-expanded=${this.expanded ? 'true' : 'false'} aria-controls="details" @click=${() => (this.expanded = !this.expanded)}>
            ${this.expanded ? s.showLess : s.showMore}
          </button>`
        : nothing}
      <div id="details" ?hidden=${collapsed}>
        ${collapsed
          ? nothing
          : html`${heading(s.questions)}
              <ol>
                ${rouage.questions.map((q) => html`<li>${q.text}${diagnostic?.notes[q.id] ? html`<p class="note">${diagnostic.notes[q.id]}</p>` : nothing}</li>`)}
              </ol>
              ${heading(s.indicators)}
              ${rouage.indicators.length
                ? html`<ul>
                    ${rouage.indicators.map((i) => html`<li>${i.text}${ratingOf(i.id)}</li>`)}
                  </ul>`
                : html`<p>${s.ratedOnMission}</p>`}
              ${heading(rouage.toolsKind === 'productions' ? s.productions : s.tools)} ${this.list(rouage.tools)} ${heading(s.outcomes)} ${this.list(rouage.outcomes)}`}
      </div>
    </article>`;
  }

  private list(items: Item[]): TemplateResult {
    return html`<ul>
      ${items.map((item) => html`<li>${item.text}</li>`)}
    </ul>`;
  }
}
