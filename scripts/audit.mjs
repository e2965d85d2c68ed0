// Lighthouse against the demo page served locally, in the system's headless Chromium.
// Prints the scores; fails below the targets (accessibility and best practices 100,
// performance 95, mobile with simulated throttling). The page is served by scripts/dev-server.mjs
// (compressed), as `npm start` serves it. Run after `npm run build` (npm run audit does both).
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { CHROME_ARGS, ensureChrome } from './browser.mjs';
import { serve } from './dev-server.mjs';

const TARGETS = { accessibility: 100, 'best-practices': 100, performance: 95 };

const server = await serve({ port: 0 });
const url = `http://localhost:${server.address().port}/demo/`;
const chrome = await launch({ chromePath: ensureChrome(), chromeFlags: ['--headless=new', ...CHROME_ARGS] });
let failed = false;
try {
  const result = await lighthouse(url, { port: chrome.port, logLevel: 'error', onlyCategories: Object.keys(TARGETS) });
  const { categories, audits } = result.lhr;
  console.log(`Lighthouse ${result.lhr.lighthouseVersion} on ${url} (${result.lhr.environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0]}, ${result.lhr.configSettings.formFactor}, simulated throttling)`);
  for (const [id, target] of Object.entries(TARGETS)) {
    const score = Math.round(categories[id].score * 100);
    const ok = score >= target;
    failed ||= !ok;
    console.log(`  ${categories[id].title.padEnd(16)} ${String(score).padStart(3)}   target ${target}${ok ? '' : '   (under target)'}`);
    if (!ok) {
      for (const ref of categories[id].auditRefs) {
        const audit = audits[ref.id];
        if (ref.weight > 0 && audit.score !== null && audit.score < 1) console.log(`      - ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
      }
    }
  }
  for (const id of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift']) {
    console.log(`  ${audits[id].title.padEnd(26)} ${audits[id].displayValue}`);
  }
} finally {
  await chrome.kill();
  server.close();
}
if (failed) process.exit(1);
