// The intranet page under the strict CSP with Trusted Types: everything renders, with no
// console error and no CSP violation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, settle } from './helpers.mjs';

test('intranet page: renders under strict CSP with no console error and no violation', async () => {
  const { server, origin } = await startServer();
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const problems = [];
    page.on('console', (m) => ['error', 'warn', 'warning'].includes(m.type()) && problems.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    await page.evaluateOnNewDocument(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const response = await page.goto(`${origin}/demo/intranet.html`);
    assert.match(response.headers()['content-security-policy'], /require-trusted-types-for 'script'/);
    await settle(page);
    const summary = await page.evaluate(() => ({
      violations: window.__violations,
      article: document.querySelector('sov-article').shadowRoot.querySelectorAll('sov-table, sov-faq, sov-checklist, sov-tldr, sov-list').length,
      jsonLd: document.querySelectorAll('sov-faq > script[type="application/ld+json"]').length,
      errors: [...document.querySelectorAll('*')].filter((e) => e.shadowRoot?.querySelector('[part~="error"]')).length,
    }));
    assert.deepEqual(summary.violations, []);
    assert.deepEqual(problems, []);
    assert.equal(summary.errors, 0);
    assert.ok(summary.article >= 10, `article composed ${summary.article} elements`);
    assert.equal(summary.jsonLd, 1, 'JSON-LD written through the "souverain" Trusted Types policy');
  } finally {
    await browser.close();
    server.close();
  }
});
