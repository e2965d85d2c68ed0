import { css } from 'lit';

/** <rouages-plan>: tokens of the shared base, dimension colours through `--c`, no fixed widths (320 px holds). */
export const planStyles = css`
  .root {
    display: grid;
    gap: 1em;
    max-width: 100%;
    overflow-wrap: anywhere;
    background: var(--_background);
  }
  .title {
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1.25;
  }
  .counts,
  .reading,
  .note,
  .empty,
  .help,
  .shown {
    margin: 0;
    color: var(--_muted);
  }
  .reading,
  .note {
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_border);
    color: var(--_text);
  }
  /* Notices (restored, kept aside, a file, a removal, a replacement to confirm) take the shared notice styles (shared/notices.ts). */
  .notice {
    margin: 0;
  }
  .confirm p {
    flex: 1;
    min-width: 12em;
    margin: 0;
  }
  .toolbar {
    display: grid;
    gap: 0.75em;
  }
  fieldset {
    margin: 0;
    padding: 0.5em 0.75em 0.75em;
    border: 1px solid var(--_border);
    border-radius: 6px;
    min-width: 0;
  }
  legend {
    font-weight: 600;
    padding: 0 0.25em;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: end;
  }
  label {
    display: grid;
    gap: 0.25em;
    min-width: 0;
  }
  label.check {
    display: flex;
    gap: 0.5em;
    align-items: center;
  }
  select,
  input,
  textarea {
    font: inherit;
    color: var(--_text);
    background: var(--_background);
    border: 1px solid var(--_muted);
    border-radius: 4px;
    padding: 0.35em 0.5em;
    max-width: 100%;
    min-width: 0;
  }
  input[type='checkbox'] {
    width: 1.1em;
    height: 1.1em;
    accent-color: var(--_accent);
  }
  select:focus-visible,
  input:focus-visible,
  textarea:focus-visible,
  .action-text:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  textarea {
    width: 100%;
    resize: vertical;
  }
  .dimension {
    display: grid;
    gap: 0.5em;
    padding-inline-start: 0.75em;
    border-inline-start: 6px solid var(--c);
  }
  .dimension-title {
    font-size: 1.25em;
    font-weight: 700;
    color: var(--_text);
  }
  .rouage-title,
  .section-title {
    font-weight: 700;
  }
  .section-title {
    font-size: 1.2em;
  }
  .actions {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5em;
  }
  .action {
    display: grid;
    gap: 0.5em;
    padding: 0.75em;
    border: 1px solid var(--_border);
    border-radius: 6px;
  }
  .action-head {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    align-items: baseline;
  }
  .action-text {
    margin: 0;
    flex: 1 1 14em;
    font-weight: 600;
  }
  .badge {
    font-size: 0.875em;
    padding: 0.1em 0.5em;
    border-radius: 999px;
    border: 1px solid var(--_border);
    white-space: nowrap;
  }
  .status-done .badge[part='status'] {
    border-color: var(--_text);
    font-weight: 600;
  }
  .status-postponed .action-text {
    font-style: italic;
  }
  .badge.overdue {
    border: 2px solid var(--_danger);
    font-weight: 600;
  }
  .facts {
    margin: 0;
    display: grid;
    gap: 0.1em;
    font-size: 0.95em;
  }
  .fact {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
  }
  .fact dt {
    color: var(--_muted);
  }
  .fact dd {
    margin: 0;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .edit,
  .add-form {
    display: grid;
    gap: 0.75em;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
  }
  .row label {
    flex: 1 1 10em;
  }
  .add {
    display: grid;
    gap: 0.75em;
    padding: 0.75em;
    border: 1px solid var(--_border);
    border-radius: 6px;
  }
  .next-gears ul {
    margin: 0.5em 0 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.5em;
  }
  .next-gears li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
    justify-content: space-between;
  }
  [hidden] {
    display: none !important;
  }
  .findings {
    margin-block: 1rem;
  }
  .finding-note {
    font-style: italic;
  }
  @media print {
    .toolbar,
    .controls,
    .add,
    .notice {
      display: none !important;
    }
    .action {
      break-inside: avoid;
    }
  }
`;
