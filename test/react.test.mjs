// React 19 mounts <sov-faq> and passes the block through the `data` property.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { startServer, launch, settle } from './helpers.mjs';

test('React 19 mounts an element with the data property', async () => {
  mkdirSync('dist/.react', { recursive: true });
  await build({
    stdin: {
      contents: `
        import { createElement } from 'react';
        import { createRoot } from 'react-dom/client';
        import '../lib/faq/sov-faq.js';
        const block = { type: 'faq', items: [{ id: 'react-q', question: 'Rendu par React ?', answer: 'Oui, par la propriété data.' }] };
        const root = createRoot(document.getElementById('root'));
        root.render(createElement('sov-faq', { data: block, 'heading-level': 2 }));
      `,
      resolveDir: 'dist/.react',
      loader: 'js',
    },
    bundle: true,
    format: 'esm',
    outfile: 'dist/.react/app.js',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  writeFileSync('dist/.react/index.html', '<!doctype html><html lang="fr"><body><div id="root"></div><script type="module" src="./app.js"></script></body></html>');
  const { server, origin } = await startServer();
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.goto(`${origin}/.react/index.html`);
    await page.waitForSelector('sov-faq');
    await settle(page);
    const text = await page.evaluate(() => document.querySelector('sov-faq').shadowRoot.textContent);
    assert.match(text, /Rendu par React \?/);
    const isProperty = await page.evaluate(() => typeof document.querySelector('sov-faq').data === 'object' && !document.querySelector('sov-faq').hasAttribute('data'));
    assert.equal(isProperty, true);
  } finally {
    await browser.close();
    server.close();
    rmSync('dist/.react', { recursive: true, force: true });
  }
});
