/**
 * The words of the SDK's error messages, in each locale the method exists in.
 * Errors are shown to people (an imported file, a network's framework), so they read as
 * sentences, name the place in the data, and never show a stack trace.
 */
export type SdkLocale = 'fr' | 'en';

export interface SdkMessages {
  /** Joins a path to what is wrong there ("answers["x"] : …"). */
  at(path: string, detail: string): string;
  summary(subject: string, count: number, first: string): string;
  subjects: { diagnostic: string; framework: string; shareLink: string; case: string; plan: string };
  types: Record<string, string>;
  required: string;
  /** A field that is missing, named in words (`fields`) with its path: "il manque le nom du projet (« project »)". */
  missing(path: string): string;
  /** The top-level fields of a diagnostic, in words, for messages a coordinator reads. */
  fields: Record<string, string>;
  /** A file with no `schema` field: not a diagnostic of this method, or damaged. */
  noSchema(expected: string): string;
  /** A `schema` field that is not text (an object, a number…), described in words. */
  schemaNotText(received: string, expected: string): string;
  /** A date of the right form that no calendar has (2023-02-31). */
  impossibleDate(value: string): string;
  expected(type: string, received: string): string;
  rating(received: string): string;
  oneOf(values: string, received: string): string;
  schemaVersion(received: string, expected: string): string;
  tooShort(min: number, origin: string): string;
  tooLong(max: number, origin: string): string;
  format(format: string): string;
  unknownItem(id: string, framework: string): string;
  unknownQuestion(id: string, framework: string): string;
  otherFramework(received: string, expected: string): string;
  duplicateId(id: string): string;
  unknownReference(kind: 'dimension' | 'phase', id: string): string;
  itemOutsideRouage(id: string, rouage: string): string;
  emptyDimension(id: string): string;
  /** Text that is not JSON (cut short, malformed): said in the person's language, never with the engine's own message. */
  notJson: string;
  badLink: string;
  linkVersion(version: string): string;
  linkFramework(framework: string): string;
  invalid: string;
  /** The words of the diagnostic's CSV (see csv.ts): headers, kinds of item, levels of a row. */
  csv: {
    headers: string[];
    kinds: { indicator: string; mission: string; question: string };
    levels: { item: string; rouage: string; dimension: string; overall: string };
    collectiveHeaders: string[];
    yes: string;
  };
  /** The words of the plan's errors and CSV (see plan.ts, plan-csv.ts). */
  plan: PlanMessages;
}

export interface PlanMessages {
  schemaVersion(received: string, expected: string): string;
  /** A plan made with another framework than the one reading it. */
  otherFramework(received: string, expected: string): string;
  notADay(text: string): string;
  noPlace: string;
  unknownRouage(id: string): string;
  rouageOutsideDimension(rouage: string, dimension: string): string;
  toolOutsideRouage(tool: string, rouage: string): string;
  noAction(id: string): string;
  csvHeaders: string[];
  csvColumns(expected: number, received: number): string;
  csvEmpty: string;
}

const quote = (s: string) => `« ${s} »`;

/** A field in words with its path ("le nom du projet (« project »)"), or its path alone when it has no name. */
export function fieldName(m: Pick<SdkMessages, 'fields'>, path: string, q: (s: string) => string): string {
  const name = m.fields[path];
  return name ? `${name} (${q(path)})` : q(path || '…');
}

const fr: SdkMessages = {
  at: (path, detail) => (path ? `${path} : ${detail}` : detail.charAt(0).toUpperCase() + detail.slice(1)),
  summary: (subject, count, first) =>
    count === 1 ? `${subject} n'est pas valide. ${first}` : `${subject} n'est pas valide (${count} problèmes). ${first}`,
  subjects: { diagnostic: 'Le diagnostic', framework: 'Le référentiel', shareLink: 'Le lien de partage', case: "L'exemple d'accompagnement", plan: "Le plan d'actions" },
  types: {
    string: 'un texte', number: 'un nombre', boolean: 'vrai ou faux', object: 'un objet', array: 'une liste',
    null: 'null', undefined: 'rien', int: 'un nombre entier',
  },
  required: 'est obligatoire',
  missing: (path) => `il manque ${fieldName(fr, path, quote)}`,
  fields: {
    schema: 'le format du fichier',
    id: "l'identifiant du diagnostic",
    framework: 'le référentiel utilisé',
    'framework.id': "l'identifiant du référentiel utilisé",
    'framework.version': 'la version du référentiel utilisé',
    project: 'le nom du projet',
    respondent: 'la personne qui répond',
    date: 'la date du diagnostic',
    createdAt: 'la date de création',
    updatedAt: 'la date de dernière modification',
    answers: 'les notes des indicateurs',
    notes: 'les réponses aux questions ouvertes',
  },
  noSchema: (expected) =>
    `ce fichier n'indique pas son format (le champ « schema », qui vaut ${quote(expected)} dans un diagnostic) : ce n'est pas un diagnostic des rouages de la coopération, ou il a été abîmé`,
  schemaNotText: (received, expected) =>
    `le format du fichier (champ « schema ») devrait être le texte ${quote(expected)}, c'est ${received} : ce n'est pas un diagnostic des rouages de la coopération`,
  impossibleDate: (value) => `${quote(value)} n'est pas une date du calendrier (ce jour n'existe pas)`,
  expected: (type, received) => `attendu ${type}, reçu ${received}`,
  rating: (received) => `une note vaut 0, 1, 2, 3 ou null (je ne sais pas), pas ${received}`,
  oneOf: (values, received) => `attendu l'une des valeurs ${values}, reçu ${received}`,
  schemaVersion: (received, expected) =>
    `format de diagnostic inconnu ${quote(received)} : ce logiciel lit ${quote(expected)}`,
  tooShort: (min, origin) =>
    origin === 'array' ? `doit contenir au moins ${min} élément${min > 1 ? 's' : ''}` : min === 1 ? 'ne doit pas être vide' : `doit faire au moins ${min} caractères`,
  tooLong: (max, origin) => (origin === 'array' ? `doit contenir au plus ${max} éléments` : `doit faire au plus ${max} caractères`),
  format: (format) =>
    ({ date: 'doit être une date au format AAAA-MM-JJ', datetime: 'doit être une date et heure ISO 8601 (2024-05-31T09:00:00Z)', regex: "n'a pas la forme attendue (identifiant en minuscules et tirets, par exemple « noyau-dur »)", 'diagnostic-id': "doit être un identifiant fait de lettres, de chiffres, de « - » et de « _ » (64 caractères au plus)" })[format] ??
    `n'a pas le format ${format}`,
  unknownItem: (id, framework) => `${quote(id)} n'est pas un indicateur noté du référentiel ${framework}`,
  unknownQuestion: (id, framework) => `${quote(id)} n'est pas une question du référentiel ${framework}`,
  otherFramework: (received, expected) => `ce diagnostic a été fait avec le référentiel ${quote(received)}, pas ${quote(expected)}`,
  duplicateId: (id) => `l'identifiant ${quote(id)} est déjà utilisé`,
  unknownReference: (kind, id) => `${kind === 'dimension' ? 'la dimension' : 'la phase'} ${quote(id)} n'existe pas dans ce référentiel`,
  itemOutsideRouage: (id, rouage) => `l'identifiant ${quote(id)} doit commencer par celui de son rouage, ${quote(rouage + '.')}`,
  emptyDimension: (id) => `la dimension ${quote(id)} n'a aucun rouage`,
  notJson: "ce texte n'est pas du JSON lisible",
  badLink: "ce lien de partage est incomplet ou abîmé : demandez à la personne de le copier à nouveau",
  linkVersion: (version) => `ce lien de partage est au format ${quote(version)}, que ce logiciel ne sait pas lire`,
  linkFramework: (framework) => `ce lien a été fait avec le référentiel ${framework}, qui n'est pas celui de cette page`,
  invalid: "n'est pas valide",
  csv: {
    headers: ['Projet', 'Répondant', 'Rôle', 'Organisation', 'Date', 'Dimension', 'Rouage', 'Type', 'Identifiant', 'Texte', 'Note', 'Libellé de la note', 'Réponse', 'Niveau', 'Score (%)', 'Prochain rouage', 'N° du diagnostic'],
    kinds: { indicator: 'Indicateur', mission: 'Mission', question: 'Question' },
    levels: { item: 'Élément', rouage: 'Rouage', dimension: 'Dimension', overall: 'Ensemble' },
    collectiveHeaders: ['Projet', 'Répondants', 'Niveau', 'Dimension', 'Rouage', 'Type', 'Identifiant', 'Texte', 'Note moyenne', 'Score (%)', 'Min (%)', 'Max (%)', 'Réponses', 'Ne sait pas', 'À discuter', 'Prochain rouage'],
    yes: 'Oui',
  },
  plan: {
    schemaVersion: (received, expected) => `format de plan inconnu ${quote(received)} : ce logiciel lit ${quote(expected)}`,
    otherFramework: (received, expected) => `ce plan a été fait avec le référentiel ${quote(received)}, pas ${quote(expected)}`,
    notADay: (text) => `${quote(text)} n'est pas un jour du calendrier`,
    noPlace: 'une action est rattachée à un rouage ou à une dimension',
    unknownRouage: (id) => `le rouage ${quote(id)} n'existe pas dans ce référentiel`,
    rouageOutsideDimension: (rouage, dimension) => `le rouage ${quote(rouage)} n'appartient pas à la dimension ${quote(dimension)}`,
    toolOutsideRouage: (tool, rouage) => `${quote(tool)} n'est pas un exemple d'outil du rouage ${quote(rouage)}`,
    noAction: (id) => `aucune action ${quote(id)} dans ce plan`,
    csvHeaders: ['Projet', 'Dimension', 'Rouage', 'Action', "Modes d'action", 'Partenaire', 'Statut', 'Raison du report', 'Remarque', 'Porteur', 'Échéance', 'Faite le', 'Outil de départ', 'Identifiant', 'Id dimension', 'Id rouage', 'Id outil', 'Id modes', 'Id statut', 'Créée le', 'Modifiée le'],
    csvColumns: (expected, received) => `chaque ligne doit avoir ${expected} colonnes, celle-ci en a ${received}`,
    csvEmpty: "ce fichier n'a pas la ligne d'en-tête d'un plan exporté",
  },
};

/** The languages the SDK can speak now: French always; English once registered (see messages-en.ts). */
const registered: Partial<Record<SdkLocale, SdkMessages>> = { fr };

/** Adds a language's messages. The SDK's entry registers English; the CDN file does it when a page asks for English. */
export function registerSdkMessages(locale: SdkLocale, messages: SdkMessages): void {
  registered[locale] = messages;
}

/** The messages for a locale tag ("fr", "en-GB", …); French when the language is not known or not loaded. */
export function messagesFor(locale: string | undefined): SdkMessages {
  return (locale?.toLowerCase().startsWith('en') && registered.en) || fr;
}
