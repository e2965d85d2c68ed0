// A small static server for the demo page: `npm start` builds, then runs this.
// Serves the project folder on localhost (PORT, default 8000) and opens nothing: the URL is printed.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.csv': 'text/csv; charset=utf-8',
};

/** Starts the server; resolves with it once it listens. */
export function serve({ port = Number(process.env.PORT ?? 8000), host = '127.0.0.1', headers = {} } = {}) {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/') {
      response.writeHead(302, { location: '/demo/' });
      response.end();
      return;
    }
    let path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!path.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if (statSync(path).isDirectory()) path = join(path, 'index.html');
      const stat = statSync(path);
      response.writeHead(200, {
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
        'content-length': stat.size,
        'cache-control': 'no-cache',
        ...headers,
      });
      createReadStream(path).pipe(response);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    }
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => done(server));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await serve().catch((error) => {
    console.error(error.code === 'EADDRINUSE' ? `Port ${process.env.PORT ?? 8000} is in use: run PORT=8080 npm start` : error.message);
    process.exit(1);
  });
  const { port } = server.address();
  console.log(`Demo: http://localhost:${port}/demo/   (Ctrl+C to stop)`);
}
