// Two builds from the same sources:
// - dist/*.js: ES modules for bundlers and Node, with lit, @lit/* and zod left as dependencies;
//   one entry per element (dist/rouages-wheel.js … registers that element only);
// - dist/rouages.min.js: one minified module for a CDN <script type="module">, Lit in its
//   production mode, the French framework's outline inside (src/cdn.ts). Files next to it are
//   fetched only when a page needs them: the English framework, dist/rouage-card.min.js,
//   dist/rouages-questionnaire.min.js, dist/rouages-report.min.js, dist/rouages-plan.min.js
//   (each with the French framework's texts), and the plan's rules when a page has a plan.
import { readFileSync } from 'node:fs';
import { transformSync } from 'esbuild';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
import { checkDirectories } from './scripts/check-csp.mjs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const external = (id) => /^(lit|@lit\/|zod|react)(\/|$)/.test(id);
const typescript = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', define: { __ROUAGES_VERSION__: JSON.stringify(version) } });
/** Shared with scripts/size.mjs, so that the budget measures what the build ships. */
export const terserOptions = { module: true, ecma: 2020, compress: { passes: 3, pure_getters: true, unsafe_arrows: true }, format: { comments: false } };

export const elements = ['rouages-provider', 'rouages-wheel', 'rouage-card', 'rouages-questionnaire', 'rouages-report', 'rouages-plan'];
/** The elements the CDN file loads on demand, each from a file of its own with a stable name: dist/<tag>.min.js. */
export const onDemandElements = ['rouage-card', 'rouages-questionnaire', 'rouages-report', 'rouages-plan'];

/** Stops the build on code a strict CSP or Trusted Types would block (scripts/check-csp.mjs). */
const cspCheck = () => ({
  name: 'csp-check',
  buildStart() {
    const problems = checkDirectories(['src']);
    if (problems.length) this.error(`CSP-unsafe code (a page with a strict Content-Security-Policy or Trusted Types would block it):\n${problems.join('\n')}`);
  },
});

/** src/sdk/framework-split.ts as it is (it imports types only), so that the build cuts the framework with the SDK's own code. */
const { splitFramework } = await import(`data:text/javascript;base64,${Buffer.from(transformSync(readFileSync(new URL('./src/sdk/framework-split.ts', import.meta.url), 'utf8'), { loader: 'ts', format: 'esm' }).code).toString('base64')}`);

/**
 * The outline as a module. Item ids follow their list's order (`pilote.q1`, `pilote.q2`…: the
 * build checks it), so each list is written as its length and its ids are made when the module
 * runs, the same objects `{ id }` (~750 B less gzip in rouages.min.js); any other id is written out.
 */
function outlineModule(outline) {
  const lists = { questions: 'q', indicators: 'i', tools: 't', outcomes: 'o' };
  const counted = outline.rouages.every((r) => Object.entries(lists).every(([list, key]) => r[list].every((item, i) => Object.keys(item).length === 1 && item.id === `${r.id}.${key}${i + 1}`)));
  if (!counted) return `export default ${JSON.stringify(outline)};`;
  const compact = { ...outline, rouages: outline.rouages.map((r) => ({ ...r, ...Object.fromEntries(Object.keys(lists).map((list) => [list, r[list].length])) })) };
  return `const outline = ${JSON.stringify(compact)};
for (const r of outline.rouages) for (const [list, key] of ${JSON.stringify(Object.entries(lists))}) r[list] = Array.from({ length: r[list] }, (_, i) => ({ id: \`\${r.id}.\${key}\${i + 1}\` }));
export default outline;
`;
}

const FRENCH = new URL('./framework/rouages.fr.json', import.meta.url).pathname;
const TEXTS = 'virtual:rouages-cooperation/fr-texts';

/**
 * The French framework cut in two for the CDN files (see src/sdk/framework-split.ts): src/sdk/framework.ts
 * gets the outline of framework/rouages.fr.json (ids, titles, dimensions, phases, the scale),
 * `virtual:rouages-cooperation/fr-texts` its texts (src/cdn/french-texts.ts attaches them).
 * The build stops when the whole file would still be bundled, when the main file would carry
 * the texts, or when an on-demand element or the SDK file would run without them.
 */
const frameworkSplit = () => {
  const { outline, texts } = splitFramework(JSON.parse(readFileSync(FRENCH, 'utf8')));
  return {
    name: 'framework-split',
    resolveId(source, importer) {
      if (source === TEXTS) return '\0rouages-fr-texts';
      if (importer?.endsWith('/src/sdk/framework.ts') && source.endsWith('/framework/rouages.fr.json')) return '\0rouages-fr-outline';
      return null;
    },
    load(id) {
      if (id === '\0rouages-fr-outline') return outlineModule(outline);
      if (id === '\0rouages-fr-texts') return `export default ${JSON.stringify(texts)};`;
      return null;
    },
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((chunk) => chunk.type === 'chunk');
      const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      const closure = (chunk, seen = new Set()) => {
        if (!seen.has(chunk.fileName)) {
          seen.add(chunk.fileName);
          for (const file of chunk.imports) closure(byName.get(file), seen);
        }
        return [...seen].map((file) => byName.get(file));
      };
      const holds = (chunk, id) => closure(chunk).some((c) => c.moduleIds.includes(id));
      for (const chunk of chunks) {
        if (chunk.moduleIds.includes(FRENCH)) this.error(`${chunk.fileName} bundles framework/rouages.fr.json whole: only src/sdk/framework.ts may import it (as its outline).`);
        const needsTexts = chunk.name === 'rouages-sdk' || (chunk.isDynamicEntry && /\/src\/cdn\/[\w-]+\.ts$/.test(chunk.facadeModuleId ?? ''));
        if (needsTexts && !holds(chunk, '\0rouages-fr-texts')) this.error(`${chunk.fileName} shows the framework's texts but does not import them (src/cdn/french-texts.ts).`);
        if (chunk.name === 'rouages' && chunk.isEntry && holds(chunk, '\0rouages-fr-texts')) this.error('rouages.min.js imports the framework\'s texts: a page with only the wheel would download them.');
      }
    },
  };
};

/**
 * dist/<tag>.min.js for each on-demand element, and dist/rouages-plan-rules.min.js: one line
 * importing its hashed file, so that a page can import or preload it under a name that does not
 * change with its content.
 */
const stableNames = () => ({
  name: 'stable-names',
  generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle)) {
      const tag = chunk.type === 'chunk' && chunk.isDynamicEntry && chunk.facadeModuleId?.match(/\/src\/cdn\/([\w-]+)\.ts$/)?.[1];
      if (tag && onDemandElements.includes(tag)) this.emitFile({ type: 'asset', fileName: `${tag}.min.js`, source: `import"./${chunk.fileName}";\n` });
      // The plan's rules (src/elements/shared/plan-rules.ts): a page that gives the provider a plan may import them with rouages.min.js.
      if (chunk.type === 'chunk' && chunk.facadeModuleId?.endsWith('/src/elements/rouages-plan/plan-input.ts')) this.emitFile({ type: 'asset', fileName: 'rouages-plan-rules.min.js', source: `import"./${chunk.fileName}";\n` });
    }
  },
});

export default [
  {
    input: {
      index: 'src/index.ts',
      sdk: 'src/sdk/index.ts',
      react: 'src/react/index.ts',
      ...Object.fromEntries(elements.map((name) => [name, `src/elements/${name}/define.ts`])),
    },
    external,
    plugins: [cspCheck(), json({ preferConst: true, compact: true }), typescript()],
    output: { dir: 'dist', format: 'es', chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: true },
  },
  {
    // The on-demand elements stay dynamic chunks (entries of their own would move what they share
    // with rouages.min.js into more files every page fetches); stableNames() gives each a stable name.
    input: { rouages: 'src/cdn.ts', 'rouages-sdk': 'src/cdn-sdk.ts' },
    // What the on-demand files share with the main file stays in the main file (they import it),
    // rather than in a third file every page would fetch.
    preserveEntrySignatures: 'allow-extension',
    // As package.json's "sideEffects" says: only the entries, the define.ts files and the English
    // locale run code on import. Without this, a module of the SDK that builds a zod schema or
    // calls Object.keys at its top level (plan.ts, plan-csv.ts…) is kept in every file that
    // imports the SDK's index (src/sdk/api.ts), and the main file carries the plan, the CSV and
    // the collective report a page with only the wheel never runs.
    treeshake: { moduleSideEffects: (id) => !id.includes('/src/') || /\/src\/(cdn[\w-]*|cdn\/[\w-]+|elements\/[\w-]+\/define|elements\/shared\/locale-en|sdk\/schema)\.ts$/.test(id) },
    plugins: [frameworkSplit(), nodeResolve({ exportConditions: ['production'], browser: true }), json({ preferConst: true, compact: true }), typescript(), minifyTemplateLiterals(), terser(terserOptions), stableNames()],
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].min.js', chunkFileNames: (chunk) => `${chunk.facadeModuleId?.match(/\/src\/cdn\/([\w-]+)\.ts$/)?.[1] ?? `rouages-${chunk.name}`}-[hash].min.js`, sourcemap: true },
  },
];
