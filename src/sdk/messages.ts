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
  subjects: { diagnostic: string; framework: string; shareLink: string; case: string };
  types: Record<string, string>;
  required: string;
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
  notJson(reason: string): string;
  badLink: string;
  linkVersion(version: string): string;
  linkFramework(framework: string): string;
  invalid: string;
  csv: { headers: string[]; kinds: { indicator: string; mission: string; question: string } };
}

const quote = { fr: (s: string) => `« ${s} »`, en: (s: string) => `"${s}"` };

export const sdkMessages: Record<SdkLocale, SdkMessages> = {
  fr: {
    at: (path, detail) => (path ? `${path} : ${detail}` : detail.charAt(0).toUpperCase() + detail.slice(1)),
    summary: (subject, count, first) =>
      count === 1 ? `${subject} n'est pas valide. ${first}` : `${subject} n'est pas valide (${count} problèmes). ${first}`,
    subjects: { diagnostic: 'Le diagnostic', framework: 'Le référentiel', shareLink: 'Le lien de partage', case: "L'exemple d'accompagnement" },
    types: {
      string: 'un texte', number: 'un nombre', boolean: 'vrai ou faux', object: 'un objet', array: 'une liste',
      null: 'null', undefined: 'rien', int: 'un nombre entier',
    },
    required: 'est obligatoire',
    expected: (type, received) => `attendu ${type}, reçu ${received}`,
    rating: (received) => `une note vaut 0, 1, 2, 3 ou null (je ne sais pas), pas ${received}`,
    oneOf: (values, received) => `attendu l'une des valeurs ${values}, reçu ${received}`,
    schemaVersion: (received, expected) =>
      `format de diagnostic inconnu ${quote.fr(received)} : ce logiciel lit ${quote.fr(expected)}`,
    tooShort: (min, origin) =>
      origin === 'array' ? `doit contenir au moins ${min} élément${min > 1 ? 's' : ''}` : min === 1 ? 'ne doit pas être vide' : `doit faire au moins ${min} caractères`,
    tooLong: (max, origin) => (origin === 'array' ? `doit contenir au plus ${max} éléments` : `doit faire au plus ${max} caractères`),
    format: (format) =>
      ({ date: 'doit être une date au format AAAA-MM-JJ', datetime: 'doit être une date et heure ISO 8601 (2024-05-31T09:00:00Z)', regex: "n'a pas la forme attendue (identifiant en minuscules et tirets, par exemple « noyau-dur »)" })[format] ??
      `n'a pas le format ${format}`,
    unknownItem: (id, framework) => `${quote.fr(id)} n'est pas un indicateur noté du référentiel ${framework}`,
    unknownQuestion: (id, framework) => `${quote.fr(id)} n'est pas une question du référentiel ${framework}`,
    otherFramework: (received, expected) => `ce diagnostic a été fait avec le référentiel ${quote.fr(received)}, pas ${quote.fr(expected)}`,
    duplicateId: (id) => `l'identifiant ${quote.fr(id)} est déjà utilisé`,
    unknownReference: (kind, id) => `${kind === 'dimension' ? 'la dimension' : 'la phase'} ${quote.fr(id)} n'existe pas dans ce référentiel`,
    itemOutsideRouage: (id, rouage) => `l'identifiant ${quote.fr(id)} doit commencer par celui de son rouage, ${quote.fr(rouage + '.')}`,
    emptyDimension: (id) => `la dimension ${quote.fr(id)} n'a aucun rouage`,
    notJson: (reason) => `ce n'est pas du JSON lisible (${reason})`,
    badLink: "ce lien de partage est incomplet ou abîmé : demandez à la personne de le copier à nouveau",
    linkVersion: (version) => `ce lien de partage est au format ${quote.fr(version)}, que ce logiciel ne sait pas lire`,
    linkFramework: (framework) => `ce lien a été fait avec le référentiel ${framework}, qui n'est pas celui de cette page`,
    invalid: "n'est pas valide",
    csv: {
      headers: ['Projet', 'Répondant', 'Rôle', 'Organisation', 'Date', 'Dimension', 'Rouage', 'Type', 'Identifiant', 'Texte', 'Note', 'Libellé de la note', 'Réponse'],
      kinds: { indicator: 'Indicateur', mission: 'Mission', question: 'Question' },
    },
  },
  en: {
    at: (path, detail) => (path ? `${path}: ${detail}` : detail.charAt(0).toUpperCase() + detail.slice(1)),
    summary: (subject, count, first) =>
      count === 1 ? `${subject} is not valid. ${first}` : `${subject} is not valid (${count} problems). ${first}`,
    subjects: { diagnostic: 'The diagnostic', framework: 'The framework', shareLink: 'The share link', case: 'The case' },
    types: {
      string: 'text', number: 'a number', boolean: 'true or false', object: 'an object', array: 'a list',
      null: 'null', undefined: 'nothing', int: 'a whole number',
    },
    required: 'is required',
    expected: (type, received) => `expected ${type}, received ${received}`,
    rating: (received) => `a rating is 0, 1, 2, 3 or null (don't know), not ${received}`,
    oneOf: (values, received) => `expected one of ${values}, received ${received}`,
    schemaVersion: (received, expected) => `unknown diagnostic format ${quote.en(received)}: this software reads ${quote.en(expected)}`,
    tooShort: (min, origin) =>
      origin === 'array' ? `must hold at least ${min} item${min > 1 ? 's' : ''}` : min === 1 ? 'must not be empty' : `must be at least ${min} characters long`,
    tooLong: (max, origin) => (origin === 'array' ? `must hold at most ${max} items` : `must be at most ${max} characters long`),
    format: (format) =>
      ({ date: 'must be a date written YYYY-MM-DD', datetime: 'must be an ISO 8601 date and time (2024-05-31T09:00:00Z)', regex: 'is not of the expected form (an id in lower case and hyphens, such as "noyau-dur")' })[format] ??
      `is not a valid ${format}`,
    unknownItem: (id, framework) => `${quote.en(id)} is not a rated item of the framework ${framework}`,
    unknownQuestion: (id, framework) => `${quote.en(id)} is not a question of the framework ${framework}`,
    otherFramework: (received, expected) => `this diagnostic was made with the framework ${quote.en(received)}, not ${quote.en(expected)}`,
    duplicateId: (id) => `the id ${quote.en(id)} is already used`,
    unknownReference: (kind, id) => `the ${kind} ${quote.en(id)} does not exist in this framework`,
    itemOutsideRouage: (id, rouage) => `the id ${quote.en(id)} must start with its rouage's id, ${quote.en(rouage + '.')}`,
    emptyDimension: (id) => `the dimension ${quote.en(id)} has no rouage`,
    notJson: (reason) => `this is not readable JSON (${reason})`,
    badLink: 'this share link is incomplete or damaged: ask the person to copy it again',
    linkVersion: (version) => `this share link has the format ${quote.en(version)}, which this software cannot read`,
    linkFramework: (framework) => `this link was made with the framework ${framework}, which is not this page's`,
    invalid: 'is not valid',
    csv: {
      headers: ['Project', 'Respondent', 'Role', 'Organisation', 'Date', 'Dimension', 'Rouage', 'Kind', 'Id', 'Text', 'Rating', 'Rating label', 'Answer'],
      kinds: { indicator: 'Indicator', mission: 'Mission', question: 'Question' },
    },
  },
};

/** The messages for a locale tag ("fr", "en-GB", …), French when the language is not known. */
export function messagesFor(locale: string | undefined): SdkMessages {
  return locale?.toLowerCase().startsWith('en') ? sdkMessages.en : sdkMessages.fr;
}
