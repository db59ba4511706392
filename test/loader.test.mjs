// The loader build (`dist/souverain.js`) fetches what a page uses: authored HTML needs the
// element's chunk and the core, and never the schema chunk (valibot and the Markdown parser);
// JSON content fetches it too, and authored HTML the readers could not use as read gets it on
// demand, for the error that names what is wrong. Chromium, with the built files.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { launch, startServer } from './helpers.mjs';
import { renderBlock } from '../dist/ssr/index.js';

let server;
let origin;
let browser;

before(async () => {
  ({ server, origin } = await startServer());
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.close();
});

/**
 * Opens `body` as a page of the server's origin with the loader, and returns the tab, the
 * chunk files it requested (stable names: `chunks/schema.js`) and its console errors.
 */
async function open(body, { hold } = {}) {
  const tab = await browser.newPage();
  const chunks = [];
  const errors = [];
  const requested = [];
  tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  tab.on('pageerror', (e) => errors.push(e.message));
  await tab.setRequestInterception(true);
  tab.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname === '/loader-page.html') {
      request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: `<!doctype html><html lang="en"><body>${body}<script type="module" src="/souverain.js"></script></body></html>` });
      return;
    }
    if (url.pathname === '/favicon.ico') {
      request.respond({ status: 204, body: '' });
      return;
    }
    const chunk = /^\/(chunks\/[\w-]+?)-[\w-]{8}\.js$/.exec(url.pathname);
    if (chunk) chunks.push(`${chunk[1]}.js`);
    requested.push(chunk ? `${chunk[1]}.js` : url.pathname);
    // `hold`: a chunk answered only after a delay, to see what is requested meanwhile.
    if (chunk && `${chunk[1]}.js` === hold) setTimeout(() => (requested.push(`released ${hold}`), request.continue()), 800);
    else request.continue();
  });
  await tab.goto(`${origin}/loader-page.html`, { waitUntil: 'load' });
  return { tab, chunks, errors, requested };
}

/** The questions an FAQ shows: the summaries of the native details in its light DOM. */
const questions = (tab) => tab.$$eval('sov-faq', (els) => els.flatMap((el) => [...el.querySelectorAll(':scope > details > summary')].map((q) => q.textContent.trim())));
const QUESTION_SHOWN = () => document.querySelector('sov-faq')?.shadowRoot?.querySelector('.root:not(.loading)') && document.querySelector('sov-faq > details > summary');

test('authored HTML loads the core and the element, not the schema', async () => {
  const { tab, chunks, errors } = await open('<sov-faq><details><summary>Question ?</summary><p>Answer with <strong>bold</strong>.</p></details></sov-faq>');
  await tab.waitForFunction(QUESTION_SHOWN, { timeout: 15000 });
  assert.deepEqual(await questions(tab), ['Question ?']);
  // Opening it shows the answer as written (the strong kept).
  await tab.evaluate(() => document.querySelector('sov-faq > details > summary').click());
  assert.equal(await tab.evaluate(() => document.querySelector('sov-faq > details[open] strong')?.textContent), 'bold');
  // The element and the code it shares with the others shown in place: no renderer, no schema.
  assert.deepEqual([...new Set(chunks)].sort(), ['chunks/core.js', 'chunks/in-place.js', 'chunks/sov-faq.js']);
  // …though the build has one, for JSON content.
  assert.ok(readdirSync('dist/chunks').some((file) => /^schema-[\w-]{8}\.js$/.test(file)));
  assert.deepEqual(errors, []);
  await tab.close();
});

test('a pack and the schema chunk are fetched with the element, not after its code has run', async () => {
  const { tab, chunks, errors, requested } = await open('<div lang="en"><sov-faq content="souverainete-numerique#faq"></sov-faq></div>', { hold: 'chunks/sov-faq.js' });
  await tab.waitForFunction(QUESTION_SHOWN, { timeout: 15000 });
  assert.ok((await questions(tab)).length >= 5);
  assert.deepEqual([...new Set(chunks)].sort(), ['chunks/core.js', 'chunks/in-place.js', 'chunks/renderer.js', 'chunks/schema.js', 'chunks/sov-faq.js']);
  // Requested by the loader while the element's chunk was still on its way, in the element's language.
  const released = requested.indexOf('released chunks/sov-faq.js');
  assert.ok(requested.indexOf('chunks/schema.js') < released, requested.join(', '));
  assert.ok(requested.indexOf('/content/souverainete-numerique.en.json') < released, requested.join(', '));
  assert.equal(requested.filter((r) => r.startsWith('/content/')).length, 1, requested.join(', '));
  assert.deepEqual(errors, []);
  await tab.close();
});

test('the elements\' chunks, the schema and the hydration code are requested with the core, not after it', async () => {
  const ssr = renderBlock({ type: 'list', items: [{ text: 'Rendu serveur' }] });
  const { tab, errors, requested } = await open(`<sov-faq><details><summary>Question ?</summary><p>Answer.</p></details></sov-faq><sov-table src="/content/souverainete-numerique.fr.json#securite"></sov-table>${ssr}`, { hold: 'chunks/core.js' });
  await tab.waitForFunction(() => ['sov-faq', 'sov-table', 'sov-list'].every((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('.root:not(.loading)')), { timeout: 15000 });
  const released = requested.indexOf('released chunks/core.js');
  for (const chunk of ['chunks/sov-faq.js', 'chunks/sov-table.js', 'chunks/sov-list.js', 'chunks/schema.js', 'chunks/hydrate.js']) {
    assert.ok(requested.includes(chunk) && requested.indexOf(chunk) < released, `${chunk} before the core answered: ${requested.join(', ')}`);
  }
  assert.deepEqual(errors, []);
  await tab.close();
});

test('what the loader exports comes from the core the elements use', async () => {
  const { tab, errors } = await open('<p>A page that registers its pack, then adds an element.</p>');
  const shown = await tab.evaluate(async () => {
    const { registerPack, ContentError, formatIssues, registerStrings } = await import('/souverain.js');
    registerPack('mon-pack', { fr: async () => ({ id: 'mon-pack', lang: 'fr', title: 'Mon pack', blocks: [{ type: 'faq', id: 'faq', items: [{ question: 'Enregistré ?', answer: 'Oui.' }] }] }) });
    const el = Object.assign(document.createElement('sov-faq'), { lang: 'fr' });
    el.setAttribute('content', 'mon-pack#faq');
    document.body.append(el);
    await customElements.whenDefined('sov-faq');
    await new Promise((resolve) => {
      const check = () => (el.querySelector(':scope > details > summary') ? resolve() : setTimeout(check, 20));
      check();
    });
    return { question: el.querySelector(':scope > details > summary').textContent.trim(), kinds: [typeof ContentError, typeof formatIssues, typeof registerStrings] };
  });
  assert.deepEqual(shown, { question: 'Enregistré ?', kinds: ['function', 'function', 'function'] });
  assert.deepEqual(errors, []);
  await tab.close();
});

test('authored HTML the schema refuses fetches it on demand and shows where the problem is', async () => {
  const { tab, chunks, errors } = await open('<sov-faq><details id="q1"><summary>   </summary><p>An answer to no question.</p></details></sov-faq>');
  await tab.waitForFunction(() => document.querySelector('sov-faq')?.shadowRoot?.querySelector('[part="error"]'), { timeout: 15000 });
  const text = await tab.evaluate(() => document.querySelector('sov-faq').shadowRoot.querySelector('[part="error"]').textContent);
  assert.match(text, /items\[0\]\.question: expected non-empty text/);
  assert.ok(chunks.includes('chunks/schema.js'));
  assert.equal(errors.length, 1);
  assert.match(errors[0], /<sov-faq>: invalid content from authored HTML/);
  await tab.close();
});

test('data set by a script renders once the schema is fetched, and updateComplete waits for it', async () => {
  const { tab, chunks, errors } = await open('<sov-faq></sov-faq>');
  await tab.waitForFunction(() => customElements.get('sov-faq'), { timeout: 15000 });
  assert.ok(!chunks.includes('chunks/schema.js'));
  const shown = await tab.evaluate(async () => {
    const el = document.querySelector('sov-faq');
    el.data = { items: [{ question: 'Une **question** ?', answer: 'Une réponse.' }] };
    await el.updateComplete;
    return [...el.querySelectorAll(':scope > details > summary')].map((q) => q.textContent.trim());
  });
  assert.deepEqual(shown, ['Une question ?']);
  assert.ok(chunks.includes('chunks/schema.js'));
  assert.deepEqual(errors, []);
  await tab.close();
});

test('a server-rendered element given data before it upgrades keeps its nodes while the schema is fetched', async () => {
  // The table still hydrates its server-rendered shadow root (the elements shown in place have none to keep).
  const data = { type: 'table', columns: ['Critère', 'Valeur'], rows: [['Un', '2'], ['Deux', '1']] };
  // The data property, set before the element is defined, is the source; the server rendered the same content.
  const rendered = renderBlock(data, { lang: 'en', attributes: { sortable: true } });
  const { tab, chunks, errors } = await open(`${rendered}
    <script type="module">
      const el = document.querySelector('sov-table');
      el.data = ${JSON.stringify(data)};
      window.serverNodes = [...el.shadowRoot.querySelectorAll('*')];
    </script>`);
  const warnings = [];
  tab.on('console', (m) => m.type() === 'warn' && warnings.push(m.text()));
  await tab.waitForFunction(() => document.querySelector('sov-table').hasUpdated && !document.querySelector('sov-table').shadowRoot.querySelector('.loading'), { timeout: 15000 });
  await tab.evaluate(() => document.querySelector('sov-table').updateComplete);
  assert.ok(chunks.includes('chunks/schema.js'));
  const kept = await tab.evaluate(() => {
    const nodes = [...document.querySelector('sov-table').shadowRoot.querySelectorAll('*')];
    return nodes.length > 10 && nodes.length === window.serverNodes.length && nodes.every((node, i) => node === window.serverNodes[i]);
  });
  assert.ok(kept, 'the server-rendered nodes were replaced');
  // Hydrated, not only left in place: a click sorts by the first column.
  await tab.evaluate(() => document.querySelector('sov-table').shadowRoot.querySelector('thead th button').click());
  await tab.waitForFunction(() => document.querySelector('sov-table').shadowRoot.querySelector('thead th[aria-sort]'), { timeout: 5000 });
  assert.deepEqual(warnings, []);
  assert.deepEqual(errors, []);
  await tab.close();
});

