// The demo's server: @web/dev-server (maintained, koa-send underneath) on the project folder,
// with compressed responses (koa-compress: gzip or brotli, as the browser asks) and a guard
// that refuses any path leaving the folder. `npm start` builds, then runs this file; the
// benchmarks, the audit and the story checks start it from code with `serve()`.
import { startDevServer } from '@web/dev-server';
import compress from 'koa-compress';
import { fileURLToPath } from 'node:url';

const rootDir = fileURLToPath(new URL('..', import.meta.url));

/**
 * Refuses, with 404, a path that could leave the project folder or read its hidden files:
 * a `..` segment (also when encoded, `%2e%2e` or `..%2f`), a backslash, a NUL, a hidden
 * segment (`.git`, `.env`), and @web/dev-server's own `/__wds-outside-root__/` door, which
 * serves the parent folders by design.
 */
export async function refuseTraversal(ctx, next) {
  let path;
  try {
    path = decodeURIComponent(ctx.path);
  } catch {
    ctx.status = 400;
    return;
  }
  const segments = path.split(/[\\/]/);
  if (path.includes('\0') || path.includes('\\') || path.startsWith('/__wds-outside-root__') || segments.some((s) => s === '..' || (s.startsWith('.') && s !== '.well-known'))) {
    ctx.status = 404;
    ctx.type = 'text/plain';
    ctx.body = 'Not found';
    return;
  }
  return next();
}

/** `/` leads to the demo page. */
async function demoHome(ctx, next) {
  if (ctx.path === '/') {
    ctx.redirect('/demo/');
    return;
  }
  return next();
}

/**
 * Starts the server on localhost and resolves with Node's http server (`address()`, `close()`).
 * `port: 0` takes a free port. `headers` are added to every response.
 */
export async function serve({ port = Number(process.env.PORT ?? 8000), host = '127.0.0.1', headers = {} } = {}) {
  const addHeaders = async (ctx, next) => {
    await next();
    for (const [name, value] of Object.entries(headers)) ctx.set(name, value);
  };
  const devServer = await startDevServer({
    config: {
      rootDir,
      port,
      hostname: host,
      // No file watcher, no reload script injected: the demo is served as a CDN would serve it.
      watch: false,
      middleware: [refuseTraversal, compress({ threshold: 1024 }), demoHome, addHeaders],
    },
    readCliArgs: false,
    readFileConfig: false,
    autoExitProcess: false,
    logStartMessage: false,
  });
  const server = devServer.server;
  // Closing the http server stops the dev server (and its file watcher) with it.
  const close = server.close.bind(server);
  server.close = (callback) => {
    void devServer.stop();
    return close(callback);
  };
  return server;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await serve().catch((error) => {
    console.error(/EADDRINUSE|in use/.test(String(error?.message ?? error)) ? `Port ${process.env.PORT ?? 8000} is in use: run PORT=8080 npm start` : String(error?.message ?? error));
    process.exit(1);
  });
  const { port } = server.address();
  console.log(`Demo: http://localhost:${port}/demo/   (Ctrl+C to stop)`);
}
