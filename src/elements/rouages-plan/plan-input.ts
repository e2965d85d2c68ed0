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
