import type { parsePlan } from '../../sdk/plan.js';
import type { planWithAction } from '../rouages-plan/plan-input.js';

/**
 * The plan's rules that the provider and the wheel run: reading a plan (the wheel's marks) and
 * adding an action to it (`rouages-plan-add`). They come with the plan's schema (~3 KB gzip),
 * which a page without a plan never runs: `rouages.min.js` does not carry them. The provider
 * loads them the first time it is given a plan or asked to add to one (`loadPlanRules`), then
 * updates the elements inside it. plan-input.ts, which holds them anyway, provides them as it
 * loads: the questionnaire's "add to the plan" is answered at once, during its event's dispatch.
 */
export interface PlanRules {
  parsePlan: typeof parsePlan;
  planWithAction: typeof planWithAction;
}

let rules: PlanRules | undefined;
let loading: Promise<PlanRules> | undefined;

/** The plan's rules, or undefined until they are loaded or provided. */
export const planRules = (): PlanRules | undefined => rules;

/** Makes the plan's rules available now (a module that imports them anyway). */
export function providePlanRules(given: PlanRules): void {
  rules ??= given;
}

/**
 * Loads the plan's rules (at most once); resolves with them. Rejects with the network's error
 * when their file cannot be fetched (the page is told in the console; the plan stays unread).
 */
export function loadPlanRules(): Promise<PlanRules> {
  if (rules) return Promise.resolve(rules);
  // Both at once (one request's wait): plan-input.ts imports the plan's schema too. Each import
  // names what it takes, so that the build keeps only that of each file.
  loading ??= Promise.all([import('../../sdk/plan.js').then(({ parsePlan }) => parsePlan), import('../rouages-plan/plan-input.js').then(({ planWithAction }) => planWithAction)]).then(
    ([parsePlan, planWithAction]) => (rules ??= { parsePlan, planWithAction }),
    (error: unknown) => {
      loading = undefined;
      console.error("rouages-cooperation: the plan's rules could not be loaded.", error);
      throw error;
    },
  );
  return loading;
}
