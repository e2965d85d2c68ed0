// What the stories share: the sample diagnostics, the method's ids for the controls, the
// themes shown in the Dark and Brand colours stories, and the token controls.
import type { ArgTypes } from '@storybook/web-components-vite';
import { createDiagnostic, framework } from '../src/index.js';
import { DIMENSION_COLORS } from '../src/elements/shared/styles.js';
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
 * A dark page. Every colour token the elements read is set; the dimension colours stay the
 * default ones, under white text on the wheel's bands (contrast 5.2:1 or more).
 */
export const darkTheme: Record<string, string> = {
  '--rouages-background': '#17171f',
  '--rouages-text-color': '#ececf1',
  '--rouages-muted-color': '#b8b8c6',
  '--rouages-border-color': '#4a4a5a',
  '--rouages-focus-color': '#8ab4f8',
  '--rouages-band-text-color': '#ffffff',
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

/**
 * The dimension colour tokens other than `--rouages-color-acteurs`: the elements' JSDoc names
 * them in that token's description only, so the manifest has no row of their own for them.
 */
export const dimensionTokenArgTypes: Partial<ArgTypes> = Object.fromEntries(
  framework.dimensions
    .filter((d) => d.id !== 'acteurs')
    .map((d) => [
      `--rouages-color-${d.id}`,
      {
        description: `Colour of the ${d.title} dimension.`,
        control: 'color',
        table: { category: 'css custom properties', defaultValue: { summary: DIMENSION_COLORS[d.id] } },
      },
    ]),
);

/** The args that are CSS custom properties (`--rouages-…`) and have a value, as a style map. */
export const tokenStyles = (args: object): Record<string, string> =>
  Object.fromEntries(Object.entries(args).filter((entry): entry is [string, string] => entry[0].startsWith('--') && typeof entry[1] === 'string' && entry[1] !== ''));
