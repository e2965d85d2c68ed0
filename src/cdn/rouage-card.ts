/** `<rouage-card>` in the CDN files (dist/rouage-card.min.js): the French framework's texts first, then the element. */
import './french-texts.js';
import '../elements/rouage-card/define.js';
