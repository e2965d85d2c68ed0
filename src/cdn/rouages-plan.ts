/** `<rouages-plan>` in the CDN files (dist/rouages-plan.min.js): the French framework's texts first, then the element. */
import './french-texts.js';
import '../elements/rouages-plan/define.js';
