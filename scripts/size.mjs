// Prints the minified and gzipped size of what pages download, and fails past the budgets.
//   SDK: dist/sdk.js bundled with zod and the French framework, minified as the CDN file is
//   (esbuild bundles, terser minifies): what an application's bundler ships of it.
//   Pages: the files a page downloads before anything renders: dist/rouages.min.js and what it
//   imports statically; a page with the questionnaire adds its file and what that imports.
// Run after `npm run build`.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { minify } from 'terser';
import { terserOptions } from '../rollup.config.js';

/**
 * The targets in gzipped bytes (KB = 1,024 B; issue 11, "Sizes"): 25 KB for the SDK;
 * 40 KB for the CDN file and what it imports (Lit, the provider, the wheel, the French framework
 * and the SDK rules they use); 35 KB for a page with only the wheel; 45 KB for a page with the
 * questionnaire (the CDN file and the questionnaire's file, with what each imports). The other
 * on-demand files are listed too.
 */
export const TARGETS = { sdk: 25 * 1024, cdn: 40 * 1024, wheelPage: 35 * 1024, questionnairePage: 45 * 1024 };

/**
 * What this script enforces today: the figure reached, rounded up to the next 256 B, so that
 * nothing grows past it, until the targets are met (then at most the targets).
 */
export const BUDGETS = {
  // Target 25 KB; reached 35,193 B: the SDK for npm users is the plan (with CSV import and the
  // source's findings, and reading the labels a person retypes), CSV, share links, the collective report and the evolution's CSV, with zod
  // and the whole French framework (~10 KB of it: the public `framework` export stays whole); a
  // bundler keeps only what an app imports.
  sdk: 35_328,
  // Targets 40 KB / 35 KB, met; reached 35,748 B: the French framework's outline (~1.1 KB gzip;
  // its texts come with the elements that show them), no plan code (loaded with a plan), Lit, zod,
  // the provider, the wheel and the on-demand loader.
  cdn: 35_840,
  wheelPage: 35_840,
  // Target 45 KB; reached 68,850 B: the questionnaire's own file is ~16 KB gzip, ~24 KB with its
  // chunks (reading an imported file as the report does among them), and the French framework's
  // texts (~9 KB) come with it (its results page and its sending code load when needed).
  questionnairePage: 69_120,
};

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;

async function bundle(entry) {
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    conditions: ['production'],
    mainFields: ['module', 'main'],
    write: false,
    logLevel: 'error',
  });
  const { code } = await minify(result.outputFiles[0].text, terserOptions);
  return Buffer.from(code);
}

for (const file of ['dist/sdk.js', 'dist/rouages.min.js']) {
  if (!existsSync(file)) {
    console.error(`${file} is missing: run npm run build first.`);
    process.exit(1);
  }
}

/**
 * The files a page downloads for `entries` (in dist/): each entry and, transitively, what it
 * imports statically (`import … from "./x"`, `import "./x"`, `export … from "./x"`); `import("./x")` is on demand, not counted.
 */
function closure(entries) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(`dist/${file}`, 'utf8');
    // `import … from`, `import "…"` and `export … from` (a re-export loads the file too).
    for (const [, spec] of code.matchAll(/(?:^|[;}\s])(?:import\s*(?:[\w*{}\s,$]+from\s*)?|export\s*(?:\*|\{[^}]*\})\s*from\s*)["']\.\/([^"']+)["']/g)) visit(spec);
  };
  entries.forEach(visit);
  return [...seen];
}
const pageSize = (entries) => closure(entries).reduce((total, file) => total + gzip(readFileSync(`dist/${file}`)), 0);

const rows = [
  ['SDK (dist/sdk.js + zod + French framework)', await bundle('dist/sdk.js'), BUDGETS.sdk, TARGETS.sdk],
];
let over = false;
for (const [name, bytes, budget, target] of rows) {
  const zipped = gzip(bytes);
  const ok = zipped <= budget;
  over ||= !ok;
  console.log(`${name.padEnd(46)} ${String(bytes.length).padStart(8)} B min  ${String(zipped).padStart(7)} B gzip  budget ${budget} B  ${ok ? 'ok' : 'OVER BUDGET'}  (target ${target} B${zipped <= target ? ', met' : ', missed'})`);
}
// What pages download: the CDN file with what it imports, then pages with one element.
const questionnaireFile = existsSync('dist/rouages-questionnaire.min.js') ? 'rouages-questionnaire.min.js' : readdirSync('dist').find((f) => /^rouages-questionnaire-.*\.min\.js$/.test(f));
// The plan's rules, loaded by the provider when it is given a plan (src/elements/shared/plan-rules.ts): the plan-input file and what it imports.
const planRulesFile = readdirSync('dist').find((f) => /^rouages-plan-input-.*\.min\.js$/.test(f));
const pages = [
  ['CDN file and its imports (rouages.min.js)', ['rouages.min.js'], BUDGETS.cdn, TARGETS.cdn],
  ['a page with only the wheel', ['rouages.min.js'], BUDGETS.wheelPage, TARGETS.wheelPage],
  ['a page with the questionnaire', ['rouages.min.js', questionnaireFile], BUDGETS.questionnairePage, TARGETS.questionnairePage],
];
// Printed, not budgeted: a wheel whose provider is given a plan also fetches the plan's rules (its marks).
const informative = planRulesFile ? [['a page with the wheel and a plan', ['rouages.min.js', planRulesFile]]] : [];
for (const [name, entries, budget, target] of pages) {
  const files = closure(entries);
  const zipped = pageSize(entries);
  const ok = zipped <= budget;
  over ||= !ok;
  console.log(`${name.padEnd(46)} ${String(files.length).padStart(3)} files   ${String(zipped).padStart(7)} B gzip  budget ${budget} B  ${ok ? 'ok' : 'OVER BUDGET'}  (target ${target} B${zipped <= target ? ', met' : ', missed'})   (${files.join(', ')})`);
}
for (const [name, entries] of informative) {
  const files = closure(entries);
  console.log(`${name.padEnd(46)} ${String(files.length).padStart(3)} files   ${String(pageSize(entries)).padStart(7)} B gzip  (no budget)   (${files.join(', ')})`);
}
const onDemand = readdirSync('dist').filter((f) => f.endsWith('.min.js') && !closure(['rouages.min.js']).includes(f));
let everything = pageSize(['rouages.min.js']);
for (const file of onDemand) {
  const bytes = readFileSync(`dist/${file}`);
  everything += gzip(bytes);
  console.log(`  on demand: ${file.padEnd(40)} ${String(bytes.length).padStart(8)} B min  ${String(gzip(bytes)).padStart(7)} B gzip`);
}
console.log(`  a page using every element, in English too: ${everything} B gzip in all`);
if (over) process.exit(1);
