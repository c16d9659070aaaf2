// A tiny static server for the release build, bound to 127.0.0.1, for the e2e tests.
// Sends `application/wasm` for .wasm (streaming compilation requires it) and 404 for anything
// missing. As a command: node serve-dist.mjs [dir] [port]. As a module, serve() also takes a
// base path (the app under /tools/launchplan/, say), and its `root` can be changed while it
// runs (a new deploy).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** Serves `root` at `base` on 127.0.0.1:`port`; resolves once listening. */
export function serve({ root, port, base = '/' }) {
  const site = { root: resolve(root), requests: [] };
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    site.requests.push(path);
    // Like static hosts: the base without its slash redirects to it.
    if (`${path}/` === base) {
      res.writeHead(301, { location: base }).end();
      return;
    }
    if (!path.startsWith(base)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const inner = path.slice(base.length - 1);
    const file = normalize(join(site.root, inner.endsWith('/') ? `${inner}index.html` : inner));
    if (!file.startsWith(site.root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  site.close = () => new Promise((done) => server.close(done));
  return new Promise((ready) =>
    server.listen(port, '127.0.0.1', () => {
      // Port 0 asks for any free port: this is the one given.
      site.port = server.address().port;
      ready(site);
    }),
  );
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = process.argv[2] ?? 'dist';
  const port = Number(process.argv[3] ?? 4173);
  await serve({ root, port });
  console.log(`serving ${resolve(root)} on http://127.0.0.1:${port}/`);
}
