// Screenshots of demo pages in headless Chromium: `node scripts/shot.mjs <path> <out.png> [width] [preset]`
// (builds nothing: run `npm run build` first). Used to review the demo and for docs/ images.
import { serve } from './serve.mjs';
import { puppeteerCore } from '@web/test-runner-chrome';
import { findBrowsers, chromiumArgs } from './browsers.mjs';

const [path = '/demo/index.html', out = 'shot.png', width = '1280', colorScheme, offsets] = process.argv.slice(2);
const server = await serve('dist', 0);
const browser = await puppeteerCore.launch({ executablePath: findBrowsers().chromium, headless: true, args: chromiumArgs });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: Number(width), height: 900, deviceScaleFactor: 1 });
  if (colorScheme) await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: colorScheme }]);
  await page.goto(`http://127.0.0.1:${server.address().port}${path}`);
  await page.waitForFunction(() => [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('sov-')).every((e) => e.hasUpdated && !e.shadowRoot.querySelector('.loading')), { timeout: 15000 });
  await new Promise((r) => setTimeout(r, 300));
  if (offsets) {
    // Several 1200 px high slices (a full page of this demo is too tall to look at at once).
    for (const [i, y] of offsets.split(',').map(Number).entries()) {
      await page.screenshot({ path: out.replace(/\.png$/, `-${i}.png`), clip: { x: 0, y, width: Number(width), height: 1200 }, captureBeyondViewport: true });
    }
  } else await page.screenshot({ path: out, fullPage: true });
} finally {
  await browser.close();
  server.close();
}
