/** `<rouages-report>` in the CDN files (dist/rouages-report.min.js): the French framework's texts first, then the element. */
import './french-texts.js';
import '../elements/rouages-report/define.js';
