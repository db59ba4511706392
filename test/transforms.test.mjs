// The build's template minification (rollup.config.mjs, also run by the browser tests) must not
// change what a template renders. TypeScript's parser finds every html`` template before and after
// the transformation; Chromium parses each one and renders it, and the rendered text (innerText:
// whitespace collapsed as the browser does, block boundaries as line breaks) and the elements with
// their attributes must be the same. css`` templates must give the same CSSOM.
// Limit: templates render with the browser's default styles, so whitespace between elements that
// the element's own CSS makes inline (a block element set to `display: inline`) is not covered.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { minifyTemplates } from '../rollup.config.mjs';
import { launch } from './helpers.mjs';

const files = (dir) => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : f.endsWith('.ts') && !f.endsWith('.test.ts') ? [join(dir, f)] : []));

/** Runs the build's transform on a source file (or a snippet named as one). */
async function transform(code, file) {
  const context = { error: (m) => assert.fail(m), warn: (m) => assert.fail(m) };
  return (await minifyTemplates().transform.call(context, code, resolve(file)))?.code ?? code;
}

/** The html`` (or css``) templates of a source, in source order, each `${…}` replaced by a marker. */
function templates(code, tag) {
  const source = ts.createSourceFile('x.ts', code, ts.ScriptTarget.Latest, true);
  const found = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && node.tag.getText(source) === tag) {
      const t = node.template;
      found.push(ts.isNoSubstitutionTemplateLiteral(t) ? t.text : t.head.text + t.templateSpans.map((span, i) => `⟦${i}⟧${span.literal.text}`).join(''));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

let browser;
let page;
before(async () => {
  browser = await launch();
  page = await browser.newPage();
  await page.setContent('<!doctype html><html lang="fr"><body><div id="out"></div></body></html>');
});
after(() => browser?.close());

/** What each HTML fragment renders: its text as shown, and its elements with their attributes. */
function rendered(fragments) {
  return page.evaluate((list) => {
    const out = document.getElementById('out');
    return list.map((markup) => {
      // Text on both sides, as a template has when it is inserted: its leading and trailing
      // whitespace then shows, as it does between the text and elements around it.
      // Rows and cells are parsed and rendered inside a table, as they are used.
      const [open, close] = /^\s*<tr\b/.test(markup)
        ? ['<table><tbody>', '</tbody></table>']
        : /^\s*<t[dh]\b/.test(markup)
          ? ['<table><tbody><tr>', '</tr></tbody></table>']
          : /^\s*<(caption|thead|tbody)\b/.test(markup)
            ? ['<table>', '</table>']
            : ['', ''];
      // An expression alone in a row group or row stands for rows or cells: a cell, not text the
      // parser would move out of the table.
      const cells = markup.replace(/(<(?:tr|thead|tbody)\b[^>]*>\s*)(⟦\d+⟧)(\s*<\/(?:tr|thead|tbody)>)/g, '$1<td>$2</td>$3');
      const doc = new DOMParser().parseFromString(`<template>«${open}${cells}${close}»</template>`, 'text/html');
      out.replaceChildren(doc.querySelector('template').content.cloneNode(true));
      const elements = Array.from(out.querySelectorAll('*'), (el) =>
        [el.localName, ...Array.from(el.attributes, (a) => `${a.name}=${a.value.replace(/\s+/g, ' ').trim()}`).sort()].join(' ')
      );
      return { text: out.innerText, elements };
    });
  }, fragments);
}

async function assertSameRendering(code, file) {
  const out = await transform(code, file);
  const before = templates(code, 'html');
  const after = templates(out, 'html');
  assert.equal(after.length, before.length, `${file}: as many templates after as before`);
  const [a, b] = await Promise.all([rendered(before), rendered(after)]);
  for (let i = 0; i < before.length; i++) assert.deepEqual(b[i], a[i], `${file}, template ${i + 1}:\n${before[i]}\n→\n${after[i]}`);
  return { out, before, after, rendered: b };
}

test('keeps one space between words and an inline element on the next line', async () => {
  const code = 'import { html } from "lit";\nexport const more = html`<p>\n  Lire la\n  <a href="#suite">suite</a>\n  ou <em>non</em>.\n</p>\n<ul>\n  <li>un</li>\n  <li>deux</li>\n</ul>`;\n';
  const { out, rendered: [r] } = await assertSameRendering(code, 'src/x/more.ts');
  assert.equal(r.text.replace(/\s+/g, ' '), '« Lire la suite ou non. un deux »');
  assert.ok(out.includes('<ul><li>un</li><li>deux</li></ul>'), `indentation between blocks removed:\n${out}`);
});

test('stays in sync after a backtick inside ${} (a string, a nested template, a regular expression)', async () => {
  const code = [
    'import { html } from "lit";',
    "export const tick = (s: string, on: boolean) => html`<p>\n  ${'`'} et ${on ? `a${s}` : html`<b>\n  gras\n</b>`}\n</p>\n<p>\n  ${s.replace(/`/g, '')}\n  <code>fin</code>\n</p>`;",
  ].join('\n');
  const { out, before, rendered: r } = await assertSameRendering(code, 'src/x/tick.ts');
  assert.equal(before.length, 2, 'the outer template and the nested html`` one');
  assert.equal(r[0].text.replace(/\s+/g, ' '), '« ⟦0⟧ et ⟦1⟧ ⟦2⟧ fin »');
  assert.ok(out.includes("${'`'}") && out.includes("s.replace(/`/g, '')"), `expressions untouched:\n${out}`);
  assert.ok(out.includes('</p><p>'), `second paragraph still minified:\n${out}`);
});

test('every html`` template of src/ renders the same before and after the build transform', async () => {
  let count = 0;
  for (const file of files('src')) {
    const code = readFileSync(file, 'utf8');
    if (!code.includes('html`')) continue;
    count += (await assertSameRendering(code, file)).before.length;
  }
  assert.ok(count > 50, `found ${count} templates`);
});

test('every css`` template of src/ gives the same style sheet before and after the build transform', async () => {
  let count = 0;
  for (const file of files('src')) {
    const code = readFileSync(file, 'utf8');
    if (!code.includes('css`')) continue;
    const before = templates(code, 'css');
    const after = templates(await transform(code, file), 'css');
    assert.equal(after.length, before.length, `${file}: as many style sheets after as before`);
    // Each rule as selector or condition and its declarations: longhands, sorted (the minifier
    // may reorder independent declarations), each value as the browser computes it on a probe
    // element (`background: none` and `background: 0 0` are the same), or with whitespace and
    // leading zeros normalised where it holds var().
    const rules = (list) =>
      page.evaluate((sheets) => {
        const probe = document.createElement('div');
        document.body.append(probe);
        const norm = (v) => v.replace(/\s+/g, ' ').replace(/\s*([,()<>=:])\s*/g, '$1').replace(/(^|[^\w.])\.(\d)/g, (m, a, d) => `${a}0.${d}`).trim();
        const computed = (p, v) => {
          probe.style.cssText = '';
          probe.style.setProperty(p, v);
          return norm(getComputedStyle(probe).getPropertyValue(p) || v).replace(/(^|\s)0%/g, '$10px');
        };
        // A fallback of var() (or a custom property's value) computed as the first type it is.
        const typed = (v) => {
          const as = ['color', 'transition-duration', 'margin-left'].find((p) => CSS.supports(p, v));
          return as ? computed(as, v) : norm(v);
        };
        const value = (p, v) => {
          if (!v.includes('var(') && !p.startsWith('--')) return computed(p, v);
          let out = v;
          for (let previous = ''; previous !== out; ) {
            previous = out;
            out = out.replace(/var\(\s*(--[\w-]+)\s*(?:,([^()]*(?:\([^()]*\)[^()]*)*))?\)/, (m, name, fallback) => `‹${name}${fallback === undefined ? '' : `|${typed(fallback.trim())}`}›`);
          }
          return p.startsWith('--') && !out.includes('‹') ? typed(out) : norm(out).replace(/\s*([*/])\s*/g, '$1');
        };
        const serialise = (rule) => {
          const children = rule.cssRules ? Array.from(rule.cssRules, serialise).join('') : '';
          if (rule.style && 'selectorText' in rule) {
            const declarations = Array.from(rule.style, (p) => `${p}:${value(p, rule.style.getPropertyValue(p))}${rule.style.getPropertyPriority(p) ? '!important' : ''}`).sort();
            return `${rule.selectorText}{${declarations.join(';')}${children}}`;
          }
          if (rule.cssRules) return `${norm(rule.cssText.slice(0, rule.cssText.indexOf('{')))}{${children}}`;
          return norm(rule.cssText);
        };
        return sheets.map((text) => {
          const sheet = new CSSStyleSheet();
          sheet.replaceSync(text);
          return Array.from(sheet.cssRules, serialise);
        });
      }, list);
    const [a, b] = await Promise.all([rules(before), rules(after)]);
    for (let i = 0; i < before.length; i++) assert.deepEqual(b[i], a[i], `${file}, style sheet ${i + 1}`);
    count += before.length;
  }
  assert.ok(count >= 8, `found ${count} style sheets`);
});

test('the npm modules (dist/lib) carry the same template and CSS transforms as the bundles', async () => {
  // The server renderer (dist/lib/ssr, Node only) is not part of the bundles.
  const lib = (dir) => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? (f === 'ssr' ? [] : lib(join(dir, f))) : f.endsWith('.js') ? [join(dir, f)] : []));
  const modules = lib('dist/lib');
  assert.ok(modules.length > 20, 'dist/lib is built (node scripts/build.mjs)');
  let templated = 0;
  for (const file of modules) {
    const code = readFileSync(file, 'utf8');
    if (/\b(html|css)`/.test(code)) templated++;
    let out = code;
    const id = `/x/src/${file.slice('dist/lib/'.length).replace(/\.js$/, '.ts')}`;
    out = await transform(out, id);
    assert.equal(out, code, `${file}: the build left templates or CSS to minify`);
  }
  assert.ok(templated > 10, 'the templates of the elements are among the checked modules');
  assert.doesNotMatch(readFileSync('dist/lib/faq/faq.styles.js', 'utf8'), /\/\*|\n\s+\./, 'the FAQ styles are minified');
});
