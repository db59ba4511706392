// Where a benchmark page's main-thread time goes: a Chromium trace (self time per trace event:
// parsing, script, style, layout, paint…) and a sampled CPU profile (self time per function).
// Run after `PAGES_ONLY=1 npm run bench` (or a benchmark run) wrote the pages into dist/bench/:
//   node bench/profile.mjs faq-1000-souverain.html [table-1000-souverain.html …]
// Prints, per page, the events and functions that take the most time. A tool, not a test.
import { puppeteerCore } from '@web/test-runner-chrome';
import { serve } from '../scripts/serve.mjs';
import { findBrowsers, chromiumArgs } from '../scripts/browsers.mjs';

const TOP = Number(process.env.TOP ?? 15);
const server = await serve('dist', 0);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteerCore.launch({ executablePath: findBrowsers().chromium, headless: true, args: chromiumArgs });

/** Self time of the complete events of the renderer's main thread, by name. */
function traceSelfTimes(events) {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.name === 'ParseHTML'));
  const spans = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const stack = [];
  for (const e of spans) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - e.dur);
    self.set(e.name, (self.get(e.name) ?? 0) + e.dur);
    stack.push(e);
  }
  return [...self].map(([name, us]) => [name, us / 1000]).sort((a, b) => b[1] - a[1]);
}

/** Self time per function (name, file:line) from a sampled CPU profile. */
function profileSelfTimes(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const node = byId.get(profile.samples[i]);
    const { functionName, url, lineNumber } = node.callFrame;
    const key = `${functionName || '(anonymous)'} ${url ? `${url.split('/').pop()}:${lineNumber + 1}` : ''}`.trim();
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }
  return [...self].map(([name, us]) => [name, us / 1000]).sort((a, b) => b[1] - a[1]);
}

for (const file of process.argv.slice(2)) {
  // The trace: one load, to ready.
  let p = await browser.newPage();
  await p.setViewport({ width: 1280, height: 800 });
  await p.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink'] });
  await p.goto(`${origin}/bench/${file}`);
  await p.waitForFunction(() => window.__ready !== undefined, { timeout: 60000 });
  const { traceEvents } = JSON.parse(new TextDecoder().decode(await p.tracing.stop()));
  await p.close();
  // The CPU profile: another load, sampled every 100 µs.
  p = await browser.newPage();
  await p.setViewport({ width: 1280, height: 800 });
  const cdp = await p.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await p.goto(`${origin}/bench/${file}`);
  await p.waitForFunction(() => window.__ready !== undefined, { timeout: 60000 });
  const { profile } = await cdp.send('Profiler.stop');
  await p.close();
  const trace = traceSelfTimes(traceEvents);
  const total = trace.reduce((n, [, ms]) => n + Math.max(0, ms), 0);
  console.log(`\n${file}: ${total.toFixed(0)} ms of traced main-thread time; self time by trace event:`);
  for (const [name, ms] of trace.slice(0, TOP)) console.log(`  ${ms.toFixed(1).padStart(8)} ms  ${name}`);
  console.log('  self time by function (sampled CPU profile, another load):');
  for (const [name, ms] of profileSelfTimes(profile).slice(0, TOP)) console.log(`  ${ms.toFixed(1).padStart(8)} ms  ${name}`);
}
await browser.close();
server.close();
