// Test-only endpoints for the content-source tests: HTTP errors, slow answers, HTML instead of
// JSON, redirects, and JSON echo (`/__test/json?body=<urlencoded JSON>`).
export async function testMiddleware(ctx, next) {
  if (!ctx.path.startsWith('/__test/')) return next();
  const q = ctx.query;
  switch (ctx.path) {
    case '/__test/status':
      ctx.status = Number(q.code ?? 404);
      ctx.body = 'error';
      return;
    case '/__test/slow':
      await new Promise((r) => setTimeout(r, Number(q.ms ?? 1000)));
      ctx.type = 'application/json';
      ctx.body = q.body ?? '{}';
      return;
    case '/__test/html':
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>Not found</title><p>Not JSON';
      return;
    case '/__test/redirect':
      ctx.redirect(String(q.to));
      return;
    case '/__test/json':
      ctx.type = 'application/json';
      ctx.body = q.body ?? '{}';
      return;
    case '/__test/trusted-types.html':
      // The hardening suite's Trusted Types page; the module is served (and transformed) by the dev server.
      ctx.set('Content-Security-Policy', "require-trusted-types-for 'script'; trusted-types lit-html souverain");
      ctx.type = 'text/html';
      ctx.body = `<!doctype html><html lang="fr"><head><meta charset="utf-8">
<script>window.__violations = []; document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.sample));</script>
<script type="module" src="/src/test-utils/tt-harness.ts"></script></head><body></body></html>`;
      return;
    default:
      return next();
  }
}

/**
 * Server-rendered pages for the SSR suite (src/ssr/ssr.test.ts), rendered by the CLI in a child
 * process (Lit's server DOM shim stays out of the test runner): `/__test/ssr?ref=pack#id&lang=fr`
 * with `styles=link` (stylesheets from /dist/ssr/), `csp=1` (the intranet policy, and a script
 * that records violations), `script=1` (loads the loader from the sources).
 */
export async function ssrMiddleware(ctx, next) {
  if (ctx.path !== '/__test/ssr') return next();
  const { execFileSync } = await import('node:child_process');
  const { CSP } = await import('./serve.mjs');
  const q = ctx.query;
  const args = ['bin/souverain.mjs', 'html', '--ssr', String(q.ref), '--lang', String(q.lang ?? 'fr')];
  if (q.styles === 'link') args.push('--styles', 'link', '--stylesheet-base', '/dist/ssr/');
  const body = execFileSync('node', args, { encoding: 'utf8' });
  if (q.csp === '1') ctx.set('Content-Security-Policy', CSP);
  ctx.type = 'text/html';
  ctx.body = `<!doctype html><html lang="${q.lang ?? 'fr'}"><head><meta charset="utf-8">
<script src="/src/test-utils/violations.js"></script>
${q.script === '1' ? '<script type="module" src="/src/loader.ts"></script>' : ''}</head><body>
${body}</body></html>`;
}
