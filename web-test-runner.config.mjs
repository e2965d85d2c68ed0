// Element and SDK tests in a real, headless Chromium: the system's own (see scripts/browser.mjs).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_ARGS, ensureChrome } from './scripts/browser.mjs';

export default {
  files: ['test/**/*.test.ts'],
  // Lit's production build: what pages get, and no dev-mode warnings in the logs.
  nodeResolve: { exportConditions: ['production'] },
  plugins: [esbuildPlugin({ ts: true, json: true, tsconfig: 'tsconfig.json' })],
  browsers: [chromeLauncher({ launchOptions: { executablePath: ensureChrome(), headless: true, args: CHROME_ARGS } })],
  // One page at a time: a page in the background gets no animation frames and no focus,
  // which keyboard tests and fixtures need.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
};
