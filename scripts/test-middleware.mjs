// Test-only endpoints for the content-source tests: HTTP errors, slow answers, HTML instead of
// JSON, redirects, and JSON echo (`/__test/json?body=<urlencoded JSON>`).
// The demo pages load `../souverain.js`: the browser tests serve them from the sources (loader and
// element chunks transformed as the build does), so they need no build.
export async function testMiddleware(ctx, next) {
  if (ctx.path === '/souverain.js') return ctx.redirect('/src/loader.ts');
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
