// `npm run bench`: Souverain against native HTML and peer libraries (Lion, Shoelace, GOV.UK
// Frontend, installed as devDependencies and served from this machine) in headless Chromium (the
// system browser through puppeteer-core), over a loopback server that compresses as production
// servers do. Workloads: FAQ, table and checklist of N = 10, 100, 1000 items; the article page
// (<sov-article> against the same content as static HTML); a CMS page with five widgets against
// the same content as static HTML. Candidates alternate round by round (the order rotates);
// medians, and per-round ratios to native, go to bench/results.json, bench/results.md and the
// benchmark section of docs/development.md (a complete run only).
//   ROUNDS=3 npm run bench          fewer rounds (default 7; LARGE_ROUNDS, default 4, at N = 1000)
//   KINDS=faq,article SIZES=1000    some workloads or sizes; LIGHTHOUSE=0 skips Lighthouse
//   PAGES_ONLY=1                    writes the pages into dist/bench/ and stops
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { serve } from '../scripts/serve.mjs';
import { lighthouse } from './lighthouse.mjs';
import { launchBenchBrowser, loadReady } from './load.mjs';
import { buildPeers, versions } from './peers.mjs';

const ROUNDS = Number(process.env.ROUNDS ?? 7);
const LARGE_ROUNDS = Math.min(ROUNDS, Number(process.env.LARGE_ROUNDS ?? 4));
const SIZES = (process.env.SIZES ?? '10,100,1000').split(',').map(Number);
if (!existsSync('dist/souverain.js') || !existsSync('dist/lib/content/html.js')) execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
const { workloads, pages, page } = await import('./pages.mjs');
const KINDS = (process.env.KINDS ?? [...Object.keys(workloads), ...Object.keys(pages)].join(',')).split(',');
const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;

console.log('bench: building the peers (esbuild) and writing the pages');
await buildPeers('dist/bench/peers');
/** [{ kind, n?, candidates: [names], file(name) }] */
const cases = [];
for (const kind of KINDS) {
  if (workloads[kind]) {
    for (const n of SIZES) {
      const candidates = workloads[kind](n);
      for (const [name, c] of Object.entries(candidates)) writeFileSync(`dist/bench/${kind}-${n}-${slug(name)}.html`, page(c));
      cases.push({ kind, n, candidates: Object.keys(candidates), file: (name) => `${kind}-${n}-${slug(name)}.html` });
    }
  } else if (pages[kind]) {
    const candidates = pages[kind]();
    for (const [name, c] of Object.entries(candidates)) writeFileSync(`dist/bench/${kind}-${slug(name)}.html`, page(c));
    cases.push({ kind, candidates: Object.keys(candidates), file: (name) => `${kind}-${slug(name)}.html` });
  } else throw new Error(`unknown workload ${kind}`);
}
// `PAGES_ONLY=1 node bench/run.mjs` writes the pages and stops (for bench/profile.mjs).
if (process.env.PAGES_ONLY) process.exit(0);
function slug(name) {
  return name.toLowerCase().replace(/[^a-z]+/g, '');
}

const server = await serve('dist', 0);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launchBenchBrowser();

/** One page load: CPU to ready, blocking time, LCP, CLS, bytes, heap after GC, DOM nodes. */
async function measure(file, interact) {
  let bytes = 0;
  let requests = 0;
  const { page: p, cpu, heapAfterGc } = await loadReady(browser, `${origin}/bench/${file}`, async (cdp) => {
    await cdp.send('Network.enable');
    cdp.on('Network.loadingFinished', (e) => {
      bytes += e.encodedDataLength;
      requests++;
    });
  });
  const page = await p.evaluate(async () => {
    // Largest-paint entries reach observers asynchronously: take the buffered ones (none when nothing qualifies).
    const lcp = await new Promise((resolve) => {
      new PerformanceObserver((l) => resolve(l.getEntries().at(-1)?.startTime)).observe({ type: 'largest-contentful-paint', buffered: true });
      setTimeout(() => resolve(window.__lcp || undefined), 500);
    });
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
    // Total blocking time as Lighthouse counts it, from the first paint to ready.
    let tbt = 0;
    for (const [start, duration] of window.__long) {
      const end = start + duration;
      if (end > fcp) tbt += Math.max(0, end - Math.max(start, fcp) - 50);
    }
    return { ready: window.__ready, tbt, lcp, cls: window.__cls };
  });
  const out = { cpu, ...page, kb: bytes / 1024, requests };
  out.heap = await heapAfterGc();
  Object.assign(
    out,
    await p.evaluate(() => {
      // Every node of the page, shadow trees included, and those in shadow trees alone.
      let all = 0;
      let shadow = 0;
      const walk = (root, inShadow) => {
        const w = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
        for (let node = w.nextNode(); node; node = w.nextNode()) {
          all++;
          if (inShadow) shadow++;
          if (node.shadowRoot) walk(node.shadowRoot, true);
        }
      };
      walk(document.body, false);
      return { nodes: all, shadowNodes: shadow };
    })
  );
  if (interact) Object.assign(out, await p.evaluate(interact));
  await p.close();
  return out;
}

/** Opening one answer, then all, in the FAQ (native and Souverain). */
async function faqInteraction() {
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const faq = document.querySelector('sov-faq');
  const t0 = performance.now();
  if (!faq) document.querySelector('details').open = true;
  else faq.querySelector(':scope > details > summary').click();
  // The details' toggle event, which the element follows, comes a task later.
  if (faq) await new Promise((r) => setTimeout(r));
  await faq?.updateComplete;
  void document.body.offsetHeight;
  const openOne = performance.now() - t0;
  await frame();
  const t1 = performance.now();
  if (!faq) for (const d of document.querySelectorAll('details')) d.open = true;
  else faq.expandAll();
  await faq?.updateComplete;
  void document.body.offsetHeight;
  return { openOne, openAll: performance.now() - t1 };
}

const median = (xs) => {
  const s = xs.filter((x) => x !== undefined).sort((a, b) => a - b);
  if (!s.length) return undefined;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const f = (x, d = 1) => (x === undefined ? '—' : x.toFixed(d));
const results = [];
for (const c of cases) {
  const label = `${c.kind}${c.n ? ` N=${c.n}` : ''}`;
  const rounds = c.n >= 1000 ? LARGE_ROUNDS : ROUNDS;
  const interact = (name) => (c.kind === 'faq' && (name === 'native' || name === 'souverain') ? faqInteraction : undefined);
  const runs = Object.fromEntries(c.candidates.map((name) => [name, []]));
  process.stdout.write(`${label}: warm-up`);
  for (const name of c.candidates) await measure(c.file(name), interact(name)); // caches, code cache, the server
  for (let r = 0; r < rounds; r++) {
    process.stdout.write(` · round ${r + 1}/${rounds}`);
    const order = c.candidates.map((_, i) => c.candidates[(i + r) % c.candidates.length]);
    for (const name of order) runs[name].push(await measure(c.file(name), interact(name)));
  }
  const row = { kind: c.kind, ...(c.n ? { n: c.n } : {}), rounds, candidates: {} };
  for (const name of c.candidates) {
    const m = {};
    for (const key of Object.keys(runs[name][0])) m[key] = median(runs[name].map((x) => x[key]));
    const ratios = runs[name].map((x, i) => x.cpu / runs.native[i].cpu);
    m.cpuRatio = median(ratios);
    m.cpuRatios = ratios.map((x) => Number(x.toFixed(2)));
    m.cpuOverNative = m.cpu - median(runs.native.map((x) => x.cpu));
    row.candidates[name] = m;
  }
  results.push(row);
  console.log(` (${elapsed()})`);
  for (const [name, m] of Object.entries(row.candidates))
    console.log(`  ${name.padEnd(10)} CPU ${m.cpu.toFixed(1).padStart(6)} ms ×${m.cpuRatio.toFixed(2)}  TBT ${m.tbt.toFixed(0)} ms  LCP ${f(m.lcp, 0)} ms  CLS ${m.cls.toFixed(4)}  heap ${m.heap.toFixed(2)} MB  ${m.kb.toFixed(1)} KB  nodes ${m.nodes}`);
}
const chromium = await browser.version();
await browser.close();
server.close();

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}, Node ${process.version}, ${chromium}`;
const peers = versions();
const perItem = (r, m) => (r.n ? f(m.nodes / r.n, 1) : '—');
const shadowPerItem = (r, m) => (r.n && m.shadowNodes ? f(m.shadowNodes / r.n, 1) : '—');
const sized = results.filter((r) => r.n);
const whole = results.filter((r) => !r.n);
const md = [
  `Machine: ${machine}. Peers: Lion \`@lion/ui\` ${peers.lion}, Shoelace ${peers.shoelace}, GOV.UK Frontend ${peers.govuk}, each bundled and minified with esbuild and served from this machine. ${ROUNDS} rounds (${LARGE_ROUNDS} at N = 1000), the order rotating each round; medians.`,
  'CPU = renderer main-thread time (CDP `ThreadTime`) from navigation to every element rendered + 2 frames; × = median of the per-round ratios to native HTML in the same round. TBT = long tasks past 50 ms from first paint to ready. KB = bytes transferred (compressed by the server, headers included). Heap = JS heap after a forced GC at ready. Nodes/item = all nodes of the page, shadow trees included, ÷ N (shadow = in shadow trees only).',
  '',
  ...(sized.length
    ? [
        '| workload | N | candidate | CPU (ms) | × native | + ms | TBT (ms) | LCP (ms) | CLS | KB | heap (MB) | nodes/item (shadow) |',
        '|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
        ...sized.flatMap((r) => Object.entries(r.candidates).map(([name, m]) => `| ${r.kind} | ${r.n} | ${name} | ${f(m.cpu)} | ×${f(m.cpuRatio, 2)} | ${f(m.cpuOverNative)} | ${f(m.tbt, 0)} | ${f(m.lcp, 0)} | ${f(m.cls, 4)} | ${f(m.kb)} | ${f(m.heap, 2)} | ${perItem(r, m)} (${shadowPerItem(r, m)}) |`)),
        '',
      ]
    : []),
  ...(whole.length
    ? [
        'Pages: the article (`<sov-article content="souverainete-numerique">` against the same content as static HTML, from the CLI\'s `blockToHtml`) and a CMS page (prose with a TL;DR, list, table, checklist and FAQ, authored light DOM) against its static HTML.',
        '',
        '| page | candidate | CPU (ms) | × native | + ms | TBT (ms) | LCP (ms) | CLS | KB | requests | heap (MB) | nodes |',
        '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
        ...whole.flatMap((r) => Object.entries(r.candidates).map(([name, m]) => `| ${r.kind} | ${name} | ${f(m.cpu)} | ×${f(m.cpuRatio, 2)} | ${f(m.cpuOverNative)} | ${f(m.tbt, 0)} | ${f(m.lcp, 0)} | ${f(m.cls, 4)} | ${f(m.kb)} | ${m.requests} | ${f(m.heap, 2)} | ${m.nodes} |`)),
        '',
      ]
    : []),
  ...(results.some((r) => r.kind === 'faq')
    ? [
        'FAQ interaction (ms): opening one answer, then all (click or `expandAll()` to the next layout).',
        '',
        '| N | Souverain open one | Souverain open all | native open one | native open all |',
        '|---:|---:|---:|---:|---:|',
        ...results.filter((r) => r.kind === 'faq').map((r) => `| ${r.n} | ${f(r.candidates.souverain.openOne)} | ${f(r.candidates.souverain.openAll)} | ${f(r.candidates.native.openOne)} | ${f(r.candidates.native.openAll)} |`),
      ]
    : []),
].join('\n');
let scores;
if (process.env.LIGHTHOUSE !== '0') {
  console.log(`bench: Lighthouse on the demo article page (${elapsed()})`);
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
writeFileSync('bench/results.json', JSON.stringify({ machine, peers, date: new Date().toISOString(), rounds: ROUNDS, largeRounds: LARGE_ROUNDS, results, lighthouse: scores }, null, 2) + '\n');
writeFileSync('bench/results.md', md + '\n' + lh + '\n');
// docs/development.md quotes the latest complete run (every workload and size, 7 rounds or more).
const doc = readFileSync('docs/development.md', 'utf8');
const marked = /(<!-- bench:start -->)[\s\S]*?(<!-- bench:end -->)/;
const full = !process.env.KINDS && !process.env.SIZES && ROUNDS >= 7;
if (full && marked.test(doc)) writeFileSync('docs/development.md', doc.replace(marked, (_m, a, b) => `${a}\n${md}\n${lh}\n${b}`));
console.log('\n' + md + '\n' + lh + `\n\nbench: done in ${elapsed()}`);
