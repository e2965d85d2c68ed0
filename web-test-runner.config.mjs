// Element and SDK tests in a real, headless Chromium: the system's own (see scripts/browser.mjs).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';
import rollupReplace from '@rollup/plugin-replace';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_ARGS, ensureChrome } from './scripts/browser.mjs';

/**
 * A real HTTP endpoint for the questionnaire's tests: /test-endpoint/ok answers 200,
 * /test-endpoint/fail 500, /test-endpoint/slow after 5 s, /test-endpoint/redirect 302 to a login page. Received bodies are kept and
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
  received.push({ path: ctx.path, contentType: ctx.get('content-type'), idempotencyKey: ctx.get('idempotency-key'), body: Buffer.concat(chunks).toString('utf8') });
  // /test-endpoint/redirect: what a portal whose session expired does, 302 to its login page (200, HTML).
  if (ctx.path === '/test-endpoint/redirect') return ctx.redirect('/test-endpoint/login');
  if (ctx.path === '/test-endpoint/login') {
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><title>Connexion</title><form>…</form>';
    return;
  }
  if (ctx.path === '/test-endpoint/slow') await new Promise((resolve) => setTimeout(resolve, 5000));
  // /test-endpoint/reject: a portal refusing with its own message (JSON); /test-endpoint/html-error: an error page (HTML, no message to show).
  if (ctx.path === '/test-endpoint/reject') {
    ctx.status = 422;
    ctx.body = { message: 'Le champ « project » est déjà utilisé pour cette période.' };
    return;
  }
  if (ctx.path === '/test-endpoint/html-error') {
    ctx.status = 503;
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><h1>Service Unavailable</h1>';
    return;
  }
  ctx.status = ctx.path === '/test-endpoint/fail' ? 500 : 200;
  ctx.body = ctx.status === 200 ? '{"ok":true}' : 'Internal error';
}

/**
 * /test-endpoint/cors/…: the same endpoint with the headers a portal on another origin must send
 * (README, "Sending"): the preflight (OPTIONS) and the answer allow the page's origin, the JSON
 * content type and the Idempotency-Key header. Reached at http://127.0.0.1:<port> from a page on
 * http://localhost:<port>, it is cross-origin; without /cors/, the same address is refused by the browser.
 */
async function corsEndpoint(ctx, next) {
  if (!ctx.path.startsWith('/test-endpoint/cors/')) return next();
  ctx.set('access-control-allow-origin', ctx.get('origin') || '*');
  ctx.set('access-control-allow-headers', 'content-type, idempotency-key');
  ctx.set('access-control-allow-methods', 'POST');
  ctx.set('vary', 'origin');
  if (ctx.method === 'OPTIONS') {
    ctx.status = 204;
    return;
  }
  ctx.path = ctx.path.replace('/cors/', '/');
  return testEndpoint(ctx, next);
}

/**
 * For the embedding tests (test/embedding/): each test page gets a strict Content-Security-Policy
 * from the server when its query asks for it (`?csp=strict`, `?csp=trusted-types`); /test-cdn/rouages-9.9.9.min.js serves the built
 * CDN file as if it were another version, to load two copies on one page; /test-data/ serves
 * the sample diagnostics as JSON (the esbuild plugin would turn a .json path into a module).
 */
async function embeddingPages(ctx, next) {
  // The demo page's own data, fetched (the layout shift test loads the demo): JSON as JSON. A test
  // that imports the same file as a module (sec-fetch-dest: script) still gets a module.
  if (/^\/(demo\/samples|framework\/cases)\/[\w.-]+\.json$/.test(ctx.path) && ctx.get('sec-fetch-dest') !== 'script') {
    const { readFile } = await import('node:fs/promises');
    ctx.type = 'application/json';
    ctx.body = await readFile(new URL(`.${ctx.path}`, import.meta.url), 'utf8');
    return;
  }
  if (ctx.path.startsWith('/test-data/')) {
    const { readFile } = await import('node:fs/promises');
    ctx.type = 'application/json';
    // /test-data/<file>.json: a sample diagnostic; /test-data/cases/<file>.json: one of the source's cases.
    const name = ctx.path.slice('/test-data/'.length);
    const [folder, file] = name.startsWith('cases/') ? ['./framework/cases/', name.slice('cases/'.length)] : ['./demo/samples/', name];
    ctx.body = await readFile(new URL(`${folder}${file.replace(/[^\w.-]/g, '')}`, import.meta.url), 'utf8');
    return;
  }
  if (ctx.path === '/test-cdn/rouages-9.9.9.min.js') {
    const { readFile } = await import('node:fs/promises');
    const { version } = JSON.parse(await readFile(new URL('./package.json', import.meta.url), 'utf8'));
    const bundle = await readFile(new URL('./dist/rouages.min.js', import.meta.url), 'utf8');
    ctx.type = 'application/javascript';
    ctx.body = bundle.replaceAll(JSON.stringify(version), '"9.9.9"').replace(/(from|import\()"\.\//g, '$1"/dist/');
    return;
  }
  // /test-cdn/copy/<file>: the whole built folder as a second, separate copy (its own on-demand
  // files, its own modules), as a site that bundles the library twice would have.
  if (/^\/test-cdn\/copy\/[\w.-]+\.js$/.test(ctx.path)) {
    const { readFile } = await import('node:fs/promises');
    const { version } = JSON.parse(await readFile(new URL('./package.json', import.meta.url), 'utf8'));
    ctx.type = 'application/javascript';
    ctx.body = (await readFile(new URL(`./dist/${ctx.path.slice('/test-cdn/copy/'.length)}`, import.meta.url), 'utf8')).replaceAll(JSON.stringify(version), '"9.9.9"');
    return;
  }
  await next();
  // ?csp=strict: no inline script or style, no eval; ?csp=trusted-types: the same, and only Trusted Types reach HTML sinks.
  const policies = { strict: "default-src 'self'", 'trusted-types': "default-src 'self'; require-trusted-types-for 'script'" };
  if (ctx.path.startsWith('/test/embedding/') && ctx.path.endsWith('/') && policies[ctx.query.csp]) ctx.set('content-security-policy', policies[ctx.query.csp]);
}

// React ships CommonJS only: turned into ES modules for the React wrappers' tests.
const commonjs = fromRollup(rollupCommonjs);
const replace = fromRollup(rollupReplace);

export default {
  files: ['test/**/*.test.ts', '!test/**/*.node.test.ts'],
  // Lit's production build: what pages get, and no dev-mode warnings in the logs.
  nodeResolve: { exportConditions: ['production'] },
  plugins: [
    replace({ preventAssignment: true, include: ['**/node_modules/react*/**/*', '**/node_modules/scheduler/**/*'], values: { 'process.env.NODE_ENV': JSON.stringify('development') } }),
    commonjs({ include: ['**/node_modules/react/**/*', '**/node_modules/react-dom/**/*', '**/node_modules/scheduler/**/*'], requireReturnsDefault: 'preferred' }),
    esbuildPlugin({ ts: true, tsx: true, json: true, tsconfig: 'tsconfig.json' }),
  ],
  middleware: [corsEndpoint, testEndpoint, embeddingPages],
  // window.gc() and exact heap sizes, for the memory test (test/embedding/memory.test.ts).
  browsers: [chromeLauncher({ launchOptions: { executablePath: ensureChrome(), headless: true, args: [...CHROME_ARGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'] } })],
  // One page at a time: a page in the background gets no animation frames and no focus,
  // which keyboard tests and fixtures need.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
};
