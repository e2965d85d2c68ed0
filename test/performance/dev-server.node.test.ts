// The demo's server (scripts/dev-server.mjs, `npm start`): it serves the project folder,
// compressed, and nothing outside it, however the path is spelled. Runs in Node (mocha).
import { expect } from 'chai';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
// @ts-expect-error: a plain ES module script, without types.
import { serve } from '../../scripts/dev-server.mjs';

describe('the demo server (npm start)', function () {
  this.timeout(20_000);
  let server: Server;
  let base: string;
  before(async () => {
    server = (await serve({ port: 0 })) as Server;
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => server.close());

  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${base}${path}`, { redirect: 'manual', headers });

  it('leads / to the demo page and serves it compressed', async () => {
    expect((await get('/')).headers.get('location')).to.equal('/demo/');
    const page = await get('/demo/', { 'accept-encoding': 'gzip' });
    expect(page.status).to.equal(200);
    expect(page.headers.get('content-encoding')).to.equal('gzip');
    expect(await page.text()).to.contain('<rouages-wheel');
    const script = await get('/demo/demo.js', { 'accept-encoding': 'br' });
    expect(script.headers.get('content-encoding')).to.equal('br');
  });

  // The folder beside the project (/work/shared, say) must stay out of reach: the old server's
  // `startsWith(root)` check let `/..%2f<sibling>/x` through. The project's own parent name is
  // used so that the path would exist if the guard failed.
  for (const path of [
    '/..%2fmain-sibling/x',
    '/..%2f..%2fetc/passwd',
    '/demo/..%2f..%2f..%2fetc/passwd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/demo/%2e%2e%2f%2e%2e%2fetc/passwd',
    '/..%5c..%5cetc/passwd',
    '/__wds-outside-root__/1/etc/passwd',
    '/__wds-outside-root__/10/etc/passwd',
    '/.git/config',
    '/%2egit/HEAD',
  ]) {
    it(`refuses ${path}`, async () => {
      const response = await get(path);
      expect(response.status).to.be.oneOf([400, 403, 404]);
      expect(await response.text()).not.to.match(/root:|\[core\]|ref:/);
    });
  }

  it('refuses a sibling folder of the project that exists', async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const { basename, dirname, join } = await import('node:path');
    const { fileURLToPath } = await import('node:url');
    const project = fileURLToPath(new URL('../..', import.meta.url));
    // A sibling whose name starts with the project's: the very case `startsWith(root)` let through.
    const sibling = mkdtempSync(join(dirname(project), `${basename(project)}-sibling-`));
    writeFileSync(join(sibling, 'secret.txt'), 'secret');
    try {
      for (const path of [`/..%2f${basename(sibling)}/secret.txt`, `/../${basename(sibling)}/secret.txt`, `/demo/..%2f..%2f${basename(sibling)}/secret.txt`]) {
        const response = await get(path);
        expect(response.status, path).to.be.oneOf([400, 403, 404]);
        expect(await response.text()).not.to.contain('secret');
      }
    } finally {
      rmSync(sibling, { recursive: true, force: true });
    }
  });
});
