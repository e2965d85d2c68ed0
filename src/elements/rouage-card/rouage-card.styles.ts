import { css } from 'lit';

export const cardStyles = css`
  .card {
    position: relative;
    padding: 1.25em 1.25em 1.25em 1.5em;
    border: 1px solid var(--_border);
    border-radius: var(--rouages-radius, 10px);
    background: var(--_background);
    overflow-wrap: anywhere;
  }
  .card::before {
    content: '';
    position: absolute;
    inset: 0 auto 0 0;
    width: 6px;
    border-radius: var(--rouages-radius, 10px) 0 0 var(--rouages-radius, 10px);
    background: var(--c);
  }
  .eyebrow {
    margin: 0;
    font-size: 0.875em;
    font-weight: 600;
    /* Mixed with the text colour: readable on light and dark backgrounds alike (4.5:1 and more). */
    color: color-mix(in srgb, var(--c) 60%, var(--_text));
  }
  .title {
    margin: 0.1em 0 0.2em;
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.25;
  }
  .meta {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .score {
    display: flex;
    align-items: center;
    gap: 0.75em;
    margin: 0.75em 0 0;
  }
  .bar {
    flex: 1;
    max-width: 16em;
    height: 0.6em;
    border-radius: 0.3em;
    background: color-mix(in srgb, var(--c) 14%, var(--_background));
    border: 1px solid color-mix(in srgb, var(--c) 50%, var(--_background));
    overflow: hidden;
  }
  .bar > span {
    display: block;
    height: 100%;
    background: color-mix(in srgb, var(--c) 75%, var(--_background));
  }
  .score-value {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .section-title {
    margin: 1.1em 0 0.35em;
    font-size: 1em;
    font-weight: 700;
  }
  p {
    margin: 0;
  }
  ul,
  ol {
    margin: 0;
    padding-inline-start: 1.4em;
  }
  li + li {
    margin-top: 0.3em;
  }
  .rating {
    display: inline-block;
    margin-inline-start: 0.4em;
    padding: 0 0.5em;
    border-radius: 999px;
    border: 1px solid var(--_border);
    font-size: 0.8125em;
    font-weight: 600;
    white-space: nowrap;
    color: var(--_text);
    background: color-mix(in srgb, var(--c) 10%, var(--_background));
  }
  .rating.none {
    font-weight: 400;
    color: var(--_muted);
    background: transparent;
    border-style: dashed;
  }
  .note {
    margin: 0.25em 0 0;
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid color-mix(in srgb, var(--c) 40%, var(--_background));
    color: var(--_muted);
    white-space: pre-line;
  }
  .toggle {
    margin-top: 1em;
    padding: 0.45em 0.9em;
    font: inherit;
    font-weight: 600;
    color: var(--_text);
    background: var(--_background);
    border: 1px solid var(--_text);
    border-radius: 6px;
    cursor: pointer;
  }
  .toggle:hover {
    background: color-mix(in srgb, var(--c) 10%, var(--_background));
  }
  .toggle:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .empty {
    padding: 1.25em;
    border: 1px dashed var(--_border);
    border-radius: var(--rouages-radius, 10px);
    color: var(--_muted);
  }
  .message + .card {
    margin-top: 0.75em;
  }
`;

/** The plan's actions on the card's rouage. */
export const cardPlanStyles = css`
  .plan-actions {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }
  .plan-status {
    font-size: 0.875em;
    font-weight: 600;
    padding: 0 0.4em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    white-space: nowrap;
  }
  .plan-when,
  .plan-none {
    color: var(--_muted);
  }
`;
