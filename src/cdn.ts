/**
 * The CDN file (dist/rouages.min.js): everything a page needs from one script tag.
 * The provider and the wheel are defined at once; the card, the questionnaire, the report and
 * the plan load from files next to this one (`rouage-card.min.js`, `rouages-questionnaire.min.js`,
 * `rouages-report.min.js`, `rouages-plan.min.js`: stable names a page may import or preload) when their tag
 * appears in the page, in the document or in another component's shadow root, so that a page
 * downloads only the elements it uses. `load(tag)` loads one now. The SDK's functions for page
 * scripts are in `rouages-sdk.min.js`, next to this file (src/cdn-sdk.ts): a page with only the
 * wheel does not download the plan, the CSV or the report's rules.
 *
 * The French framework in this file is its outline (ids, titles, dimensions, phases: what the
 * wheel and the scoring read); its texts (questions, indicators, descriptions…) come with the
 * on-demand elements, which attach them before they run (src/cdn/french-texts.ts).
 */
import './elements/rouages-provider/define.js';
import './elements/rouages-wheel/define.js';
import { defineOnDemand, loadOnDemand } from './elements/shared/define-on-demand.js';

const onDemand = {
  'rouage-card': () => import('./cdn/rouage-card.js'),
  'rouages-questionnaire': () => import('./cdn/rouages-questionnaire.js'),
  'rouages-report': () => import('./cdn/rouages-report.js'),
  'rouages-plan': () => import('./cdn/rouages-plan.js'),
};
for (const [tag, loader] of Object.entries(onDemand)) defineOnDemand(tag, loader);

/** The tags of the elements this file defines, at once or on demand. */
export type RouagesTag = 'rouages-provider' | 'rouages-wheel' | keyof typeof onDemand;

/**
 * Loads an element now, whether or not its tag is in the page yet (a framework about to render
 * it, a page that wants it ready before showing it): resolves with its class once defined.
 * Rejects with a TypeError for a tag this library does not have, and with the network's error
 * when the element's file cannot be fetched.
 * @example import { load } from 'https://cdn.jsdelivr.net/npm/rouages-cooperation/dist/rouages.min.js';
 *          await load('rouages-questionnaire');
 */
export function load(tag: RouagesTag): Promise<CustomElementConstructor> {
  if (tag === 'rouages-provider' || tag === 'rouages-wheel') return customElements.whenDefined(tag);
  if (!Object.hasOwn(onDemand, tag)) return Promise.reject(new TypeError(`rouages-cooperation: no element <${String(tag)}>; the elements are ${['rouages-provider', 'rouages-wheel', ...Object.keys(onDemand)].map((t) => `<${t}>`).join(', ')}.`));
  return loadOnDemand(tag);
}

export { RouagesProvider } from './elements/rouages-provider/rouages-provider.js';
export { RouagesWheel } from './elements/rouages-wheel/rouages-wheel.js';
export { defineElement } from './elements/shared/define.js';
export { VERSION } from './elements/shared/version.js';
