// The Hugo shortcode (Debian's hugo, Goldmark defaults: raw HTML omitted) and the Eleventy
// plugin (@11ty/eleventy), each building a tiny site in a temporary folder that uses them in
// both forms; the built HTML holds the elements, and in headless Chromium, served on 127.0.0.1
// with the bundle copied where the docs say, every widget upgrades with the pack's text and
// nothing is logged.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Eleventy from '@11ty/eleventy';
import souverain from 'souverain/eleventy';
import { launch, openHydrating, openWithoutScripts } from '../helpers.mjs';
import { serve } from '../../scripts/serve.mjs';
import { copyBundle, ensureCommand, visit, FAQ_QUESTION, TABLE_CELL } from './sites.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));
let browser;
const temps = [];
const temp = (name) => {
  const dir = mkdtempSync(join(tmpdir(), `souverain-${name}-`));
  temps.push(dir);
  return dir;
};

before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

const LAYOUT = (body) => `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><title>Essai</title><link rel="icon" href="data:,"></head>
<body>
${body}
</body>
</html>
`;

const CHECKLIST = '<h3>Étapes</h3>\n<ul><li data-id="un"><label><input type="checkbox" checked> Auditer le code</label></li><li><label><input type="checkbox"> Former l’équipe</label></li></ul>';

/** What every built page must show: four widgets, two of them from containers, with their text. */
function assertWidgets(result) {
  assert.deepEqual(result.messages, []);
  assert.equal(result.scripts, 1, 'one module script');
  const byTag = Object.fromEntries(result.elements.map((e) => [e.tag, e]));
  assert.deepEqual(Object.keys(byTag).sort(), ['sov-checklist', 'sov-faq', 'sov-table', 'sov-tldr']);
  assert.deepEqual(result.elements.filter((e) => e.error), []);
  assert.ok(byTag['sov-faq'].text.includes(FAQ_QUESTION), byTag['sov-faq'].text.slice(0, 200));
  assert.ok(byTag['sov-table'].text.includes(TABLE_CELL), byTag['sov-table'].text.slice(0, 200));
  assert.equal(byTag['sov-table'].inContainer, true);
  assert.match(byTag['sov-checklist'].text, /Auditer le code.*Former l’équipe/);
  assert.deepEqual(byTag['sov-checklist'].checked, [true, false]);
  assert.match(byTag['sov-tldr'].text, /Premier point.*Second point/);
  assert.equal(byTag['sov-tldr'].inContainer, true);
  assert.equal(result.containers, 2);
}

test('Hugo: the souverain shortcode works with Goldmark defaults; the script is printed once, only where used', async () => {
  ensureCommand('hugo', 'hugo');
  const site = temp('hugo');
  writeFileSync(join(site, 'config.toml'), 'baseURL = "http://127.0.0.1/"\nlanguageCode = "fr"\ntitle = "Essai"\ntheme = "souverain"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]\n');
  mkdirSync(join(site, 'themes'));
  symlinkSync(join(repo, 'integrations/hugo'), join(site, 'themes/souverain'));
  mkdirSync(join(site, 'layouts/_default'), { recursive: true });
  writeFileSync(join(site, 'layouts/_default/single.html'), LAYOUT('{{ .Content }}\n{{ partial "souverain/script.html" . }}'));
  writeFileSync(join(site, 'layouts/index.html'), LAYOUT('<p>Accueil</p>'));
  mkdirSync(join(site, 'content'));
  writeFileSync(
    join(site, 'content/widgets.md'),
    `---
title: Widgets
---
Introduction.

{{< souverain element="faq" content="souverainete-numerique#faq" searchable=true single=false />}}

{{< souverain element="table" form="container" content="souverainete-numerique#securite" sortable=true >}}<p>Tableau : sécurité</p>{{< /souverain >}}

{{< souverain element="checklist" storage-key="hugo-essai" >}}
${CHECKLIST}
{{< /souverain >}}

{{< souverain element="sov-tldr" form="container" markdown=true >}}
**En bref**

- Premier point
- Second point
{{< /souverain >}}

<sov-faq content="souverainete-numerique"></sov-faq>
`
  );
  writeFileSync(join(site, 'content/plain.md'), '---\ntitle: Sans widget\n---\nTexte.\n');
  copyBundle(join(site, 'static/souverain'));
  execFileSync('hugo', ['--source', site, '--destination', join(site, 'public'), '--quiet'], { stdio: 'inherit' });

  const html = readFileSync(join(site, 'public/widgets/index.html'), 'utf8');
  assert.match(html, /<sov-faq content="souverainete-numerique#faq" searchable><\/sov-faq>/);
  assert.match(html, /<div data-sov="table" data-sov-content="souverainete-numerique#securite" data-sov-sortable><p>Tableau : sécurité<\/p><\/div>/);
  assert.match(html, /<sov-checklist storage-key="hugo-essai">\s*<h3>Étapes<\/h3>/);
  assert.match(html, /<div data-sov="tldr"><p><strong>En bref<\/strong><\/p>\s*<ul>\s*<li>Premier point<\/li>/);
  assert.match(html, /<!-- raw HTML omitted -->/, 'Goldmark defaults: raw HTML in Markdown is omitted (the shortcode is the way)');
  assert.equal(html.match(/<script type="module" src="\/souverain\/souverain.js"><\/script>/g)?.length, 1);
  assert.doesNotMatch(readFileSync(join(site, 'public/plain/index.html'), 'utf8'), /<script/);

  assertWidgets(await visit(browser, join(site, 'public'), '/widgets/'));
});

/** Builds a one-page Hugo site with the theme whose page holds `shortcode`; returns what hugo printed when it failed. */
function hugoFailure(name, shortcode) {
  const site = temp(name);
  writeFileSync(join(site, 'config.toml'), 'baseURL = "http://127.0.0.1/"\ntheme = "souverain"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404", "home"]\n');
  mkdirSync(join(site, 'themes'));
  symlinkSync(join(repo, 'integrations/hugo'), join(site, 'themes/souverain'));
  mkdirSync(join(site, 'layouts/_default'), { recursive: true });
  writeFileSync(join(site, 'layouts/_default/single.html'), '{{ .Content }}');
  mkdirSync(join(site, 'content'));
  writeFileSync(join(site, 'content/bad.md'), `---\ntitle: x\n---\n${shortcode}\n`);
  try {
    execFileSync('hugo', ['--source', site, '--destination', join(site, 'public')], { stdio: 'pipe' });
  } catch (error) {
    return `${error.stdout}${error.stderr}`;
  }
  assert.fail(`hugo built ${shortcode}`);
}

test('Hugo: an unknown element stops the build with a message', () => {
  ensureCommand('hugo', 'hugo');
  assert.match(hugoFailure('hugo-bad', '{{< souverain element="accordion" />}}'), /element="accordion" is not one of tldr, list, table, checklist, faq, article/);
});

test('Hugo: a name that is not a documented attribute stops the build (on…, style, tabindex)', () => {
  ensureCommand('hugo', 'hugo');
  for (const [i, bad] of ['onmouseover="alert(1)"', 'style="position:fixed"', 'tabindex="0"', 'layout="grid"'].entries()) {
    const out = hugoFailure(`hugo-attr-${i}`, `{{< souverain element="faq" form="container" searchable=true ${bad} />}}`);
    assert.match(out, new RegExp(`"${bad.split('=')[0]}" is not an attribute of <sov-faq> \\(it takes content, heading-level, searchable`), bad);
  }
});

test('Eleventy: the plugin\'s shortcodes and script transform, in a Markdown page (Liquid), with server rendering off', async () => {
  const site = temp('eleventy');
  const input = join(site, 'src');
  mkdirSync(join(input, '_includes'), { recursive: true });
  writeFileSync(join(input, '_includes/base.liquid'), LAYOUT('{{ content }}'));
  writeFileSync(
    join(input, 'widgets.md'),
    `---
layout: base.liquid
---
Introduction.

{% souverain "faq", "content=souverainete-numerique#faq", "searchable" %}

{% souverainBlock "table", "form=container", "content=souverainete-numerique#securite", "sortable" %}<p>Tableau : sécurité</p>{% endsouverainBlock %}

{% souverainBlock "checklist", "storage-key=eleventy-essai" %}
${CHECKLIST}
{% endsouverainBlock %}

{% souverainBlock "tldr", "form=container" %}<p><strong>En bref</strong></p><ul><li>Premier point</li><li>Second point</li></ul>{% endsouverainBlock %}
`
  );
  writeFileSync(join(input, 'plain.md'), '---\nlayout: base.liquid\n---\nTexte.\n');
  const output = join(site, '_site');
  const eleventy = new Eleventy(input, output, {
    quietMode: true,
    config(eleventyConfig) {
      eleventyConfig.addPlugin(souverain, { ssr: false });
    },
  });
  // Eleventy always prints its "Wrote n files" line: keep it, and any warning, off the test output.
  const logged = [];
  const keep = (type) => (message) => type !== 'log' && logged.push(`${type}: ${message}`);
  await eleventy.init();
  eleventy.logger.overrideLogger({ log: keep('log'), info: keep('info'), warn: keep('warn'), error: keep('error') });
  await eleventy.write();
  assert.deepEqual(logged, []);
  copyBundle(join(output, 'souverain'));

  const html = readFileSync(join(output, 'widgets/index.html'), 'utf8');
  assert.match(html, /<sov-faq content="souverainete-numerique#faq" searchable><\/sov-faq>/);
  assert.match(html, /<div data-sov="table" data-sov-content="souverainete-numerique#securite" data-sov-sortable><p>Tableau : sécurité<\/p><\/div>/);
  assert.equal(html.match(/<script type="module" src="\/souverain\/souverain.js"><\/script>/g)?.length, 1);
  assert.doesNotMatch(readFileSync(join(output, 'plain/index.html'), 'utf8'), /<script/);
  assert.ok(existsSync(join(output, 'souverain/souverain.js')));

  assertWidgets(await visit(browser, output, '/widgets/'));
});

test('Eleventy: attribute values are escaped, and bad names and elements throw', async () => {
  const { souverainHtml } = await import('souverain/eleventy');
  assert.equal(souverainHtml('faq', [{ content: '"><script>alert(1)</script>', searchable: true, single: false }]), '<sov-faq content="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;" searchable></sov-faq>');
  assert.equal(souverainHtml('sov-list', ['layout=grid', 'form=container']), '<div data-sov="list" data-sov-layout="grid"></div>');
  // The package's attribute allowlist: documented names, lang, dir, id and class only.
  for (const bad of ['onclick=alert(1)', 'x"y', 'style=position:fixed', 'tabindex=0', 'autofocus', 'layout=grid']) {
    assert.throws(() => souverainHtml('faq', [bad]), new RegExp(`"${bad.split('=')[0].replace('"', '\\"')}" is not an attribute of <sov-faq> \\(it takes content,`));
  }
  // In the container form, id and class stay the container's own.
  assert.equal(souverainHtml('faq', ['form=container', 'id=q', 'class=a', 'searchable']), '<div data-sov="faq" id="q" class="a" data-sov-searchable></div>');
  assert.throws(() => souverainHtml('script'), /"script" is not one of/);
});

/** Builds an Eleventy site from `files` with the plugin's `options`; returns the output folder. */
async function eleventySite(name, files, options) {
  const site = temp(name);
  const input = join(site, 'src');
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(input, file, '..'), { recursive: true });
    writeFileSync(join(input, file), text);
  }
  const output = join(site, '_site');
  const eleventy = new Eleventy(input, output, { quietMode: true, config: (eleventyConfig) => eleventyConfig.addPlugin(souverain, options) });
  const logged = [];
  const keep = (type) => (message) => type !== 'log' && logged.push(`${type}: ${message}`);
  await eleventy.init();
  eleventy.logger.overrideLogger({ log: keep('log'), info: keep('info'), warn: keep('warn'), error: keep('error') });
  await eleventy.write();
  assert.deepEqual(logged, []);
  copyBundle(join(output, 'souverain'));
  return output;
}

const SSR_PAGE = `---
layout: base.liquid
lang: fr
---
Introduction.

{% souverain "faq", "content=souverainete-numerique#faq", "searchable" %}

{% souverain "table", "content=souverainete-numerique#securite", "sortable" %}

{% souverain "checklist", "content=souverainete-numerique#checklist", "storage-key=eleventy-ssr" %}

{% souverain "list", "content=souverainete-numerique", "layout=grid" %}

{% souverain "tldr", "content=souverainete-numerique#tldr", "lang=en" %}
`;
const SSR_TAGS = 'sov-faq, sov-table, sov-checklist, sov-list, sov-tldr';

/** What a reader without JavaScript sees of the server-rendered page: styles applied, answers shown. */
async function assertStyledWithoutScripts(browser, url) {
  const tab = await openWithoutScripts(browser, url);
  try {
    const seen = await tab.evaluate((s) => {
      const visible = (el) => !!el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
      const faq = document.querySelector('sov-faq');
      return {
        customElements: document.querySelectorAll(':defined').length === document.querySelectorAll('*').length,
        roots: [...document.querySelectorAll(s)].map((el) => `${el.localName} ${!!el.shadowRoot} ${getComputedStyle(el).display}`),
        // Native details in the light DOM: each opens without a script.
        answers: [...faq.querySelectorAll(':scope > details')].map((details) => {
          details.querySelector('summary').click();
          return details.open && visible(details.querySelector(':scope > summary + *'));
        }),
        search: visible(faq.shadowRoot.querySelector('input[type="search"]')),
        tableHead: getComputedStyle(document.querySelector('sov-table').shadowRoot.querySelector('th')).fontWeight,
      };
    }, SSR_TAGS);
    // Without scripts nothing defines the elements: every sov-* tag stays undefined, and yet styled.
    assert.equal(seen.customElements, false, 'the elements are not defined (no script ran)');
    assert.deepEqual(seen.roots, ['sov-faq true block', 'sov-table true block', 'sov-checklist true block', 'sov-list true block', 'sov-tldr true block']);
    assert.ok(seen.answers.length > 1 && seen.answers.every(Boolean), `every answer opens and shows: ${seen.answers}`);
    assert.equal(seen.search, false, 'the search field, which needs a script, is hidden');
    assert.ok(Number(seen.tableHead) >= 600, `table header bold: ${seen.tableHead}`);
  } finally {
    await tab.close();
  }
}

/** With JavaScript: every server-rendered node kept, no console message, and the FAQ answers a key. */
async function assertHydratesInPlace(browser, url) {
  const { tab, messages, kept } = await openHydrating(browser, url, { script: '/souverain/souverain.js', selector: SSR_TAGS, count: 5 });
  try {
    assert.deepEqual(messages, []);
    assert.deepEqual(kept.filter((k) => !k.same), [], 'every element upgraded in place');
    assert.ok(kept.every((k) => k.nodes > 3), JSON.stringify(kept));
    // Upgraded, not only kept: the FAQ's questions answer the keyboard, and an open one gets its copy link.
    await tab.evaluate(() => document.querySelector('sov-faq > details > summary').focus());
    await tab.keyboard.press('Enter');
    await tab.waitForFunction(() => document.querySelector('sov-faq > details').open && document.querySelector('sov-faq > details > [data-sov-copy]'));
  } finally {
    await tab.close();
  }
}

test('Eleventy: pack blocks are server-rendered (declarative shadow DOM, the page language, the attributes), styled without JavaScript, hydrated in place with it', async () => {
  const { renderPack } = await import('souverain/ssr');
  const output = await eleventySite('eleventy-ssr', { '_includes/base.liquid': LAYOUT('{{ content }}'), 'widgets.md': SSR_PAGE }, { lang: 'en' });
  const html = readFileSync(join(output, 'widgets/index.html'), 'utf8');
  assert.equal(html.match(/<template [^>]*shadowrootmode="open"[^>]*>/g)?.length, 5);
  // Exactly souverain/ssr's output, the start tag on a line of its own (an HTML block for Markdown, not a paragraph).
  const expected = (ref, options) => renderPack(ref, options).replace(/^(<sov-[a-z]+[^>]*>)/, '$1\n');
  assert.ok(html.includes(expected('souverainete-numerique#faq', { lang: 'fr', attributes: { searchable: true } })), 'the FAQ, searchable, in French (page data)');
  assert.ok(html.includes(expected('souverainete-numerique#securite', { lang: 'fr', attributes: { sortable: true } })), 'the table');
  assert.ok(html.includes(expected('souverainete-numerique#checklist', { lang: 'fr', attributes: { 'storage-key': 'eleventy-ssr' } })), 'the checklist');
  assert.ok(html.includes(expected('souverainete-numerique#avantages', { lang: 'fr', attributes: { layout: 'grid' } })), 'the first list of the pack');
  assert.ok(html.includes(expected('souverainete-numerique#tldr', { lang: 'en' })), 'the TL;DR in English (its lang attribute)');
  assert.doesNotMatch(html, /<p><sov-|<sov-[a-z]+ content="souverainete/);
  assert.match(html, /<style>:host\{/);
  assert.equal(html.match(/<script type="module" src="\/souverain\/souverain.js"><\/script>/g)?.length, 1);

  const server = await serve(output, 0);
  try {
    const url = `http://127.0.0.1:${server.address().port}/widgets/`;
    await assertStyledWithoutScripts(browser, url);
    await assertHydratesInPlace(browser, url);
  } finally {
    server.close();
  }
});

test('Eleventy: styles "link" under a Content-Security-Policy without inline styles: stylesheets copied and linked, no violation', async () => {
  const layout = LAYOUT('{{ content }}').replace('<meta charset="utf-8">', `<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'self'; img-src 'self' data:">`);
  const output = await eleventySite('eleventy-ssr-link', { '_includes/base.liquid': layout, 'widgets.md': SSR_PAGE }, { styles: 'link' });
  const html = readFileSync(join(output, 'widgets/index.html'), 'utf8');
  assert.doesNotMatch(html, /<style/);
  assert.match(html, /<template [^>]*shadowrootmode="open"[^>]*><link rel="stylesheet" href="\/souverain\/ssr\/sov-faq\.css"><noscript><link rel="stylesheet" href="\/souverain\/ssr\/sov-faq\.noscript\.css"><\/noscript>/);
  for (const file of ['sov-faq.css', 'sov-faq.noscript.css', 'sov-table.css', 'sov-article.css']) assert.equal(readFileSync(join(output, 'souverain/ssr', file), 'utf8'), readFileSync(join(repo, 'dist/ssr', file), 'utf8'), file);

  const server = await serve(output, 0);
  try {
    const url = `http://127.0.0.1:${server.address().port}/widgets/`;
    await assertStyledWithoutScripts(browser, url);
    await assertHydratesInPlace(browser, url);
  } finally {
    server.close();
  }
});

test('Eleventy: a block id the pack does not have, or of another type, stops the build; containers, src and unknown packs are left to the browser', async () => {
  const ssr = await import('souverain/ssr');
  const { souverainSsrHtml } = await import('souverain/eleventy');
  assert.throws(() => souverainSsrHtml(ssr, 'faq', ['content=souverainete-numerique#nope']), /no block with id "nope" in the pack "souverainete-numerique"/);
  assert.throws(() => souverainSsrHtml(ssr, 'faq', ['content=souverainete-numerique#securite']), /"securite" is a "table" block, expected "faq"/);
  assert.throws(() => souverainSsrHtml(ssr, 'faq', ['content=souverainete-numerique#faq', 'data-sov-hash=x']), /"data-sov-hash" is not an attribute of <sov-faq>/);
  assert.equal(souverainSsrHtml(ssr, 'faq', ['content=souverainete-numerique#faq', 'form=container']), undefined, 'containers are not server-rendered');
  assert.equal(souverainSsrHtml(ssr, 'faq', ['content=souverainete-numerique#faq', 'src=/faq.json']), undefined);
  assert.equal(souverainSsrHtml(ssr, 'faq', ['content=mon-pack#faq']), undefined, 'a pack the package does not bundle (registered in the browser) is left to the browser');
  assert.match(souverainSsrHtml(ssr, 'article', ['content=souverainete-numerique', 'toc'], { lang: 'en' }), /^<sov-article lang="en" heading-level="1" toc data-sov-hash="[^"]+">\n<template [^>]*shadowrootmode="open"/);
});
