// Lighthouse against the demo page served locally, in the system's headless Chromium.
// Prints the scores; fails below the targets (accessibility and best practices 100,
// performance 95, mobile with simulated throttling). The page is served by scripts/dev-server.mjs
// (compressed), as `npm start` serves it. Run after `npm run build` (npm run audit does both).
// Then the three longest tasks of the page's main thread, each with the source files its time
// went to (scripts/audit-tasks.mjs), so that a drop in the score says where to look.
// `--json=<file>` also writes Lighthouse's result there.
import lighthouse from 'lighthouse';
import { writeFileSync } from 'node:fs';
import { blockingFromCpu, longestTasks } from './audit-tasks.mjs';
import { launch } from 'chrome-launcher';
import { CHROME_ARGS, ensureChrome } from './browser.mjs';
import { serve } from './dev-server.mjs';

const TARGETS = { accessibility: 100, 'best-practices': 100, performance: 95 };

const server = await serve({ port: 0 });
const url = `http://localhost:${server.address().port}/demo/`;
const chrome = await launch({ chromePath: ensureChrome(), chromeFlags: ['--headless=new', ...CHROME_ARGS] });
let failed = false;
try {
  // The V8 sampler in the trace: where each long task's time went (a small overhead on the observed times).
  const result = await lighthouse(url, { port: chrome.port, logLevel: 'error', onlyCategories: Object.keys(TARGETS), additionalTraceCategories: 'disabled-by-default-v8.cpu_profiler' });
  const json = process.argv.find((arg) => arg.startsWith('--json='))?.slice('--json='.length);
  if (json) writeFileSync(json, JSON.stringify(result.lhr));
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
  for (const id of ['first-contentful-paint', 'largest-contentful-paint', 'speed-index', 'total-blocking-time', 'cumulative-layout-shift']) {
    console.log(`  ${audits[id].title.padEnd(26)} ${audits[id].displayValue}`);
  }
  const lcp = audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node;
  if (lcp) console.log(`  LCP element                ${lcp.nodeLabel?.slice(0, 60)} (${lcp.selector})`);
  // Lighthouse's long tasks are simulated (4× CPU slowdown on a mobile network); the trace's are
  // observed, on this machine, and broken down by source file from the CPU profile.
  const simulated = (audits['long-tasks']?.details?.items ?? []).slice(0, 3);
  console.log(`  Long tasks (simulated)     ${simulated.map((t) => `${Math.round(t.duration)} ms at ${(t.startTime / 1000).toFixed(1)} s (${t.url.replace(/^https?:\/\/[^/]+/, '')})`).join(', ') || 'none'}`);
  const events = result.artifacts.Trace.traceEvents;
  console.log('  The three longest main-thread tasks by CPU time (observed, unthrottled: wall time / CPU time), by source file:');
  for (const task of longestTasks(events, 3)) {
    const sources = task.sources.slice(0, 5).map((s) => `${s.source} ${Math.round(s.share * 100)} %`).join(', ');
    console.log(`    ${task.duration.toFixed(0).padStart(4)} / ${task.cpu.toFixed(0).padStart(3)} ms at ${(task.start / 1000).toFixed(2)} s: ${sources}`);
  }
  // Other processes on the machine lengthen the observed tasks, and Lighthouse's simulation then
  // multiplies them: the same sum from the thread's CPU time says how much of the figure is the page's.
  const cpuBlocking = blockingFromCpu(events);
  if (cpuBlocking !== undefined) console.log(`  Blocking time from CPU time (4 × each task's CPU time − 50 ms, from the first paint on; an estimate less sensitive to a busy machine): ${Math.round(cpuBlocking)} ms`);
} finally {
  await chrome.kill();
  server.close();
}
if (failed) process.exit(1);
