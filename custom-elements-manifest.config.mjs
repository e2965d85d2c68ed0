// The custom elements manifest (custom-elements.json), generated from the JSDoc on the element
// classes (@summary, @event, @slot, @csspart, @cssprop) and their Lit decorators. Storybook's
// docs and controls read it (.storybook/preview.ts). Run with `npm run analyze`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

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
        .map((entry) => join('src/elements', entry.name, 'define.ts'));
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
  plugins: [tagsFromDefineModules(), publicApiOnly()],
};
