// `souverain/sanitize` in the real TinyMCE 8 and CKEditor 5, in headless Chromium on a loopback
// page: what each editor saves (`getContent()` / `getData()`) keeps the widget markup and loses
// adds nothing unsafe that the editor's defaults drop; what the editor saves, passed through a
// server-side preset (sanitize-html, DOMPurify), keeps the widgets and loses every script,
// event handler and unsafe URL; nothing ran meanwhile. An editor is not a filter: CKEditor 5
// saves `javascript:` links as typed. CKEditor 5 takes the container form only (docs/cms/ckeditor5.md).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { serve } from '../../scripts/serve.mjs';
import { launch } from '../helpers.mjs';
import createDOMPurify from 'dompurify';
import sanitize from 'sanitize-html';
import { JSDOM } from 'jsdom';
import * as presets from 'souverain/sanitize';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { widgetCases, hostileCases, dangers, losses, authoredContainers } from './cases.mjs';
import { copyBundle, visit } from './sites.mjs';

let server, browser, page;
const problems = [];
const hostile = await hostileCases();
const widgets = widgetCases();

before(async () => {
  server = await serve(fileURLToPath(new URL('../..', import.meta.url)), 0);
  browser = await launch();
  page = await browser.newPage();
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  await page.goto(`http://127.0.0.1:${server.address().port}/test/cms/editors.html`);
  await page.waitForFunction(() => window.editorsReady === true);
});

after(async () => {
  await browser?.close();
  server?.close();
});

const run = (fn, withPreset, inputs) => page.evaluate((f, p, i) => window[f](p, i), fn, withPreset, inputs);

const purify = createDOMPurify(new JSDOM('').window);
const serverSide = {
  'sanitize-html': (html) => sanitize(html, presets.sanitizeHtml),
  DOMPurify: (html) => purify.sanitize(html, presets.dompurify),
};

const editors = {
  'TinyMCE 8': { fn: 'runTinymce', widgets },
  // CKEditor 5 takes the container form only: `sov-*` tags need GHS's unsafe `$customElement`.
  'CKEditor 5': { fn: 'runCkeditor', widgets: widgets.filter((w) => w.form === 'container') },
};

for (const [name, { fn, widgets: cases }] of Object.entries(editors)) {
  test(`${name} + preset: ${cases.length} widgets keep their attributes and structure, alone and then through a server-side preset`, async () => {
    const out = await run(fn, true, cases.map((w) => w.html));
    assert.deepEqual(cases.flatMap((w, i) => losses(out[i], w).map((l) => `${w.name}: ${l}`)), []);
    for (const [filter, clean] of Object.entries(serverSide)) {
      assert.deepEqual(cases.flatMap((w, i) => losses(clean(out[i]), w).map((l) => `${filter}(${w.name}): ${l}`)), []);
    }
  });

  test(`${name} + preset: ${hostile.length} hostile inputs keep nothing the default editor drops, and nothing after a server-side preset`, async () => {
    const withPreset = await run(fn, true, hostile);
    const without = await run(fn, false, hostile);
    // The preset opens no hole: whatever survives it also survives the editor's own defaults.
    const added = hostile.flatMap((h, i) => {
      const before = new Set(dangers(without[i]));
      return dangers(withPreset[i]).filter((d) => !before.has(d)).map((d) => `${d}  <=  ${h.slice(0, 80)}`);
    });
    assert.deepEqual(added, []);
    for (const [filter, clean] of Object.entries(serverSide)) {
      assert.deepEqual(hostile.flatMap((h, i) => dangers(clean(withPreset[i])).map((d) => `${filter}: ${d}  <=  ${h.slice(0, 80)}`)), []);
    }
  });
}

for (const [name, { fn }] of Object.entries(editors)) {
  test(`${name} + preset, then sanitize-html + preset: the saved containers upgrade on a page, with their text and no message`, async () => {
    const cases = authoredContainers();
    const saved = await run(fn, true, cases.map((c) => c.html));
    const dir = mkdtempSync(join(tmpdir(), 'souverain-editor-page-'));
    try {
      copyBundle(join(dir, 'souverain'));
      const body = saved.map((html) => sanitize(html, presets.sanitizeHtml)).join('\n');
      writeFileSync(join(dir, 'page.html'), `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>x</title><link rel="icon" href="data:,"></head><body>${body}<script type="module" src="/souverain/souverain.js"></script></body></html>`);
      const result = await visit(browser, dir, '/page.html');
      assert.deepEqual(result.messages, []);
      assert.equal(result.containers, cases.length);
      assert.deepEqual(result.elements.map((e) => e.tag).sort(), cases.map((c) => c.tag).sort());
      assert.deepEqual(result.elements.filter((e) => e.error).map((e) => e.tag), []);
      for (const c of cases) assert.ok(result.elements.find((e) => e.tag === c.tag).text.includes(c.text), `${c.tag}: ${c.text}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

// What each editor lets through by itself, as the docs state it (an editor is not a filter).
test('editors on their own: CKEditor 5 saves javascript: links as typed, TinyMCE keeps data-* values', async () => {
  const [ckLink] = await run('runCkeditor', true, ['<p><a href="javascript:alert(1)">x</a></p>']);
  assert.match(ckLink, /href="javascript:alert\(1\)"/);
  const [tinyLink, tinySrc] = await run('runTinymce', true, ['<p><a href="javascript:alert(1)">x</a></p>', '<div data-sov="faq" data-sov-src="javascript:alert(1)"><p>x</p></div>']);
  assert.doesNotMatch(tinyLink, /javascript:/);
  assert.match(tinySrc, /data-sov-src="javascript:alert\(1\)"/);
});

test('TinyMCE + preset: keeps absolute URLs (relative_urls: false)', async () => {
  const [saved] = await run('runTinymce', true, ['<sov-faq src="/packs/faq.json"></sov-faq><div data-sov="faq" data-sov-src="https://cdn.example/faq.json"><p>x</p></div>']);
  assert.match(saved, /<sov-faq src="http:\/\/127\.0\.0\.1:\d+\/packs\/faq\.json">/);
  assert.match(saved, /data-sov-src="https:\/\/cdn\.example\/faq\.json"/);
});

test('CKEditor 5 + preset: the container shows as editable content; an empty container is dropped; a sov-* tag loses its wrapper', async () => {
  const faq = widgets.find((w) => w.form === 'container' && w.tag === 'sov-faq');
  const text = await page.evaluate(async (html) => {
    const ck = await import('/node_modules/ckeditor5/dist/browser/ckeditor5.js');
    const { ckeditor5 } = await import('/dist/lib/sanitize/sanitize.js');
    const editor = await ck.ClassicEditor.create(document.querySelector('#ck'), {
      licenseKey: 'GPL',
      plugins: [ck.Essentials, ck.Paragraph, ck.Heading, ck.Link, ck.List, ck.GeneralHtmlSupport],
      ...ckeditor5,
    });
    editor.setData(html);
    const shown = editor.ui.getEditableElement().textContent;
    await editor.destroy();
    return shown;
  }, faq.html);
  assert.match(text, /Pourquoi \?/);
  assert.match(text, /Parce que le code/);
  const [empty, tag] = await run('runCkeditor', true, ['<div data-sov="faq" data-sov-content="souverainete-numerique#faq"></div>', widgets.find((w) => w.form === 'tag' && w.tag === 'sov-faq').html]);
  assert.equal(empty, '');
  assert.doesNotMatch(tag, /<sov-faq/);
  assert.match(tag, /<details/);
});

test('controls: without the presets both editors lose the widgets', async () => {
  const faq = widgets.find((w) => w.form === 'tag' && w.tag === 'sov-faq');
  const container = widgets.find((w) => w.form === 'container' && w.tag === 'sov-faq');
  const [tiny] = await run('runTinymce', false, [faq.html]);
  assert.ok(losses(tiny, faq).includes('sov-faq removed'));
  const [ckOut] = await run('runCkeditor', false, [container.html]);
  assert.ok(losses(ckOut, container).includes('div[data-sov="faq"] removed'));
});

test('nothing ran in the editors and no error was logged', async () => {
  assert.equal(await page.evaluate(() => window.__sovXss), undefined);
  assert.deepEqual(problems, []);
});
