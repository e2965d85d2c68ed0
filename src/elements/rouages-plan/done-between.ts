import { html, nothing, type TemplateResult } from 'lit';
import { actionsDoneBetween, parsePlan, type DoneBetween, type Framework, type PlanAction } from '../../sdk/api.js';

/**
 * What the report's evaluation over time shows beside each rouage's change: the plan's actions
 * done between the two diagnostics' days (`actionsDoneBetween`). Undefined without a readable plan.
 */
export function doneBetweenFor(plan: unknown, framework: Framework, dates: { before: string; after: string }): DoneBetween | undefined {
  if (plan === undefined || plan === null) return undefined;
  const read = parsePlan(plan, framework);
  return read.success ? actionsDoneBetween(read.data, dates.before, dates.after, framework) : undefined;
}

/** The words of that column, in the report's language. */
export function doneBetweenWords(locale: string): { column: string; dimension: (title: string) => string } {
  return locale.toLowerCase().startsWith('en')
    ? { column: 'Plan actions done in between', dimension: (title) => `Plan actions done in between on the whole ${title} dimension:` }
    : { column: 'Actions du plan réalisées entre-temps', dimension: (title) => `Actions du plan réalisées entre-temps sur toute la dimension ${title} :` };
}

/** One rouage's cell: its actions done, or a dash. */
export function renderDoneCell(actions: readonly PlanAction[] | undefined): TemplateResult {
  return html`<td class="done-actions">
    ${actions?.length
      ? html`<ul>
          ${actions.map((a) => html`<li>${a.text}</li>`)}
        </ul>`
      : '—'}
  </td>`;
}

/** The actions done on whole dimensions (no rouage named), below the table; nothing when there are none. */
export function renderDoneByDimension(done: DoneBetween, framework: Framework, locale: string): TemplateResult | typeof nothing {
  const words = doneBetweenWords(locale);
  const entries = framework.dimensions.filter((d) => done.byDimension[d.id]?.length);
  if (!entries.length) return nothing;
  return html`${entries.map((d) => html`<p class="done-dimension">${words.dimension(d.title)} ${done.byDimension[d.id]!.map((a) => a.text).join(' ; ')}</p>`)}`;
}
