// `npm test`: lint, type check, browser tests (every installed browser), the production build
// with its size budgets and README drift check, the filter presets and site generators against
// the real tools, and the package checks. On Debian as root it first installs the missing system
// browsers (and Hugo, when its test needs it).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { ensureBrowsers } from './browsers.mjs';

const started = Date.now();
const results = [];

function step(name, cmd, args, env = {}) {
  console.log(`\n━━ ${name}: ${[cmd, ...args].join(' ')}`);
  const t = Date.now();
  const { status, signal, error } = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  // A step that did not exit by itself says how it ended (a signal, or a spawn error).
  if (signal || error) console.log(`\n${name}: ${signal ? `ended by ${signal}` : `could not run (${error.message})`}`);
  results.push({ name, ok: status === 0, seconds: Math.round((Date.now() - t) / 1000) });
  if (status !== 0) finish(1);
}

function finish(code) {
  console.log('\n━━ summary');
  for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name} (${r.seconds} s)`);
  console.log(`total ${Math.round((Date.now() - started) / 1000)} s`);
  process.exit(code);
}

const found = ensureBrowsers();
if (!found.chromium) {
  console.error('No Chromium or Chrome found: install Chromium (Debian: apt-get install chromium) or set CHROME_PATH.');
  process.exit(1);
}

step('lint', 'npx', ['eslint', '.']);
// no-invalid-css: lit-analyzer's CSS data predates container queries. no-missing-import: class
// modules are side-effect free by design; the sov-*.ts files register the tags they render.
step('lint templates', 'npx', ['lit-analyzer', 'src', '--strict', '--rules.no-invalid-css', 'off', '--rules.no-missing-import', 'off', '--quiet']);
step('type check', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
step('build, size budgets, README drift', 'node', ['scripts/build.mjs', '--check']);
step('framework types (tsc, vue-tsc, svelte-check)', 'node', ['scripts/check-types.mjs']);
// Suites that start a real CMS run as their own steps.
const cmsSuites = ['test/wordpress.test.mjs'];
const nodeTests = readdirSync('test').filter((f) => f.endsWith('.test.mjs')).map((f) => `test/${f}`).filter((f) => !cmsSuites.includes(f));
step('node tests (CLI, package)', 'node', ['--test', ...nodeTests]);
step('CMS suite: WordPress (Debian package, MariaDB, PHP)', 'node', ['--test', '--test-reporter=spec', 'test/wordpress.test.mjs']);
// One file at a time: these launch Chromium.
step('filter presets: DOMPurify, sanitize-html (Node), TinyMCE, CKEditor 5 (Chromium)', 'node', ['--test', '--test-concurrency=1', 'test/cms/sanitizers.test.mjs', 'test/cms/editors.test.mjs']);
step('site generators: Hugo (Debian), Eleventy (npm)', 'node', ['--test', '--test-concurrency=1', 'test/cms/site-generators.test.mjs']);
step('browser tests', 'npx', ['wtr', '--coverage']);
step('package checks (publint, are-the-types-wrong)', 'node', ['scripts/check-package.mjs']);
finish(0);
