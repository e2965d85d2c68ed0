import { css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import type { Diagnostic, Plan } from '../../sdk/api.js';
import type { PlanAddOutcome, PlanAddRequest } from '../rouages-plan/plan-input.js';
import { loadPlanRules, planRules } from '../shared/plan-rules.js';
import { RouagesElement } from '../shared/rouages-element.js';
import { rouagesContext, type RouagesState } from '../shared/context.js';
import { memoize, readDiagnostic, readDiagnostics, type DiagnosticInput, type DiagnosticsInput } from '../shared/inputs.js';

/**
 * @summary Holds one diagnostic (and optionally an earlier one, or a group's) and hands it to every rouages element inside it, so that they work together with no script.
 *
 * @slot - The rouages elements (and anything else) that share this provider's state.
 *
 * @event rouages-provider-change - The provider's diagnostic was replaced by an element inside it (the questionnaire); `detail: { diagnostic }`.
 * @event rouages-plan-change - (from a `<rouages-plan>` inside) the plan changed; the provider holds it in `plan`.
 */
export class RouagesProvider extends RouagesElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  protected static override consumesContext = false;

  /** The diagnostic the elements inside show and edit (object or JSON). */
  @property({ attribute: false }) diagnostic?: DiagnosticInput;

  /** An earlier diagnostic of the same project, for comparison. */
  @property({ attribute: false }) compare?: DiagnosticInput;

  /** Several diagnostics of one project, for the collective view (a list, or its JSON). A report inside adds the files a person drops to it. */
  @property({ attribute: false }) diagnostics?: DiagnosticsInput;

  /**
   * The project's plan of actions (`rouages-plan/1`, object or JSON): a `<rouages-plan>` inside
   * shows and edits it, the cards list their rouage's actions, and an element inside can add to
   * it (`rouages-plan-add`: a new plan for the diagnostic's project is made when there is none).
   */
  @property({ attribute: false }) plan?: unknown;

  /** The selected rouage's id, shared by the elements inside (a wheel's choice shows in a card). */
  @property({ reflect: true }) selected?: string;

  private readonly provider = new ContextProvider(this, { context: rouagesContext });

  constructor() {
    super();
    // "Add to the plan" from an element inside (the questionnaire's next gears).
    this.addEventListener('rouages-plan-add', (event) => {
      // The requester reads what became of it (added, already there: no duplicate, failed).
      if (planRules()) event.detail.outcome = this.addToPlan(event.detail);
      // A request before the plan's rules are here (a page's own, not an element's): done once they are, its outcome unset.
      else void loadPlanRules().then(() => this.addToPlan({ ...event.detail }), () => undefined);
    });
  }

  /** Adds the action asked for to the plan (a new plan when there is none): what became of it. Needs the plan's rules loaded. */
  private addToPlan(request: PlanAddRequest): PlanAddOutcome {
    const framework = this.resolveFramework().framework;
    const plan = framework ? planRules()!.planWithAction(this.plan, this.diagnostic, request, framework) : undefined;
    if (plan && plan !== 'already') this.plan = plan;
    return plan === 'already' ? 'already' : plan ? 'added' : 'failed';
  }

  // The inputs are read here once for every element inside (one memo each, so they never evict each other).
  private readonly readDiagnostic = memoize(readDiagnostic);
  private readonly readCompare = memoize(readDiagnostic);
  private readonly readGroup = memoize(readDiagnostics);

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // A plan to show (the wheel's marks): its rules are loaded once, then every element inside is updated.
    if (this.plan !== undefined && this.plan !== null && !planRules()) void loadPlanRules().then(() => this.requestUpdate(), () => undefined);
    const resolved = this.resolveFramework();
    const state: RouagesState = {
      framework: resolved.framework,
      locale: this.locale,
      diagnostic: this.diagnostic,
      compare: this.compare,
      diagnostics: this.diagnostics,
      parsed: resolved.framework
        ? {
            framework: resolved.framework,
            diagnostic: this.readDiagnostic(this.diagnostic, resolved.framework, this.activeLocale),
            compare: this.readCompare(this.compare, resolved.framework, this.activeLocale),
            diagnostics: this.readGroup(this.diagnostics, resolved.framework, this.activeLocale),
          }
        : undefined,
      selected: this.selected ?? null,
      setDiagnostic: (diagnostic: Diagnostic) => {
        this.diagnostic = diagnostic;
        this.emit('rouages-provider-change', { diagnostic });
      },
      setDiagnostics: (diagnostics: Diagnostic[]) => {
        this.diagnostics = diagnostics;
      },
      select: (id: string | null) => {
        this.selected = id ?? undefined;
      },
      plan: this.plan,
      setPlan: (plan: Plan) => {
        this.plan = plan;
      },
    };
    this.provider.setValue(state);
  }

  override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementEventMap {
    'rouages-provider-change': CustomEvent<{ diagnostic: Diagnostic }>;
  }
}
