import { puppeteerCore } from '@web/test-runner-chrome';
import { serve } from './serve.mjs';
import { chromiumArgs } from './browsers.mjs';
const server = await serve('/work/main/dist', 0);
const b = await puppeteerCore.launch({ executablePath: '/usr/bin/chromium', headless: true, args: chromiumArgs });
const p = await b.newPage();
await p.goto(`http://127.0.0.1:${server.address().port}/bench/${process.argv[2]}`);
await p.waitForFunction(() => window.__ready, { timeout: 20000 });
console.log(await p.evaluate(async (sel) => {
  const el = document.querySelector(sel);
  const { validateBlock } = await import('/souverain.js');
  const v = el.contentSource.value;
  const times = [];
  for (let i = 0; i < 5; i++) { const t = performance.now(); validateBlock(v); times.push(performance.now() - t); }
  const t2 = performance.now(); for (let i = 0; i < 3; i++) el.contentSource.read?.(); 
  return times.map((t) => t.toFixed(1)).join(' ');
}, process.argv[3]));
await b.close(); server.close();
