import { css } from 'lit';
import { resultsTableStyles } from '../shared/results-styles.js';

const ownStyles = css`
  :host {
    container-type: inline-size;
    /* What moved forward and what fell back: 4.5:1 or more on a light page by default; a dark page sets both (see the dark stories). */
    --_progress: var(--rouages-progress-color, #1d6b3c);
    --_regression: var(--rouages-regression-color, #a11b1b);
  }
  .root {
    overflow-wrap: break-word;
  }
  .heading {
    line-height: 1.25;
    font-weight: 700;
    margin: 1.25em 0 0.4em;
  }
  .depth-0 {
    font-size: 1.625em;
    margin-top: 0.25em;
  }
  .depth-1 {
    font-size: 1.3em;
    padding-bottom: 0.2em;
    border-bottom: 2px solid var(--_border);
  }
  .depth-2 {
    font-size: 1.05em;
    margin-top: 1em;
  }
  @container (max-width: 30em) {
    .depth-0 {
      font-size: 1.375em;
    }
    .depth-1 {
      font-size: 1.175em;
    }
  }
  .nowrap {
    white-space: nowrap;
  }
  p {
    margin: 0.5em 0;
  }
  .lead {
    color: var(--_muted);
    margin-top: 0;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .eyebrow {
    margin: 0 0 0.25em;
    font-size: 0.875em;
    font-weight: 600;
    color: color-mix(in srgb, var(--c, var(--_accent)) 75%, var(--_text));
  }
  .section {
    margin-top: 1.5em;
  }
  ul,
  ol {
    padding-inline-start: 1.4em;
  }

  /* Notices: shared/notices.ts */

  /* Wheel */
  rouages-wheel {
    max-width: min(100%, var(--rouages-report-wheel-width, 32em));
    margin: 1em auto;
  }

  /* Tables: shared/results-styles.ts (words never cut; a table that still cannot fit scrolls in its region); here the report's sizes. */
  :host {
    --_table-font-size: 0.9375em;
    --_table-cell-inline: 0.4em;
  }
  .table {
    max-width: 48em;
  }
  .table th,
  .table td {
    vertical-align: top;
  }
  .table-scroll {
    max-width: 100%;
    overflow-x: auto;
    margin: 1em 0;
  }
  .table-scroll > .table {
    margin: 0;
  }
  .table-scroll:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .table thead th {
    font-size: 0.875em;
    color: var(--_muted);
    font-weight: 600;
  }
  .table tbody th {
    font-weight: 600;
  }
  .dimension-cell {
    box-shadow: inset 4px 0 0 var(--c);
    padding-inline-start: 0.7em !important;
  }
  .table tr.group th {
    padding-top: 0.8em;
    color: color-mix(in srgb, var(--c) 80%, var(--_text));
    border-bottom: 2px solid var(--c);
  }
  .flag {
    display: inline-block;
    margin-inline-start: 0.4em;
    padding: 0 0.35em;
    border-radius: 4px;
    font-size: 0.8125em;
    font-weight: 600;
    /* The element's background as text: white on the default dark red, dark on a dark theme's light red. */
    color: var(--_background);
    background: var(--_danger);
  }
  .change-up {
    color: var(--_progress);
    font-weight: 600;
  }
  .change-down {
    color: var(--_regression);
    font-weight: 600;
  }

  /* À discuter */
  .discuss {
    padding: 0;
    list-style: none;
  }
  .discuss > li {
    margin: 0 0 0.9em;
    padding: 0.6em 0.8em;
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--c, var(--_accent));
    border-radius: 6px;
    break-inside: avoid;
  }
  .item-text {
    margin: 0 0 0.2em;
    font-weight: 600;
  }
  .answers {
    margin: 0.3em 0 0;
    padding-inline-start: 1.1em;
  }
  .rating {
    font-weight: 600;
  }

  /* Next gears, notes, cases */
  .recommendations > li,
  .note-group,
  .case-dimension {
    break-inside: avoid;
  }
  .recommendations > li {
    margin-bottom: 1.25em;
  }
  .recommendations > li::marker {
    font-weight: 700;
  }
  .list-title {
    margin: 0.5em 0 0.1em;
    font-weight: 600;
  }
  .notes dt {
    font-weight: 600;
    margin-top: 0.6em;
  }
  .notes dd {
    margin: 0.2em 0 0;
    padding-inline-start: 0.8em;
    border-inline-start: 3px solid color-mix(in srgb, var(--c, var(--_accent)) 50%, var(--_background));
  }
  .note-text {
    white-space: pre-line;
  }
  .who {
    font-weight: 600;
  }
  .moves-grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16em), 1fr));
    gap: 0 1.5em;
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.5em;
    margin: 0.5em 0;
  }
  .facts dt {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .facts dd {
    margin: 0;
    font-weight: 600;
  }
  .case-counts {
    list-style: none;
    padding: 0;
  }
  .case-counts li {
    display: flex;
    gap: 0.5em;
    align-items: baseline;
    margin: 0.2em 0;
  }
  .case-counts li {
    padding-inline: 0.3em;
    border-radius: 4px;
  }
  .case-counts li.busiest {
    background: color-mix(in srgb, var(--c) 12%, var(--_background));
  }
  .swatch {
    flex: none;
    width: 0.8em;
    height: 0.8em;
    border-radius: 2px;
    background: var(--c);
  }
  .actions > li {
    margin-bottom: 0.6em;
  }
  .actions p {
    margin: 0.1em 0;
  }
  .mode,
  .remark {
    font-size: 0.9375em;
    color: var(--_muted);
  }
  .label {
    font-weight: 600;
  }

  /* Respondents and files */
  .respondents {
    padding-inline-start: 1.6em;
  }
  .respondents li {
    margin: 0.25em 0;
  }
  .respondents .details {
    color: var(--_muted);
  }
  .respondents .who::after {
    content: ' ';
  }
  .remove {
    margin-inline-start: 0.5em;
    padding: 0.1em 0.6em !important;
    font-size: 0.875em;
  }
  .dropzone {
    margin: 1em 0;
    padding: 1em;
    border: 2px dashed var(--_border);
    border-radius: 8px;
    background: var(--_background);
  }
  .dropzone label {
    display: block;
    font-weight: 600;
    margin-bottom: 0.4em;
  }
  .dropzone input {
    max-width: 100%;
    font: inherit;
  }
  .dropzone input:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .dropzone .hint {
    margin-bottom: 0;
  }
  .dragging .dropzone {
    border-color: var(--_accent);
    background: color-mix(in srgb, var(--_accent) 8%, var(--_background));
  }

  /* Buttons */
  .buttons {
    margin-top: 0.75em;
  }

  /* Paper: A4 portrait, one section a page, nothing cut in two. */
  /* Messages about what the report was given (a file left out, a duplicate) are for the screen: paper carries the report. */
  @media print {
    .no-print,
    button,
    .dropzone,
    .notices {
      display: none !important;
    }
    .root {
      font-size: 10.5pt;
      color: #000000;
    }
    .section + .section {
      break-before: page;
    }
    .heading {
      break-after: avoid;
    }
    .table-scroll {
      overflow: visible;
    }
    rouages-wheel {
      width: 12cm;
      max-width: 100%;
      break-inside: avoid;
    }
    .table,
    .table tr,
    .discuss > li,
    .recommendations > li,
    .note-group,
    .case-dimension,
    .respondents li {
      break-inside: avoid;
    }
  }
`;

/** The report's styles, after the results tables' shared look (shared/results-styles.ts). */
export const reportStyles = [resultsTableStyles, ownStyles];
