/**
 * The words of <rouages-questionnaire> in French (the default), beside the shared ones
 * (shared/i18n.ts): they load with the element. The English words are in strings-en.ts, which
 * loads with the English file (shared/locale-en.ts), so French pages never download them.
 */
import { formatStamp, plural } from '../shared/format.js';

const fr = {
  questionnaireLabel: 'Autodiagnostic\u00a0: les rouages de la coopération',
  startTitle: 'Votre diagnostic',
  startIntro: (rouages: number, items: number) =>
    `Passez en revue les ${rouages} rouages de la coopération de votre projet\u00a0: pour chacun, notez de 0 à 3 où en est le projet sur ses indicateurs (${items} en tout), et, si vous le souhaitez, répondez aux questions ouvertes. À la fin, vous voyez où en est chaque dimension et les prochains rouages à travailler.`,
  startDuration: 'Comptez 30 à 45 minutes, davantage si vous répondez aux questions ouvertes, en une ou plusieurs fois\u00a0: vous pouvez vous arrêter et reprendre plus tard, revenir en arrière, laisser un indicateur sans note.',
  startStorageLocal: 'Vos réponses restent dans ce navigateur\u00a0: rien n’est envoyé à personne, sauf si vous exportez le diagnostic ou créez un lien de partage.',
  startStorageNone: 'Vos réponses restent dans cette page\u00a0: elles ne sont pas gardées si vous la fermez. Exportez le diagnostic pour le garder.',
  startStorageEndpoint: (origin: string) => `Vos réponses restent dans ce navigateur jusqu’à ce que vous les envoyiez\u00a0: le bouton «\u00a0Envoyer le diagnostic\u00a0» les transmet à ${origin}.`,
  aboutMethod: 'La méthode en quelques lignes',
  scaleTitle: "L'échelle de notation",
  unratedHelp: "vous ne savez pas, ou l'indicateur ne concerne pas votre projet\u00a0: il ne compte pas dans le score",
  projectLabel: 'Nom du projet',
  required: 'obligatoire',
  respondentLabel: 'Votre nom',
  roleLabel: 'Votre rôle dans le projet',
  organisationLabel: 'Votre organisation',
  dateLabel: 'Date du diagnostic',
  optional: 'facultatif',
  start: 'Commencer le diagnostic',
  resume: 'Reprendre le diagnostic',
  projectRequired: 'Indiquez le nom du projet.',
  importTitle: 'Reprendre un diagnostic existant',
  importFile: 'Importer un fichier JSON',
  importLink: 'ou coller un lien de partage',
  importLinkButton: 'Ouvrir le lien',
  imported: (project: string) => `Diagnostic «\u00a0${project}\u00a0» importé.`,
  importFailed: (message: string) => `Import impossible, vos réponses actuelles sont conservées. ${message}`,
  shareLinkBroken: (message: string) => `Ce lien de partage ne peut pas être ouvert. ${message}`,
  otherTabReplaced: (project: string) => `Dans un autre onglet, le diagnostic «\u00a0${project}\u00a0» a été ouvert à la place de celui-ci\u00a0: c’est lui qui s’affiche maintenant.`,
  navLabel: 'Parcours du diagnostic',
  progress: (answered: number, total: number) => `${answered} sur ${total} ${plural(total, 'fr', { one: 'indicateur renseigné', other: 'indicateurs renseignés' })}`,
  complete: 'complet',
  notStarted: 'non commencé',
  results: 'Résultats',
  stepOf: (index: number, total: number) => `Rouage ${index} sur ${total}`,
  indicatorsHelp: 'Pour chaque indicateur, où en est le projet\u202f?',
  missionRated: "Ce rouage n'a pas d'indicateur dans la méthode\u00a0: notez où en est sa mission.",
  questionsHelp: 'Questions ouvertes (facultatif)\u00a0: vos réponses sont gardées dans le diagnostic, sans compter dans le score.',
  previous: 'Précédent',
  nextStep: 'Suivant',
  toResults: 'Voir les résultats',
  edit: 'Modifier les réponses',
  resultsTitle: (project: string) => `Résultats — ${project}`,
  actionsTitle: 'Enregistrer et partager',
  exportJson: 'Exporter (JSON)',
  shareLink: 'Créer un lien de partage',
  shareLinkLabel: 'Lien de partage',
  shareIncludePersonal: 'Inclure mon nom, mon rôle et mon organisation',
  shareIncludeHint: 'Pour le lien de partage et les exports JSON et CSV. Laissez décoché pour partager hors de votre équipe.',
  /** One part of what a link or an export holds (see `SharedPart`). */
  sharedPart: (part: string) =>
    ({ project: 'le nom du projet', dates: 'ses dates', answers: 'vos notes des indicateurs', notes: 'vos réponses aux questions ouvertes', name: 'votre nom', role: 'votre rôle', organisation: 'votre organisation' })[part] ?? String(part),
  /** What the link holds (`list`: the parts joined with `formatList`), said where it is made. */
  shareContains: (list: string) => `Ce lien contient ${list}. Toute personne qui le reçoit peut les lire\u00a0; il ne passe par aucun serveur.`,
  shareWithoutPersonal: 'Votre nom, votre rôle et votre organisation n’y sont pas.',
  copy: 'Copier',
  copied: 'Lien copié.',
  submit: 'Envoyer le diagnostic',
  retry: 'Réessayer',
  /** The results page's code could not be fetched (results-loader.ts). */
  resultsLoadFailed: 'Les résultats n’ont pas pu être chargés\u00a0: la connexion est peut-être coupée. Vos réponses sont gardées\u00a0; vérifiez la connexion, puis réessayez.',
  sending: 'Envoi en cours…',
  sent: 'Diagnostic envoyé. Merci\u202f!',
  sentBefore: (date: string) => `Ce diagnostic a été envoyé le ${date}.`,
  /** A date and time as a person reads them, in the element's language. */
  when: (iso: string) => formatStamp(iso, 'fr-FR'),
  takenOverPage: 'Diagnostic transmis à la page.',
  takenOverForm: 'Diagnostic remis au formulaire de la page.',
  notSent:
    'Rien n’a été envoyé\u00a0: ce questionnaire n’est relié à aucun serveur. Vos réponses restent dans ce navigateur. Pour transmettre votre diagnostic, exportez-le (JSON ou CSV) ou créez un lien de partage.',
  sendFailed: (reason: string) => `L’envoi a échoué (${reason}). Vos réponses sont conservées\u00a0: réessayez, ou exportez-les.`,
  httpStatus: (status: number, message?: string) => `le serveur a répondu ${status}${message ? `\u00a0: «\u00a0${message}\u00a0»` : ''}`,
  timeout: 'le serveur n’a pas répondu à temps',
  offline: 'ce navigateur est hors ligne\u00a0; réessayez une fois la connexion revenue',
  crossOrigin: (origin: string) =>
    `le serveur ${origin} n’a pas accepté la demande de cette page, ou ne répond pas. S’il répond, il doit autoriser cette page à lui envoyer le diagnostic (en-têtes CORS)\u00a0: signalez-le aux responsables du site`,
  invalidEndpoint: (endpoint: string) => `l’adresse d’envoi «\u00a0${endpoint}\u00a0» n’est pas une adresse web (http ou https)\u00a0: signalez-le aux responsables du site`,
  network: 'le serveur de ce site ne répond pas',
  storageFailed: 'Vos réponses ne peuvent pas être enregistrées dans ce navigateur (stockage plein ou bloqué). Elles restent dans cette page\u00a0: exportez-les avant de la fermer.',
  restored: 'Vos réponses précédentes ont été reprises.',
  keptAside: (count: number, key: string) =>
    `${count} ${plural(count, 'fr', {
      one: 'réponse d’une autre version du questionnaire n’a pas pu être reprise\u00a0: elle est conservée',
      other: 'réponses d’une autre version du questionnaire n’ont pas pu être reprises\u00a0: elles sont conservées',
    })} à part ${key ? `dans ce navigateur («\u00a0${key}\u00a0»)` : 'dans cette page'}.`,
  unreadableDraft: (key: string) => `Un brouillon enregistré n’a pas pu être lu\u00a0: il est conservé à part ${key ? `dans ce navigateur («\u00a0${key}\u00a0»)` : 'dans cette page'}.`,
  /** What took the place of a diagnostic kept aside, by the reason of the replacement. */
  replacedBy: (reason: string) =>
    ({
      file: 'Le fichier importé',
      'share-link': 'Le lien de partage ouvert',
      'storage-key': 'Le changement de brouillon',
      reset: 'La réinitialisation du formulaire',
      'form-restore': 'Le diagnostic rétabli par le navigateur',
      'bring-back': 'Le diagnostic repris',
      draft: 'Le brouillon enregistré',
    })[reason] ?? 'Le diagnostic donné par la page',
  replacedKeptAside: (by: string, project: string, key: string) =>
    `${by} a pris la place du diagnostic «\u00a0${project}\u00a0»\u00a0: celui-ci n’est pas perdu, il est gardé à part ${key ? `dans ce navigateur («\u00a0${key}\u00a0»)` : 'dans cette page'}.`,
  bringBack: 'Le reprendre',
  storedAside: (date: string, project: string) =>
    `Une copie du diagnostic «\u00a0${project}\u00a0» datée du ${date} est gardée dans ce navigateur\u00a0: vous pouvez la reprendre, l’exporter ou l’écarter.`,
  discardAside: 'L’écarter',
  /** The end of a copy kept aside's file name (`<project>-<date>-gardé-à-part.json`). */
  asideFileSuffix: 'gardé-à-part',
  /** The label before a rouage's mission, with its colon. */
  missionLabel: 'Mission\u00a0:',
  importMerged: (project: string) => `Ce fichier est une autre version de votre diagnostic «\u00a0${project}\u00a0»\u00a0: ses réponses ont été ajoutées aux vôtres, sans en perdre aucune.`,
  importSame: (project: string) => `Ce diagnostic «\u00a0${project}\u00a0» est déjà à jour ici\u00a0: rien à ajouter.`,
  confirmReplace: (project: string, respondent: string) =>
    `Ce diagnostic est celui d’un autre projet ou d’une autre personne («\u00a0${project}\u00a0»${respondent ? `, ${respondent}` : ''}). L’ouvrir à la place du vôtre\u202f? Le vôtre sera gardé à part et pourra être repris.`,
  confirmYes: 'L’ouvrir, garder le mien à part',
  confirmNo: 'Garder le mien',
  redirected: (location: string) =>
    location
      ? `le serveur a renvoyé vers une autre adresse (${location}) au lieu de recevoir le diagnostic`
      : 'le serveur a renvoyé vers une autre page (une page de connexion\u202f?) au lieu de recevoir le diagnostic',
  alreadySent: (date: string) => `Ce diagnostic a déjà été envoyé le ${date} et n’a pas changé depuis\u00a0: il n’est pas renvoyé.`,
  changedSinceSent: (date: string) => `Envoyé le ${date}, modifié depuis\u00a0: envoyez-le à nouveau pour transmettre vos changements.`,
  valueMissing: 'Remplissez le diagnostic\u00a0: indiquez au moins le nom du projet.',
  exportLeftovers: 'Exporter ces réponses',
  mergedFromOtherTab: 'Des réponses saisies dans un autre onglet ont été ajoutées.',
  sharedInUrl: 'Ce lien contient un diagnostic partagé.',
  openShared: 'L’ouvrir',
  dismiss: 'Fermer ce message',
  readonlyNotice: 'Ce diagnostic est en lecture seule.',
  badValue: (message: string) => `La valeur donnée n’a pas pu être lue\u00a0: ${message}`,
};

export type QuestionnaireStrings = typeof fr;

/** The element's own words, for `withOwnStrings`: French here, English registered under this name by the English file. */
export const questionnaireCatalogues = { fr, name: 'rouages-questionnaire' } as const;
