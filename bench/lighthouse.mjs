// Lighthouse on the built demo article page with the system Chromium, through the pinned
// `lighthouse@12.2.3` (fetched by npx from the npm registry, not a project dependency: it is
// large and only the benchmark uses it). Prints the category scores; asserts nothing.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { serve } from '../scripts/serve.mjs';
import { findBrowsers } from '../scripts/browsers.mjs';

export async function lighthouse(path = '/demo/article.html') {
  const server = await serve('dist', 0);
  const url = `http://127.0.0.1:${server.address().port}${path}`;
  const out = '/tmp/souverain-lighthouse.json';
  try {
    // Asynchronous: the static server runs in this process and must keep answering.
    const code = await new Promise((resolve, reject) => {
      const child = spawn('npx', ['-y', 'lighthouse@12.2.3', url, '--output=json', `--output-path=${out}`, '--chrome-flags=--headless=new --no-sandbox', '--only-categories=performance,accessibility'], {
        stdio: 'ignore',
        env: { ...process.env, CHROME_PATH: findBrowsers().chromium },
      });
      const timer = setTimeout(() => child.kill(), 300000);
      child.on('error', reject);
      child.on('exit', (c) => (clearTimeout(timer), resolve(c)));
    });
    // Some trace-based audits error with recent Chromium while the scores are still written.
    if (code !== 0 && !existsSync(out)) throw new Error(`lighthouse exited with ${code}`);
  } finally {
    server.close();
  }
  const report = JSON.parse(readFileSync(out, 'utf8'));
  rmSync(out, { force: true });
  return Object.fromEntries(Object.entries(report.categories).map(([k, c]) => [k, c.score === null ? null : Math.round(c.score * 100)]));
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await lighthouse());
