// React 19 mounts <sov-faq> and passes the block through the `data` property; when the element
// module is imported after the first render, the element says so instead of staying blank.
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
    // The FAQ shows its content in its light DOM, built from the data React gave it.
    const text = await page.evaluate(() => document.querySelector('sov-faq').textContent);
    assert.match(text, /Rendu par React \?/);
    const isProperty = await page.evaluate(() => typeof document.querySelector('sov-faq').data === 'object' && !document.querySelector('sov-faq').hasAttribute('data'));
    assert.equal(isProperty, true);
  } finally {
    await browser.close();
    server.close();
    rmSync('dist/.react', { recursive: true, force: true });
  }
});

test('React 19 with the element imported after the first render: a visible error that names the fix', async () => {
  mkdirSync('dist/.react-lazy', { recursive: true });
  await build({
    stdin: {
      contents: `
        import { createElement } from 'react';
        import { flushSync } from 'react-dom';
        import { createRoot } from 'react-dom/client';
        const block = { type: 'faq', items: [{ id: 'q', question: 'Chargé trop tard ?', answer: 'Oui.' }] };
        const root = createRoot(document.getElementById('root'));
        flushSync(() => root.render(createElement('sov-faq', { data: block })));
        // The lazy import() an application would write, resolved after React committed.
        import('../lib/faq/sov-faq.js');
      `,
      resolveDir: 'dist/.react-lazy',
      loader: 'js',
    },
    bundle: true,
    splitting: true,
    format: 'esm',
    outdir: 'dist/.react-lazy/out',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  writeFileSync('dist/.react-lazy/index.html', '<!doctype html><html lang="fr"><link rel="icon" href="data:,"><body><div id="root"></div><script type="module" src="./out/stdin.js"></script></body></html>');
  const { server, origin } = await startServer();
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${origin}/.react-lazy/index.html`);
    await page.waitForFunction(() => customElements.get('sov-faq') && document.querySelector('sov-faq')?.hasUpdated);
    await settle(page);
    const shown = await page.evaluate(() => {
      const el = document.querySelector('sov-faq');
      const alert = el.shadowRoot.querySelector('[role="alert"]');
      return { attribute: el.getAttribute('data'), alert: alert?.textContent ?? '' };
    });
    assert.equal(shown.attribute, '[object Object]');
    assert.match(shown.alert, /data attribute holds "\[object Object\]"/);
    assert.match(shown.alert, /Import 'souverain\/all\.js' or 'souverain\/sov-faq\.js' before rendering/);
    assert.equal(errors.length, 1, errors.join("\n"));
    assert.match(errors[0], /<sov-faq>.*before rendering/s);
  } finally {
    await browser.close();
    server.close();
    rmSync('dist/.react-lazy', { recursive: true, force: true });
  }
});
