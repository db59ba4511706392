// The build's template transform only removes whitespace: applied to every source file, the
// output equals the input once whitespace is ignored, and it still compiles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { transform } from 'esbuild';
import { collapseTemplates, minifyCss } from '../rollup.config.mjs';

const files = (dir) => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : f.endsWith('.ts') && !f.endsWith('.test.ts') ? [join(dir, f)] : []));

test('collapseTemplates and minifyCss change nothing but whitespace and CSS comments', async () => {
  const squash = (s) => s.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, '').replace(/;}/g, '}');
  for (const file of files('src')) {
    const code = readFileSync(file, 'utf8');
    let out = code;
    for (const plugin of [minifyCss(), collapseTemplates()]) out = plugin.transform(out, `/x/${file}`)?.code ?? out;
    // Comments and a `;` before `}` are dropped from both sides: minifyCss removes them from CSS.
    assert.equal(squash(out), squash(code), `${file}: only whitespace may change`);
    await transform(out, { loader: 'ts', target: 'es2022' });
  }
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
    for (const plugin of [minifyCss(), collapseTemplates()]) out = plugin.transform(out, id)?.code ?? out;
    assert.equal(out, code, `${file}: the build left templates or CSS to minify`);
  }
  assert.ok(templated > 10, 'the templates of the elements are among the checked modules');
  assert.doesNotMatch(readFileSync('dist/lib/faq/faq.styles.js', 'utf8'), /\/\*|\n\s+\./, 'the FAQ styles are minified');
});
