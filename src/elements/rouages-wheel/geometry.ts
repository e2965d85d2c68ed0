/**
 * The wheel's geometry: pure functions of the framework's shape, in SVG user units around
 * (0, 0). Angles are in radians, 0 at the top, clockwise (as a reader goes round a clock).
 */
import type { Framework } from '../../sdk/api.js';

export const RADIUS = {
  hub: 122,
  cellInner: 130,
  cellOuter: 410,
  bandInner: 418,
  bandOuter: 468,
  tooth: 490,
} as const;

/** The gap between two dimensions, and between two rouages of one dimension. */
const DIMENSION_GAP = 0.045;
const CELL_GAP = 0.012;

export interface CellLayout {
  id: string;
  dimension: string;
  dimensionIndex: number;
  /** Position in its dimension (0 for the first rouage). */
  indexInDimension: number;
  /** Position in the wheel's reading order. */
  order: number;
  phaseRank: number;
  start: number;
  end: number;
  mid: number;
}

export interface SectorLayout {
  id: string;
  index: number;
  start: number;
  end: number;
  cells: CellLayout[];
}

export interface WheelLayout {
  sectors: SectorLayout[];
  cells: CellLayout[];
}

/** Each dimension a sector sized by its number of rouages, each rouage a cell, in the method's order. */
export function layoutWheel(framework: Framework): WheelLayout {
  const phaseRank = new Map(framework.phases.map((p, i) => [p.id, i]));
  const dimensions = framework.dimensions.map((d) => ({ id: d.id, rouages: framework.rouages.filter((r) => r.dimension === d.id) })).filter((d) => d.rouages.length);
  const total = dimensions.reduce((n, d) => n + d.rouages.length, 0);
  const cellAngle = (2 * Math.PI - DIMENSION_GAP * dimensions.length) / total;
  const sectors: SectorLayout[] = [];
  const cells: CellLayout[] = [];
  let angle = DIMENSION_GAP / 2;
  dimensions.forEach((dimension, dimensionIndex) => {
    const start = angle;
    const sectorCells = dimension.rouages.map((rouage, indexInDimension): CellLayout => {
      const cellStart = angle + CELL_GAP / 2;
      const cellEnd = angle + cellAngle - CELL_GAP / 2;
      angle += cellAngle;
      return {
        id: rouage.id,
        dimension: dimension.id,
        dimensionIndex,
        indexInDimension,
        order: cells.length + indexInDimension,
        phaseRank: phaseRank.get(rouage.phase) ?? 0,
        start: cellStart,
        end: cellEnd,
        mid: (cellStart + cellEnd) / 2,
      };
    });
    cells.push(...sectorCells);
    sectors.push({ id: dimension.id, index: dimensionIndex, start, end: angle, cells: sectorCells });
    angle += DIMENSION_GAP;
  });
  return { sectors, cells };
}

/** One decimal is enough at any size; `|| 0` turns -0 into 0, which would print as "-0". */
const round = (n: number) => Math.round(n * 10) / 10 || 0;

/** The point at radius r and angle a. */
export function polar(r: number, a: number): [number, number] {
  return [round(r * Math.sin(a)), round(-r * Math.cos(a))];
}

/** An annular sector (a ring's slice) from r0 to r1, between angles a0 and a1. */
export function annularSector(r0: number, r1: number, a0: number, a1: number): string {
  const large = a1 - a0 > Math.PI ? 1 : 0;
  const [x0, y0] = polar(r1, a0);
  const [x1, y1] = polar(r1, a1);
  const [x2, y2] = polar(r0, a1);
  const [x3, y3] = polar(r0, a0);
  return `M${x0} ${y0}A${r1} ${r1} 0 ${large} 1 ${x1} ${y1}L${x2} ${y2}A${r0} ${r0} 0 ${large} 0 ${x3} ${y3}Z`;
}

/** An arc at radius r, for text to follow: clockwise, or counter-clockwise so that text at the bottom reads upright. */
export function arc(r: number, a0: number, a1: number, upright = isBottom((a0 + a1) / 2)): string {
  const large = a1 - a0 > Math.PI ? 1 : 0;
  if (upright) {
    const [x0, y0] = polar(r, a1);
    const [x1, y1] = polar(r, a0);
    return `M${x0} ${y0}A${r} ${r} 0 ${large} 0 ${x1} ${y1}`;
  }
  const [x0, y0] = polar(r, a0);
  const [x1, y1] = polar(r, a1);
  return `M${x0} ${y0}A${r} ${r} 0 ${large} 1 ${x1} ${y1}`;
}

/** Whether an angle points to the lower half of the wheel, where text along an arc is flipped to stay upright. */
export const isBottom = (a: number) => {
  const t = ((a % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
  return t > Math.PI / 2 && t < (3 * Math.PI) / 2;
};

/** Whether an angle points to the left half, where radial text is turned round to stay upright. */
export const isLeft = (a: number) => {
  const t = ((a % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
  return t > Math.PI;
};

/**
 * A sector's outer rim as a gear: a ring from rInner to rOuter with teeth up to rTooth,
 * `teeth` of them spread evenly. This is what makes the wheel a set of rouages.
 */
export function gearBand(rInner: number, rOuter: number, rTooth: number, a0: number, a1: number, teeth: number): string {
  const step = (a1 - a0) / teeth;
  const parts: string[] = [];
  const [sx, sy] = polar(rOuter, a0);
  parts.push(`M${sx} ${sy}`);
  for (let i = 0; i < teeth; i++) {
    const t0 = a0 + i * step;
    // A tooth: flanks slightly narrower at the tip than at the root.
    const rise = t0 + step * 0.2;
    const top0 = t0 + step * 0.3;
    const top1 = t0 + step * 0.6;
    const fall = t0 + step * 0.7;
    const points = [polar(rOuter, rise), polar(rTooth, top0), polar(rTooth, top1), polar(rOuter, fall)];
    const [rx, ry] = points[0]!;
    parts.push(`A${rOuter} ${rOuter} 0 0 1 ${rx} ${ry}`);
    parts.push(`L${points[1]!.join(' ')}`);
    parts.push(`A${rTooth} ${rTooth} 0 0 1 ${points[2]!.join(' ')}`);
    parts.push(`L${points[3]!.join(' ')}`);
  }
  const [ex, ey] = polar(rOuter, a1);
  const [ix, iy] = polar(rInner, a1);
  const [jx, jy] = polar(rInner, a0);
  const large = a1 - a0 > Math.PI ? 1 : 0;
  parts.push(`A${rOuter} ${rOuter} 0 0 1 ${ex} ${ey}`, `L${ix} ${iy}`, `A${rInner} ${rInner} 0 ${large} 0 ${jx} ${jy}`, 'Z');
  return parts.join('');
}

/** Discs of radius r at the given centres, as one path (two arcs each): one element, however many. */
export function discs(centres: readonly (readonly [number, number])[], r: number): string {
  const d = round(2 * r);
  const rr = round(r);
  return centres.map(([x, y]) => `M${round(x - r)} ${round(y)}a${rr} ${rr} 0 1 0 ${d} 0a${rr} ${rr} 0 1 0 ${-d} 0`).join('');
}

/**
 * The width, in CSS pixels, the wheel lays its text out for when it is `px` wide; 0 when it is
 * not laid out. Text keeps a readable size in pixels: 10 px up to 600 px wide, then 1/60 of the
 * width, then 15 px from 900 px. Between 600 and 900 px text grows with the wheel, so every
 * width there lays out as 600 does and a resize renders nothing; elsewhere widths go by steps
 * of 20 px.
 */
export function textLayoutWidth(px: number): number {
  if (!(px > 0)) return 0;
  if (px >= 600 && px <= 900) return 600;
  return Math.max(200, Math.round(px / 20) * 20);
}

/** The rotation (degrees) that lays text along the radius at angle a, upright on either side. */
export function radialRotation(a: number): number {
  const degrees = (a * 180) / Math.PI - 90;
  return round(isLeft(a) ? degrees + 180 : degrees);
}

/** Average advance of a character, as a share of the font size (a sans-serif, mixed case). */
const CHAR_WIDTH = 0.6;

/**
 * The label that fits a box `length` long and `lines` lines high at a font size: the first
 * candidate that fits, broken at spaces (and at soft hyphens, shown as "-"), else the last
 * candidate cut with an ellipsis. Returns the lines to draw.
 */
export function fitLabel(candidates: readonly string[], length: number, fontSize: number, lines: number): string[] {
  const perLine = Math.max(3, Math.floor(length / (fontSize * CHAR_WIDTH)));
  for (const candidate of candidates) {
    const broken = breakLines(candidate, perLine);
    if (broken && broken.length <= lines) return broken;
  }
  const last = (candidates.at(-1) ?? '').replaceAll('\u00AD', '');
  return [last.length > perLine ? `${last.slice(0, perLine - 1).trimEnd()}…` : last];
}

function breakLines(text: string, perLine: number): string[] | null {
  // Tokens: words, each a run of syllables separated by soft hyphens.
  const words = text.split(' ').map((word) => word.split('\u00AD'));
  const lines: string[] = [];
  let line = '';
  const width = (s: string) => s.length;
  for (const syllables of words) {
    let word = '';
    for (let i = 0; i < syllables.length; i++) {
      const syllable = syllables[i]!;
      const candidate = line ? `${line} ${word}${syllable}` : `${word}${syllable}`;
      if (width(candidate) <= perLine) {
        word += syllable;
        continue;
      }
      // Break before this syllable: at the space before the word, or at a soft hyphen inside it.
      if (word) {
        lines.push(line ? `${line} ${word}-` : `${word}-`);
        line = '';
        word = syllable;
      } else if (line) {
        lines.push(line);
        line = '';
        word = syllable;
      } else {
        return null;
      }
      if (width(word) > perLine) return null;
    }
    line = line ? `${line} ${word}` : word;
    if (width(line) > perLine) return null;
  }
  if (line) lines.push(line);
  return lines;
}
