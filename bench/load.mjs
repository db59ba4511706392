// The page load that `npm run bench` and `bench/compare.mjs` both measure: the system Chromium
// with `gc()` exposed, a 1280 × 800 tab, and a benchmark page loaded until its script sets
// `window.__ready` (every element rendered, then two frames).
import { puppeteerCore } from '@web/test-runner-chrome';
import { findBrowsers, chromiumArgs } from '../scripts/browsers.mjs';

export function launchBenchBrowser() {
  return puppeteerCore.launch({ executablePath: findBrowsers().chromium, headless: true, args: [...chromiumArgs, '--js-flags=--expose-gc'] });
}

/**
 * Loads `url` in a new tab until ready (`before(cdp)` runs first, to listen to the network).
 * Returns the tab, its CDP session, the renderer's main-thread time to ready (`cpu`, ms) and
 * `heapAfterGc()`, the JS heap after a forced collection (MB).
 */
export async function loadReady(browser, url, before) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  await before?.(cdp);
  await page.goto(url);
  await page.waitForFunction(() => window.__ready !== undefined, { timeout: 60000, polling: 50 });
  const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const cpu = (await metrics()).ThreadTime * 1000;
  const heapAfterGc = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await metrics()).JSHeapUsedSize / 1048576;
  };
  return { page, cdp, cpu, heapAfterGc };
}
