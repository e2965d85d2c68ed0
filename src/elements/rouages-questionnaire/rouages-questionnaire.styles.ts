import { css } from 'lit';

export const questionnaireStyles = css`
  :host {
    container-type: inline-size;
  }
  /* Long words (a project's name) wrap where they must, never pushing the page sideways; words are not cut otherwise. */
  .root {
    overflow-wrap: break-word;
  }
  /* While its framework loads it keeps the place a page reserves for it (README: :not(:defined)). */
  .root.loading {
    min-height: 60rem;
  }
  h2,
  h3,
  h4 {
    line-height: 1.25;
    margin: 1.25em 0 0.4em;
  }
  h2 {
    font-size: 1.5em;
    margin-top: 0.25em;
  }
  h2:focus {
    outline: none;
  }
  h2:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 3px;
  }
  h3 {
    font-size: 1.15em;
  }
  h4 {
    font-size: 1em;
  }
  p {
    margin: 0.5em 0;
  }
  .hint,
  .help {
    color: var(--_muted);
    font-weight: 400;
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(13em, 17em) minmax(0, 1fr);
    gap: 2em;
    align-items: start;
  }
  @container (max-width: 46em) {
    .layout {
      grid-template-columns: minmax(0, 1fr);
    }
    .nav {
      order: 2;
    }
  }
  .nav {
    /* Its layout and paint stay inside it: a step that changes beside it does not lay it out again. */
    contain: layout paint style;
    font-size: 0.9375em;
    border: 1px solid var(--_border);
    border-radius: 8px;
    padding: 0.75em;
    background: var(--_background);
  }
  .nav ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .dimensions > li {
    margin-top: 0.75em;
  }
  .dimension-name {
    font-weight: 700;
    color: color-mix(in srgb, var(--c) 80%, var(--_text));
  }
  .count {
    float: right;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .nav a {
    display: flex;
    justify-content: space-between;
    gap: 0.5em;
    padding: 0.2em 0.4em;
    border-radius: 4px;
    color: var(--_text);
    text-decoration: none;
  }
  /* The completion marks: drawn, not read (the link says its completion in words); "/ ''" is their empty text alternative. */
  .nav a.done::after {
    content: '✓';
    content: '✓' / '';
  }
  .nav a.partial::after {
    content: '◐';
    content: '◐' / '';
  }
  .nav a:hover {
    background: color-mix(in srgb, var(--c, var(--_accent)) 10%, var(--_background));
    text-decoration: underline;
  }
  .nav a[aria-current='step'] {
    background: color-mix(in srgb, var(--c, var(--_accent)) 16%, var(--_background));
    font-weight: 700;
    box-shadow: inset 3px 0 0 var(--c, var(--_accent));
  }
  .nav a:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 1px;
  }
  .results-link {
    margin-top: 0.75em;
    font-weight: 700;
  }
  progress {
    width: 100%;
    height: 0.6em;
    accent-color: var(--_accent);
  }
  .progress-text {
    margin: 0 0 0.25em;
  }
  .eyebrow {
    margin: 0;
    font-size: 0.875em;
    font-weight: 600;
    color: color-mix(in srgb, var(--c, var(--_accent)) 80%, var(--_text));
  }
  .mission {
    padding: 0.6em 0.8em;
    border-inline-start: 4px solid var(--c, var(--_accent));
    background: color-mix(in srgb, var(--c, var(--_accent)) 7%, var(--_background));
  }
  fieldset.rating {
    margin: 0.75em 0;
    padding: 0.6em 0.8em 0.8em;
    border: 1px solid var(--_border);
    border-radius: 8px;
  }
  fieldset.rating legend {
    padding: 0 0.3em;
    font-weight: 600;
  }
  .options {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    margin-top: 0.3em;
  }
  .option {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    padding: 0.3em 0.7em 0.3em 0.5em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    cursor: pointer;
  }
  .option:has(input:checked) {
    border-color: var(--c, var(--_accent));
    background: color-mix(in srgb, var(--c, var(--_accent)) 14%, var(--_background));
    font-weight: 600;
  }
  .option:has(input:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 1px;
  }
  .option input {
    margin: 0;
    accent-color: var(--c, var(--_accent));
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    margin: 0.8em 0;
  }
  .field.inline {
    flex-direction: row;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .field.inline label {
    flex-basis: 100%;
  }
  .field.inline input {
    flex: 1;
    min-width: 12em;
  }
  label {
    font-weight: 600;
  }
  input:not([type='radio']):not([type='file']),
  textarea {
    font: inherit;
    color: var(--_text);
    background: var(--_background);
    padding: 0.45em 0.6em;
    border: 1px solid var(--_muted);
    border-radius: 6px;
    max-width: 100%;
  }
  textarea {
    resize: vertical;
    min-height: 4.5em;
  }
  input:focus-visible,
  textarea:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 1px;
  }
  .details {
    max-width: 32em;
  }
  .scale {
    margin: 0.5em 0 1em;
    display: grid;
    gap: 0.3em;
  }
  .scale div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
  }
  .scale dt {
    font-weight: 700;
  }
  .scale dd {
    margin: 0;
    color: var(--_muted);
  }
  .scale dd::before {
    content: ': ';
  }
  button.primary {
    color: #ffffff;
    background: var(--_accent);
    border-color: var(--_accent);
  }
  button.primary:hover {
    background: color-mix(in srgb, var(--_accent) 85%, #000000);
  }
  button.quiet {
    border-color: var(--_border);
  }
  .buttons {
    margin-top: 1.25em;
  }
  .buttons .primary {
    margin-inline-start: auto;
  }
  .actions .buttons .primary {
    margin-inline-start: 0;
  }
  .import {
    margin-top: 1.5em;
    max-width: 32em;
  }
  .import summary {
    cursor: pointer;
    font-weight: 600;
  }
  rouages-wheel {
    max-width: 34em;
    margin: 1em auto;
  }
  /* The results table: shared/results-styles.ts. */
  .recommendations > li {
    margin-bottom: 1em;
  }
  .list-title {
    margin: 0.4em 0 0.1em;
    font-weight: 600;
  }
  .lead {
    font-size: 1.05em;
  }
  .about {
    margin: 0.5em 0 1em;
  }
  .about summary {
    cursor: pointer;
    font-weight: 600;
  }
  .share {
    margin: 1em 0;
  }
  .share .check {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.1em 0.5em;
    align-items: baseline;
  }
  .share .check .hint {
    grid-column: 2;
    margin: 0;
  }
  .share-contains {
    margin: 0.5em 0;
  }
  .send-status.failed {
    color: var(--_danger);
    font-weight: 600;
  }
  .send-status.sent {
    font-weight: 600;
  }
  @media print {
    .nav,
    .notices,
    .buttons,
    .import,
    .share,
    .submit button {
      display: none !important;
    }
    .layout {
      display: block;
    }
    .root {
      font-size: 11pt;
      color: #000;
    }
    rouages-wheel,
    table.table,
    .recommendations > li {
      break-inside: avoid;
    }
    .recommendations {
      break-before: page;
    }
  }
`;
