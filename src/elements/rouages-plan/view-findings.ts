import { html, nothing, type TemplateResult } from 'lit';
import { indexFramework, type Framework, type Plan } from '../../sdk/api.js';
import type { Strings } from '../shared/i18n.js';
import type { PlanStrings } from './strings.js';

type S = Strings & PlanStrings;

/**
 * A diagnostic's findings (« constats »), by dimension in the method's order: what was
 * observed, shown apart from the actions and never as work done.
 */
export function renderFindings(plan: Plan, framework: Framework, s: S, level: number): TemplateResult | typeof nothing {
  const findings = plan.findings ?? [];
  if (!findings.length) return nothing;
  const index = indexFramework(framework);
  const dimensions = framework.dimensions.filter((d) => findings.some((f) => f.dimension === d.id));
  return html`<section class="findings" part="findings" aria-labelledby="findings-title">
    <div class="section-title" id="findings-title" role="heading" aria-level=${Math.min(6, level + 1)}>${s.planFindingsTitle}</div>
    <p class="help">${s.planFindingsHelp}</p>
    ${dimensions.map(
      (d) => html`<div class="rouage-title" role="heading" aria-level=${Math.min(6, level + 2)}>${index.dimension.get(d.id)?.title ?? d.id}</div>
        <ul class="finding-list">
          ${findings.filter((f) => f.dimension === d.id).map((f) => html`<li class="finding">${f.text}${f.note ? html` <span class="finding-note">(${f.note})</span>` : nothing}</li>`)}
        </ul>`,
    )}
  </section>`;
}
