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

const quote = (s: string) => `« ${s} »`;

const fr: SdkMessages = {
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
    `format de diagnostic inconnu ${quote(received)} : ce logiciel lit ${quote(expected)}`,
  tooShort: (min, origin) =>
    origin === 'array' ? `doit contenir au moins ${min} élément${min > 1 ? 's' : ''}` : min === 1 ? 'ne doit pas être vide' : `doit faire au moins ${min} caractères`,
  tooLong: (max, origin) => (origin === 'array' ? `doit contenir au plus ${max} éléments` : `doit faire au plus ${max} caractères`),
  format: (format) =>
    ({ date: 'doit être une date au format AAAA-MM-JJ', datetime: 'doit être une date et heure ISO 8601 (2024-05-31T09:00:00Z)', regex: "n'a pas la forme attendue (identifiant en minuscules et tirets, par exemple « noyau-dur »)" })[format] ??
    `n'a pas le format ${format}`,
  unknownItem: (id, framework) => `${quote(id)} n'est pas un indicateur noté du référentiel ${framework}`,
  unknownQuestion: (id, framework) => `${quote(id)} n'est pas une question du référentiel ${framework}`,
  otherFramework: (received, expected) => `ce diagnostic a été fait avec le référentiel ${quote(received)}, pas ${quote(expected)}`,
  duplicateId: (id) => `l'identifiant ${quote(id)} est déjà utilisé`,
  unknownReference: (kind, id) => `${kind === 'dimension' ? 'la dimension' : 'la phase'} ${quote(id)} n'existe pas dans ce référentiel`,
  itemOutsideRouage: (id, rouage) => `l'identifiant ${quote(id)} doit commencer par celui de son rouage, ${quote(rouage + '.')}`,
  emptyDimension: (id) => `la dimension ${quote(id)} n'a aucun rouage`,
  notJson: (reason) => `ce n'est pas du JSON lisible (${reason})`,
  badLink: "ce lien de partage est incomplet ou abîmé : demandez à la personne de le copier à nouveau",
  linkVersion: (version) => `ce lien de partage est au format ${quote(version)}, que ce logiciel ne sait pas lire`,
  linkFramework: (framework) => `ce lien a été fait avec le référentiel ${framework}, qui n'est pas celui de cette page`,
  invalid: "n'est pas valide",
  csv: {
    headers: ['Projet', 'Répondant', 'Rôle', 'Organisation', 'Date', 'Dimension', 'Rouage', 'Type', 'Identifiant', 'Texte', 'Note', 'Libellé de la note', 'Réponse'],
    kinds: { indicator: 'Indicateur', mission: 'Mission', question: 'Question' },
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
