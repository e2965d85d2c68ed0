// Storybook: the documentation of the custom elements for designers and developers.
// `npm run storybook` (dev server on http://localhost:6006) or `npm run build-storybook`
// (static site in storybook-static/). Both run `npm run analyze` first, so the docs and
// controls read a fresh custom-elements.json (see custom-elements-manifest.config.mjs).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * The compiler options that change what the element classes compile to: Lit's decorators are
 * TypeScript's experimental ones, and class fields must not shadow the reactive accessors
 * they define. Read from tsconfig.json, the one source the tests and the build use too.
 */
function decoratorOptions() {
  const { config, error } = ts.readConfigFile(fileURLToPath(new URL('../tsconfig.json', import.meta.url)), (path) => readFileSync(path, 'utf8'));
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'));
  const { experimentalDecorators, useDefineForClassFields } = config.compilerOptions ?? {};
  return { experimentalDecorators, useDefineForClassFields };
}

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: {
    // Nothing leaves the machine: no telemetry, no update or "what's new" checks (and
    // `storybook dev` runs with --no-version-updates), no metadata file in the static site.
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
    enableCrashReports: false,
    disableProjectJson: true,
  },
  async viteFinal(viteConfig) {
    const { mergeConfig } = await import('vite');
    return mergeConfig(viteConfig, {
      esbuild: { tsconfigRaw: { compilerOptions: decoratorOptions() } },
      // Storybook's own UI chunks (docs renderer, axe) are 0.7–1.1 MB; ours are far smaller.
      build: { chunkSizeWarningLimit: 1200 },
    });
  },
};

export default config;
