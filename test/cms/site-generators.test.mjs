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
import { launch } from '../helpers.mjs';
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

test('Hugo: an unknown element stops the build with a message', () => {
  ensureCommand('hugo', 'hugo');
  const site = temp('hugo-bad');
  writeFileSync(join(site, 'config.toml'), 'baseURL = "http://127.0.0.1/"\ntheme = "souverain"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404", "home"]\n');
  mkdirSync(join(site, 'themes'));
  symlinkSync(join(repo, 'integrations/hugo'), join(site, 'themes/souverain'));
  mkdirSync(join(site, 'layouts/_default'), { recursive: true });
  writeFileSync(join(site, 'layouts/_default/single.html'), '{{ .Content }}');
  mkdirSync(join(site, 'content'));
  writeFileSync(join(site, 'content/bad.md'), '---\ntitle: x\n---\n{{< souverain element="accordion" />}}\n');
  assert.throws(() => execFileSync('hugo', ['--source', site, '--destination', join(site, 'public')], { stdio: 'pipe' }), (e) => /element="accordion" is not one of tldr, list, table, checklist, faq, article/.test(`${e.stdout}${e.stderr}`));
});

test('Eleventy: the plugin\'s shortcodes and script transform, in a Markdown page (Liquid)', async () => {
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
      eleventyConfig.addPlugin(souverain);
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
  assert.throws(() => souverainHtml('faq', ['onclick=alert(1)']), /"onclick" is not an attribute name/);
  assert.throws(() => souverainHtml('faq', ['x"y']), /is not an attribute name/);
  assert.throws(() => souverainHtml('script'), /"script" is not one of/);
});
