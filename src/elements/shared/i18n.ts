import { formatDay, formatPercent, plural } from './format.js';

/**
 * Every word the elements show, in French (the default) and English. The English catalogue
 * has the French one's type, so a missing key is a type error; a test checks it too.
 */
const fr = {
  wheelDescription: (count: number) => `${count} rouages en 5 dimensions. Flèches pour se déplacer, Entrée pour choisir.`,
  overall: 'Score global',
  unrated: 'non évalué',
  next: 'prochain rouage',
  divergent: 'avis divergents',
  /** An earlier score's label; `date` is a calendar day (YYYY-MM-DD), written out. */
  before: (date: string) => `avant (${formatDay(date, 'fr')})`,
  spread: (min: string, max: string) => `de ${min} à ${max} selon les répondants`,
  respondents: (count: number) => `${count}\u00a0${plural(count, 'fr', { one: 'répondant', other: 'répondants' })}`,
  phase: 'Phase',
  /** Between a label and its value ("Phase : Émergence"): a no-break space before the colon in French. */
  colon: '\u00a0:',
  dimension: 'Dimension',
  rouage: 'Rouage',
  score: 'Score',
  state: 'État',
  func: 'Fonction',
  legendUnrated: 'non évalué',
  legendNext: 'prochain rouage',
  legendBefore: 'score précédent',
  legendSpread: 'écart entre répondants',
  legendDivergent: 'avis divergents',
  tableCaption: 'Les rouages et leur score',
  description: 'Description',
  mission: 'Mission',
  questions: 'Questions',
  indicators: 'Indicateurs',
  tools: "Exemples d'outils à mobiliser",
  productions: 'Productions',
  outcomes: 'Réalisations',
  ratedOnMission: "Ce rouage n'a pas d'indicateur\u00a0: il est évalué sur sa mission.",
  showMore: 'Voir tout le rouage',
  showLess: 'Réduire',
  chooseRouage: 'Choisissez un rouage dans la roue pour le voir ici.',
  unknownRouage: (id: string) => `Aucun rouage «\u00a0${id}\u00a0» dans ce référentiel.`,
  badDiagnostic: (message: string) => `Le diagnostic n'a pas pu être lu\u00a0: ${message}`,
  badScores: (message: string) => `Les scores n'ont pas pu être lus\u00a0: ${message}`,
  badFramework: (message: string) => `Le référentiel n'a pas pu être lu\u00a0: ${message}`,
  notAList: 'attendu une liste de diagnostics',
  scoresShape: 'attendu un objet { rouage: score }',
  scoreRange: (id: string) => `${id}\u00a0: un score est un nombre de 0 à 1, ou null`,
  loading: 'Chargement…',
  notRated: 'pas de réponse',
  // Results, shared by the questionnaire and the report.
  dimensionProgress: (answered: number, total: number) => `${answered} sur ${total}`,
  expectedOutcomes: 'Réalisations attendues',
  exportCsv: 'Exporter pour un tableur (CSV)',
  nextGear: 'Prochain rouage',
  completion: 'Complété',
  noNext: 'tous en place',
  noRecommendation: 'Tous les rouages sont en place\u00a0: bravo\u202f!',
  print: 'Imprimer',
  recommendationsIntro: 'Dans chaque dimension, le premier rouage qui reste à mettre en place, la phase la plus précoce d’abord.',
  recommendationsTitle: 'Les prochains rouages à travailler',
  resultsIntro: (answered: number, total: number) => `${answered} ${plural(answered, 'fr', { one: 'indicateur renseigné', other: 'indicateurs renseignés' })} sur ${total}.`,
  scaleHelp: [
    "rien n'est encore engagé",
    'les premières actions existent',
    'le travail est bien engagé',
    "c'est fait, et reconnu par les partenaires",
  ],
  scoresTitle: 'Score par dimension',
  toolsToUse: 'Outils à mobiliser',
  /** A score in [0, 1] as a percentage, with a no-break space before its sign ("67 %"). */
  percent: (value: number) => formatPercent(value, 'fr'),
};

export type Strings = typeof fr;



export type UiLocale = 'fr' | 'en';

/** The languages the elements speak now: French always; English once its file is loaded (see locale-en.ts). */
const catalogues: Partial<Record<UiLocale, Strings>> = { fr };

export function registerStrings(locale: UiLocale, strings: Strings): void {
  catalogues[locale] = strings;
}

export { fr as frenchStrings };

/** The UI language for a locale tag: English for "en", "en-GB"…; French otherwise. */
export const uiLocale = (locale: string | undefined | null): UiLocale => (locale?.toLowerCase().startsWith('en') ? 'en' : 'fr');

/** The words for a locale tag; French while another language loads. */
export const stringsFor = (locale: string | undefined | null): Strings => catalogues[uiLocale(locale)] ?? fr;

/** Elements' own English words registered by the English file (locale-en.ts), by element name. */
const ownEnglish = new Map<string, object>();

/** Registers an element's own English words (from locale-en.ts, so French pages never download them). */
export function registerOwnStrings(name: string, english: object): void {
  ownEnglish.set(name, english);
}

/**
 * An element's own words together with the shared ones, per language (made once): the
 * report's catalogues live with it and load with it; an element may instead give its French
 * words and a `name` under which locale-en.ts registers its English ones (`registerOwnStrings`).
 */
export function withOwnStrings<T extends object>(own: { fr: T; en: T } | { fr: T; name: string }): (locale: string | undefined | null) => Strings & T {
  const merged = new WeakMap<Strings, Strings & T>();
  return (locale) => {
    const shared = stringsFor(locale);
    // The shared words are French until English is loaded: the element's own follow them.
    const english = 'en' in own ? own.en : (ownEnglish.get(own.name) as T | undefined);
    const words = shared === fr || uiLocale(locale) === 'fr' || !english ? own.fr : english;
    let strings = merged.get(shared);
    if (!strings) merged.set(shared, (strings = { ...shared, ...words }));
    return strings;
  };
}
