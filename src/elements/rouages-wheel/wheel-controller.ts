/**
 * The wheel's behaviour apart from what it draws: the width its text is laid out for (a
 * reactive controller around a ResizeObserver), and where the arrow keys lead.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import { textLayoutWidth, type CellLayout, type WheelLayout } from './geometry.js';

/**
 * The width, in CSS pixels, the wheel lays its text out for (see `textLayoutWidth`). Read once
 * before the first render, from the host's box: the host is a block whose width comes from its
 * container, not from its content, so it is known before anything is drawn, and reading it costs
 * one layout of the page, not a second render. The ResizeObserver follows later changes, and
 * only a change of that width renders again.
 */
export class TextWidthController implements ReactiveController {
  /** The width the text is laid out for; 600 until the host is measured. */
  width = 600;

  private observer?: ResizeObserver;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof ResizeObserver === 'undefined') return;
    this.observer ??= new ResizeObserver((entries) => this.set(textLayoutWidth(entries[0]?.contentRect.width ?? 0)));
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  hostUpdate(): void {
    if (!this.host.hasUpdated && this.host.isConnected) {
      const width = textLayoutWidth(this.host.getBoundingClientRect().width);
      if (width > 0) this.width = width;
    }
  }

  private set(width: number): void {
    if (width > 0 && width !== this.width) {
      this.width = width;
      this.host.requestUpdate();
    }
  }
}

/**
 * Where a key leads from a cell: Right and Left go round the wheel (swapped in a right-to-left
 * page, as in any horizontal widget), Down and Up to the same place in the next or previous
 * dimension, Home and End to the first and last rouage. `choose` for Enter and Space; undefined
 * for any other key.
 */
export function cellForKey(key: string, cell: CellLayout, layout: WheelLayout, rtl: boolean): CellLayout | 'choose' | undefined {
  const { cells, sectors } = layout;
  switch (key) {
    case rtl ? 'ArrowLeft' : 'ArrowRight':
      return cells[(cell.order + 1) % cells.length];
    case rtl ? 'ArrowRight' : 'ArrowLeft':
      return cells[(cell.order - 1 + cells.length) % cells.length];
    case 'ArrowDown':
    case 'ArrowUp': {
      const step = key === 'ArrowDown' ? 1 : -1;
      const sector = sectors[(cell.dimensionIndex + step + sectors.length) % sectors.length]!;
      return sector.cells[Math.min(cell.indexInDimension, sector.cells.length - 1)];
    }
    case 'Home':
      return cells[0];
    case 'End':
      return cells.at(-1);
    case 'Enter':
    case ' ':
      return 'choose';
    default:
      return undefined;
  }
}
