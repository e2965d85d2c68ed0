import { html, nothing, type TemplateResult } from 'lit';
import { isOverdue, localDay, parsePlan, statusLabel, type Framework, type Plan, type PlanAction } from '../../sdk/api.js';
import { memoize } from '../shared/inputs.js';

/** The card's words for the plan, in French and English (they load with the card). */
const words = {
  fr: {
    title: "Actions du plan",
    none: "Aucune action du plan pour ce rouage.",
    due: (day: string) => `échéance ${day}`,
    done: (day: string) => `réalisée le ${day}`,
    overdue: 'en retard',
    badPlan: (message: string) => `Le plan n'a pas pu être lu : ${message}`,
  },
  en: {
    title: 'Plan actions',
    none: 'No action of the plan for this gear.',
    due: (day: string) => `due ${day}`,
    done: (day: string) => `done on ${day}`,
    overdue: 'overdue',
    badPlan: (message: string) => `The plan could not be read: ${message}`,
  },
};

/** Reads a plan given as an object or JSON (one memo per card). */
export const planReader = () =>
  memoize((input: unknown, framework: Framework, locale: string): { value?: Plan; error?: string } | undefined => {
    if (input === undefined || input === null) return undefined;
    const read = parsePlan(input, framework, { locale });
    return read.success ? { value: read.data } : { error: read.error.message };
  });

/**
 * The actions of the plan on one rouage, as a card lists them: status, text, due day or day done.
 * Nothing when there is no plan; a sentence when the plan has none for this rouage.
 */
export function renderPlanActions(read: { value?: Plan; error?: string } | undefined, rouage: string, framework: Framework, locale: string, heading: (text: string) => TemplateResult): TemplateResult | typeof nothing {
  if (!read) return nothing;
  const w = locale.toLowerCase().startsWith('en') ? words.en : words.fr;
  if (read.error) return html`<p class="message" part="message" role="alert">${w.badPlan(read.error)}</p>`;
  const actions = read.value!.actions.filter((a) => a.rouage === rouage);
  // The person's local day, as the plan counts it (never the UTC day).
  const today = localDay();
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const day = (d: string) => format.format(new Date(`${d}T00:00:00Z`));
  const detail = (a: PlanAction) => (a.status === 'done' && a.doneAt ? w.done(day(a.doneAt)) : a.due && a.status !== 'done' ? w.due(day(a.due)) : '');
  return html`<section class="plan" part="plan">
    ${heading(w.title)}
    ${actions.length
      ? html`<ul class="plan-actions">
          ${actions.map(
            (a) => html`<li class="plan-action status-${a.status}">
              <span class="plan-status">${statusLabel(a.status, framework)}</span> ${a.text}${detail(a) ? html` <span class="plan-when">(${detail(a)}${isOverdue(a, today) ? `, ${w.overdue}` : ''})</span>` : nothing}
            </li>`,
          )}
        </ul>`
      : html`<p class="plan-none">${w.none}</p>`}
  </section>`;
}
