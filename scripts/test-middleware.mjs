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
    default:
      return next();
  }
}
