import '../rouages-wheel/define.js';
import { defineElement } from '../shared/define.js';
import { RouagesReport } from './rouages-report.js';

defineElement('rouages-report', RouagesReport);

declare global {
  interface HTMLElementTagNameMap {
    'rouages-report': RouagesReport;
  }
}
