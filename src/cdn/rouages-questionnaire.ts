/** `<rouages-questionnaire>` in the CDN files (dist/rouages-questionnaire.min.js): the French framework's texts first, then the element. */
import './french-texts.js';
import '../elements/rouages-questionnaire/define.js';
