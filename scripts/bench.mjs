// Prints how fast the SDK and the elements are. Figures, not pass/fail: timings depend on the
// machine. Run after `npm run build` (npm run bench does both).
import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import { aggregateDiagnostics, parseDiagnostic, scoreDiagnostic, indexFramework, framework } from '../dist/sdk.js';

const sample = JSON.parse(readFileSync(new URL('../demo/samples/phare-2021.json', import.meta.url), 'utf8'));

/** Median of the per-run times, in milliseconds. */
function median(times) {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(run, { runs = 21, warmup = 3 } = {}) {
  for (let i = 0; i < warmup; i++) run();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** A reproducible set of diagnostics: a small linear congruential generator, not Math.random. */
function respondents(count) {
  const ids = indexFramework(framework).ratedOrder.map((item) => item.id);
  let seed = 42;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: count }, (_, i) => {
    const answers = {};
    for (const id of ids) {
      const r = next();
      if (r < 0.1) continue;
      answers[id] = r < 0.15 ? null : Math.floor(next() * 4);
    }
    return { ...sample, respondent: { name: `Personne ${i + 1}` }, answers };
  });
}

export function nodeBenchmarks() {
  const rows = [];
  const scoreBatch = 10_000;
  const perScore = time(() => {
    for (let i = 0; i < scoreBatch; i++) scoreDiagnostic(sample);
  }) / scoreBatch;
  rows.push(['score one diagnostic', perScore * 1000, 'µs', 20]);

  const many = respondents(10_000);
  const texts = many.map((d) => JSON.stringify(d));
  rows.push(['parse 10,000 diagnostics (objects)', time(() => many.forEach((d) => parseDiagnostic(d)), { runs: 7 }), 'ms', 500]);
  rows.push(['parse 10,000 diagnostics (JSON text)', time(() => texts.forEach((t) => parseDiagnostic(t)), { runs: 7 }), 'ms', 500]);
  rows.push(['aggregate 10,000 diagnostics', time(() => aggregateDiagnostics(many), { runs: 11 }), 'ms', 100]);
  return rows;
}

export function printRows(title, rows) {
  console.log(`\n${title}`);
  for (const [name, value, unit, target] of rows) {
    const figure = `${value.toFixed(value < 10 ? 2 : 1)} ${unit}`;
    console.log(`  ${name.padEnd(52)} ${figure.padStart(11)}   target < ${target} ${unit}${value < target ? '' : '   (over target)'}`);
  }
}

/** Opens scripts/bench/ in headless Chromium against the built CDN file and reads its results. */
async function browserBenchmarks() {
  const { launch } = await import('puppeteer-core');
  const { CHROME_ARGS, ensureChrome } = await import('./browser.mjs');
  const { serve } = await import('./dev-server.mjs');
  const server = await serve({ port: 0 });
  const browser = await launch({ executablePath: ensureChrome(), headless: true, args: CHROME_ARGS });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1000, height: 900 });
    page.on('pageerror', (error) => console.error(error));
    await page.goto(`http://127.0.0.1:${server.address().port}/scripts/bench/`);
    await page.waitForFunction(() => window.benchResults, { timeout: 120_000 });
    const r = await page.evaluate(() => window.benchResults);
    const version = await browser.version();
    return { version, rows: [
      ['wheel: first render with a diagnostic (very first)', r.wheelColdFirstRender, 'ms', 8],
      ['wheel: first render with a diagnostic (median of 60)', r.wheelFirstRender, 'ms', 8],
      ['wheel: re-render after a score change (median of 200)', r.wheelReRender, 'ms', 2],
      ['questionnaire: render a rouage\'s step (median of 40)', r.questionnaireStep, 'ms', 16],
      ['questionnaire: go to the next step (median of 40)', r.questionnaireNext, 'ms', 16],
      ['report: aggregate and render 50 respondents (median of 15)', r.report50, 'ms', 50],
    ] };
  } finally {
    await browser.close();
    server.close();
  }
}

console.log(`Node ${process.version}, medians of repeated runs`);
printRows('SDK in Node (dist/sdk.js)', nodeBenchmarks());
const browser = await browserBenchmarks();
printRows(`Elements in headless ${browser.version} (dist/rouages.min.js)`, browser.rows);
