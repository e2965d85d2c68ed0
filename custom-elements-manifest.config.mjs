// The custom elements manifest (custom-elements.json), generated from the JSDoc on the element
// classes (@summary, @event, @slot, @csspart, @cssprop) and their Lit decorators. Storybook's
// docs and controls read it (.storybook/preview.ts). Run with `npm run analyze`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

/**
 * The elements are registered in their define.ts (excluded from the analysis: it has side
 * effects and no API) through `defineElement('tag', Class)`, which the analyzer does not know
 * as it knows `customElements.define`. This reads those calls and gives each class its tag,
 * so that Storybook finds an element's docs by its tag name.
 */
function tagsFromDefineModules() {
  return {
    name: 'rouages-tags-from-define-modules',
    packageLinkPhase({ customElementsManifest }) {
      const defineFiles = readdirSync('src/elements', { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && existsSync(join('src/elements', entry.name, 'define.ts')))
        .map((entry) => join('src/elements', entry.name, 'define.ts'))
        .sort();
      const tags = new Map();
      for (const file of defineFiles) {
        for (const [, tag, className] of readFileSync(file, 'utf8').matchAll(/defineElement\(\s*['"]([a-z][a-z0-9-]*-[a-z0-9-]*)['"]\s*,\s*(\w+)\s*\)/g)) {
          tags.set(className, { tag, file });
        }
      }
      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of module.declarations ?? []) {
          const found = tags.get(declaration.name);
          if (declaration.kind !== 'class' || !found) continue;
          declaration.tagName = found.tag;
          declaration.customElement = true;
          module.exports ??= [];
          module.exports.push({
            kind: 'custom-element-definition',
            name: found.tag,
            declaration: { name: declaration.name, module: module.path },
          });
        }
      }
    },
  };
}

/**
 * What the docs show of each class: its public API only (no private or protected members, no
 * statics), the `@summary` as the description when there is none, and not the base class's
 * generic `emit(name, …)`, which the analyzer reads as an event called "name".
 */
function publicApiOnly() {
  return {
    name: 'rouages-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          if (!declaration.description && declaration.summary) declaration.description = declaration.summary;
          if (declaration.members) {
            declaration.members = declaration.members.filter(
              (member) => member.privacy !== 'private' && member.privacy !== 'protected' && !member.static && !member.name.startsWith('#'),
            );
          }
          if (declaration.events) {
            declaration.events = declaration.events.filter(
              (event) => event.description || (event.inheritedFrom?.name !== 'RouagesElement' && declaration.name !== 'RouagesElement'),
            );
            if (!declaration.events.length) delete declaration.events;
          }
        }
      }
    },
  };
}

/** Each `var(--rouages-…, default)` in a source text: the token and its default as written. */
function tokenUses(text) {
  const uses = [];
  for (const match of text.matchAll(/var\(\s*(--rouages-[a-z0-9-]+)\s*(,)?/g)) {
    let fallback;
    if (match[2]) {
      // The default runs to the parenthesis that closes this var(), nested ones included.
      let depth = 1;
      let end = match.index + match[0].length;
      for (; end < text.length && depth; end++) depth += text[end] === '(' ? 1 : text[end] === ')' ? -1 : 0;
      fallback = text.slice(match.index + match[0].length, end - 1).trim();
    }
    // `var(--rouages-color-${id}, …)` names a family of tokens, handled below.
    if (!match[1].endsWith('-')) uses.push({ name: match[1], fallback });
  }
  return uses;
}

/**
 * The CSS custom properties of each element, from one source: what a token means is written once,
 * in src/elements/shared/tokens.json; which element takes it, and its default, are read from the
 * styles that element really applies (its module and every module under src/elements it imports,
 * the shared styles included, and the elements it renders inside itself, whose tokens inherit).
 * Any `@cssprop` written on a class is replaced. Fails on a token used and not described, a token
 * described and used nowhere, or one token given two different defaults.
 */
function cssPropertiesFromStyles() {
  return {
    name: 'rouages-css-properties-from-styles',
    packageLinkPhase({ customElementsManifest }) {
      const { tokens } = JSON.parse(readFileSync('src/elements/shared/tokens.json', 'utf8'));
      const classModules = new Map();
      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of module.declarations ?? []) if (declaration.tagName) classModules.set(declaration.tagName, module.path);
      }
      // The dimension colours come from dimensionColor() (`var(--rouages-color-${id}, …)`): their
      // defaults are DIMENSION_COLORS in shared/styles.ts, which tokens.json must match.
      const stylesText = readFileSync('src/elements/shared/styles.ts', 'utf8');
      const colours = stylesText.slice(stylesText.indexOf('DIMENSION_COLORS'), stylesText.indexOf('};', stylesText.indexOf('DIMENSION_COLORS')));
      const dimensionTokens = [...colours.matchAll(/'?([a-z-]+)'?:\s*'(#[0-9a-f]{3,8})'/gi)].map(([, id, colour]) => ({ name: `--rouages-color-${id}`, fallback: colour }));

      const defaults = new Map();
      const used = new Set();
      const tokensOfFile = new Map();
      /** The tokens a module applies, with those of what it imports and of the elements it renders. */
      const collect = (file, seen = new Set()) => {
        if (seen.has(file) || !existsSync(file)) return [];
        seen.add(file);
        const text = readFileSync(file, 'utf8');
        const found = [...tokenUses(text), ...(text.includes('--rouages-color-${') ? dimensionTokens : [])];
        // Static imports and `import('./x.js')`: a view loaded when reached is still the element's.
        for (const [, spec] of text.matchAll(/\b(?:from\s+|import\(\s*)['"](\.{1,2}\/[^'"]+)\.js['"]/g)) {
          const target = normalize(join(dirname(file), `${spec}.ts`));
          if (target.startsWith(normalize('src/elements'))) found.push(...collect(target, seen));
        }
        for (const [, tag] of text.matchAll(/<(rouages?-[a-z-]+)[\s>]/g)) {
          if (classModules.has(tag)) found.push(...collect(classModules.get(tag), seen));
        }
        return found;
      };

      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class' || !declaration.tagName) continue;
          const names = new Set();
          for (const { name, fallback } of collect(module.path)) {
            names.add(name);
            used.add(name);
            if (!tokens[name]) throw new Error(`${name} is used by <${declaration.tagName}> and not described in src/elements/shared/tokens.json.`);
            if (fallback === undefined) continue;
            if (defaults.has(name) && defaults.get(name) !== fallback) throw new Error(`${name} has two defaults: ${defaults.get(name)} and ${fallback}.`);
            defaults.set(name, fallback);
          }
          const properties = Object.keys(tokens)
            .filter((name) => names.has(name))
            .map((name) => ({
              name,
              description: tokens[name].elements?.[declaration.tagName] ?? tokens[name].description,
              ...(defaults.has(name) ? { default: defaults.get(name) } : {}),
            }));
          if (properties.length) declaration.cssProperties = properties;
          else delete declaration.cssProperties;
        }
      }
      for (const name of Object.keys(tokens)) {
        if (!used.has(name)) throw new Error(`${name} is described in src/elements/shared/tokens.json and used by no element.`);
        if (tokens[name].default && defaults.get(name) !== tokens[name].default) throw new Error(`${name}: tokens.json says ${tokens[name].default}, the styles ${defaults.get(name)}.`);
      }
    },
  };
}

/**
 * The manifest in one order whatever the file system's: the analyzer lists modules in the order
 * its glob finds them, which differs between a working tree and a fresh clone, and CI checks
 * that the committed manifest is what the sources give.
 */
function sortedModules() {
  return {
    name: 'rouages-sorted-modules',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}

export default {
  // Each element's class module (src/elements/<tag>/<tag>.ts) and the shared base class, so
  // that its members (locale, framework) show as inherited; not the helpers beside them.
  globs: ['src/elements/*/rouage*.ts'],
  exclude: ['**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  // package.json already has "customElements": "custom-elements.json"; do not rewrite it.
  packagejson: false,
  dependencies: false,
  plugins: [tagsFromDefineModules(), publicApiOnly(), cssPropertiesFromStyles(), sortedModules()],
};
