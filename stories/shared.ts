// What the stories share: the sample diagnostics, the method's ids for the controls, and the
// themes shown in the Dark, Brand colours and Theming stories.
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { createDiagnostic, framework } from '../src/index.js';
import phare2021 from '../demo/samples/phare-2021.json';
import phare2022 from '../demo/samples/phare-2022.json';
import comite1 from '../demo/samples/comite-1.json';
import comite2 from '../demo/samples/comite-2.json';
import comite3 from '../demo/samples/comite-3.json';
import comite4 from '../demo/samples/comite-4.json';
import comite5 from '../demo/samples/comite-5.json';

export { phare2021, phare2022 };

/** Five members of a steering committee rating the same project (see demo/samples/README.md). */
export const comite = [comite1, comite2, comite3, comite4, comite5];

/** A diagnostic just begun: a few indicators rated, one "don't know". */
export const partial = (() => {
  const diagnostic = createDiagnostic({ project: 'PTCE du Val', date: '2024-03-01', now: new Date('2024-03-01T10:00:00Z') });
  Object.assign(diagnostic.answers, {
    'pilote.i1': 3,
    'pilote.i2': 2,
    'noyau-dur.i1': 2,
    'constats-de-territoire.i1': 1,
    'constats-de-territoire.i2': 2,
    'premieres-ressources.i1': 1,
    'projet-collectif.i1': null,
    'diagnostic.i1': 2,
  });
  return diagnostic;
})();

/** What a page might receive from a broken form or an old file: the element says what is wrong. */
export const malformed = {
  schema: 'rouages-diagnostic/1',
  project: 42,
  answers: { 'pilote.i1': 7, 'rouage-inconnu.i1': 2 },
};

export const rouageIds = framework.rouages.map((r) => r.id);
export const dimensionIds = framework.dimensions.map((d) => d.id);
export const phaseIds = framework.phases.map((p) => p.id);

/**
 * A dark page. Every colour token the elements read is set. The dimension colours are lighter
 * than the default ones, because the elements write dimension-coloured text (names, headings)
 * on the background: each keeps 7:1 or more on it, and under the dark text of the wheel's
 * bands. (The default colours, made for a light page, fall under 4.5:1 as text on a dark one.)
 */
export const darkTheme: Record<string, string> = {
  '--rouages-background': '#17171f',
  '--rouages-text-color': '#ececf1',
  '--rouages-muted-color': '#b8b8c6',
  '--rouages-border-color': '#4a4a5a',
  '--rouages-focus-color': '#8ab4f8',
  '--rouages-band-text-color': '#17171f',
  '--rouages-color-acteurs': '#f08a74',
  '--rouages-color-transformation-societale': '#6fcf97',
  '--rouages-color-ressources': '#e0b050',
  '--rouages-color-valorisation': '#b89cf0',
  '--rouages-color-ingenierie': '#7fb3f0',
  // What moved forward and fell back in a report's evaluation over time: 4.5:1 or more on the background.
  '--rouages-progress-color': '#6fcf97',
  '--rouages-regression-color': '#ff9a8a',
  '--rouages-danger-color': '#ff9a8a',
  'color-scheme': 'dark',
  background: '#17171f',
  color: '#ececf1',
};

/**
 * A network's own palette through the dimension tokens (an illustrative one). Each colour
 * keeps at least 4.5:1 under the white text of the bands.
 */
export const brandColors: Record<string, string> = {
  '--rouages-color-acteurs': '#0b6e6e',
  '--rouages-color-transformation-societale': '#8c1d5e',
  '--rouages-color-ressources': '#4d6b00',
  '--rouages-color-valorisation': '#b23c00',
  '--rouages-color-ingenierie': '#3b3f99',
};

/** Puts a story on the dark page of {@link darkTheme}: the elements inherit its tokens. */
export const onDarkPage = (story: () => unknown) => html`<div style=${styleMap({ ...darkTheme, padding: '1.5rem', borderRadius: '8px' })}>${story()}</div>`;

/** The args that are CSS custom properties (`--rouages-…`) and have a value, as a style map. */
export const tokenStyles = (args: object): Record<string, string> =>
  Object.fromEntries(Object.entries(args).filter((entry): entry is [string, string] => entry[0].startsWith('--') && typeof entry[1] === 'string' && entry[1] !== ''));

/**
 * A network's brand, as its own site would set it: the tokens (font, colours of the dimensions,
 * accent, focus ring, corners) on a wrapper, which every element inherits, and a few parts
 * restyled from the page's stylesheet with `::part()`. Nothing else of the elements is reachable
 * from the page, so nothing else can break.
 */
export const brandTokens: Record<string, string> = {
  '--rouages-font-family': "Georgia, 'Times New Roman', serif",
  '--rouages-accent-color': '#0b5e5e',
  '--rouages-focus-color': '#b23c00',
  '--rouages-radius': '2px',
  ...brandColors,
};

