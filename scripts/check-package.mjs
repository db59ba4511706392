// Packs the npm tarball, checks it with publint and @arethetypeswrong/cli, then installs it into
// an empty project as a user would (`npm install <tarball>`: only the dependencies the package
// declares, no dev dependencies) and runs what Node users run there: `souverain/ssr` rendering a
// pack block and a whole document, and the `souverain html` command.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import assert from 'node:assert/strict';

const out = execFileSync('npm', ['pack', '--silent'], { encoding: 'utf8' }).trim().split('\n').pop();
const project = mkdtempSync(join(tmpdir(), 'souverain-install-'));
try {
  execFileSync('npx', ['publint', '--strict', out], { stdio: 'inherit' });
  execFileSync('npx', ['attw', out, '--profile', 'esm-only', '--format', 'ascii'], { stdio: 'inherit' });

  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--omit=dev', resolve(out)], { cwd: project, stdio: ['ignore', 'ignore', 'inherit'] });
  const code = `
    import { renderPack } from 'souverain/ssr';
    const list = renderPack('souverainete-numerique#avantages', { lang: 'en' });
    const article = renderPack('souverainete-numerique');
    console.log(JSON.stringify({ list: list.slice(0, 200), lists: (article.match(/<sov-list/g) ?? []).length, faq: article.includes('<sov-faq') }));`;
  const rendered = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: project, encoding: 'utf8' }));
  assert.match(rendered.list, /^<sov-list lang="en" heading-level="3" layout="list"><template shadowroot/);
  assert.ok(rendered.lists >= 3 && rendered.faq, JSON.stringify(rendered));
  const printed = execFileSync(join(project, 'node_modules/.bin/souverain'), ['html', 'souverainete-numerique#faq'], { cwd: project, encoding: 'utf8' });
  assert.match(printed, /^<sov-faq>\n/);
  console.log('installed tarball: souverain/ssr and `souverain html` run with the declared dependencies only');
} finally {
  rmSync(out, { force: true });
  rmSync(project, { recursive: true, force: true });
}
