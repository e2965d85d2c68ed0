import { css } from 'lit';

/**
 * Shared by every element. Page styles reach a shadow tree only through inheritance, and a
 * page rule on the host (`* { font: 30px serif }`) beats `:host`, so typography and box sizing
 * are set on the element's own top container (`.root`), which no page rule can reach.
 */
export const baseStyles = css`
  /*
   * Inherited properties the host page may set on an ancestor (body { white-space: nowrap },
   * text-align, line-height…) stop here: the elements read the same on any page. Kept from the
   * page on purpose: direction and writing-mode (the page's reading direction), visibility and
   * pointer-events (a page hiding or disabling a container hides or disables the element too),
   * cursor, colour scheme. A page rule on the host itself still wins over :host, as it should.
   */
  :host {
    white-space: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    line-height: normal;
    letter-spacing: normal;
    word-spacing: normal;
    word-break: normal;
    overflow-wrap: normal;
    hyphens: manual;
    tab-size: 8;
    font-style: normal;
    font-variant: normal;
    font-weight: 400;
    font-stretch: normal;
    font-kerning: auto;
    font-feature-settings: normal;
    font-variation-settings: normal;
    font-size-adjust: none;
    text-rendering: auto;
    text-underline-position: auto;
    text-decoration-skip-ink: auto;
    list-style: disc outside none;
    quotes: auto;
    border-collapse: separate;
    border-spacing: 0;
    caption-side: top;
    empty-cells: show;
    -webkit-text-stroke: 0;
    -webkit-text-fill-color: currentcolor;
    display: block;
    --_text: var(--rouages-text-color, #1b1b1f);
    --_muted: var(--rouages-muted-color, #55555f);
    --_background: var(--rouages-background, #ffffff);
    --_focus: var(--rouages-focus-color, #0b57d0);
    --_border: var(--rouages-border-color, #c9c9d1);
    --_danger: var(--rouages-danger-color, #a11b1b);
    --_accent: var(--rouages-accent-color, #1f5c99);
  }
  :host([hidden]) {
    display: none;
  }
  .root {
    box-sizing: border-box;
    font-family: var(--rouages-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    font-size: var(--rouages-font-size, 16px);
    font-weight: 400;
    font-style: normal;
    line-height: 1.5;
    letter-spacing: normal;
    text-align: start;
    text-transform: none;
    color: var(--_text);
  }
  .root *,
  .root *::before,
  .root *::after {
    box-sizing: inherit;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .message {
    margin: 0;
    padding: 0.75em 1em;
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_danger);
    border-radius: 4px;
    background: var(--_background);
  }
`;

/** The default colour of each dimension of the built-in framework, then a palette for other frameworks' dimensions. */
export const DIMENSION_COLORS: Record<string, string> = {
  acteurs: '#b2442e',
  'transformation-societale': '#2e7a4d',
  ressources: '#8a5a00',
  valorisation: '#6b3fa0',
  ingenierie: '#1f5c99',
};
const PALETTE = ['#b2442e', '#2e7a4d', '#8a5a00', '#6b3fa0', '#1f5c99', '#8c2f6d', '#2d6f7a', '#5c6b1f'];

/** The CSS value of a dimension's colour: its token (`--rouages-color-acteurs`), else the default. */
export function dimensionColor(id: string, index: number): string {
  return `var(--rouages-color-${id}, ${DIMENSION_COLORS[id] ?? PALETTE[index % PALETTE.length]})`;
}
