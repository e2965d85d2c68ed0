import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { RouagesElement } from '../shared/rouages-element.js';
import { baseStyles } from '../shared/styles.js';
import type { DiagnosticInput, DiagnosticsInput, ScoresInput } from '../shared/inputs.js';
import { planMarkStyles, planMarksReader } from '../rouages-plan/plan-marks.js';
import { wheelStyles } from './rouages-wheel.styles.js';
import { wheelModel, type WheelModel } from './model.js';
import { renderHub, renderSectors, type DrawState } from './view-wheel.js';
import { renderCaption, renderLegend, renderTable } from './views.js';
import { TextWidthController, cellForKey } from './wheel-controller.js';

/**
 * @summary The 20 rouages of the method as one wheel of gears, grouped in the 5 dimensions, showing where a project stands.
 *
 * @event {CustomEvent<{ id: string }>} rouages-select - A rouage was chosen (click, Enter or Space); `detail: { id }`. Cancelable: call `preventDefault()` to keep the selection as it was.
 * @event {CustomEvent<{ id: string }>} rouage-select - Deprecated: the old name of `rouages-select`, still dispatched right after it until the next minor version.
 *
 * @csspart base - The element's container.
 * @csspart wheel - The SVG wheel.
 * @csspart dimension - One dimension's gear band (with its label).
 * @csspart dimension-label - A dimension's name and function on its band.
 * @csspart rouage - One rouage's cell (a focusable control).
 * @csspart label - A rouage's title in its cell.
 * @csspart hub - The centre of the wheel (overall score).
 * @csspart caption - The line under the wheel describing the rouage pointed at or focused.
 * @csspart legend - The key to the markers.
 * @csspart message - A message about input that could not be read.
 *
 * CSS custom properties: see `cssProperties` in custom-elements.json, generated from the styles and
 * src/elements/shared/tokens.json (one description per token, for every element).
 */
export class RouagesWheel extends RouagesElement {
  static override styles = [baseStyles, wheelStyles, planMarkStyles];

  /** The provider's plan: each rouage's actions to do and done (a dashed or solid outline, and in words). */
  private readonly readPlanMarks = planMarksReader();

  /** A diagnostic (object or JSON) to show the scores of; the provider's when absent. */
  @property({ attribute: false }) diagnostic?: DiagnosticInput;

  /** Precomputed scores `{ rouageId: 0..1 | null }` (object or JSON), for pages that score elsewhere. */
  @property({
    converter: { fromAttribute: (value: string | null) => value ?? undefined },
  })
  scores?: ScoresInput;

  /** An earlier diagnostic of the same project: its scores are drawn as dashed lines across the cells. */
  @property({ attribute: false }) compare?: DiagnosticInput;

  /**
   * Several diagnostics of one project (a list, or its JSON): the spread between respondents is
   * drawn in each cell. Inside a provider whose group has two or more diagnostics (files a report
   * beside took in, say), the wheel shows that group, as the report does.
   */
  @property({ attribute: false }) aggregate?: DiagnosticsInput;

  /** The id of the selected rouage. */
  @property({ reflect: true }) selected?: string;

  /** A dimension or phase id to bring forward; the other rouages fade. */
  @property({ reflect: true }) highlight?: string;

  /** The rouage under the pointer or the keyboard focus, described under the wheel. */
  @state() private pointed?: string;

  /** The rouage that holds the wheel's one Tab stop. */
  @state() private active?: string;

  /** Whether the data table was asked for. */
  @state() private tableOpen = false;

  /** The width the text is laid out for (see `TextWidthController`). */
  private readonly size = new TextWidthController(this);

  /** The view model, computed in `willUpdate` from the inputs; undefined while no framework is resolved. */
  private view?: WheelModel;
  private resolved: ReturnType<RouagesElement['resolveFramework']> = { loading: true };

  /** The selection in effect: this element's, else the provider's. */
  private get selection(): string | null | undefined {
    return this.selected ?? this.context?.selected;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('selected') && this.selected) this.active = this.selected;
    this.resolved = this.resolveFramework();
    const framework = this.resolved.framework;
    this.view = framework
      ? wheelModel(this, framework, this.activeLocale, this.strings, this.context, this.read, this.readPlanMarks(this.context?.plan, framework))
      : undefined;
  }

  override render() {
    const model = this.view;
    if (!model) {
      return this.renderUnresolved(this.resolved);
    }
    const s = this.strings;
    const lang = this.activeLocale;
    const tabStop = model.layout.cells.some((c) => c.id === this.active) ? this.active : (this.selection ?? model.layout.cells[0]?.id);
    const draw: DrawState = { width: this.size.width, selection: this.selection, pointed: this.pointed, highlight: this.highlight, active: tabStop, strings: s, locale: lang };
    return html`<div class="root" part="base">
      ${model.errors.map((error) => html`<p class="message" part="message" role="alert">${error}</p>`)}
      <figure class="figure">
        <svg
          part="wheel"
          viewBox="-500 -500 1000 1000"
          focusable="false"
          tabindex="-1"
          role="group"
          aria-labelledby="wheel-title"
          aria-describedby="wheel-desc"
          @keydown=${this.onKeydown}
          @click=${this.onClick}
          @pointerover=${this.onPoint}
          @pointerleave=${this.onLeave}
          @focusin=${this.onPoint}
        >
          <title id="wheel-title">${model.framework.title}</title>
          <desc id="wheel-desc">${s.wheelDescription(model.layout.cells.length)}</desc>
          <defs>
            <pattern id="hatch" width="14" height="14" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect class="hatch-bg" width="14" height="14"></rect>
              <line class="hatch-line" x1="0" y1="0" x2="0" y2="14"></line>
            </pattern>
          </defs>
          ${renderSectors(model, draw)} ${renderHub(model, draw)}
        </svg>
      </figure>
      ${renderCaption(model, this.pointed ?? this.selection, s, lang)} ${renderLegend(model, s)} ${renderTable(model, s, this.tableOpen, this.toggleTable)}
    </div>`;
  }

  private toggleTable = () => {
    this.tableOpen = !this.tableOpen;
  };

  private cellOf(event: Event): string | undefined {
    for (const target of event.composedPath()) {
      if (target instanceof Element && target.classList.contains('cell')) return target.getAttribute('data-id') ?? undefined;
      if (target === this) break;
    }
    return undefined;
  }

  private onPoint = (event: Event) => {
    const id = this.cellOf(event);
    if (id) this.pointed = id;
  };

  private onLeave = () => {
    this.pointed = undefined;
  };

  private onClick = (event: MouseEvent) => {
    const id = this.cellOf(event);
    if (id) this.choose(id);
  };

  /** Selects a rouage: tells the page (which may cancel), then the provider or this element keeps it. */
  private choose(id: string) {
    this.active = id;
    if (!this.emit('rouages-select', { id }, { cancelable: true })) return;
    // Inside a provider, the provider holds the selection, so every element there follows it.
    if (this.context && this.selected === undefined) this.context.select(id);
    else this.selected = id;
  }

  private onKeydown = (event: KeyboardEvent) => {
    const current = this.cellOf(event);
    const layout = this.view?.layout;
    const cell = layout?.cells.find((c) => c.id === current);
    if (!current || !layout || !cell) return;
    const target = cellForKey(event.key, cell, layout, getComputedStyle(this).direction === 'rtl');
    if (!target) return;
    event.preventDefault();
    if (target === 'choose') {
      this.choose(current);
      return;
    }
    this.active = target.id;
    this.pointed = target.id;
    void this.updateComplete.then(() => (this.renderRoot.querySelector(`[data-id="${target.id}"]`) as SVGGElement | null)?.focus());
  };
}

declare global {
  interface HTMLElementEventMap {
    'rouages-select': CustomEvent<{ id: string }>;
  }
}
