/**
 * The French framework's texts, for the CDN files (see src/sdk/framework-split.ts): importing
 * this module puts them into the built-in French framework, the object every element already
 * holds. The on-demand elements' files (src/cdn/<tag>.ts) and the SDK for page scripts import it
 * first, so that their code never runs on a framework without its texts; `rouages.min.js` (the
 * provider, the wheel) never imports it, and a page with only the wheel never downloads it.
 *
 * `virtual:rouages-cooperation/fr-texts` is made by the CDN build from `framework/rouages.fr.json`
 * (rollup.config.js, `frameworkSplit`): the texts `splitFramework` leaves out of the outline.
 */
import texts from 'virtual:rouages-cooperation/fr-texts';
import { framework } from '../sdk/framework.js';
import { attachFrameworkTexts } from '../sdk/framework-texts.js';
import type { FrameworkOutline } from '../sdk/framework-split.js';

attachFrameworkTexts(framework as FrameworkOutline, texts);
