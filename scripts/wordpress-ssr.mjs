// Run by scripts/wordpress.mjs in a process of its own (the server renderer installs Lit's DOM
// shim): pre-renders every block of every bundled pack, in each of its languages, with
// souverain/ssr, for the WordPress plugin, which cannot run Node. Writes into the plugin folder
// given as argument:
//   ssr/<pack>.<lang>/<file>[~<variant>].html  what goes inside the element's tag: the declarative
//                                              shadow root and the block's HTML as light DOM;
//   assets/ssr/*.css                           the element stylesheets the shadow roots link to
//                                              (under a CSP without 'unsafe-inline' styles too);
// and prints, as JSON, the index the plugin looks them up in.
//
// An element's attributes can change what its shadow root holds (`searchable` adds a search
// field): the server's markup must have been rendered with the same ones, or the script cannot
// hydrate it. Each attribute is classed by rendering every block with it: `neutral` when the
// shadow root does not change (`storage-key`, `stack-below`), else variants are pre-rendered for
// its values (booleans: on; lists of literals: each value), in every combination with the other
// such attributes, at the default heading level and at level 2. The plugin serves the variant
// whose attributes are exactly the element's non-neutral ones, and otherwise the plain fallback
// HTML it served before (the script then renders the element in the browser).
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPack, renderBlock, renderDocument, stylesheets } from '../dist/ssr/index.js';
import { packIds } from '../dist/lib/content/packs.js';
import { validateDocument } from '../dist/lib/content/schema.js';

/** The placeholder the plugin replaces with the URL of its assets/ssr/ folder. */
export const BASE = '@SOUVERAIN_SSR@/';
/** Values tried on attributes that are not booleans or lists of literals. */
const SAMPLES = ['0', '2', 'x', '30rem', 'none', 'first', 'session', 'ascending', 'descending', 'warning', 'grid'];
/** Values tried on attributes whose type is a number. */
const NUMBERS = ['0', '1', '2'];
/** Set by the plugin from its own arguments, or not rendered on the server. */
const SKIPPED = new Set(['src', 'content', 'heading-level', 'lang']);
/** Heading levels pre-rendered besides the default (a WordPress post's title is its h1: blocks often sit under an h2). */
const LEVELS = { article: [2], default: [2] };
const DEFAULT_LEVEL = { article: 1, table: undefined, default: 3 };

const stage = process.argv[2];
if (!stage) throw new Error('usage: node scripts/wordpress-ssr.mjs <plugin folder>');

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
/** Each element (name without `sov-`): its attributes, `boolean`, a list of literal values, or `value`. */
const elements = {};
/** Each element's attributes' type text, as the manifest gives it. */
const typeAttributes = {};
for (const mod of manifest.modules) {
  for (const d of mod.declarations ?? []) {
    if (!d.customElement || !d.tagName?.startsWith('sov-')) continue;
    elements[d.tagName.slice(4)] = Object.fromEntries(
      (d.attributes ?? []).map((a) => {
        const text = a.type?.text ?? '';
        (typeAttributes[d.tagName.slice(4)] ??= {})[a.name] = text;
        if (text === 'boolean') return [a.name, 'boolean'];
        const literals = text.split('|').map((t) => t.trim());
        return [a.name, literals.every((t) => /^'[^']*'$/.test(t)) ? literals.map((t) => t.slice(1, -1)) : 'value'];
      })
    );
  }
}

/** Renders a block (or, for `article`, a document); returns the host's attributes, and what follows the host's start tag. */
function render(name, value, lang, attributes = {}, headingLevel) {
  const options = { lang, styles: 'link', stylesheetBase: BASE, attributes };
  if (headingLevel !== undefined) options.headingLevel = headingLevel;
  const html = name === 'article' ? renderDocument(value, { ...options, toc: attributes.toc === true, attributes: { ...attributes, toc: undefined } }) : renderBlock(value, options);
  const open = html.indexOf('>') + 1;
  const host = html.slice(0, open);
  const close = `</sov-${name}>`;
  if (!host.startsWith(`<sov-${name} `) || !html.endsWith(close)) throw new Error(`unexpected server output for <sov-${name}>`);
  // An element shown in place (the list) has no hash: it does not hydrate, it enhances its light DOM.
  return { hash: host.match(/ data-sov-hash="([^"]+)"/)?.[1] ?? '', level: host.match(/ heading-level="(\d)"/)?.[1], body: html.slice(open, -close.length) };
}

// Every (pack, language): its validated document.
const documents = [];
for (const id of packIds()) {
  const languages = readdirSync('dist/content')
    .map((f) => f.match(new RegExp(`^${id}\\.([a-zA-Z-]+)\\.json$`))?.[1])
    .filter(Boolean)
    .sort();
  for (const lang of languages) {
    const result = validateDocument(readPack(id, lang));
    if (!result.ok) throw new Error(`pack ${id} (${lang}) is invalid`);
    documents.push({ id, lang, doc: result.value });
  }
}
/** The subjects an element renders: blocks of its type, or whole documents for `article`. */
const subjects = (name) => (name === 'article' ? documents.map((d) => ({ ...d, value: d.doc })) : documents.flatMap((d) => d.doc.blocks.filter((b) => b.type === name).map((value) => ({ ...d, value }))));

/** Per element: neutral attributes, and the variants (attribute → values that change the render). */
const rules = {};
for (const [name, attributes] of Object.entries(elements)) {
  const all = subjects(name);
  if (!all.length) continue;
  const cache = new Map();
  const body = (s, i, attrs) => {
    const key = `${i} ${JSON.stringify(attrs)}`;
    if (!cache.has(key)) cache.set(key, render(name, s.value, s.lang, attrs).body);
    return cache.get(key);
  };
  /** Whether adding `extra` to `attrs` leaves every subject's render unchanged. */
  const same = (attrs, extra) => all.every((s, i) => body(s, i, { ...attrs, ...extra }) === body(s, i, attrs));
  const samples = {};
  const variants = {};
  for (const [attribute, kind] of Object.entries(attributes)) {
    if (SKIPPED.has(attribute)) continue;
    if (kind === 'boolean') samples[attribute] = [true];
    else if (Array.isArray(kind)) samples[attribute] = kind;
    else samples[attribute] = typeAttributes[name]?.[attribute]?.includes('number') ? NUMBERS : SAMPLES;
  }
  // Booleans and lists of literals whose values change the render become variants.
  for (const [attribute, kind] of Object.entries(attributes)) {
    if (SKIPPED.has(attribute) || (kind !== 'boolean' && !Array.isArray(kind))) continue;
    const changing = samples[attribute].filter((v) => !same({}, { [attribute]: v }));
    if (changing.length) variants[attribute] = changing;
  }
  // Every other attribute is neutral if it changes no render: alone, with each variant, and with
  // each value of each other neutral candidate (sort-column matters once sort-direction is set).
  const configs = [{}, ...Object.entries(variants).flatMap(([a, values]) => values.map((v) => ({ [a]: v })))];
  let neutral = Object.keys(samples).filter((a) => !variants[a]);
  for (let changed = true; changed; ) {
    changed = false;
    for (const a of neutral) {
      const others = neutral.filter((b) => b !== a);
      const contexts = configs.flatMap((c) => [c, ...others.flatMap((b) => samples[b].map((v) => ({ ...c, [b]: v })))]);
      if (contexts.every((c) => samples[a].every((v) => same(c, { [a]: v })))) continue;
      neutral = others;
      changed = true;
      break;
    }
  }
  rules[name] = { neutral: neutral.sort(), level: name === 'table' ? '' : String(DEFAULT_LEVEL[name] ?? DEFAULT_LEVEL.default), variants };
}

/** A variant's key: its attributes, sorted, as `name` (on) or `name=value`: what the plugin computes from the element's. */
const keyOf = (attrs) =>
  Object.entries(attrs)
    .map(([k, v]) => (v === true ? k : `${k}=${v}`))
    .sort()
    .join(' ');
const fileName = (file, key) => (key ? `${file}~${key.replace(/[^a-z0-9-]+/g, '-')}` : file);

const safeName = (id) => /^[a-z0-9][a-z0-9_-]*$/i.test(id);
const index = {};
let count = 0;
for (const { id, lang, doc } of documents) {
  const dir = join(stage, 'ssr', `${id}.${lang}`);
  mkdirSync(dir, { recursive: true });
  const entries = {};
  const write = (name, value, file) => {
    const rule = rules[name];
    // Every combination: each variant attribute absent or at one of its values, at each heading level.
    let list = [[{}, undefined]];
    for (const [attribute, values] of Object.entries(rule.variants)) list = list.flatMap(([attrs, level]) => [[attrs, level], ...values.map((v) => [{ ...attrs, [attribute]: v }, level])]);
    if (rule.level) list = list.flatMap(([attrs]) => [[attrs, undefined], ...(LEVELS[name] ?? LEVELS.default).map((level) => [attrs, level])]);
    const variants = {};
    for (const [attrs, level] of list) {
      const out = render(name, value, lang, attrs, level);
      const key = keyOf(level === undefined ? attrs : { ...attrs, 'heading-level': level });
      const target = fileName(file, key);
      writeFileSync(join(dir, `${target}.html`), out.body);
      variants[key] = { file: target, hash: out.hash };
      count++;
    }
    entries[file] = variants;
  };
  for (const [i, block] of doc.blocks.entries()) {
    if (!rules[block.type]) continue;
    write(block.type, block, block.id && safeName(block.id) ? block.id : `@${i}`);
  }
  if (rules.article) write('article', doc, '@article');
  (index[id] ??= {})[lang] = entries;
}

mkdirSync(join(stage, 'assets/ssr'), { recursive: true });
for (const [file, css] of Object.entries(stylesheets())) writeFileSync(join(stage, 'assets/ssr', file), css);

process.stdout.write(JSON.stringify({ base: BASE, rules, packs: index, files: count }));
