import { css } from 'lit';
import type { Framework } from '../../sdk/api.js';
import { memoize } from '../shared/inputs.js';
import { planRules, type PlanRules } from '../shared/plan-rules.js';

/** How many actions of a rouage are still to do (planned, in progress, postponed) and done. */
export interface PlanMark {
  open: number;
  done: number;
}

/**
 * Each rouage's actions in a plan (object or JSON), for the wheel's marks; undefined without a
 * readable plan, or while the plan's rules load (the provider that holds the plan loads them and
 * updates the wheel: see shared/plan-rules.ts). One memo per element.
 */
export const planMarksReader = () => {
  const read = memoize((input: unknown, framework: Framework, rules: PlanRules | undefined) => (input === undefined || input === null || !rules ? undefined : marksOf(rules, input, framework)));
  return (input: unknown, framework: Framework): Map<string, PlanMark> | undefined => read(input, framework, planRules());
};

/** The marks of a plan, read with the plan's rules. */
function marksOf({ parsePlan }: PlanRules, input: unknown, framework: Framework): Map<string, PlanMark> | undefined {
  const read = parsePlan(input, framework);
  if (!read.success) return undefined;
  const marks = new Map<string, PlanMark>();
  for (const action of read.data.actions) {
    if (!action.rouage) continue;
    const mark = marks.get(action.rouage) ?? { open: 0, done: 0 };
    if (action.status === 'done') mark.done++;
    else mark.open++;
    marks.set(action.rouage, mark);
  }
  return marks;
}

/** A rouage's mark in words, for its accessible name and caption ("2 actions du plan à faire, 1 action du plan réalisée"). */
export function planMarkWords(mark: PlanMark, locale: string): string {
  const en = locale.toLowerCase().startsWith('en');
  const parts: string[] = [];
  if (mark.open) parts.push(en ? `${mark.open} plan action${mark.open > 1 ? 's' : ''} to do` : `${mark.open} action${mark.open > 1 ? 's' : ''} du plan à faire`);
  if (mark.done) parts.push(en ? `${mark.done} plan action${mark.done > 1 ? 's' : ''} done` : `${mark.done} action${mark.done > 1 ? 's' : ''} du plan réalisée${mark.done > 1 ? 's' : ''}`);
  return parts.join(', ');
}

/** The wheel's marks: a rouage with actions still to do has a dashed outline, one whose actions are all done a solid one. */
export const planMarkStyles = css`
  .cell.plan-open .outline,
  .cell.plan-done .outline {
    stroke: var(--_text);
    stroke-width: 2.5px;
  }
  .cell.plan-open .outline {
    stroke-dasharray: 6 4;
  }
`;
