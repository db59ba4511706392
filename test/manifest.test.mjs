// custom-elements.json describes the published package: it validates against the Custom Elements
// Manifest schema (package `custom-elements-manifest`, with Ajv), its module paths are shipped
// JavaScript files, and it declares exactly the six elements and the modules that register them.
// Needs `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv';

const require = createRequire(import.meta.url);
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const tags = ['sov-tldr', 'sov-list', 'sov-table', 'sov-checklist', 'sov-faq', 'sov-article'];

test('custom-elements.json validates against the Custom Elements Manifest schema', () => {
  const schema = require('custom-elements-manifest/schema.json');
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(schema);
  assert.equal(validate(manifest), true, JSON.stringify(validate.errors, null, 2));
});

test('every module path and reference names a shipped JavaScript module', () => {
  const refs = [];
  const walk = (node) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'path' || key === 'module') && typeof value === 'string') refs.push(value);
      else walk(value);
    }
  };
  walk(manifest.modules);
  assert.ok(refs.length > 50);
  for (const ref of refs) {
    assert.match(ref, /^dist\/lib\/.+\.js$/, ref);
    assert.ok(existsSync(ref), `${ref} is not built`);
  }
  const files = JSON.parse(readFileSync('package.json', 'utf8')).files;
  assert.ok(files.includes('dist/'));
});

test('the elements are declared once each, with the module that registers them', () => {
  const decls = manifest.modules.flatMap((m) => m.declarations ?? []);
  assert.deepEqual(decls.filter((d) => d.tagName).map((d) => d.tagName).sort(), [...tags].sort());
  // The one custom-element class without a tag is the abstract base every element extends.
  assert.deepEqual(decls.filter((d) => d.customElement && !d.tagName).map((d) => d.name), ['SovElement']);
  assert.ok(!decls.some((d) => d.name === 'tag'));
  const definitions = manifest.modules.flatMap((m) => (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => [m.path, e.name]));
  assert.deepEqual(
    definitions.sort(),
    tags.map((t) => [`dist/lib/${t.slice(4)}/${t}.js`, t]).sort()
  );
  for (const d of decls.filter((x) => x.customElement)) {
    for (const e of d.events ?? []) assert.match(e.type?.text ?? '', /^\w+Detail$/, `${d.tagName} ${e.name} names its detail type`);
  }
});

test('editor data lists every element', () => {
  const vscode = JSON.parse(readFileSync('dist/vscode.html-custom-data.json', 'utf8'));
  assert.deepEqual(vscode.tags.map((t) => t.name).sort(), [...tags].sort());
  const faq = vscode.tags.find((t) => t.name === 'sov-faq');
  assert.ok(faq.attributes.some((a) => a.name === 'searchable'));
  const webTypes = JSON.parse(readFileSync('dist/web-types.json', 'utf8'));
  assert.deepEqual(webTypes.contributions.html.elements.map((e) => e.name).sort(), [...tags].sort());
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  assert.equal(pkg['web-types'], './dist/web-types.json');
  assert.equal(pkg.customElements, 'custom-elements.json');
});

test('every copy of the attribute allowlist comes from the manifest, and none names a forbidden attribute', async () => {
  const { FORBIDDEN_ATTRIBUTES, allowedAttributes, isForbiddenAttribute } = await import('../dist/lib/attributes.js');
  const documented = Object.fromEntries(
    manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && tags.includes(d.tagName)).map((d) => [d.tagName, [...new Set((d.attributes ?? []).map((a) => a.name))].sort()])
  );
  for (const tag of tags) {
    assert.deepEqual(documented[tag].filter(isForbiddenAttribute), [], `${tag} documents an attribute that must never come from data`);
    assert.deepEqual(allowedAttributes(tag), [...documented[tag], 'lang', 'dir'], tag);
  }
  // The WordPress plugin's list (kses and render) and the Hugo shortcode's.
  const php = readFileSync('dist/wordpress/souverain/generated/elements.php', 'utf8');
  const hugo = readFileSync('integrations/hugo/layouts/shortcodes/souverain.html', 'utf8');
  for (const tag of tags) {
    const block = new RegExp(`'${tag.slice(4)}' => \\[([^\\]]*)\\]`).exec(php);
    assert.ok(block, `elements.php has no ${tag}`);
    assert.deepEqual([...block[1].matchAll(/'([a-z-]+)' =>/g)].map((m) => m[1]).sort(), documented[tag], `elements.php: ${tag}`);
    const slice = new RegExp(`"${tag.slice(4)}" \\(slice ([^)]*)\\)`).exec(hugo);
    assert.ok(slice, `the Hugo shortcode has no ${tag}`);
    assert.deepEqual([...slice[1].matchAll(/"([a-z-]+)"/g)].map((m) => m[1]), documented[tag], `Hugo: ${tag}`);
  }
  for (const name of ['style', 'is', 'tabindex', 'autofocus', 'popover', 'contenteditable', 'slot', 'part']) assert.ok(FORBIDDEN_ATTRIBUTES.includes(name), name);
});
