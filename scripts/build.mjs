// The production build: type declarations and unbundled ES modules for npm (dist/lib), the
// single-file bundle and per-element bundles (rollup), content packs, the JSON Schema, the
// Custom Elements Manifest with editor data, theme presets, the demo, and the size table.
// `--check` (run by `npm test`) also fails when the README's generated sections drift or a
// size budget is exceeded.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { rollup } from 'rollup';
import { build as esbuild } from 'esbuild';
import { configs } from '../rollup.config.mjs';
import { elements } from './elements.mjs';
import { writeEditorData, apiTables } from './docs.mjs';
import { budgets, targets } from './budgets.mjs';
import { buildWordpressPlugin } from './wordpress.mjs';

const check = process.argv.includes('--check');
const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
const step = (name) => console.log(`build: ${name}`);

rmSync('dist', { recursive: true, force: true });
mkdirSync('dist', { recursive: true });

step('type declarations and npm modules (tsc)');
run('npx', ['tsc', '-p', 'tsconfig.build.json']);

step('bundles (rollup)');
const sizes = [];
for (const [i, config] of configs().entries()) {
  const bundle = await rollup(config);
  const { output } = await bundle.write(config.output);
  await bundle.close();
  const raw = await rollup(configs({ minified: false })[i]);
  const { output: rawOutput } = await raw.generate(configs({ minified: false })[i].output);
  await raw.close();
  const code = output[0].code;
  const name = config.output.file.replace(/^dist\//, '');
  sizes.push({
    file: name,
    raw: Buffer.byteLength(rawOutput[0].code),
    min: Buffer.byteLength(code),
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  });
}

step('content packs');
mkdirSync('dist/content', { recursive: true });
for (const file of readdirSync('content').filter((f) => f.endsWith('.json'))) cpSync(`content/${file}`, `dist/content/${file}`);

step('JSON Schema');
await esbuild({ entryPoints: ['scripts/json-schema.ts'], bundle: true, platform: 'node', format: 'esm', outfile: 'dist/.tmp/json-schema.mjs', logLevel: 'error' });
const { jsonSchema } = await import(new URL('../dist/.tmp/json-schema.mjs', import.meta.url));
writeFileSync('dist/content.schema.json', JSON.stringify(jsonSchema, null, 2) + '\n');
rmSync('dist/.tmp', { recursive: true, force: true });

step('custom elements manifest and editor data');
run('npx', ['cem', 'analyze', '--litelement', '--globs', 'src/**/*.ts', '--exclude', 'src/**/*.test.ts', 'src/test-utils/**', '--quiet']);
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
writeEditorData(manifest);

if (existsSync('themes')) {
  step('theme presets');
  cpSync('themes', 'dist/themes', { recursive: true });
}

step('WordPress plugin');
const plugin = await buildWordpressPlugin();
console.log(`dist/souverain-wordpress.zip: ${plugin.files} files, ${(plugin.bytes / 1024).toFixed(1)} KB`);

step('demo');
cpSync('demo', 'dist/demo', { recursive: true });

step('size table');
const kb = (n) => (n / 1024).toFixed(2);
const table = [
  '| file | raw | min | gzip -9 | brotli | CI budget (gzip) | target (gzip) |',
  '|---|---:|---:|---:|---:|---:|---:|',
  ...sizes.map((s) => `| \`${s.file}\` | ${kb(s.raw)} KB | ${kb(s.min)} KB | ${kb(s.gzip)} KB | ${kb(s.brotli)} KB | ${kb(budgets[s.file])} KB | ${kb(s.file === 'souverain.js' ? targets['souverain.js'] : targets.element)} KB |`),
].join('\n');
writeFileSync('dist/sizes.json', JSON.stringify(sizes, null, 2) + '\n');
console.log(table);

// README sections generated from the manifest and the build.
let readme = readFileSync('README.md', 'utf8');
const replaceBetween = (text, name, body) => {
  const re = new RegExp(`(<!-- ${name}:start -->)[\\s\\S]*?(<!-- ${name}:end -->)`);
  if (!re.test(text)) throw new Error(`README.md lacks the <!-- ${name}:start/end --> markers`);
  return text.replace(re, (_m, start, end) => `${start}\n${body}\n${end}`);
};
let next = readme;
const sections = elements.map(({ tag }) => {
  const file = `docs/elements/${tag}.md`;
  const narrative = existsSync(file) ? readFileSync(file, 'utf8').split(/^### Attributes and properties/m)[0].trim() : `## \`<${tag}>\``;
  // Element docs use ## / ###; inside the README they sit one level lower.
  return `${narrative.replace(/^(#{2,5}) /gm, '#$1 ')}\n\n#### API\n\n${apiTables(manifest, tag)}`;
});
next = replaceBetween(next, 'elements', sections.join('\n\n'));
const withSizes = replaceBetween(next, 'sizes', table);
let failed = false;
if (check) {
  if (next !== readme) {
    console.error('README.md API tables differ from custom-elements.json: run `npm run build` and commit README.md.');
    failed = true;
  }
} else {
  writeFileSync('README.md', withSizes);
}

for (const s of sizes) {
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
