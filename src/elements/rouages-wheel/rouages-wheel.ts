import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { cssProps } from '../shared/css-props.js';
import { diagnosticDate, scoreFromRouages, type Framework } from '../../sdk/api.js';
import { RouagesElement } from '../shared/rouages-element.js';
import { baseStyles, dimensionColor } from '../shared/styles.js';
import { diagnosticFrom, diagnosticsFrom, memoize, type DiagnosticInput, type DiagnosticsInput, type ScoresInput } from '../shared/inputs.js';
import { wheelStyles } from './rouages-wheel.styles.js';
import { RADIUS, annularSector, arc, discs, fitLabel, gearBand, isLeft, layoutWheel, radialRotation, textLayoutWidth, type CellLayout } from './geometry.js';
import { renderLegend, renderTable, type CellView, type WheelModel } from './views.js';
import { planMarkStyles, planMarkWords, planMarksReader, type PlanMark } from '../rouages-plan/plan-marks.js';

const layoutOnce = memoize(layoutWheel);

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
  private planMarks?: Map<string, PlanMark>;

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

  /**
   * The width the text is laid out for, in CSS pixels (see `textLayoutWidth`): read once before
   * the first render, so that the wheel renders once at its size; the ResizeObserver follows
   * later changes, and only a change of that width renders again.
   */
  @state() private width = 600;

  /** Whether the data table was asked for. */
  @state() private tableOpen = false;

  private resizeObserver?: ResizeObserver;

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof ResizeObserver !== 'undefined') {
      this.resizeObserver ??= new ResizeObserver((entries) => {
        const width = textLayoutWidth(entries[0]?.contentRect.width ?? 0);
        if (width > 0 && width !== this.width) this.width = width;
      });
      this.resizeObserver.observe(this);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
  }

  /** The selection in effect: this element's, else the provider's. */
  private get selection(): string | null | undefined {
    return this.selected ?? this.context?.selected;
  }

  private model(framework: Framework): WheelModel {
    const locale = this.activeLocale;
    const errors: string[] = [];
    const layout = layoutOnce(framework);
    // The provider's inputs come read once by the provider (see diagnosticFrom).
    const group = diagnosticsFrom(this.aggregate, this.context, framework, locale, this.read.diagnostics);
    const providerGroup = this.diagnostic == null && this.scores == null && this.aggregate == null && this.compare == null && this.context?.compare == null && (group?.value.length ?? 0) >= 2;
    const diagnostic = providerGroup ? undefined : diagnosticFrom(this.diagnostic, this.context, 'diagnostic', framework, locale, this.read.diagnostic);
    const scores = this.read.scores(this.scores, framework, locale);
    const compare = diagnosticFrom(this.compare, this.context, 'compare', framework, locale, this.read.diagnostic);
    if (diagnostic?.error) errors.push(this.strings.badDiagnostic(diagnostic.error));
    if (scores?.error) errors.push(this.strings.badScores(scores.error));
    if (compare?.error) errors.push(this.strings.badDiagnostic(compare.error));
    if (group?.errors.length) errors.push(...group.errors.map((e) => this.strings.badDiagnostic(e)));

    const aggregate = group?.value.length ? this.read.aggregate(group.value, framework) : undefined;
    let rouageScores: Map<string, number | null> | undefined;
    let overall: number | null = null;
    const nexts = new Set<string>();
    if (diagnostic?.value) {
      const score = this.read.score(diagnostic.value, framework);
      rouageScores = new Map(score.rouages.map((r) => [r.id, r.score]));
      overall = score.overall;
      for (const d of score.dimensions) if (d.next) nexts.add(d.next);
    } else if (scores?.value || aggregate) {
      // The SDK computes dimensions, next gears and the overall: from the page's scores, else the group's.
      rouageScores = scores?.value ?? new Map(aggregate!.rouages.map((r) => [r.id, r.mean]));
      const summary = scores?.value ? scoreFromRouages(scores.value, framework) : aggregate!;
      overall = summary.overall;
      for (const d of summary.dimensions) if (d.next) nexts.add(d.next);
    }
    const before = compare?.value ? this.read.score(compare.value, framework) : undefined;
    const beforeScores = before ? new Map(before.rouages.map((r) => [r.id, r.score])) : undefined;
    const spread = aggregate ? new Map(aggregate.rouages.map((r) => [r.id, r])) : undefined;

    this.planMarks = this.readPlanMarks(this.context?.plan, framework);
    const cells = new Map<string, CellView>();
    for (const cell of layout.cells) {
      const view: CellView = { score: rouageScores?.get(cell.id) ?? null, divergent: false, next: nexts.has(cell.id) };
      if (beforeScores) view.before = beforeScores.get(cell.id) ?? null;
      const s = spread?.get(cell.id);
      if (s) Object.assign(view, { min: s.min, max: s.max, divergent: s.divergent });
      cells.set(cell.id, view);
    }
    return {
      framework,
      layout,
      cells,
      scored: Boolean(rouageScores),
      overall,
      compared: Boolean(beforeScores),
      aggregated: group?.value.length ?? 0,
      beforeDate: compare?.value ? diagnosticDate(compare.value) : undefined,
      errors,
    };
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('selected') && this.selected) this.active = this.selected;
    if (!this.hasUpdated && this.isConnected) {
      // The host is a block whose width comes from its container, not from its content: known
      // before anything is drawn. Reading it here costs one layout of the page, not a second render.
      const width = textLayoutWidth(this.getBoundingClientRect().width);
      if (width > 0) this.width = width;
    }
  }

  override render() {
    const resolved = this.resolveFramework();
    if (!resolved.framework) {
      return this.renderUnresolved(resolved);
    }
    const model = this.model(resolved.framework);
    const s = this.strings;
    const active = model.layout.cells.some((c) => c.id === this.active) ? this.active : (this.selection ?? model.layout.cells[0]?.id);
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
          @keydown=${(event: KeyboardEvent) => this.onKeydown(event, model)}
          @click=${this.onClick}
          @pointerover=${this.onPoint}
          @pointerleave=${() => (this.pointed = undefined)}
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
          ${model.layout.sectors.map((sector) => this.renderSector(model, sector.index, active))}
          ${this.renderHub(model)}
        </svg>
      </figure>
      ${this.renderCaption(model)} ${renderLegend(model, s)} ${renderTable(model, s, this.tableOpen, this.toggleTable)}
    </div>`;
  }

  /** Font size in user units for a size in CSS pixels at the current width. */
  private units(px: number): number {
    return (px * 1000) / Math.max(200, this.width);
  }

  private get labelPx(): number {
    return Math.min(15, Math.max(10, this.width / 60));
  }

  private renderSector(model: WheelModel, index: number, active: string | undefined): TemplateResult {
    const sector = model.layout.sectors[index]!;
    const dimension = model.framework.dimensions.find((d) => d.id === sector.id)!;
    const color = dimensionColor(sector.id, index);
    const font = this.units(this.labelPx * 1.05);
    const mid = (RADIUS.bandInner + RADIUS.bandOuter) / 2;
    const arcLength = (sector.end - sector.start) * mid - font;
    const label = fitLabel([`${dimension.title} · ${dimension.function.title}`, dimension.title, dimension.title.split(' ')[0]!], arcLength, font, 1)[0];
    const isActive = sector.cells.some((c) => c.id === this.pointed || c.id === this.selection);
    const dimmed = model.framework.dimensions.some((d) => d.id === this.highlight) && this.highlight !== sector.id;
    const cells = sector.cells.map((cell) => this.renderCell(model, cell, active));
    return svg`<g class="sector ${isActive ? 'active-sector' : ''}" style=${cssProps({ '--c': color })}>
      <g part="dimension" class="band ${dimmed ? 'dimmed' : ''}">
        <path class="gear" d=${gearBand(RADIUS.bandInner, RADIUS.bandOuter, RADIUS.tooth, sector.start + 0.01, sector.end - 0.01, sector.cells.length * 3)}></path>
        <path id=${`arc-${sector.id}`} d=${arc(mid, sector.start, sector.end)} fill="none"></path>
        <text class="dimension-label" part="dimension-label" font-size=${font} aria-hidden="true">
          <textPath href=${`#arc-${sector.id}`} startOffset="50%" text-anchor="middle">${label}</textPath>
        </text>
      </g>
      ${cells.map((c) => c.control)} ${cells.map((c) => c.words)}
    </g>`;
  }

  private renderCell(model: WheelModel, cell: CellLayout, active: string | undefined): { control: TemplateResult; words: TemplateResult } {
    const rouage = model.framework.rouages.find((r) => r.id === cell.id)!;
    const view = model.cells.get(cell.id)!;
    const { cellInner, cellOuter } = RADIUS;
    const span = cellOuter - cellInner;
    const font = this.units(this.labelPx);
    const showPercent = model.scored && this.width >= 420;
    const marked = (view.next && model.scored) || view.divergent;
    const labelStart = cellInner + font * 0.9;
    const labelEnd = cellOuter - (showPercent ? font * 3 : font * 0.6) - (marked ? font * 0.9 : 0);
    const labelMid = (labelStart + labelEnd) / 2;
    const lineCount = Math.max(1, Math.min(3, Math.floor(((cell.end - cell.start) * labelMid) / (font * 1.05))));
    const lines = fitLabel([rouage.title, rouage.shortTitle ?? rouage.title], labelEnd - labelStart, font, lineCount);
    const rotation = radialRotation(cell.mid);
    // On the left half the text is turned round to stay upright, so distances along the radius flip sign.
    const along = (r: number) => (isLeft(cell.mid) ? -r : r);
    const unrated = model.scored && view.score === null;
    const selected = this.selection === cell.id;
    const dotR = Math.max(4, font * 0.13);
    const dots = discs(
      Array.from({ length: cell.phaseRank + 1 }, (_, i) => [along(cellInner + dotR * 2), (i - cell.phaseRank / 2) * dotR * 2.6]),
      dotR,
    );
    const markerR = cellOuter - font * 0.75;
    const dimmed = this.isDimmed(cell, rouage.phase, model);
    const outline = annularSector(cellInner, cellOuter, cell.start, cell.end);
    // What only some wheels have (an earlier score, the spread between respondents) is one part, absent elsewhere.
    const spread = view.min != null && view.max != null && view.max > view.min;
    const extras =
      spread || view.before != null
        ? svg`${spread ? svg`<path class="spread" d=${annularSector(cellInner + span * view.min!, cellInner + span * view.max!, cell.mid - (cell.end - cell.start) * 0.12, cell.mid + (cell.end - cell.start) * 0.12)}></path>` : nothing}${view.before != null ? svg`<path class="before" d=${arc(cellInner + span * view.before, cell.start, cell.end, false)}></path>` : nothing}`
        : nothing;
    // The control holds shapes only; its words are drawn in a layer of their own, hidden from
    // assistive technology, since the control's name (the full title and state) says them.
    // Values go to attributes and properties rather than child parts, so that a cell is a few
    // elements with no markers between them.
    const control = svg`<g class="cell ${unrated ? 'unrated' : ''} ${view.next && model.scored ? 'next' : ''} ${selected ? 'selected' : ''} ${dimmed ? 'dimmed' : ''} ${this.planClass(cell.id)}" part="rouage" role="button" data-id=${cell.id} tabindex=${cell.id === active ? 0 : -1} aria-pressed=${selected ? 'true' : 'false'} aria-label=${this.describe(model, cell.id)}><path class="cell-bg" d=${outline}></path><path class="fill" d=${view.score !== null && view.score > 0 ? annularSector(cellInner, cellInner + span * view.score, cell.start, cell.end) : nothing}></path>${extras}<path class="outline" d=${outline}></path></g>`;
    // One <text> per cell: its lines, then its score, each a tspan placed on its own.
    const x = along(labelMid);
    const y = (i: number) => (i - (lines.length - 1) / 2) * font * 1.02;
    const percentX = along(cellOuter - font * 1.5 - (marked ? font * 0.9 : 0));
    const percent = showPercent && view.score !== null ? this.strings.percent(view.score) : '';
    const words = svg`<g class="words ${dimmed ? 'dimmed' : ''}" data-for=${cell.id} transform="rotate(${rotation})" aria-hidden="true"><path class="phase-dot" d=${dots}></path><text class="label" part="label" font-size=${font}><tspan x=${x} y=${y(0)} .textContent=${lines[0] ?? ''}></tspan><tspan x=${x} y=${y(1)} .textContent=${lines[1] ?? ''}></tspan><tspan x=${x} y=${y(2)} .textContent=${lines[2] ?? ''}></tspan><tspan class="percent" font-size=${font * 0.95} x=${percentX} y="0" .textContent=${percent}></tspan></text><path class="marker" d=${marked ? this.markers(along, markerR, font, view.next && model.scored, view.divergent) : nothing}></path>${view.divergent ? svg`<path class="marker-mark" d=${this.exclamation(along, markerR, font, view.next && model.scored)}></path>` : nothing}</g>`;
    return { control, words };
  }

  private isDimmed(cell: CellLayout, phase: string, model: WheelModel): boolean {
    const target = this.highlight;
    if (!target) return false;
    const isDimension = model.framework.dimensions.some((d) => d.id === target);
    const isPhase = model.framework.phases.some((p) => p.id === target);
    if (isDimension) return cell.dimension !== target;
    if (isPhase) return phase !== target;
    return false;
  }

  /**
   * The markers of a cell as one path: a triangle pointing outwards for "the next gear to turn",
   * a disc for "respondents disagree here" (its "!" is drawn over it), side by side when both.
   */
  private markers(along: (r: number) => number, r: number, font: number, next: boolean, divergent: boolean): string {
    const size = font * 0.5;
    const parts: string[] = [];
    if (next) {
      const y = divergent ? -size * 1.2 : 0;
      const tip = along(r + size * 0.6);
      const base = along(r - size * 0.6);
      parts.push(`M${tip} ${y}L${base} ${y - size}L${base} ${y + size}Z`);
    }
    if (divergent) parts.push(discs([[along(r), next ? size * 1.2 : 0]], size));
    return parts.join('');
  }

  /** The "!" on the divergence disc: a bar and a dot, in the background colour. */
  private exclamation(along: (r: number) => number, r: number, font: number, shifted: boolean): string {
    const size = font * 0.5;
    const cx = along(r);
    const cy = shifted ? size * 1.2 : 0;
    const w = size * 0.13;
    return `M${cx - w} ${cy - size * 0.62}h${2 * w}v${size * 0.8}h${-2 * w}Z${discs([[cx, cy + size * 0.45]], w * 1.1)}`;
  }

  private renderHub(model: WheelModel): TemplateResult {
    const font = this.units(this.labelPx);
    const showScore = model.scored;
    const titleLines = fitLabel([model.framework.title], RADIUS.hub * 1.6, font, 3);
    return svg`<g part="hub" class="hub">
      <circle class="hub-disc" r=${RADIUS.hub - 6}></circle>
      ${showScore
        ? svg`<text class="hub-text hub-value" y=${-font * 0.5} font-size=${Math.min(font * 2.6, 80)}>${model.overall === null ? '—' : this.strings.percent(model.overall)}</text>
              <text class="hub-text" y=${font * 1.5} font-size=${font * 0.9}>${this.strings.overall}</text>`
        : svg`<text class="hub-text" font-size=${font} aria-hidden="true">${titleLines.map((line, i) => svg`<tspan x="0" y=${(i - (titleLines.length - 1) / 2) * font * 1.2}>${line}</tspan>`)}</text>`}
    </g>`;
  }

  /** `plan-open` (actions to do), `plan-done` (all done) or nothing, from the provider's plan. */
  private planClass(id: string): string {
    const mark = this.planMarks?.get(id);
    return !mark ? '' : mark.open ? 'plan-open' : 'plan-done';
  }

  /** The words for one rouage: its accessible name, its caption and its table row say the same. */
  private describe(model: WheelModel, id: string, withTitle = true): string {
    const s = this.strings;
    const rouage = model.framework.rouages.find((r) => r.id === id)!;
    const dimension = model.framework.dimensions.find((d) => d.id === rouage.dimension)!;
    const phase = model.framework.phases.find((p) => p.id === rouage.phase)!;
    const view = model.cells.get(id)!;
    const parts = withTitle ? [rouage.title, dimension.title] : [dimension.title];
    if (model.scored) parts.push(view.score === null ? s.unrated : s.percent(view.score));
    if (model.scored && view.next) parts.push(s.next);
    if (view.before !== undefined) parts.push(`${s.before(model.beforeDate ?? '')} ${view.before === null ? s.unrated : s.percent(view.before)}`);
    if (view.min != null && view.max != null) parts.push(s.spread(s.percent(view.min), s.percent(view.max)));
    if (view.divergent) parts.push(s.divergent);
    const mark = this.planMarks?.get(id);
    if (mark) parts.push(planMarkWords(mark, this.activeLocale));
    parts.push(`${s.phase.toLowerCase()} ${phase.title.toLowerCase()}`);
    return parts.join(', ');
  }

  private renderCaption(model: WheelModel): TemplateResult {
    const id = this.pointed ?? this.selection;
    const rouage = id ? model.framework.rouages.find((r) => r.id === id) : undefined;
    const dimension = rouage ? model.framework.dimensions.find((d) => d.id === rouage.dimension) : undefined;
    return html`<p class="caption" part="caption" aria-hidden="true">
      ${rouage && dimension
        ? html`<strong>${rouage.title}</strong><br />${this.describe(model, rouage.id, false)} · ${this.strings.func} ${dimension.function.title}`
        : nothing}
    </p>`;
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

  private onKeydown(event: KeyboardEvent, model: WheelModel) {
    const current = this.cellOf(event);
    if (!current) return;
    const cells = model.layout.cells;
    const sectors = model.layout.sectors;
    const cell = cells.find((c) => c.id === current)!;
    let target: CellLayout | undefined;
    // In a right-to-left page, Left and Right swap, as they do in any horizontal widget.
    const rtl = getComputedStyle(this).direction === 'rtl';
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
    switch (event.key) {
      case forward:
        target = cells[(cell.order + 1) % cells.length];
        break;
      case backward:
        target = cells[(cell.order - 1 + cells.length) % cells.length];
        break;
      case 'ArrowDown':
      case 'ArrowUp': {
        const step = event.key === 'ArrowDown' ? 1 : -1;
        const sector = sectors[(cell.dimensionIndex + step + sectors.length) % sectors.length]!;
        target = sector.cells[Math.min(cell.indexInDimension, sector.cells.length - 1)];
        break;
      }
      case 'Home':
        target = cells[0];
        break;
      case 'End':
        target = cells.at(-1);
        break;
      case 'Enter':
      case ' ':
        event.preventDefault();
        this.choose(current);
        return;
      default:
        return;
    }
    event.preventDefault();
    if (!target) return;
    this.active = target.id;
    this.pointed = target.id;
    void this.updateComplete.then(() => (this.renderRoot.querySelector(`[data-id="${target.id}"]`) as SVGGElement | null)?.focus());
  }
}

declare global {
  interface HTMLElementEventMap {
    'rouages-select': CustomEvent<{ id: string }>;
  }
}
