/**
 * rouages-cooperation: the SDK and the custom elements. Importing this module registers
 * every element (`<rouages-provider>`, `<rouages-wheel>`, `<rouage-card>`,
 * `<rouages-questionnaire>`, `<rouages-report>`); import
 * `rouages-cooperation/sdk` for the SDK alone (and for `diagnosticJsonSchema`, which pages
 * do not need and which is also in `dist/diagnostic.schema.json`).
 */
import './elements/rouages-provider/define.js';
import './elements/rouages-wheel/define.js';
import './elements/rouage-card/define.js';
import './elements/rouages-questionnaire/define.js';
import './elements/rouages-report/define.js';
import './elements/rouages-plan/define.js';

export * from './sdk/api.js';
export { RouagesProvider } from './elements/rouages-provider/rouages-provider.js';
export { RouagesWheel } from './elements/rouages-wheel/rouages-wheel.js';
export { RouageCard } from './elements/rouage-card/rouage-card.js';
export { RouagesQuestionnaire } from './elements/rouages-questionnaire/rouages-questionnaire.js';
export { RouagesReport } from './elements/rouages-report/rouages-report.js';
export { RouagesPlan } from './elements/rouages-plan/rouages-plan.js';
export { defineElement } from './elements/shared/define.js';
export { VERSION } from './elements/shared/version.js';
export type { RouagesState } from './elements/shared/context.js';
