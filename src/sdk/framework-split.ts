import type { Dimension, Framework, Item, Rouage } from './schema.js';

/**
 * A framework cut in two, for the CDN files (rollup.config.js, `frameworkSplit`): the outline
 * is what the wheel, the provider and the scoring read (ids, titles, dimensions, phases, the
 * scale, which items each rouage has); the texts are what only the questionnaire, the card, the
 * report and the plan show (each item's text, each rouage's description and mission, the
 * dimensions' texts, the summary, the plan's words, the contact). A page with only the wheel
 * downloads the outline; the elements that show texts import them, and `attachTexts` puts them
 * back before any of their code runs. Both halves are made at build time from
 * `framework/rouages.fr.json`, the one source: nothing is kept by hand twice.
 *
 * No runtime import (types only): the build runs this module as it is to make the two halves.
 */

/** What the outline keeps of an item: its id (its text is in the texts). */
export interface ItemOutline {
  id: string;
}

/** A rouage without its description, mission and items' texts. */
export type RouageOutline = Pick<Rouage, 'id' | 'dimension' | 'phase' | 'title' | 'shortTitle' | 'toolsKind'> & Record<ItemList, ItemOutline[]>;

/** A dimension with its title and its function's title, without their texts. */
export type DimensionOutline = Pick<Dimension, 'id' | 'title'> & { function: Pick<Dimension['function'], 'title'> };

/** A framework's structure and titles: what a page needs to draw the wheel and score diagnostics. */
export type FrameworkOutline = Pick<Framework, 'id' | 'version' | 'locale' | 'title' | 'scale' | 'phases'> & {
  dimensions: DimensionOutline[];
  rouages: RouageOutline[];
};

/** A rouage's texts: every field the outline leaves out (description, mission…), and each list's texts in the list's order. */
export type RouageTexts = Record<string, unknown> & Record<ItemList, string[]>;

/** The texts the outline leaves out, by id; `id`, `version` and `locale` name the framework they belong to. */
export interface FrameworkTexts {
  id: string;
  version: string;
  locale: string;
  /** The framework's fields the outline leaves out (summary, purpose, notes, plan, contact…). */
  framework: Record<string, unknown>;
  /** Each dimension's fields the outline leaves out (`text`), and its function's (`text`). */
  dimensions: Record<string, { fields: Record<string, unknown>; function: Record<string, unknown> }>;
  rouages: Record<string, RouageTexts>;
}

/** The lists of items of a rouage. */
export type ItemList = 'questions' | 'indicators' | 'tools' | 'outcomes';
const ITEM_LISTS: readonly ItemList[] = ['questions', 'indicators', 'tools', 'outcomes'];

const FRAMEWORK_KEYS = ['id', 'version', 'locale', 'title', 'scale', 'phases', 'dimensions', 'rouages'] as const;
const DIMENSION_KEYS = ['id', 'title', 'function'] as const;
const ROUAGE_KEYS = ['id', 'dimension', 'phase', 'title', 'shortTitle', 'toolsKind', ...ITEM_LISTS] as const;

/** `value`'s own fields split by `keys`: those kept, and the rest (any field the outline does not name goes to the texts). */
function partition(value: object, keys: readonly string[]): [Record<string, unknown>, Record<string, unknown>] {
  const kept: Record<string, unknown> = {};
  const rest: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) (keys.includes(key) ? kept : rest)[key] = field;
  return [kept, rest];
}

/**
 * Cuts a framework into its outline and its texts. `attachTexts(outline, texts)` gives the
 * framework back, equal to the one given (test/sdk/framework-split.test.ts checks both
 * built-in frameworks). The framework given is not changed.
 *
 * @param framework A framework that passed `parseFramework` (or a built-in one).
 * @returns Two new objects, sharing nothing with `framework` but strings.
 */
export function splitFramework(framework: Framework): { outline: FrameworkOutline; texts: FrameworkTexts } {
  const [outlineFields, frameworkTexts] = partition(framework, FRAMEWORK_KEYS);
  const texts: FrameworkTexts = { id: framework.id, version: framework.version, locale: framework.locale, framework: frameworkTexts, dimensions: {}, rouages: {} };
  const dimensions = framework.dimensions.map((dimension): DimensionOutline => {
    const [kept, fields] = partition(dimension, DIMENSION_KEYS);
    const [functionKept, functionTexts] = partition(dimension.function, ['title']);
    texts.dimensions[dimension.id] = { fields, function: functionTexts };
    return { ...(kept as Pick<Dimension, 'id' | 'title'>), function: functionKept as DimensionOutline['function'] };
  });
  const rouages = framework.rouages.map((rouage): RouageOutline => {
    const [kept, fields] = partition(rouage, ROUAGE_KEYS);
    const lists = {} as Record<ItemList, ItemOutline[]>;
    const listTexts = {} as Record<ItemList, string[]>;
    for (const list of ITEM_LISTS) {
      lists[list] = rouage[list].map(({ id }) => ({ id }));
      listTexts[list] = rouage[list].map(({ text }) => text);
    }
    texts.rouages[rouage.id] = { ...fields, ...listTexts };
    return { ...(kept as Pick<Rouage, 'id' | 'dimension' | 'phase' | 'title'>), ...lists };
  });
  const outline = { ...(outlineFields as Pick<Framework, 'id' | 'version' | 'locale' | 'title' | 'scale' | 'phases'>), dimensions, rouages };
  return { outline: structuredClone(outline), texts: structuredClone(texts) };
}

/**
 * Puts a framework's texts back into its outline, in place, so that every holder of the outline
 * (the provider, the elements, a cached index) sees the whole framework from then on.
 *
 * @param outline The outline `splitFramework` made (changed in place; already whole is fine: the texts are set again).
 * @param texts The texts `splitFramework` made of the same framework.
 * @returns The same object, now a whole framework.
 * @throws TypeError when the texts are another framework's, version's or language's, or do not
 *   match the outline's items (a build that paired the wrong files): never a half-filled framework.
 */
export function attachTexts(outline: FrameworkOutline, texts: FrameworkTexts): Framework {
  const mismatch = (what: string) => new TypeError(`rouages-cooperation: the texts of ${texts.id} ${texts.version} (${texts.locale}) do not match the framework ${outline.id} ${outline.version} (${outline.locale}): ${what}.`);
  if (texts.id !== outline.id || texts.version !== outline.version || texts.locale !== outline.locale) throw mismatch('id, version or language');
  for (const dimension of outline.dimensions) if (!texts.dimensions[dimension.id]) throw mismatch(`dimension ${dimension.id}`);
  for (const rouage of outline.rouages) {
    const rouageTexts = texts.rouages[rouage.id];
    if (!rouageTexts) throw mismatch(`rouage ${rouage.id}`);
    for (const list of ITEM_LISTS) if (rouageTexts[list]?.length !== rouage[list].length) throw mismatch(`${rouage.id}.${list}`);
  }
  // Checked whole first: from here on nothing can fail halfway.
  Object.assign(outline, texts.framework);
  for (const dimension of outline.dimensions) {
    const { fields, function: functionTexts } = texts.dimensions[dimension.id]!;
    Object.assign(dimension, fields);
    Object.assign(dimension.function, functionTexts);
  }
  for (const rouage of outline.rouages) {
    const { questions, indicators, tools, outcomes, ...fields } = texts.rouages[rouage.id]!;
    Object.assign(rouage, fields);
    const listTexts: Record<ItemList, string[]> = { questions, indicators, tools, outcomes };
    for (const list of ITEM_LISTS) rouage[list].forEach((item, i) => ((item as Item).text = listTexts[list][i]!));
  }
  return outline as unknown as Framework;
}
