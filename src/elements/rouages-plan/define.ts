import { defineElement } from '../shared/define.js';
import { RouagesPlan } from './rouages-plan.js';

defineElement('rouages-plan', RouagesPlan);

declare global {
  interface HTMLElementTagNameMap {
    'rouages-plan': RouagesPlan;
  }
}
