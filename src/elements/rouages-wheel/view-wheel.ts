/**
 * The wheel's drawing: the dimensions' gear bands, the rouages' cells and the hub, as SVG
 * templates. Pure functions of the model and of what the element knows of its state (width,
 * selection, pointer, highlight).
 *
 * What it costs is its nodes: each cell is one template instance whose values go to attributes
 * and properties rather than child parts, its text has as many lines as it shows (a template
 * per line count, not empty lines), and what only some cells have (the earlier score, the
 * spread, the markers) is absent elsewhere.
 */
import { nothing, svg, type TemplateResult } from 'lit';
import { cssProps } from '../shared/css-props.js';
import type { Strings } from '../shared/i18n.js';
import { dimensionColor } from '../shared/styles.js';
import { RADIUS, annularSector, arc, discs, fitLabel, gearBand, isLeft, radialRotation, type CellLayout } from './geometry.js';
import type { WheelModel } from './model.js';
import { describeRouage } from './words.js';

/** What the drawing needs of the element besides the model. */
export interface DrawState {
  /** The width the text is laid out for, in CSS pixels (see `textLayoutWidth`). */
  width: number;
  selection?: string | null;
  pointed?: string;
  highlight?: string;
  /** The rouage that holds the wheel's one Tab stop. */
  active?: string;
  strings: Strings;
  locale: string;
}

/** Font size in user units for a size in CSS pixels at the current width. */
const units = (state: DrawState, px: number): number => (px * 1000) / Math.max(200, state.width);

/** The rouages' label size in CSS pixels: 10 to 15, growing with the wheel. */
const labelPx = (state: DrawState): number => Math.min(15, Math.max(10, state.width / 60));

/** The dimensions' sectors, each with its band and its cells. */
export function renderSectors(model: WheelModel, state: DrawState): TemplateResult[] {
  return model.layout.sectors.map((sector) => {
    const dimension = model.framework.dimensions.find((d) => d.id === sector.id)!;
    const font = units(state, labelPx(state) * 1.05);
    const mid = (RADIUS.bandInner + RADIUS.bandOuter) / 2;
    const arcLength = (sector.end - sector.start) * mid - font;
    const label = fitLabel([`${dimension.title} · ${dimension.function.title}`, dimension.title, dimension.title.split(' ')[0]!], arcLength, font, 1)[0];
    const isActive = sector.cells.some((c) => c.id === state.pointed || c.id === state.selection);
    const dimmed = model.framework.dimensions.some((d) => d.id === state.highlight) && state.highlight !== sector.id;
    return svg`<g class="sector ${isActive ? 'active-sector' : ''}" style=${cssProps({ '--c': dimensionColor(sector.id, sector.index) })}>
      <g part="dimension" class="band ${dimmed ? 'dimmed' : ''}">
        <path class="gear" d=${gearBand(RADIUS.bandInner, RADIUS.bandOuter, RADIUS.tooth, sector.start + 0.01, sector.end - 0.01, sector.cells.length * 3)}></path>
        <path id=${`arc-${sector.id}`} d=${arc(mid, sector.start, sector.end)} fill="none"></path>
        <text class="dimension-label" part="dimension-label" font-size=${font} aria-hidden="true">
          <textPath href=${`#arc-${sector.id}`} startOffset="50%" text-anchor="middle">${label}</textPath>
        </text>
      </g>
      ${sector.cells.map((cell) => renderCell(model, cell, state))}
    </g>`;
  });
}

function isDimmed(cell: CellLayout, phase: string, model: WheelModel, highlight: string | undefined): boolean {
  if (!highlight) return false;
  if (model.framework.dimensions.some((d) => d.id === highlight)) return cell.dimension !== highlight;
  if (model.framework.phases.some((p) => p.id === highlight)) return phase !== highlight;
  return false;
}

/** `plan-open` (actions to do), `plan-done` (all done) or nothing, from the provider's plan. */
function planClass(model: WheelModel, id: string): string {
  const mark = model.planMarks?.get(id);
  return !mark ? '' : mark.open ? 'plan-open' : 'plan-done';
}

/**
 * One rouage: a control (role button, named with its full title and state) holding its shapes,
 * then its words, turned along the radius and hidden from assistive technology, since the
 * control's name says them. One template instance for both.
 */
function renderCell(model: WheelModel, cell: CellLayout, state: DrawState): TemplateResult {
  const rouage = model.framework.rouages.find((r) => r.id === cell.id)!;
  const view = model.cells.get(cell.id)!;
  const { cellInner, cellOuter } = RADIUS;
  const span = cellOuter - cellInner;
  const font = units(state, labelPx(state));
  const showPercent = model.scored && state.width >= 420;
  const next = view.next && model.scored;
  const marked = next || view.divergent;
  const labelStart = cellInner + font * 0.9;
  const labelEnd = cellOuter - (showPercent ? font * 3 : font * 0.6) - (marked ? font * 0.9 : 0);
  const labelMid = (labelStart + labelEnd) / 2;
  const lineCount = Math.max(1, Math.min(3, Math.floor(((cell.end - cell.start) * labelMid) / (font * 1.05))));
  const lines = fitLabel([rouage.title, rouage.shortTitle ?? rouage.title], labelEnd - labelStart, font, lineCount);
  const rotate = `rotate(${radialRotation(cell.mid)})`;
  // On the left half the text is turned round to stay upright, so distances along the radius flip sign.
  const along = (r: number) => (isLeft(cell.mid) ? -r : r);
  const unrated = model.scored && view.score === null;
  const selected = state.selection === cell.id;
  const dotR = Math.max(4, font * 0.13);
  const dots = discs(
    Array.from({ length: cell.phaseRank + 1 }, (_, i) => [along(cellInner + dotR * 2), (i - cell.phaseRank / 2) * dotR * 2.6]),
    dotR,
  );
  const markerR = cellOuter - font * 0.75;
  const dimmed = isDimmed(cell, rouage.phase, model, state.highlight);
  const outline = annularSector(cellInner, cellOuter, cell.start, cell.end);
  const fill = view.score !== null && view.score > 0 ? annularSector(cellInner, cellInner + span * view.score, cell.start, cell.end) : nothing;
  // What only some wheels have (an earlier score, the spread between respondents) is one part, absent elsewhere.
  const spread = view.min != null && view.max != null && view.max > view.min;
  const extras =
    spread || view.before != null
      ? svg`${spread ? svg`<path class="spread" d=${annularSector(cellInner + span * view.min!, cellInner + span * view.max!, cell.mid - (cell.end - cell.start) * 0.12, cell.mid + (cell.end - cell.start) * 0.12)}></path>` : nothing}${view.before != null ? svg`<path class="before" d=${arc(cellInner + span * view.before, cell.start, cell.end, false)}></path>` : nothing}`
      : nothing;
  const marks = marked
    ? view.divergent
      ? svg`<path class="marker" d=${markers(along, markerR, font, next, true)}></path><path class="marker-mark" d=${exclamation(along, markerR, font, next)}></path>`
      : svg`<path class="marker" d=${markers(along, markerR, font, next, false)}></path>`
    : nothing;
  const percent = showPercent && view.score !== null ? state.strings.percent(view.score) : '';
  const percentX = along(cellOuter - font * 1.5 - (marked ? font * 0.9 : 0));
  const classes = `cell ${unrated ? 'unrated' : ''} ${next ? 'next' : ''} ${selected ? 'selected' : ''} ${dimmed ? 'dimmed' : ''} ${planClass(model, cell.id)}`;
  // The words follow the control rather than sit in it: text inside a control must be part of
  // its name (WCAG 2.5.3), and its name is the full title and state, not the lines drawn.
  return svg`<g class=${classes} part="rouage" role="button" data-id=${cell.id} tabindex=${cell.id === state.active ? 0 : -1} aria-pressed=${selected ? 'true' : 'false'} aria-label=${describeRouage(model, cell.id, state.strings, state.locale)}><path class="cell-bg" d=${outline}></path><path class="fill" d=${fill}></path>${extras}<path class="outline" d=${outline}></path></g><g class=${dimmed ? 'words dimmed' : 'words'} data-for=${cell.id} transform=${rotate} aria-hidden="true"><path class="phase-dot" d=${dots}></path>${label(lines, along(labelMid), font, percent, percentX)}${marks}</g>`;
}

/**
 * A cell's label: one `<text>` with a tspan per line (a template per number of lines, so that
 * no empty line is drawn), then its score (empty when not shown); all properties and
 * attributes, no child part, so that a label is one template instance with no marker.
 */
function label(lines: readonly string[], x: number, font: number, percent: string, percentX: number): TemplateResult {
  const y = (i: number) => (i - (lines.length - 1) / 2) * font * 1.02;
  const [a = '', b = '', c = ''] = lines;
  const size = font * 0.95;
  if (lines.length === 1) return svg`<text class="label" part="label" font-size=${font}><tspan x=${x} y=${y(0)} .textContent=${a}></tspan><tspan class="percent" font-size=${size} x=${percentX} y="0" .textContent=${percent}></tspan></text>`;
  if (lines.length === 2) return svg`<text class="label" part="label" font-size=${font}><tspan x=${x} y=${y(0)} .textContent=${a}></tspan><tspan x=${x} y=${y(1)} .textContent=${b}></tspan><tspan class="percent" font-size=${size} x=${percentX} y="0" .textContent=${percent}></tspan></text>`;
  return svg`<text class="label" part="label" font-size=${font}><tspan x=${x} y=${y(0)} .textContent=${a}></tspan><tspan x=${x} y=${y(1)} .textContent=${b}></tspan><tspan x=${x} y=${y(2)} .textContent=${c}></tspan><tspan class="percent" font-size=${size} x=${percentX} y="0" .textContent=${percent}></tspan></text>`;
}

/**
 * The markers of a cell as one path: a triangle pointing outwards for "the next gear to turn",
 * a disc for "respondents disagree here" (its "!" is drawn over it), side by side when both.
 */
function markers(along: (r: number) => number, r: number, font: number, next: boolean, divergent: boolean): string {
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
function exclamation(along: (r: number) => number, r: number, font: number, shifted: boolean): string {
  const size = font * 0.5;
  const cx = along(r);
  const cy = shifted ? size * 1.2 : 0;
  const w = size * 0.13;
  return `M${cx - w} ${cy - size * 0.62}h${2 * w}v${size * 0.8}h${-2 * w}Z${discs([[cx, cy + size * 0.45]], w * 1.1)}`;
}

/** The centre: the overall score when there are scores, else the method's title. */
export function renderHub(model: WheelModel, state: DrawState): TemplateResult {
  const font = units(state, labelPx(state));
  const s = state.strings;
  const titleLines = fitLabel([model.framework.title], RADIUS.hub * 1.6, font, 3);
  return svg`<g part="hub" class="hub">
      <circle class="hub-disc" r=${RADIUS.hub - 6}></circle>
      ${model.scored
        ? svg`<text class="hub-text hub-value" y=${-font * 0.5} font-size=${Math.min(font * 2.6, 80)}>${model.overall === null ? '—' : s.percent(model.overall)}</text>
              <text class="hub-text" y=${font * 1.5} font-size=${font * 0.9}>${s.overall}</text>`
        : svg`<text class="hub-text" font-size=${font} aria-hidden="true">${titleLines.map((line, i) => svg`<tspan x="0" y=${(i - (titleLines.length - 1) / 2) * font * 1.2}>${line}</tspan>`)}</text>`}
    </g>`;
}
