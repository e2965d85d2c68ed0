import { addAction, createPlan, parseDiagnostic, parsePlan, type ActionFields, type Framework, type Plan } from '../../sdk/api.js';
import { providePlanRules } from '../shared/plan-rules.js';

/** What an element asks to add to the plan (the questionnaire's "add to the plan" on a next gear). */
export interface PlanAddRequest {
  rouage: string;
  text: string;
  /** The example tool it starts from. */
  tool?: string;
  /**
   * Written back by whoever handles the request (the provider), during dispatch: `added`, or
   * `already` when the plan holds an action with the same rouage and text (nothing added),
   * or `failed`. Left unset when nothing listens: no plan on the page can receive it.
   */
  outcome?: PlanAddOutcome;
}

/** What became of a request to add to the plan; `none` when nothing on the page could receive it. */
export type PlanAddOutcome = 'added' | 'already' | 'failed' | 'none';

/**
 * The plan a provider holds, read (object or JSON); a new one for the diagnostic's project
 * when it holds none. Undefined when what it holds cannot be read: nothing is replaced then.
 */
export function readPlanInput(plan: unknown, diagnostic: unknown, framework: Framework): Plan | undefined {
  if (plan !== undefined && plan !== null) {
    const read = parsePlan(plan, framework);
    return read.success ? read.data : undefined;
  }
  const read = diagnostic === undefined || diagnostic === null ? undefined : parseDiagnostic(diagnostic, framework);
  return createPlan({ project: read?.success ? read.data.project : framework.title, framework });
}

/**
 * The plan with one more action (planned), or undefined when the plan or the request cannot be
 * read. The plan given back unchanged (the same object's content) is never made: when the plan
 * already holds an action on that rouage with that text, `already` is returned instead.
 */
export function planWithAction(plan: unknown, diagnostic: unknown, request: PlanAddRequest, framework: Framework): Plan | 'already' | undefined {
  const current = readPlanInput(plan, diagnostic, framework);
  if (!current) return undefined;
  const same = (text: string) => text.trim().toLowerCase();
  if (current.actions.some((a) => a.rouage === request.rouage && same(a.text) === same(request.text))) return 'already';
  const fields: ActionFields = { rouage: request.rouage, text: request.text };
  if (request.tool) fields.tool = request.tool;
  const added = addAction(current, fields, { framework });
  return added.success ? added.data : undefined;
}

// The provider runs these without loading them when an element that asks to add (the questionnaire) brought them.
providePlanRules({ parsePlan, planWithAction });

declare global {
  interface HTMLElementEventMap {
    /** An element asks for an action to be added to the plan; a `<rouages-provider>` around it does it. */
    'rouages-plan-add': CustomEvent<PlanAddRequest>;
  }
}

/** The words of "add to the plan" where another element offers it (the questionnaire's next gears). */
export function planAddWords(locale: string): { add: string; added: string; which: (rouage: string) => string; told: (outcome: PlanAddOutcome, rouage: string) => string } {
  // The visible words start the accessible name; `which` (visually hidden) says which gear.
  return locale.toLowerCase().startsWith('en')
    ? {
        add: 'Add to the plan',
        added: 'In the plan',
        which: (rouage) => `: ${rouage}`,
        told: (outcome, rouage) =>
          ({ added: `Added to the plan: ${rouage}.`, already: `Already in the plan: ${rouage}.`, failed: `Could not be added to the plan: ${rouage}.`, none: 'No plan on this page can receive it: add a <rouages-plan> inside a <rouages-provider>.' })[outcome],
      }
    : {
        add: 'Ajouter au plan',
        added: 'Dans le plan',
        which: (rouage) => ` : ${rouage}`,
        told: (outcome, rouage) =>
          ({
            added: `Ajouté au plan : ${rouage}.`,
            already: `Déjà dans le plan : ${rouage}.`,
            failed: `N'a pas pu être ajouté au plan : ${rouage}.`,
            none: "Aucun plan sur cette page ne peut le recevoir : il faut un <rouages-plan> dans un <rouages-provider>.",
          })[outcome],
      };
}

/**
 * The "add to the plan" button's click: asks for the action (`requestPlanAction`), then shows
 * on the button what became of it ("Dans le plan" once added or already there) and says it in
 * the live region beside the button (`.plan-add-status`). The parts changed are not bound by
 * the template, so a re-render keeps them.
 */
export function addToPlanClicked(button: HTMLButtonElement, request: PlanAddRequest, locale: string, rouageTitle: string): PlanAddOutcome {
  const outcome = requestPlanAction(button, request);
  const words = planAddWords(locale);
  const inPlan = outcome === 'added' || outcome === 'already';
  if (inPlan) {
    // Two labels in the template, one shown: their text stays Lit's, only `hidden` (not bound) changes.
    button.querySelector<HTMLElement>('.plan-add-label')?.setAttribute('hidden', '');
    button.querySelector<HTMLElement>('.plan-added-label')?.removeAttribute('hidden');
  }
  const status = button.parentElement?.querySelector<HTMLElement>('.plan-add-status');
  if (status) {
    status.textContent = '';
    // Emptied first so that the same sentence twice is announced again.
    queueMicrotask(() => (status.textContent = words.told(outcome, rouageTitle)));
  }
  return outcome;
}

/**
 * Asks the surrounding `<rouages-provider>` (or the page) to add an action for a next gear to
 * the plan: `rouages-plan-add`, from `source`, crossing shadow roots. The action's text is the
 * rouage's mission, the person rewrites it in the plan. Returns what the handler wrote back in
 * `detail.outcome`, or `none` when nothing handled it.
 */
export function requestPlanAction(source: EventTarget, request: PlanAddRequest): PlanAddOutcome {
  const detail: PlanAddRequest = { ...request };
  delete detail.outcome;
  source.dispatchEvent(new CustomEvent('rouages-plan-add', { detail, bubbles: true, composed: true }));
  return detail.outcome ?? 'none';
}
