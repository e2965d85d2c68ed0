import { css } from 'lit';

/** Buttons, as the questionnaire and the report draw them (a module of its own: the wheel has none). */
export const buttonStyles = css`
  button {
    font: inherit;
    font-weight: 600;
    padding: 0.5em 1em;
    color: var(--_text);
    background: var(--_background);
    border: 1px solid var(--_text);
    border-radius: 6px;
    cursor: pointer;
  }
  button:hover {
    background: color-mix(in srgb, var(--_accent) 10%, var(--_background));
  }
  button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
`;
