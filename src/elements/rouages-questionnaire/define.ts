import { defineElement } from '../shared/define.js';
import { RouagesQuestionnaire } from './rouages-questionnaire.js';
// The results page shows the wheel.
import '../rouages-wheel/define.js';

defineElement('rouages-questionnaire', RouagesQuestionnaire);

declare global {
  interface HTMLElementTagNameMap {
    'rouages-questionnaire': RouagesQuestionnaire;
  }
}
