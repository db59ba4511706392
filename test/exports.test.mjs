// Every published `exports` entry imports in Node without throwing (server-rendering frameworks
// import element modules on the server), and only the registering entries define elements.
// Each import runs in a fresh Node process, through the package's own name as an application
// would resolve it. Needs `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const tags = ['sov-tldr', 'sov-list', 'sov-table', 'sov-checklist', 'sov-faq', 'sov-article'];

/** Imports `specifier` in a new Node process; returns the tags it defined and its export names. */
function load(specifier, json = false) {
  const code = `
    const m = await import(${JSON.stringify(specifier)}${json ? ", { with: { type: 'json' } }" : ''});
    const defined = ${JSON.stringify(tags)}.filter((t) => globalThis.customElements?.get(t));
    console.log(JSON.stringify({ defined, names: Object.keys(m) }));`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return JSON.parse(out.trim().split('\n').pop());
}

/** Each concrete specifier of the exports map, with the file it resolves to by default. */
function specifiers() {
  const out = [];
  for (const [key, value] of Object.entries(pkg.exports)) {
    const target = typeof value === 'string' ? value : value.default;
    if (!key.includes('*')) {
      out.push([`souverain${key.slice(1)}`, target]);
      continue;
    }
    const [dir, suffix] = target.split('*');
    const keySuffix = key.split('*')[1];
    for (const file of readdirSync(dir).filter((f) => f.endsWith(suffix))) {
      const stem = file.slice(0, file.length - suffix.length);
      out.push([`souverain${key.slice(1).replace(`*${keySuffix}`, stem + keySuffix)}`, dir + file]);
    }
  }
  return out;
}

test('every exports entry resolves to a built file', () => {
  const all = specifiers();
  assert.ok(all.length > 30, `${all.length} entries`);
  for (const [specifier, file] of all) assert.ok(existsSync(file), `${specifier} → ${file}`);
});

for (const [specifier, file] of specifiers()) {
  if (file.endsWith('.css')) continue; // stylesheets are for browsers and bundlers
  test(`${specifier} imports in Node`, () => {
    const { defined, names } = load(specifier, file.endsWith('.json'));
    const registers = /\/(all|sov-[a-z]+)\.js$|^souverain\/bundle$/.test(specifier);
    // <sov-article> registers the elements it renders; so does the server renderer, which renders them all.
    if (specifier === 'souverain/all.js' || specifier === 'souverain/bundle' || specifier === 'souverain/ssr' || specifier.endsWith('/sov-article.js')) assert.deepEqual(defined.sort(), [...tags].sort());
    else if (registers) assert.deepEqual(defined, [specifier.match(/(sov-[a-z]+)\.js$/)[1]]);
    else assert.deepEqual(defined, []);
    if (file.endsWith('.js') && !specifier.startsWith('souverain/react') && !/\/(vue|svelte|jsx)$/.test(specifier)) assert.ok(names.length > 0, `${specifier} exports something`);
  });
}

test('importing validateDocument from the main entry registers no element', () => {
  const { defined, names } = load('souverain');
  assert.deepEqual(defined, []);
  assert.ok(names.includes('validateDocument') && names.includes('SovFaq') && names.includes('registerPack'));
});
