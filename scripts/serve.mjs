// A static file server for the example pages and screenshots: `node scripts/serve.mjs [port]`.
// Serves the repository root on 127.0.0.1 only.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.map': 'application/json',
};

/**
 * `compress` gzips text responses, as any production server does (Lighthouse checks for it).
 * `delay(url)` may return milliseconds to hold a response, to test late-arriving images.
 * `headers(path)` may return extra response headers for a file, e.g. a Content-Security-Policy for a
 * test page (tests/e2e/pages/headers.mjs).
 */
export function serve(root = '.', port = 0, { compress = false, delay, headers: extraHeaders } = {}) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    let file = join(base, path);
    if (!file.startsWith(base)) return res.writeHead(403).end();
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const headers = { 'content-type': type, 'cache-control': 'no-cache', ...extraHeaders?.(path) };
      if (compress && /text|json|svg/.test(type) && /gzip/.test(req.headers['accept-encoding'] ?? '')) {
        body = gzipSync(body);
        headers['content-encoding'] = 'gzip';
      }
      const wait = delay?.(req.url) ?? 0;
      if (wait) await new Promise((r) => setTimeout(r, wait));
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await serve('.', Number(process.argv[2] ?? 8080));
  console.log(`serving ${process.cwd()} at http://127.0.0.1:${server.address().port}/examples/`);
}
