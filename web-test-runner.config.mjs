// Element and SDK tests in a real, headless Chromium: the system's own (see scripts/browser.mjs).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_ARGS, ensureChrome } from './scripts/browser.mjs';

/**
 * A real HTTP endpoint for the questionnaire's tests: /test-endpoint/ok answers 200,
 * /test-endpoint/fail 500, /test-endpoint/slow after 5 s. Received bodies are kept and
 * served back at /test-endpoint/received, so a test can check what was posted.
 */
const received = [];
async function testEndpoint(ctx, next) {
  if (!ctx.path.startsWith('/test-endpoint/')) return next();
  if (ctx.path === '/test-endpoint/received') {
    ctx.body = JSON.stringify(received.splice(0));
    ctx.type = 'application/json';
    return;
  }
  const chunks = [];
  for await (const chunk of ctx.req) chunks.push(chunk);
  received.push({ path: ctx.path, contentType: ctx.get('content-type'), body: Buffer.concat(chunks).toString('utf8') });
  if (ctx.path === '/test-endpoint/slow') await new Promise((resolve) => setTimeout(resolve, 5000));
  ctx.status = ctx.path === '/test-endpoint/fail' ? 500 : 200;
  ctx.body = ctx.status === 200 ? '{"ok":true}' : 'Internal error';
}

export default {
  files: ['test/**/*.test.ts'],
  // Lit's production build: what pages get, and no dev-mode warnings in the logs.
  nodeResolve: { exportConditions: ['production'] },
  plugins: [esbuildPlugin({ ts: true, json: true, tsconfig: 'tsconfig.json' })],
  middleware: [testEndpoint],
  browsers: [chromeLauncher({ launchOptions: { executablePath: ensureChrome(), headless: true, args: CHROME_ARGS } })],
  // One page at a time: a page in the background gets no animation frames and no focus,
  // which keyboard tests and fixtures need.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
};
