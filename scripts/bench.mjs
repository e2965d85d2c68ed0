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

/** The median of a list of numbers. */
const middle = (values) => median(values);

/**
 * The main thread's work between the page's two marks (console.timeStamp 'bench-start' and
 * 'bench-end'), in ms: the sum of its top-level tasks' time inside the window — script, style,
 * layout and paint, not the idle time between frames. One figure per start/end pair.
 */
function workBetweenMarks(trace) {
  const events = trace.traceEvents;
  const marks = events.filter((e) => e.name === 'TimeStamp' && /^bench-(start|end)$/.test(e.args?.data?.message ?? ''));
  if (!marks.length) throw new Error('No marks in the trace.');
  const { pid, tid } = marks[0];
  // Top-level tasks nest (RunTask inside ThreadControllerImpl::RunTask): their union is counted once.
  const spans = events
    .filter((e) => e.ph === 'X' && e.pid === pid && e.tid === tid && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask'))
    .map((e) => [e.ts, e.ts + e.dur])
    .sort((a, b) => a[0] - b[0]);
  const busy = [];
  for (const [from, to] of spans) {
    const last = busy.at(-1);
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else busy.push([from, to]);
  }
  const windows = [];
  for (let i = 0; i + 1 < marks.length; i += 2) windows.push([marks[i].ts, marks[i + 1].ts]);
  return windows.map(([from, to]) => {
    let work = 0;
    for (const [a, b] of busy) work += Math.max(0, Math.min(b, to) - Math.max(a, from));
    return work / 1000;
  });
}

const CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'];

/** Runs `iteration(kind)` `runs` times in the page under a trace; returns the main thread's work per run. */
async function traced(page, kind, runs) {
  await page.tracing.start({ categories: CATEGORIES });
  for (let i = 0; i < runs; i++) await page.evaluate((k) => window.iteration(k), kind);
  const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
  return workBetweenMarks(trace);
}

/**
 * Ours and theirs side by side, in one browser, in one run. Cold: the first render of its kind
 * on a fresh page of its own (code loaded, nothing rendered yet), `coldPages` pages per kind, the
 * two kinds in turn. Each kind has its page: a page's one-time costs (the first Intl number
 * format, the first text shaped, the first frame) fall on whichever renders first there, so a
 * second kind measured on the same page would skip them. Warm: the median of `runs` renders on
 * one page.
 */
const PAIRS = [
  { name: 'wheel vs Chart.js radar (20 scores, 800×800)', ours: 'wheel', theirs: 'chart', oursName: '<rouages-wheel>', theirsName: 'Chart.js 4 radar', target: 2 },
  { name: 'questionnaire step vs SurveyJS (Pilote page)', ours: 'questionnaire', theirs: 'survey', oursName: '<rouages-questionnaire>', theirsName: 'SurveyJS', target: 4 },
  { name: 'next step vs SurveyJS nextPage()', ours: 'questionnaireNext', theirs: 'surveyNext', oursName: '<rouages-questionnaire> next', theirsName: 'SurveyJS next', target: 4 },
];

async function browserBenchmarks({ coldPages = 8, runs = 24 } = {}) {
  const { launch } = await import('puppeteer-core');
  const { CHROME_ARGS, ensureChrome } = await import('./browser.mjs');
  const { serve } = await import('./dev-server.mjs');
  const server = await serve({ port: 0 });
  const url = `http://127.0.0.1:${server.address().port}/scripts/bench/`;
  const browser = await launch({ executablePath: ensureChrome(), headless: true, args: CHROME_ARGS });
  const open = async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1100, height: 900 });
    page.on('pageerror', (error) => console.error(error));
    await page.goto(url);
    await page.waitForFunction(() => window.benchReady, { timeout: 60_000 });
    await page.evaluate(() => window.prepare());
    return page;
  };
  try {
    const results = [];
    const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
    for (const pair of PAIRS.filter((p) => !only || p.ours === only)) {
      const cold = { ours: [], theirs: [] };
      for (let i = 0; i < coldPages; i++) {
        for (const side of i % 2 ? ['theirs', 'ours'] : ['ours', 'theirs']) {
          // "Next step" is measured after its own set-up; cold means the first next on the page.
          const page = await open();
          cold[side].push((await traced(page, pair[side], 1))[0]);
          await page.close();
        }
      }
      const page = await open();
      const warm = { ours: [], theirs: [] };
      // Interleaved blocks, so that a slow moment of the machine falls on both.
      for (let block = 0; block < 4; block++) {
        warm.ours.push(...(await traced(page, pair.ours, runs / 4)));
        warm.theirs.push(...(await traced(page, pair.theirs, runs / 4)));
      }
      await page.close();
      results.push({ ...pair, cold: { ours: middle(cold.ours), theirs: middle(cold.theirs) }, warm: { ours: middle(warm.ours), theirs: middle(warm.theirs) } });
    }
    const page = await open();
    const report = middle(await traced(page, 'report50', 15));
    await page.close();
    return { version: await browser.version(), results, report, coldPages, runs };
  } finally {
    await browser.close();
    server.close();
  }
}

/** Prints ours beside theirs: main-thread work from the render's start to its paint, and the ratio. */
export function printComparison({ version, results, report, coldPages, runs }) {
  console.log(`\nElements against Chart.js and SurveyJS in headless ${version}: main-thread work (script, style, layout, paint) from the start of a render to its painted frame, ms`);
  console.log(`  cold: first render of its kind on a fresh page of its own, median of ${coldPages} pages per kind; warm: median of ${runs} renders on one page\n`);
  console.log(`  ${''.padEnd(46)} ${'ours'.padStart(7)} ${'theirs'.padStart(7)} ${'ratio'.padStart(7)}   target`);
  let missed = false;
  for (const r of results) {
    for (const phase of ['cold', 'warm']) {
      const { ours, theirs } = r[phase];
      const ratio = theirs / ours;
      const ok = ratio >= r.target;
      missed ||= !ok;
      console.log(`  ${`${r.name}, ${phase}`.padEnd(46)} ${ours.toFixed(2).padStart(7)} ${theirs.toFixed(2).padStart(7)} ${`${ratio.toFixed(1)}×`.padStart(7)}   ≥ ${r.target}× faster${ok ? '' : '   (under target)'}`);
    }
  }
  console.log(`\n  <rouages-report>: aggregate and render 50 respondents, warm, median of 15: ${report.toFixed(1)} ms`);
  return !missed;
}

console.log(`Node ${process.version}, medians of repeated runs`);
if (!process.argv.includes('--browser-only')) printRows('SDK in Node (dist/sdk.js)', nodeBenchmarks());
printComparison(await browserBenchmarks(process.argv.includes('--quick') ? { coldPages: 2, runs: 8 } : undefined));
