// Two copies of Souverain on one page (the full bundle and a standalone element bundle, each
// with its own Lit and classes): no exception, one warning, the elements work.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { startServer, launch, settle } from './helpers.mjs';

test('two copies of the bundle: one warning, no error, elements work', async () => {
  mkdirSync('dist/.faults', { recursive: true });
  writeFileSync(
    'dist/.faults/index.html',
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><link rel="icon" href="../demo/favicon.svg">
<script type="module" src="../souverain.js"></script>
<script type="module" src="../elements/sov-faq.js"></script>
<script type="module" src="../elements/sov-table.js"></script>
</head><body><sov-faq content="souverainete-numerique"></sov-faq><sov-table content="souverainete-numerique#securite"></sov-table></body></html>`
  );
  const { server, origin } = await startServer();
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const messages = [];
    page.on('console', (m) => ['error', 'warn', 'warning'].includes(m.type()) && messages.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
    await page.goto(`${origin}/.faults/index.html`);
    await settle(page);
    await new Promise((r) => setTimeout(r, 300));
    const warnings = messages.filter((m) => /^warn(ing)?:/.test(m) && m.includes('already defined'));
    assert.equal(warnings.length, 1, messages.join('\n'));
    assert.deepEqual(messages.filter((m) => !m.includes('already defined')), []);
    const works = await page.evaluate(async () => {
      const faq = document.querySelector('sov-faq');
      const summary = faq.querySelector(':scope > details > summary');
      summary.click();
      await faq.updateComplete;
      return { open: summary.parentElement.open, rows: document.querySelector('sov-table').shadowRoot.querySelectorAll('tbody tr').length };
    });
    assert.deepEqual(works, { open: true, rows: 3 });
  } finally {
    await browser.close();
    server.close();
    rmSync('dist/.faults', { recursive: true, force: true });
  }
});
