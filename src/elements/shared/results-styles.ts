import { css } from 'lit';

/**
 * The look of a diagnostic's results tables (shared/results.ts: the table of dimensions; the
 * report's other tables take the same class), one source for the questionnaire's last step and
 * the report; each element adds only its own sizes.
 *
 * Text wraps between words, never inside one ("Transformation", not "Transformat/ion"): a word
 * longer than its column breaks only when nothing else fits (`overflow-wrap: break-word`); the
 * report puts its wide tables in a region that scrolls sideways (`scrollingTable`). On a phone
 * (320 px) the text is a little smaller so that the longest words of the method ("Transformation",
 * "Expérimentations") fit whole, the completion column gives way (each dimension's count stays in
 * the questionnaire's list of rouages) and cells come closer.
 */
export const resultsTableStyles = css`
  .table {
    width: 100%;
    border-collapse: collapse;
    margin: 1em 0;
    /* An element's own size (the report's: 0.9375em), private properties so that the phone's rules below still win. */
    font-size: var(--_table-font-size, 1em);
  }
  .table caption {
    text-align: start;
    font-weight: 700;
    padding-bottom: 0.4em;
  }
  .table th,
  .table td {
    text-align: start;
    padding: 0.35em var(--_table-cell-inline, 0.5em);
    border-bottom: 1px solid var(--_border);
    overflow-wrap: break-word;
  }
  .table .number {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .table .unrated {
    color: var(--_muted);
  }
  @container (max-width: 30em) {
    .table {
      font-size: 0.8125em;
    }
    .table th,
    .table td {
      padding: 0.3em 0.25em;
    }
    .table .completion {
      display: none;
    }
  }
`;
