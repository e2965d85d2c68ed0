import { ratingLabel, type ActionMode, type ChangeView, type Diagnostic, type Framework, type Rating } from '../../sdk/api.js';
import { withOwnStrings, type Strings } from '../shared/i18n.js';
import { formatDay, formatList, formatPercent } from '../shared/format.js';
import { reportCatalogues, type ReportStrings } from './strings.js';

const stringsFor = withOwnStrings(reportCatalogues);

/** The report's words in one language: its strings and the formatting of what it shows (made once per language). */
export interface ReportWords {
  locale: string;
  s: Strings & ReportStrings;
  /** A calendar day in the reader's language. */
  day(day: string): string;
  /** A score in [0, 1] as a percentage. */
  pct(value: number): string;
  /** A score, or "non évalué". */
  score(value: number | null): string;
  /** A change as a person reads it ("progresse de 22 points"). */
  change(change: ChangeView): string;
  /** A rating with its label ("2 — En cours"), or the framework's "don't know" label. */
  rating(rating: Rating, framework: Framework): string;
  /** A respondent's name when they gave one, else their place in the list ("Répondant 3"). */
  who(diagnostic: Diagnostic | undefined, position: number): string;
  /** An action's mode, the partner's support in the source's words when it names one. */
  mode(mode: ActionMode, support: string | undefined): string;
  /** Text in the language's quotation marks. */
  quote(text: string): string;
  /** Items joined as the language joins them. */
  list(items: readonly string[]): string;
}

const made = new Map<string, ReportWords>();

export function reportWords(locale: string): ReportWords {
  const s = stringsFor(locale);
  // Made again once English has loaded (the words were French until then).
  const cached = made.get(locale);
  if (cached?.s === s) return cached;
  const pct = (value: number) => formatPercent(value, locale);
  const words: ReportWords = {
    locale,
    s,
    day: (day) => formatDay(day, locale),
    pct,
    score: (value) => (value === null ? s.unrated : pct(value)),
    change: (change) => {
      switch (change.kind) {
        case 'up':
          return s.reportUp(change.points);
        case 'down':
          return s.reportDown(change.points);
        case 'stable':
          return s.reportStable;
        case 'new':
          return s.reportNew;
        case 'dropped':
          return s.reportDropped;
        default:
          return s.unrated;
      }
    },
    rating: (rating, framework) => (rating === null ? framework.scale.unrated : `${rating} — ${ratingLabel(rating, framework)}`),
    who: (diagnostic, position) => diagnostic?.respondent?.name?.trim() || s.reportRespondent(position + 1),
    mode: (mode, support) => (mode === 'montee-en-competences' ? s.reportModeSkills : mode === 'realisation-interne' ? s.reportModeInternal : (support ?? s.reportModePartner)),
    quote: s.quote,
    list: (items) => formatList(items, locale),
  };
  made.set(locale, words);
  return words;
}
