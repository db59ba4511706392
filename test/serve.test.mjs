// `npm start` and `npm run dev`: a busy port moves to the next free one (and says so), a
// malformed URL gets 400 without taking the server down, and the dev server reloads the demo
// when a source file changes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { utimesSync } from 'node:fs';
import { serve } from '../scripts/serve.mjs';
import { choosePort } from '../scripts/port.mjs';
import { launch } from './helpers.mjs';

const listen = (port) => new Promise((resolve) => { const s = createServer(); s.listen(port, '127.0.0.1', () => resolve(s)); });

test('a busy port moves to the next free one, and says so', async (t) => {
  const busy = await listen(0);
  const { port } = busy.address();
  const log = t.mock.method(console, 'log', () => {});
  try {
    const chosen = await choosePort(port);
    assert.notEqual(chosen, port);
    assert.ok(chosen > port && chosen < port + 50);
    assert.match(log.mock.calls[0].arguments[0], new RegExp(`Port ${port} is busy: using ${chosen}`));
  } finally {
    busy.close();
  }
});

test('a malformed URL gets 400 and the server keeps serving', async () => {
  const server = await serve('dist', 0);
  const origin = `http://127.0.0.1:${server.address().port}`;
  try {
    assert.equal((await fetch(`${origin}/%E0`)).status, 400);
    assert.equal((await fetch(`${origin}/demo/%E0%A4%A.html`)).status, 400);
    assert.equal((await fetch(`${origin}/demo/index.html`)).status, 200);
  } finally {
    server.close();
  }
});

test('npm run dev serves the sources and reloads the demo when a source changes', async () => {
  const port = await choosePort(8600 + Math.floor(Math.random() * 300));
  const dev = spawn(process.execPath, ['scripts/dev.mjs'], { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
  const browser = await launch();
  try {
    await new Promise((resolve, reject) => {
      dev.stdout.on('data', (chunk) => String(chunk).includes(`:${port}/demo/`) && resolve());
      dev.once('exit', () => reject(new Error('dev server exited')));
    });
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/demo/index.html`);
    // Upgraded (its module, src/faq/faq.ts, was served and is watched), not only the authored
    // questions the page shows before the script runs.
    await page.waitForFunction(() => customElements.get('sov-faq') && document.querySelector('sov-faq')?.shadowRoot?.querySelector('slot') && document.querySelector('sov-faq > details > summary'), { timeout: 30000 });
    await page.evaluate(() => (window.beforeReload = true));
    const now = new Date();
    utimesSync('src/faq/faq.ts', now, now);
    await page.waitForFunction(() => !window.beforeReload && document.readyState === 'complete', { timeout: 20000 });
  } finally {
    await browser.close();
    dev.kill();
  }
});
