// `npm run bench`: Souverain elements against their native HTML baseline in headless Chromium
// (the system browser through puppeteer-core), over a loopback server. For N = 10, 100, 1000
// items, candidates alternate round by round (A B A B…), 7 rounds; medians and per-round
// ratios to native are written to bench/results.json and bench/results.md.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { puppeteerCore } from '@web/test-runner-chrome';
import { serve } from '../scripts/serve.mjs';
import { findBrowsers, chromiumArgs } from '../scripts/browsers.mjs';
import { lighthouse } from './lighthouse.mjs';

const ROUNDS = Number(process.env.ROUNDS ?? 7);
const SIZES = (process.env.SIZES ?? '10,100,1000').split(',').map(Number);
if (!existsSync('dist/souverain.js')) execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });

const items = (n, f) => Array.from({ length: n }, (_, i) => f(i)).join('\n');
const bodies = {
  faq: {
    native: (n) => `<div>${items(n, (i) => `<details><summary>Question ${i} sur la souveraineté ?</summary><p>Réponse ${i} : l’open source offre une transparence totale du code.</p></details>`)}</div>`,
    sov: (n) => `<sov-faq>${items(n, (i) => `<details><summary>Question ${i} sur la souveraineté ?</summary><p>Réponse ${i} : l’open source offre une transparence totale du code.</p></details>`)}</sov-faq>`,
  },
  table: {
    native: (n) => `<table><caption>Tableau</caption><thead><tr><th scope="col">Aspect</th><th scope="col">Impact</th><th scope="col">Acteurs</th></tr></thead><tbody>${items(n, (i) => `<tr><th scope="row">Aspect ${i}</th><td>Impact ${i}</td><td>Acteur ${i}</td></tr>`)}</tbody></table>`,
    sov: (n) => `<sov-table><table><caption>Tableau</caption><thead><tr><th scope="col">Aspect</th><th scope="col">Impact</th><th scope="col">Acteurs</th></tr></thead><tbody>${items(n, (i) => `<tr><th scope="row">Aspect ${i}</th><td>Impact ${i}</td><td>Acteur ${i}</td></tr>`)}</tbody></table></sov-table>`,
  },
  checklist: {
    native: (n) => `<h3>Checklist</h3><ul>${items(n, (i) => `<li><label><input type="checkbox"> Point ${i} à vérifier</label></li>`)}</ul>`,
    sov: (n) => `<sov-checklist persist="none"><h3>Checklist</h3><ul>${items(n, (i) => `<li><label><input type="checkbox"> Point ${i} à vérifier</label></li>`)}</ul></sov-checklist>`,
  },
};

const page = (body, sov) => `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>bench</title>
<script>
window.__cls = 0;
new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
</script>
${sov ? '<script type="module" src="/souverain.js"></script>' : ''}
<script type="module">
const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
${sov ? `await Promise.all(['sov-faq','sov-table','sov-checklist'].map((t) => customElements.whenDefined(t)));
await Promise.all([...document.querySelectorAll('sov-faq, sov-table, sov-checklist')].map((e) => e.updateComplete));` : ''}
await frames();
window.__ready = performance.now();
</script></head><body style="font-family: sans-serif">${body}</body></html>`;

mkdirSync('dist/bench', { recursive: true });
for (const [kind, b] of Object.entries(bodies))
  for (const n of SIZES)
    for (const c of ['native', 'sov']) writeFileSync(`dist/bench/${kind}-${c}-${n}.html`, page(b[c](n), c === 'sov'));

const server = await serve('dist', 0);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteerCore.launch({ executablePath: findBrowsers().chromium, headless: true, args: chromiumArgs });

async function measure(kind, candidate, n) {
  const p = await browser.newPage();
  const cdp = await p.createCDPSession();
  await cdp.send('Performance.enable');
  await p.goto(`${origin}/bench/${kind}-${candidate}-${n}.html`);
  await p.waitForFunction(() => window.__ready !== undefined, { timeout: 60000 });
  const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const result = await p.evaluate(() => ({ ready: window.__ready - performance.timeOrigin + performance.timeOrigin, nav: performance.getEntriesByType('navigation')[0].startTime, cls: window.__cls }));
  const out = { ready: result.ready, cpu: metrics.ThreadTime * 1000, cls: result.cls };
  if (kind === 'faq') {
    Object.assign(
      out,
      await p.evaluate(async (candidate) => {
        const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
        const t0 = performance.now();
        if (candidate === 'native') document.querySelector('details').open = true;
        else document.querySelector('sov-faq').shadowRoot.querySelector('button[aria-expanded]').click();
        await document.querySelector('sov-faq')?.updateComplete;
        void document.body.offsetHeight;
        const openOne = performance.now() - t0;
        await frame();
        const t1 = performance.now();
        if (candidate === 'native') for (const d of document.querySelectorAll('details')) d.open = true;
        else document.querySelector('sov-faq').expandAll?.();
        await document.querySelector('sov-faq')?.updateComplete;
        void document.body.offsetHeight;
        return { openOne, openAll: performance.now() - t1 };
      }, candidate)
    );
  }
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  out.heap = heap.JSHeapUsedSize;
  await p.close();
  return out;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const results = [];
const KINDS = (process.env.KINDS ?? Object.keys(bodies).join(',')).split(',');
for (const kind of KINDS) {
  for (const n of SIZES) {
    const runs = { native: [], sov: [] };
    await measure(kind, 'native', n); // warm-up: caches and the server
    await measure(kind, 'sov', n);
    for (let r = 0; r < ROUNDS; r++) {
      const order = r % 2 ? ['sov', 'native'] : ['native', 'sov'];
      for (const c of order) runs[c].push(await measure(kind, c, n));
    }
    const ratios = runs.sov.map((s, i) => s.cpu / runs.native[i].cpu);
    const row = { kind, n, rounds: ROUNDS };
    for (const c of ['native', 'sov']) {
      row[c] = {};
      for (const key of Object.keys(runs[c][0])) row[c][key] = median(runs[c].map((x) => x[key]));
    }
    row.cpuRatio = median(ratios);
    row.cpuRatios = ratios.map((x) => Number(x.toFixed(2)));
    row.cpuOverNative = row.sov.cpu - row.native.cpu;
    results.push(row);
    console.log(`${kind} N=${n}: CPU ${row.sov.cpu.toFixed(1)} ms vs native ${row.native.cpu.toFixed(1)} ms (×${row.cpuRatio.toFixed(2)}), ready ${row.sov.ready.toFixed(0)} vs ${row.native.ready.toFixed(0)} ms, CLS ${row.sov.cls.toFixed(4)}, heap ${(row.sov.heap / 1048576).toFixed(2)} MB`);
  }
}
const version = await browser.version();
await browser.close();
server.close();

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}, Node ${process.version}, ${version}`;
const f = (x, d = 1) => x.toFixed(d);
const md = [
  `Machine: ${machine}. ${ROUNDS} rounds, alternating; medians. CPU = renderer main-thread time (CDP ThreadTime) from navigation to all elements rendered + 2 frames.`,
  '',
  '| element | N | CPU native (ms) | CPU Souverain (ms) | ratio | + ms | ready native → Souverain (ms) | open one / all (ms) | CLS | heap (MB) |',
  '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...results.map((r) => `| ${r.kind} | ${r.n} | ${f(r.native.cpu)} | ${f(r.sov.cpu)} | ×${f(r.cpuRatio, 2)} | ${f(r.cpuOverNative)} | ${f(r.native.ready, 0)} → ${f(r.sov.ready, 0)} | ${r.sov.openOne !== undefined ? `${f(r.sov.openOne)} / ${f(r.sov.openAll)} (native ${f(r.native.openOne)} / ${f(r.native.openAll)})` : '—'} | ${f(r.sov.cls, 4)} | ${f(r.sov.heap / 1048576, 2)} |`),
].join('\n');
let scores;
if (process.env.LIGHTHOUSE !== '0') {
  try {
    scores = await lighthouse('/demo/article.html');
  } catch (error) {
    scores = { error: String(error.message ?? error) };
  }
}
const lh = scores
  ? `\nLighthouse 12.2.3 (system Chromium, default mobile throttling) on the built demo article page: ${Object.entries(scores).map(([k, v]) => `${k} ${v}`).join(', ')}.`
  : '';
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', JSON.stringify({ machine, date: new Date().toISOString(), results, lighthouse: scores }, null, 2) + '\n');
writeFileSync('bench/results.md', md + '\n' + lh + '\n');
// docs/development.md quotes the latest complete run (all elements and sizes, 7 rounds or more).
const readme = readFileSync('docs/development.md', 'utf8');
const marked = /(<!-- bench:start -->)[\s\S]*?(<!-- bench:end -->)/;
const full = !process.env.KINDS && !process.env.SIZES && ROUNDS >= 7;
if (full && marked.test(readme)) writeFileSync('docs/development.md', readme.replace(marked, (_m, a, b) => `${a}\n${md}\n${lh}\n${b}`));
console.log('\n' + md + '\n' + lh);
