// Prints the minified and gzipped size of what pages download, and fails past the budgets.
//   SDK: dist/sdk.js bundled with zod and the French framework, minified as the CDN file is
//   (esbuild bundles, terser minifies): what an application's bundler ships of it.
//   CDN: dist/rouages.min.js as it is (Lit, zod, the elements and the French framework).
// Run after `npm run build`.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { minify } from 'terser';
import { terserOptions } from '../rollup.config.js';

/**
 * Budgets in gzipped bytes, set from the first measures. The SDK's is its target (25 KB). The
 * CDN file's target is 40 KB; with the wheel, card and provider it measured 42.5 KB, and
 * 52.1 KB with the questionnaire: its budget is that measure, rounded up, until the work on
 * the CDN file (English and rarely used elements loaded on demand) brings it down.
 */
export const BUDGETS = { sdk: 25 * 1024, cdn: 53 * 1024 };

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
if (over) process.exit(1);
