// Two builds from the same sources:
// - dist/*.js: ES modules for bundlers and Node, with lit, @lit/* and zod left as dependencies;
// - dist/rouages.min.js: one self-contained, minified module for a CDN <script type="module">,
//   Lit in its production mode, the French framework inside.
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

const external = (id) => /^(lit|@lit\/|zod)(\/|$)/.test(id);
const typescript = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' });
/** Shared with scripts/size.mjs, so that the budget measures what the build ships. */
export const terserOptions = { module: true, ecma: 2020, compress: { passes: 3, pure_getters: true, unsafe_arrows: true }, format: { comments: false } };

export default [
  {
    input: {
      index: 'src/index.ts',
      sdk: 'src/sdk/index.ts',
    },
    external,
    plugins: [json({ preferConst: true, compact: true }), typescript()],
    output: { dir: 'dist', format: 'es', chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: true },
  },
  {
    input: 'src/index.ts',
    plugins: [nodeResolve({ exportConditions: ['production'], browser: true }), json({ preferConst: true, compact: true }), typescript(), terser(terserOptions)],
    output: { file: 'dist/rouages.min.js', format: 'es', sourcemap: true },
  },
];
