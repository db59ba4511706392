// souverain/ssr in Node: declarative shadow roots with the authored HTML kept as light DOM,
// languages, linked stylesheets for strict CSPs, documents with their inline JSON, and the CLI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { renderBlock, renderDocument, renderPack, stylesheets } from '../dist/ssr/index.js';
import { blockToHtml } from '../dist/lib/content/html.js';
import { validateBlock } from '../dist/lib/content/schema.js';

const pack = (lang) => JSON.parse(readFileSync(`content/souverainete-numerique.${lang}.json`, 'utf8'));

test('renderPack: a block as its element, a declarative shadow root and the authored HTML as light DOM', () => {
  // The FAQ is shown in place: its frame in the shadow root, nothing to hydrate (no hash).
  const out = renderPack('souverainete-numerique#faq', { lang: 'fr' });
  assert.match(out, /^<sov-faq lang="fr" heading-level="3"><template [^>]*shadowrootmode="open">/);
  assert.match(out, /<style>:host\{/);
  assert.match(out, /<noscript><style>\.toolbar,\.status,\.empty\{display:none!important\}<\/style><\/noscript>/);
  assert.match(out, /Tout déplier/);
  const frame = out.match(/<template [^>]*>([^]*?)<\/template>/)[1];
  assert.doesNotMatch(frame, /<details|<summary/, 'no copy of the content in the shadow root');
  // The light DOM is what `souverain html` prints inside the tag, the title in the slot it is shown in.
  const block = pack('fr').blocks.find((b) => b.id === 'faq');
  const authored = blockToHtml(validateBlock(block).value, 3).replace('<h2>', '<h2 slot="sov-title">');
  assert.ok(out.endsWith(`</template>${authored.slice('<sov-faq>'.length)}`), 'authored HTML after the shadow root');
  // An element that still hydrates its shadow root carries the content's hash.
  assert.match(renderPack('souverainete-numerique#securite', { lang: 'fr' }), /^<sov-table lang="fr" data-sov-hash="[0-9a-z]+\.[0-9a-z]+"><template /);
});

test('renderPack: the language picks the pack variant and the UI strings', () => {
  const en = renderPack('souverainete-numerique#faq', { lang: 'en' });
  assert.match(en, /^<sov-faq lang="en"/);
  assert.match(en, /Expand all/);
  assert.doesNotMatch(en, /Tout déplier/);
  const hash = (lang) => renderPack('souverainete-numerique#securite', { lang }).match(/data-sov-hash="([^"]+)"/)[1];
  assert.notEqual(hash('en'), hash('fr'));
});

test('styles: "link" links each element stylesheet under the base URL, with no inline style', () => {
  const out = renderPack('souverainete-numerique', { lang: 'fr', styles: 'link', stylesheetBase: '/assets/sov/' });
  assert.doesNotMatch(out, /<style/);
  for (const tag of ['sov-article', 'sov-faq', 'sov-table', 'sov-checklist', 'sov-list', 'sov-tldr']) assert.match(out, new RegExp(`<link rel="stylesheet" href="/assets/sov/${tag}\\.css">`));
  assert.match(out, /<noscript><link rel="stylesheet" href="\/assets\/sov\/sov-faq\.noscript\.css"><\/noscript>/);
  for (const [file, css] of Object.entries(stylesheets())) assert.equal(readFileSync(`dist/ssr/${file}`, 'utf8'), css, file);
  assert.throws(() => renderPack('souverainete-numerique#faq', { styles: 'link' }), /stylesheetBase/);
});

test('renderDocument: the article, its blocks nested with their own shadow roots, inline JSON and a plain-HTML fallback', () => {
  const doc = pack('fr');
  doc.title = 'Titre </script><script>alert(1)</script>';
  const out = renderDocument(doc, { toc: true });
  assert.match(out, /^<sov-article lang="fr" heading-level="1" toc data-sov-hash=/);
  assert.match(out, /<sov-faq [^>]*defer-hydration[^>]*><template [^>]*shadowrootmode="open">/);
  const json = out.match(/<script type="application\/json">(.*?)<\/script>/s)[1];
  assert.deepEqual(JSON.parse(json), doc);
  assert.doesNotMatch(json, /</);
  // The fallback is plain HTML: no element the loader would upgrade a second time.
  const fallback = out.slice(out.lastIndexOf('</script>'));
  assert.doesNotMatch(fallback, /<sov-/);
  assert.match(fallback, /<details[^>]*>\s*<summary>/);
  assert.match(fallback, /<h1>Titre &lt;\/script&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;<\/h1>/);
});

test('renderBlock: checkboxes are unchecked unless the content checks them; invalid content throws with paths', () => {
  const out = renderBlock({ type: 'checklist', items: [{ text: 'A' }, { text: 'B', checked: true }] });
  assert.equal(out.match(/<input[^>]*class="checkbox"[^>]*>/gs).filter((i) => /\schecked\b/.test(i)).length, 1);
  assert.doesNotMatch(out, /checked="false"/);
  assert.throws(() => renderBlock({ type: 'faq', items: [{ question: 'Q' }] }), /items\[0\]\.answer/);
  assert.equal(renderBlock({ type: 'paragraph', text: 'Un *mot*' }), '<p>Un <em>mot</em></p>');
});

test('souverain html --ssr prints what renderPack returns', () => {
  const r = spawnSync('node', ['bin/souverain.mjs', 'html', '--ssr', 'souverainete-numerique#checklist', '--lang', 'en', '--styles', 'link', '--stylesheet-base', '/s/'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, renderPack('souverainete-numerique#checklist', { lang: 'en', styles: 'link', stylesheetBase: '/s/' }) + '\n');
  assert.ok(existsSync('dist/ssr/sov-checklist.css'));
});

test('attributes: rendered on the element as the browser would, names checked, values escaped', () => {
  const plain = renderPack('souverainete-numerique#faq', { lang: 'en' });
  const searchable = renderPack('souverainete-numerique#faq', { lang: 'en', attributes: { searchable: true, single: false, id: 'a"b' } });
  assert.match(searchable, /^<sov-faq searchable id="a&quot;b" lang="en" heading-level="3"><template /);
  assert.doesNotMatch(plain, /type="search"/);
  assert.match(searchable, /type="search"/, 'the search field the attribute asks for');
  const table = (attributes) => renderPack('souverainete-numerique#securite', { lang: 'en', attributes }).match(/data-sov-hash="([^"]+)"/)[1];
  assert.equal(table({ sortable: true }), table({}), 'the hash covers the content, not the attributes');
  // The allowlist of attributes.ts: the element's documented attributes, dir, id, class; nothing else.
  for (const name of ['onclick', 'style', 'tabindex', 'autofocus', 'popover', 'contenteditable', 'is', 'slot', 'part', 'x"y', 'layout']) {
    assert.throws(() => renderPack('souverainete-numerique#faq', { attributes: { [name]: 'x' } }), new RegExp(`"${name.replace('"', '\\"')}" is not an attribute of <sov-faq> \\(it takes content, heading-level, searchable, single`));
  }
  assert.match(renderPack('souverainete-numerique#faq', { attributes: { dir: 'ltr', class: 'x' } }), /^<sov-faq dir="ltr" class="x" lang=/);
  assert.throws(() => renderPack('souverainete-numerique#faq', { attributes: { lang: 'de' } }), /set by the render options/);
});
