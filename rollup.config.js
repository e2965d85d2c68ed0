// Two builds from the same sources:
// - dist/*.js: ES modules for bundlers and Node, with lit, @lit/* and zod left as dependencies;
//   one entry per element (dist/rouages-wheel.js … registers that element only);
// - dist/rouages.min.js: one minified module for a CDN <script type="module">, Lit in its
//   production mode, the French framework inside (src/cdn.ts). Files next to it are fetched
//   only when a page needs them: the English framework, the questionnaire, the report.
import { readFileSync } from 'node:fs';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const external = (id) => /^(lit|@lit\/|zod|react)(\/|$)/.test(id);
const typescript = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', define: { __ROUAGES_VERSION__: JSON.stringify(version) } });
/** Shared with scripts/size.mjs, so that the budget measures what the build ships. */
export const terserOptions = { module: true, ecma: 2020, compress: { passes: 3, pure_getters: true, unsafe_arrows: true }, format: { comments: false } };

export const elements = ['rouages-provider', 'rouages-wheel', 'rouage-card', 'rouages-questionnaire', 'rouages-report', 'rouages-plan'];

export default [
  {
    input: {
      index: 'src/index.ts',
      sdk: 'src/sdk/index.ts',
      react: 'src/react/index.ts',
      ...Object.fromEntries(elements.map((name) => [name, `src/elements/${name}/define.ts`])),
    },
    external,
    plugins: [json({ preferConst: true, compact: true }), typescript()],
    output: { dir: 'dist', format: 'es', chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: true },
  },
  {
    input: 'src/cdn.ts',
    // What the on-demand files share with the main file stays in the main file (they import it),
    // rather than in a third file every page would fetch.
    preserveEntrySignatures: 'allow-extension',
    plugins: [nodeResolve({ exportConditions: ['production'], browser: true }), json({ preferConst: true, compact: true }), typescript(), minifyTemplateLiterals(), terser(terserOptions)],
    output: { dir: 'dist', format: 'es', entryFileNames: 'rouages.min.js', chunkFileNames: (chunk) => `${chunk.facadeModuleId?.match(/elements\/([\w-]+)\/define/)?.[1] ?? `rouages-${chunk.name}`}-[hash].min.js`, sourcemap: true },
  },
];
