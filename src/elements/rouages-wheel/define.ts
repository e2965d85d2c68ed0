import { defineElement } from '../shared/define.js';
import { RouagesWheel } from './rouages-wheel.js';

defineElement('rouages-wheel', RouagesWheel);

declare global {
  interface HTMLElementTagNameMap {
    'rouages-wheel': RouagesWheel;
  }
}
