import frenchFramework from '../../framework/rouages.fr.json';
import { frameworkSchema, type Dimension, type Framework, type Item, type Phase, type Rouage } from './schema.js';
import { failure, formatPath, issuesFromZod, type Issue, type Result } from './result.js';
import { messagesFor } from './messages.js';

/** The kind of an item, by the list it comes from. `mission` is the one rated item of a rouage without indicators. */
export type ItemKind = 'question' | 'indicator' | 'tool' | 'outcome' | 'mission';

export interface ItemInfo {
  id: string;
  kind: ItemKind;
  text: string;
  rouage: Rouage;
}

/** Lookups derived once per framework, so that scoring and parsing never search lists. */
export interface FrameworkIndex {
  framework: Framework;
  rouage: Map<string, Rouage>;
  dimension: Map<string, Dimension>;
  phase: Map<string, Phase>;
  /** Each rouage's position among the phases (0 for the first phase). */
  phaseRank: Map<string, number>;
  rouagesOf: Map<string, Rouage[]>;
  /** Every rouage in the method's reading order: dimension by dimension, each in its text's order. */
  rouageOrder: Rouage[];
  /** Every item of every list, by id. */
  item: Map<string, ItemInfo>;
  /** The items a rouage is rated on: its indicators, or its mission when it has none. */
  ratedItems: Map<string, ItemInfo[]>;
  /** Every rated item, in the framework's order (dimension by dimension, rouage by rouage). */
  ratedOrder: ItemInfo[];
  /** Every question, in the framework's order. */
  questionOrder: ItemInfo[];
}

const indexes = new WeakMap<Framework, FrameworkIndex>();

/** The id of the item a rouage without indicators is rated on (`aspiration-sociale-collective.mission`). */
export const missionItemId = (rouageId: string) => `${rouageId}.mission`;

/**
 * Lookups of a framework (rouages, dimensions, phases and items by id; ordered lists), made once
 * per framework object and cached (a `WeakMap`): call it as often as needed.
 *
 * @param framework A framework that passed `parseFramework` (or the built-in one).
 * @example
 * indexFramework(framework).rouage.get('pilote')?.title // 'Pilote'
 */
export function indexFramework(framework: Framework): FrameworkIndex {
  const cached = indexes.get(framework);
  if (cached) return cached;
  const index: FrameworkIndex = {
    framework,
    rouage: new Map(),
    dimension: new Map(framework.dimensions.map((d) => [d.id, d])),
    phase: new Map(framework.phases.map((p) => [p.id, p])),
    phaseRank: new Map(),
    rouagesOf: new Map(framework.dimensions.map((d) => [d.id, []])),
    rouageOrder: [],
    item: new Map(),
    ratedItems: new Map(),
    ratedOrder: [],
    questionOrder: [],
  };
  const phaseOrder = new Map(framework.phases.map((p, i) => [p.id, i]));
  const add = (rouage: Rouage, kind: ItemKind, items: Item[]) => {
    for (const { id, text } of items) index.item.set(id, { id, kind, text, rouage });
  };
  // Rouages are visited dimension by dimension so that every ordered list follows the method's reading order.
  for (const dimension of framework.dimensions) {
    for (const rouage of framework.rouages) {
      if (rouage.dimension !== dimension.id) continue;
      index.rouage.set(rouage.id, rouage);
      index.rouagesOf.get(dimension.id)!.push(rouage);
      index.rouageOrder.push(rouage);
      index.phaseRank.set(rouage.id, phaseOrder.get(rouage.phase) ?? 0);
      add(rouage, 'question', rouage.questions);
      add(rouage, 'indicator', rouage.indicators);
      add(rouage, 'tool', rouage.tools);
      add(rouage, 'outcome', rouage.outcomes);
      let rated = rouage.indicators.map(({ id }) => index.item.get(id)!);
      if (rated.length === 0) {
        const mission: ItemInfo = { id: missionItemId(rouage.id), kind: 'mission', text: rouage.mission, rouage };
        index.item.set(mission.id, mission);
        rated = [mission];
      }
      index.ratedItems.set(rouage.id, rated);
      index.ratedOrder.push(...rated);
      index.questionOrder.push(...rouage.questions.map(({ id }) => index.item.get(id)!));
    }
  }
  indexes.set(framework, index);
  return index;
}

/**
 * The rouages in the method's reading order: dimension by dimension (the framework's order of
 * dimensions), each dimension's rouages in the order its text gives (Pilote → Noyau dur → …).
 * The questionnaire walks them in this order and the wheel draws them so.
 *
 * @returns The framework's own rouage objects (do not mutate). Never throws.
 * @example
 * orderedRouages(framework).map((r) => r.id).slice(0, 3) // ['pilote', 'noyau-dur', 'collectif-elargi']
 */
export function orderedRouages(fw: Framework = framework): readonly Rouage[] {
  return indexFramework(fw).rouageOrder;
}

/** What the schema cannot see: references between lists, and ids unique across the whole framework. */
function crossCheck(framework: Framework, locale: string | undefined): Issue[] {
  const m = messagesFor(locale);
  const issues: Issue[] = [];
  const report = (path: (string | number)[], detail: string) => {
    const at = formatPath(path);
    issues.push({ path: at, message: m.at(at, detail) });
  };
  const seen = new Set<string>();
  const unique = (id: string, path: (string | number)[]) => {
    if (seen.has(id)) report(path, m.duplicateId(id));
    seen.add(id);
  };
  framework.phases.forEach((p, i) => unique(p.id, ['phases', i, 'id']));
  framework.dimensions.forEach((d, i) => unique(d.id, ['dimensions', i, 'id']));
  const dimensions = new Set(framework.dimensions.map((d) => d.id));
  const phases = new Set(framework.phases.map((p) => p.id));
  const used = new Set<string>();
  framework.rouages.forEach((rouage, r) => {
    unique(rouage.id, ['rouages', r, 'id']);
    used.add(rouage.dimension);
    if (!dimensions.has(rouage.dimension)) report(['rouages', r, 'dimension'], m.unknownReference('dimension', rouage.dimension));
    if (!phases.has(rouage.phase)) report(['rouages', r, 'phase'], m.unknownReference('phase', rouage.phase));
    for (const list of ['questions', 'indicators', 'tools', 'outcomes'] as const) {
      rouage[list].forEach((item, i) => {
        if (!item.id.startsWith(`${rouage.id}.`)) report(['rouages', r, list, i, 'id'], m.itemOutsideRouage(item.id, rouage.id));
        unique(item.id, ['rouages', r, list, i, 'id']);
      });
    }
  });
  framework.dimensions.forEach((d, i) => {
    if (!used.has(d.id)) report(['dimensions', i], m.emptyDimension(d.id));
  });
  return issues;
}

export interface ParseOptions {
  /** The language of the error messages ("fr" by default). */
  locale?: string;
}

/**
 * Reads a framework from outside (a network's own variant, a translation) and checks it
 * whole: its shape (`frameworkSchema`), then what a schema cannot see: every rouage's dimension
 * and phase exist, ids are unique across the whole framework, item ids start with their
 * rouage's, and no dimension is empty.
 *
 * @param input The framework as JSON data (already parsed from text).
 * @param options `locale` of the error messages ("fr" by default).
 * @returns The typed framework, or an error naming each wrong path in words a person can read. Never throws.
 * @example
 * const read = parseFramework(await (await fetch('/rouages.reseau.json')).json(), { locale: 'en' });
 * if (!read.success) console.warn(read.error.message); // "… rouages[3].dimension: no dimension "acteur" …"
 */
export function parseFramework(input: unknown, options: ParseOptions = {}): Result<Framework> {
  const parsed = frameworkSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return failure('framework', issuesFromZod(parsed.error, messagesFor(options.locale)), options.locale);
  const issues = crossCheck(parsed.data, options.locale);
  if (issues.length) return failure('framework', issues, options.locale);
  return { success: true, data: parsed.data };
}

/**
 * The method in French, as the source gives it: 5 dimensions, 3 phases, 20 rouages.
 * It is data shipped with the package and checked by the test suite, so it is typed
 * here without being parsed again at every start.
 *
 * Whole in the package (`dist/index.js`, `dist/sdk.js`) and in `rouages-sdk.min.js`. The CDN
 * file `rouages.min.js` holds its outline only (rollup.config.js, `frameworkSplit`): the wheel,
 * the provider and the scoring read nothing else; every CDN file that shows texts (the on-demand
 * elements, the SDK for page scripts) attaches them to this same object before its own code
 * runs (src/cdn/french-texts.ts, with `attachFrameworkTexts`).
 */
export const framework: Framework = frenchFramework as Framework;

/**
 * A framework's label for a rating of its scale.
 *
 * @param rating 0 to 3, or null ("don't know / not relevant").
 * @returns The level's label (`Atteint`), the scale's "don't know" label for null, or the number
 *   as text for a rating the scale does not list.
 * @example
 * ratingLabel(2) // 'En cours'
 */
export function ratingLabel(rating: number | null, fw: Framework = framework): string {
  if (rating === null) return fw.scale.unrated;
  return fw.scale.levels.find((level) => level.value === rating)?.label ?? String(rating);
}
