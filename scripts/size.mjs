// Prints the minified and gzipped size of what pages download, and fails past the budgets.
//   SDK: dist/sdk.js bundled with zod and the French framework, minified as the CDN file is
//   (esbuild bundles, terser minifies): what an application's bundler ships of it.
//   CDN: dist/rouages.min.js as it is (Lit, zod, the elements and the French framework).
// Run after `npm run build`.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { minify } from 'terser';
import { terserOptions } from '../rollup.config.js';

/**
 * Budgets in gzipped bytes: the targets, 25 KB for the SDK and 40 KB for the CDN file every
 * page loads (Lit, the SDK, the French framework, the provider and the wheel). The files the
 * CDN file fetches when a page needs them are listed too: each element's, and English.
 */
export const BUDGETS = { sdk: 25 * 1024, cdn: 40 * 1024 };

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

const rows = [
  ['SDK (dist/sdk.js + zod + French framework)', await bundle('dist/sdk.js'), BUDGETS.sdk],
  ['CDN file (dist/rouages.min.js)', readFileSync('dist/rouages.min.js'), BUDGETS.cdn],
];
let over = false;
for (const [name, bytes, budget] of rows) {
  const zipped = gzip(bytes);
  const ok = zipped <= budget;
  over ||= !ok;
  console.log(`${name.padEnd(46)} ${String(bytes.length).padStart(8)} B min  ${String(zipped).padStart(7)} B gzip  budget ${budget} B  ${ok ? 'ok' : 'OVER BUDGET'}`);
}
const onDemand = readdirSync('dist').filter((f) => f.endsWith('.min.js') && f !== 'rouages.min.js');
let everything = gzip(readFileSync('dist/rouages.min.js'));
for (const file of onDemand) {
  const bytes = readFileSync(`dist/${file}`);
  everything += gzip(bytes);
  console.log(`  on demand: ${file.padEnd(40)} ${String(bytes.length).padStart(8)} B min  ${String(gzip(bytes)).padStart(7)} B gzip`);
}
console.log(`  a page using every element, in English too: ${everything} B gzip in all`);
if (over) process.exit(1);
