// The production build: type declarations and unbundled ES modules for npm (dist/lib), the
// single-file bundle and per-element bundles (rollup), content packs, the JSON Schema, the
// Custom Elements Manifest with editor data and framework types, the attribute list of the
// sanitizer presets, theme presets, the demo, the generated parts of README.md and docs/ (API
// tables, included examples, size tables). `--check` (run by `npm test`) fails when a generated
// doc section or the presets' attribute list drifts, a relative link in the docs is broken,
// README.md passes 10 KB, or a size budget is exceeded.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { rollup } from 'rollup';
import { build as esbuild, transform } from 'esbuild';
import { configs, minifyTemplates, ssrConfig } from '../rollup.config.mjs';
import { elements } from './elements.mjs';
import { apiTables } from './docs.mjs';
import { writeFrameworkTypes } from './types.mjs';
import { budgets, targets } from './budgets.mjs';
import { writePresetSource, GENERATED } from './sanitize-presets.mjs';
import { buildWordpressPlugin } from './wordpress.mjs';

const check = process.argv.includes('--check');
const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
const step = (name) => console.log(`build: ${name}`);

rmSync('dist', { recursive: true, force: true });
mkdirSync('dist', { recursive: true });

// The manifest comes first: the filter presets of `souverain/sanitize` are generated from it.
step('custom elements manifest, editor data and filter presets');
// custom-elements-manifest.config.mjs: shipped module paths, editor data, framework types.
run('npx', ['cem', 'analyze', '--quiet']);
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
writeFrameworkTypes(manifest);
if (!writePresetSource(manifest, { check })) {
  console.error(`${GENERATED} or the Hugo shortcode's attribute list differs from custom-elements.json: run \`npm run build\` and commit it.`);
  process.exit(1);
}

step('type declarations and npm modules (tsc)');
run('npx', ['tsc', '-p', 'tsconfig.build.json']);

// The npm modules are compiled as the bundles are: each source module through the bundles'
// template and CSS transforms, then esbuild (one module at a time, as `isolatedModules` allows),
// replacing tsc's JavaScript; tsc's declarations stay. npm users run the markup and styles the
// tests and the bundles run (no whitespace text node per item, no CSS comments).
// The server renderer (src/ssr, Node only, bundled apart) is left as tsc emits it.
const sources = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? (['test-utils', 'ssr'].includes(e.name) ? [] : sources(`${dir}/${e.name}`)) : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [`${dir}/${e.name}`] : []));
const libTransforms = [minifyTemplates()];
const pluginContext = { warn: (w) => console.warn(w), error: (e) => { throw e instanceof Error ? e : new Error(String(e)); } };
const tsconfigRaw = { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false, verbatimModuleSyntax: true } };
for (const file of sources('src')) {
  let code = readFileSync(file, 'utf8');
  for (const plugin of libTransforms) code = (await plugin.transform.call(pluginContext, code, `${process.cwd()}/${file}`))?.code ?? code;
  const out = await transform(code, { loader: 'ts', format: 'esm', target: 'es2022', tsconfigRaw, sourcefile: file });
  writeFileSync(`dist/lib/${file.slice(4, -3)}.js`, out.code);
}

// `souverain/elements/sov-*.js` in Node: the unbundled module, whose Lit import resolves to Lit's
// Node build with its DOM shim (the per-element bundles inline Lit's browser build).
mkdirSync('dist/lib/elements', { recursive: true });
for (const { tag, dir } of elements) {
  for (const ext of ['js', 'd.ts']) writeFileSync(`dist/lib/elements/${tag}.${ext}`, `export * from '../${dir}/${tag}.js';\n`);
}

step('bundles (rollup)');
const sizes = [];
const gz = (code) => gzipSync(code, { level: 9 }).length;
/** A chunk's stable name: `chunks/core-1a2b3c.js` → `chunks/core.js`. */
const stable = (fileName) => fileName.replace(/-[\w-]{8}\.js$/, '.js');
const firstLoads = [];
for (const [i, config] of configs().entries()) {
  const bundle = await rollup(config);
  const { output } = await bundle.write(config.output);
  await bundle.close();
  const raw = await rollup(configs({ minified: false })[i]);
  const { output: rawOutput } = await raw.generate(configs({ minified: false })[i].output);
  await raw.close();
  const dir = config.output.dir ? `${config.output.dir.replace(/^dist\/?/, '')}` : '';
  for (const chunk of output.filter((o) => o.type === 'chunk')) {
    const rawChunk = rawOutput.find((o) => o.type === 'chunk' && o.name === chunk.name);
    const file = config.output.file ? config.output.file.replace(/^dist\//, '') : stable(`${dir ? `${dir}/` : ''}${chunk.fileName}`);
    sizes.push({
      file,
      raw: Buffer.byteLength(rawChunk?.code ?? chunk.code),
      min: Buffer.byteLength(chunk.code),
      gzip: gz(chunk.code),
      brotli: brotliCompressSync(chunk.code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  if (config.output.dir) {
    // What a page with one element downloads: the loader, the chunks it imports, the element's chunk and its imports.
    const byName = new Map(output.filter((o) => o.type === 'chunk').map((c) => [c.fileName, c]));
    const closure = (fileName, seen = new Set()) => {
      if (seen.has(fileName)) return seen;
      seen.add(fileName);
      for (const dep of byName.get(fileName)?.imports ?? []) closure(dep, seen);
      return seen;
    };
    const entry = output.find((o) => o.type === 'chunk' && o.isEntry);
    // The element chunks; `chunks/hydrate.js` is fetched besides them only on pages with server-rendered elements.
    // JSON content (a pack, `src`, `data`) adds the schema chunk, which the loader fetches beside them.
    const schema = output.find((o) => o.type === 'chunk' && o.name === 'schema');
    const sum = (files) => [...files].reduce((n, f) => n + gz(byName.get(f).code), 0);
    for (const chunk of output.filter((o) => o.type === 'chunk' && o.isDynamicEntry && o.name.startsWith('sov-'))) {
      const files = closure(chunk.fileName, closure(entry.fileName));
      const withSchema = closure(schema.fileName, new Set(files));
      firstLoads.push({ file: `first load: <${chunk.name}>`, gzip: sum(files), json: sum(withSchema), files: [...files].map(stable), jsonFileNames: [...withSchema] });
    }
  }
}

step('content packs');
mkdirSync('dist/content', { recursive: true });
for (const file of readdirSync('content').filter((f) => f.endsWith('.json'))) cpSync(`content/${file}`, `dist/content/${file}`);

step('server rendering (souverain/ssr)');
{
  const config = ssrConfig();
  const bundle = await rollup(config);
  await bundle.write(config.output);
  await bundle.close();
}

step('JSON Schema');
await esbuild({ entryPoints: ['scripts/json-schema.ts'], bundle: true, platform: 'node', format: 'esm', outfile: 'dist/.tmp/json-schema.mjs', logLevel: 'error' });
const { jsonSchema } = await import(new URL('../dist/.tmp/json-schema.mjs', import.meta.url));
writeFileSync('dist/content.schema.json', JSON.stringify(jsonSchema, null, 2) + '\n');
rmSync('dist/.tmp', { recursive: true, force: true });

if (existsSync('themes')) {
  step('theme presets');
  cpSync('themes', 'dist/themes', { recursive: true });
}

step('WordPress plugin');
const plugin = await buildWordpressPlugin();
console.log(`dist/souverain-wordpress.zip: ${plugin.files} files, ${(plugin.bytes / 1024).toFixed(1)} KB`);

step('demo');
cpSync('demo', 'dist/demo', { recursive: true });
// `<!-- modulepreload:sov-x -->` in a demo page: a modulepreload hint for each file of that
// element's first load with JSON content, except the loader (its chunks have hashed names), so
// the browser fetches them all at once instead of one import level after another.
for (const page of readdirSync('dist/demo').filter((f) => f.endsWith('.html'))) {
  const text = readFileSync(`dist/demo/${page}`, 'utf8');
  const next = text.replace(/<!-- modulepreload:(sov-[a-z]+) -->/g, (_m, tag) => {
    const load = firstLoads.find((f) => f.file === `first load: <${tag}>`);
    if (!load) throw new Error(`dist/demo/${page}: no first load for <${tag}>`);
    return load.jsonFileNames.filter((f) => f.startsWith('chunks/')).map((f) => `<link rel="modulepreload" href="../${f}">`).join('\n');
  });
  if (next !== text) writeFileSync(`dist/demo/${page}`, next);
}
// The element stylesheets for linked styles, and the server-rendered demo pages. A fresh
// process: the server renderer installs Lit's DOM shim, which this one must not get.
run('node', ['scripts/ssr-pages.mjs']);

step('size table');
const kb = (n) => (n / 1024).toFixed(2);
const table = [
  '| file | raw | min | gzip -9 | brotli | CI budget (gzip) |',
  '|---|---:|---:|---:|---:|---:|',
  ...sizes.map((s) => `| \`${s.file}\` | ${kb(s.raw)} KB | ${kb(s.min)} KB | ${kb(s.gzip)} KB | ${kb(s.brotli)} KB | ${kb(budgets[s.file])} KB |`),
  '',
  `What a page with one element loads through \`souverain.js\` (gzip -9, sum of the files; the target is ${kb(targets.element)} KB). Authored HTML needs only these files; JSON content (a pack, \`src\`, \`data\`, inline JSON) adds \`chunks/schema.js\`, the schema with its validation library and the Markdown parser:`,
  '',
  '| element | files | gzip -9 | with JSON content | CI budget (gzip) |',
  '|---|---|---:|---:|---:|',
  ...firstLoads.map((f) => `| \`${f.file.slice(12)}\` | ${f.files.map((x) => `\`${x}\``).join(', ')} | ${kb(f.gzip)} KB | ${kb(f.json)} KB | ${kb(budgets[f.file])} KB |`),
].join('\n');
writeFileSync('dist/sizes.json', JSON.stringify([...sizes, ...firstLoads], null, 2) + '\n');
console.log(table);

step('docs: API tables, included examples, size tables');
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const replaceBetween = (file, text, name, body) => {
  const re = new RegExp(`(<!-- ${escape(name)}:start -->)[\\s\\S]*?(<!-- ${escape(name)}:end -->)`);
  if (!re.test(text)) throw new Error(`${file} lacks the <!-- ${name}:start/end --> markers`);
  return text.replace(re, (_m, start, end) => `${start}\n${body}\n${end}`);
};
const fence = { tsx: 'tsx', vue: 'vue', svelte: 'svelte', mjs: 'js', js: 'js', html: 'html' };
const gzipTable = ['| file | gzip |', '|---|---:|', ...[...sizes, ...firstLoads].map((s) => `| \`${s.file}\` | ${kb(s.gzip)} KB |`)].join('\n');
const docs = ['README.md', ...['docs', 'docs/cms'].flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => `${dir}/${f}`)), ...elements.map(({ tag }) => `docs/elements/${tag}.md`)];
let failed = false;
for (const file of docs) {
  const text = readFileSync(file, 'utf8');
  let next = text;
  if (file.startsWith('docs/elements/')) next = replaceBetween(file, next, 'api', apiTables(manifest, file.slice(14, -3)));
  // Example files shown verbatim (the framework examples are the compile tests in test/types/).
  for (const [, path] of text.matchAll(/<!-- include:(\S+):start -->/g)) {
    next = replaceBetween(file, next, `include:${path}`, '```' + (fence[path.split('.').pop()] ?? '') + '\n' + readFileSync(path, 'utf8').trimEnd() + '\n```');
  }
  // Relative links must lead somewhere (Markdown examples in code are not links).
  const prose = next.replace(/^```[\s\S]*?^```/gm, '').replace(/(?<!`)(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, '');
  for (const [, target] of prose.matchAll(/\]\((?!https?:|mailto:|#)([^)#\s]+)/g)) {
    if (!existsSync(new URL(target, new URL(file, `file://${process.cwd()}/`)))) {
      console.error(`${file} links to ${target}, which does not exist.`);
      failed = true;
    }
  }
  if (check) {
    if (next !== text) {
      console.error(`${file} differs from custom-elements.json or the files it includes: run \`npm run build\` and commit it.`);
      failed = true;
    }
  } else {
    // Sizes change with every code change: written by the build, not compared by --check.
    if (next.includes('<!-- sizes:start -->')) next = replaceBetween(file, next, 'sizes', file === 'README.md' ? gzipTable : table);
    if (next !== text) writeFileSync(file, next);
  }
}
const readmeBytes = Buffer.byteLength(readFileSync('README.md'));
if (readmeBytes > 10 * 1024) {
  console.error(`README.md is ${readmeBytes} bytes: the landing page stays under 10 KB; move reference material to docs/.`);
  failed = true;
}

for (const s of [...sizes, ...firstLoads]) {
  const budget = budgets[s.file];
  if (budget === undefined) {
    console.error(`No size budget for ${s.file}: add one to scripts/budgets.mjs.`);
    failed = true;
    continue;
  }
  if (s.gzip > budget) {
    console.error(`Size budget exceeded: ${s.file} is ${s.gzip} B gzip, budget ${budget} B.`);
    failed = true;
  }
}
if (failed) process.exit(1);
console.log('build: done');
