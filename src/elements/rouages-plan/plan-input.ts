import { addAction, createPlan, parseDiagnostic, parsePlan, type ActionFields, type Framework, type Plan } from '../../sdk/api.js';

/** What an element asks to add to the plan (the questionnaire's "add to the plan" on a next gear). */
export interface PlanAddRequest {
  rouage: string;
  text: string;
  /** The example tool it starts from. */
  tool?: string;
}

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

/** The plan with one more action (planned), or undefined when the plan or the request cannot be read. */
export function planWithAction(plan: unknown, diagnostic: unknown, request: PlanAddRequest, framework: Framework): Plan | undefined {
  const current = readPlanInput(plan, diagnostic, framework);
  if (!current) return undefined;
  const fields: ActionFields = { rouage: request.rouage, text: request.text };
  if (request.tool) fields.tool = request.tool;
  const added = addAction(current, fields, { framework });
  return added.success ? added.data : undefined;
}

declare global {
  interface HTMLElementEventMap {
    /** An element asks for an action to be added to the plan; a `<rouages-provider>` around it does it. */
    'rouages-plan-add': CustomEvent<PlanAddRequest>;
  }
}

/** The words of "add to the plan" where another element offers it (the questionnaire's next gears). */
export function planAddWords(locale: string): { add: string; which: (rouage: string) => string } {
  // The visible words start the accessible name; `which` (visually hidden) says which gear.
  return locale.toLowerCase().startsWith('en') ? { add: 'Add to the plan', which: (rouage) => `: ${rouage}` } : { add: 'Ajouter au plan', which: (rouage) => ` : ${rouage}` };
}

/**
 * Asks the surrounding `<rouages-provider>` (or the page) to add an action for a next gear to
 * the plan: `rouages-plan-add`, from `source`, crossing shadow roots. The action's text is the
 * rouage's mission, the person rewrites it in the plan.
 */
export function requestPlanAction(source: EventTarget, request: PlanAddRequest): void {
  source.dispatchEvent(new CustomEvent('rouages-plan-add', { detail: request, bubbles: true, composed: true }));
}
