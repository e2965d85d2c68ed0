import { css } from 'lit';

export const wheelStyles = css`
  :host {
    container-type: inline-size;
    max-width: 100%;
  }
  .figure {
    margin: 0;
  }
  svg {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
    font-family: inherit;
    user-select: none;
    -webkit-user-select: none;
  }
  .gear {
    fill: var(--c);
  }
  .band {
    /* The centre of the wheel: (0, 0) of the viewBox. */
    transform-box: view-box;
    transform-origin: 0 0;
  }
  .dimension-label {
    fill: var(--rouages-band-text-color, #ffffff);
    font-weight: 650;
    dominant-baseline: central;
  }
  .cell-bg,
  .outline,
  .before,
  .hub-disc {
    vector-effect: non-scaling-stroke;
  }
  .cell {
    cursor: pointer;
    outline: none;
  }
  .cell-bg {
    fill: color-mix(in srgb, var(--c) var(--rouages-cell-tint, 12%), var(--_background));
    stroke: color-mix(in srgb, var(--c) 70%, var(--_background));
    stroke-width: 1px;
  }
  .unrated .cell-bg {
    fill: url(#hatch);
    stroke-dasharray: 4 3;
  }
  .fill {
    fill: color-mix(in srgb, var(--c) var(--rouages-cell-fill, 40%), var(--_background));
  }
  .spread {
    fill: color-mix(in srgb, var(--c) 80%, var(--_text));
    opacity: 0.55;
  }
  .before {
    fill: none;
    stroke: var(--_text);
    stroke-width: 2.5px;
    stroke-dasharray: 5 3;
  }
  .outline {
    fill: none;
    stroke: transparent;
    stroke-width: 3px;
  }
  .next .outline {
    stroke: var(--_text);
    stroke-width: 2.5px;
  }
  .selected .outline {
    stroke: var(--_text);
    stroke-width: 5px;
  }
  .cell:focus-visible .outline {
    stroke: var(--_focus);
    stroke-width: 6px;
  }
  .cell:hover .cell-bg {
    fill: color-mix(in srgb, var(--c) 22%, var(--_background));
  }
  .unrated.cell:hover .cell-bg {
    fill: url(#hatch);
  }
  .marker {
    fill: var(--_text);
  }
  .marker-mark {
    fill: var(--_background);
  }
  .label,
  .percent {
    fill: var(--_text);
    /* A halo in the background colour keeps text readable over fills and the dashed earlier score. */
    paint-order: stroke;
    stroke: color-mix(in srgb, var(--_background) 75%, transparent);
    stroke-width: 0.22em;
    stroke-linejoin: round;
    dominant-baseline: central;
    text-anchor: middle;
    pointer-events: none;
  }
  .label {
    font-weight: 550;
  }
  .percent {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .phase-dot {
    fill: color-mix(in srgb, var(--c) 85%, var(--_text));
  }
  .dimmed {
    opacity: 0.45;
  }
  .hub-disc {
    fill: var(--_background);
    stroke: var(--_border);
    stroke-width: 1px;
  }
  .hub-text {
    fill: var(--_text);
    text-anchor: middle;
    dominant-baseline: central;
  }
  .hub-value {
    font-weight: 750;
    font-variant-numeric: tabular-nums;
  }
  .hatch-line {
    stroke: color-mix(in srgb, var(--_muted) 45%, var(--_background));
    stroke-width: 3;
  }
  .hatch-bg {
    fill: var(--_background);
  }
  /*
   * The wheel's height is its width plus 8.8em: the caption (three lines) and the legend
   * (three lines at 0.875em) keep their height whatever they say, and the loading view and the
   * page's :not(:defined) rule (README) reserve the same, so that nothing moves when code, the
   * framework or scores arrive.
   */
  .root.loading {
    box-sizing: content-box;
    aspect-ratio: 1;
    padding-bottom: 8.8em;
  }
  .caption {
    line-height: 1.25;
    min-height: 3.75em;
    margin: 0.5em 0 0;
    text-align: center;
    color: var(--_text);
  }
  .caption strong {
    font-weight: 650;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 0.25em 1.25em;
    margin: 0.5em 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
    /* The keys are 1.4em high: a line as high, three lines and their gaps. */
    line-height: 1.4;
    min-height: 4.7em;
    align-content: flex-start;
    color: var(--_muted);
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  .legend .pending {
    /* Keeps its place until scores arrive, so that the legend does not grow then. */
    visibility: hidden;
  }
  /* The keys' glyphs, drawn with backgrounds in the text colour (1.4em squares). */
  .key {
    display: inline-block;
    width: 1.4em;
    height: 1.4em;
    flex: none;
    --_dot: radial-gradient(circle, currentColor 0.16em, transparent 0.175em);
    background-repeat: no-repeat;
    background-size: 0.36em 0.36em;
    forced-color-adjust: none;
  }
  .dots-1 {
    background-image: var(--_dot);
    background-position: center;
  }
  .dots-2 {
    background-image: var(--_dot), var(--_dot);
    background-position: 31% 50%, 69% 50%;
  }
  .dots-3 {
    background-image: var(--_dot), var(--_dot), var(--_dot);
    background-position: 11.5% 50%, 50% 50%, 88.5% 50%;
  }
  .next-key {
    background: currentColor;
    clip-path: polygon(78% 50%, 29% 21%, 29% 79%);
  }
  .unrated-key {
    box-sizing: border-box;
    border: 1px dashed currentColor;
    background: repeating-linear-gradient(-45deg, currentColor 0 1.5px, transparent 1.5px 6px);
    background-clip: padding-box;
    transform: scale(0.8);
  }
  .before-key {
    background: repeating-linear-gradient(90deg, currentColor 0 5px, transparent 5px 8px) center / 80% 2.5px no-repeat;
  }
  .spread-key {
    background: currentColor;
    opacity: 0.6;
    clip-path: inset(11% 36%);
  }
  .divergent-key {
    display: inline-grid;
    place-items: center;
    background: radial-gradient(circle, currentColor 0.5em, transparent 0.52em);
    background-size: 100% 100%;
  }
  .divergent-key::after {
    content: '!';
    color: var(--_background);
    font-weight: 800;
    font-size: 0.7em;
    line-height: 1;
  }
  /* The data table: its button shows when it has the keyboard focus, the table when asked for. */
  .data {
    text-align: center;
  }
  .data-toggle:not(:focus-visible):not(.open) {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .data-toggle {
    margin: 0.5em 0 0;
    font: inherit;
    font-size: 0.875em;
    color: var(--_text);
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: 4px;
    padding: 0.25em 0.75em;
    cursor: pointer;
  }
  .data-toggle:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .data table {
    display: block;
    max-width: 100%;
    overflow-x: auto;
    width: fit-content;
    margin: 0.5em auto 0;
    border-collapse: collapse;
    font-size: 0.875em;
    color: var(--_text);
    text-align: start;
  }
  .data caption {
    font-weight: 650;
    padding-bottom: 0.25em;
  }
  .data th,
  .data td {
    border-bottom: 1px solid var(--_border);
    padding: 0.2em 0.5em;
    vertical-align: top;
  }
  @media (prefers-reduced-motion: no-preference) {
    .band {
      transition: transform 700ms cubic-bezier(0.3, 0.7, 0.2, 1);
    }
    .active-sector .band {
      transform: rotate(2deg);
    }
    .fill,
    .spread {
      transition: d 400ms ease-out;
    }
  }
  @media (forced-colors: active) {
    .cell-bg,
    .outline {
      stroke: CanvasText;
    }
    .cell:focus-visible .outline,
    .selected .outline {
      stroke: Highlight;
    }
    .fill {
      fill: Highlight;
    }
  }
`;
