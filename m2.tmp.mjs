import { puppeteerCore } from '@web/test-runner-chrome';
import { serve } from './scripts/serve.mjs';
import { findBrowsers, chromiumArgs } from './scripts/browsers.mjs';
const server = await serve('dist', 0);
const browser = await puppeteerCore.launch({ executablePath: findBrowsers().chromium, headless: true, args: chromiumArgs });
for (const kind of ['faq', 'table', 'checklist']) for (const c of ['native', 'sov']) {
  const p = await browser.newPage();
  const cdp = await p.createCDPSession();
  await cdp.send('Performance.enable');
  await p.goto(`http://127.0.0.1:${server.address().port}/bench/${kind}-${c}-1000.html`);
  await p.waitForFunction(() => window.__ready !== undefined);
  const m = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((x) => [x.name, x.value]));
  console.log(kind, c, 'thread', (m.ThreadTime*1000).toFixed(0), 'script', (m.ScriptDuration*1000).toFixed(0), 'style', (m.RecalcStyleDuration*1000).toFixed(0), 'layout', (m.LayoutDuration*1000).toFixed(0), 'task', (m.TaskDuration*1000).toFixed(0), 'nodes', m.Nodes, 'layoutcount', m.LayoutCount, 'stylecount', m.RecalcStyleCount);
  await p.close();
}
await browser.close(); server.close();
