import { defineElement } from '../shared/define.js';
import { RouagesPlan } from './rouages-plan.js';
import { parsePlan } from '../../sdk/plan.js';
import { providePlanRules } from '../shared/plan-rules.js';
import { planWithAction } from './plan-input.js';

// The plan's rules, which this element holds anyway, serve the provider and the wheel at once
// (shared/plan-rules.ts): a page with <rouages-plan> shows the wheel's marks on its first render.
providePlanRules({ parsePlan, planWithAction });
defineElement('rouages-plan', RouagesPlan);

declare global {
  interface HTMLElementTagNameMap {
    'rouages-plan': RouagesPlan;
  }
}
