import { defineElement } from '../shared/define.js';
import { RouageCard } from './rouage-card.js';

defineElement('rouage-card', RouageCard);

declare global {
  interface HTMLElementTagNameMap {
    'rouage-card': RouageCard;
  }
}
