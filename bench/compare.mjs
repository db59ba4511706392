// A paired comparison of two builds on the same benchmark pages: the run-to-run spread of the
// full benchmark on a shared machine (±15 %) hides changes of a few per cent, so this loads one
// page from each build in turn, with the native page between, and reports each build's median
// CPU (renderer main-thread time to ready), ratio to native and JS heap after GC, and the median
// of the per-round ratios of the two builds. A tool for a change under way; asserts nothing.
//   git worktree add ../before <commit> && (cd ../before && npm ci && npm run build)
//   PAGES_ONLY=1 npm run bench           (the pages, in this checkout's dist/bench/)
//   node bench/compare.mjs ../before/dist [faq-1000-souverain.html,…]   ROUNDS=12 by default
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../scripts/serve.mjs';
import { launchBenchBrowser, loadReady } from './load.mjs';

const [before, list] = process.argv.slice(2);
if (!before || !existsSync(join(before, 'souverain.js'))) {
  console.error('usage: node bench/compare.mjs <dist of the other build> [page,page…]');
  process.exit(2);
}
if (!existsSync('dist/bench')) {
  console.error('dist/bench/ is missing: run `PAGES_ONLY=1 npm run bench` first.');
  process.exit(2);
}
const files = (list ?? 'faq-10-souverain.html,table-10-souverain.html,checklist-10-souverain.html,faq-1000-souverain.html,table-1000-souverain.html,checklist-1000-souverain.html,cms-souverain.html').split(',');
const ROUNDS = Number(process.env.ROUNDS ?? 12);

// The other build gets this checkout's pages, so that only the library differs.
const other = mkdtempSync(join(tmpdir(), 'souverain-compare-'));
for (const entry of readdirSync(before)) if (entry !== 'bench') cpSync(join(before, entry), join(other, entry), { recursive: true });
cpSync('dist/bench', join(other, 'bench'), { recursive: true });

const servers = [await serve(other, 0), await serve('dist', 0)];
const [originBefore, originAfter] = servers.map((s) => `http://127.0.0.1:${s.address().port}`);
const browser = await launchBenchBrowser();

/** One load: CPU to ready (ms) and JS heap after a forced GC (MB). */
async function measure(origin, file) {
  const { page, cpu, heapAfterGc } = await loadReady(browser, `${origin}/bench/${file}`);
  const heap = await heapAfterGc();
  await page.close();
  return { cpu, heap };
}

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
try {
  for (const file of files) {
    const native = file.replace(/souverain[a-z]*/, 'native');
    const runs = { before: [], after: [] };
    // A warm-up load of each, not counted.
    await measure(originBefore, file);
    await measure(originAfter, file);
    for (let round = 0; round < ROUNDS; round++) {
      const base = (await measure(originAfter, native)).cpu;
      const order = round % 2 ? ['after', 'before'] : ['before', 'after'];
      for (const which of order) {
        const { cpu, heap } = await measure(which === 'before' ? originBefore : originAfter, file);
        runs[which].push({ cpu, heap, ratio: cpu / base });
      }
      process.stdout.write(`\r${file}: round ${round + 1}/${ROUNDS}`);
    }
    const show = (r) => `${median(r.map((x) => x.cpu)).toFixed(1)} ms ×${median(r.map((x) => x.ratio)).toFixed(2)} heap ${median(r.map((x) => x.heap)).toFixed(2)} MB`;
    const paired = median(runs.after.map((x, i) => x.cpu / runs.before[i].cpu));
    console.log(`\r${file}: before ${show(runs.before)} · after ${show(runs.after)} · after/before ${paired.toFixed(3)}`);
  }
} finally {
  await browser.close();
  for (const s of servers) s.close();
  rmSync(other, { recursive: true, force: true });
}
