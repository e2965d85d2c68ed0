/**
 * The CDN file (dist/rouages.min.js): everything a page needs from one script tag.
 * The provider and the wheel are defined at once; the card, the questionnaire and the report
 * load from files next to this one when their tag appears in the page
 * (`customElements.whenDefined('rouage-card')` tells when), so that a page downloads only
 * the elements it uses. The whole SDK is exported for page scripts.
 */
import './elements/rouages-provider/define.js';
import './elements/rouages-wheel/define.js';
import { defineOnDemand } from './elements/shared/define-on-demand.js';

defineOnDemand('rouage-card', () => import('./elements/rouage-card/define.js'));
defineOnDemand('rouages-questionnaire', () => import('./elements/rouages-questionnaire/define.js'));
defineOnDemand('rouages-report', () => import('./elements/rouages-report/define.js'));
defineOnDemand('rouages-plan', () => import('./elements/rouages-plan/define.js'));

export * from './sdk/api.js';
export { RouagesProvider } from './elements/rouages-provider/rouages-provider.js';
export { RouagesWheel } from './elements/rouages-wheel/rouages-wheel.js';
export { defineElement } from './elements/shared/define.js';
export { VERSION } from './elements/shared/version.js';
