// Screenshots of demo pages in headless Chromium (builds nothing: run `npm run build` first).
//   node scripts/shot.mjs <path> <out.png> [width] [color-scheme] [y offsets]
//   node scripts/shot.mjs --docs   every demo page at 360 and 1280 px into docs/screenshots/,
//                                  and the README's overview (1280 × 900)
// Used to review the demo and for the images in docs/. Launches Chromium: wrap it in
// `flock /tmp/souverain-browsers.lock` on a shared machine.
import { mkdirSync, readdirSync } from 'node:fs';
import { serve } from './serve.mjs';
import { puppeteerCore } from '@web/test-runner-chrome';
import sharp from 'sharp';
import { findBrowsers, chromiumArgs } from './browsers.mjs';

const server = await serve('dist', 0);
const browser = await puppeteerCore.launch({ executablePath: findBrowsers().chromium, headless: true, args: chromiumArgs });

/** Writes a screenshot as an 8-bit palette PNG (libimagequant through sharp): about a quarter of the bytes, no visible change for flat UI. */
const save = (png, out) => sharp(png).png({ palette: true, colors: 256, quality: 90, compressionLevel: 9, effort: 10 }).toFile(out);

/**
 * The whole page, as a reader scrolling through it sees it: one viewport at a time, stitched.
 * A full-page capture would show blank rows where the elements skip what is out of view
 * (`content-visibility: auto`: the FAQ's items), and a viewport as tall as the page would change
 * what depends on its height (`80vh` table boxes).
 */
async function scrolledPage(page, width, viewport) {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const parts = [];
  for (let y = 0; y < height; y += viewport) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    parts.push({ input: await page.screenshot(), left: 0, top: await page.evaluate(() => Math.round(window.scrollY)) });
  }
  return sharp({ create: { width, height, channels: 4, background: '#ffffff' } }).composite(parts).png().toBuffer();
}

async function shot(path, out, width, colorScheme, offsets, fullPage = true) {
  const page = await browser.newPage();
  await page.setViewport({ width: Number(width), height: 900, deviceScaleFactor: 1 });
  if (colorScheme) await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: colorScheme }]);
  await page.goto(`http://127.0.0.1:${server.address().port}${path}`);
  await page.waitForFunction(() => [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('sov-')).every((e) => e.hasUpdated && !e.shadowRoot.querySelector('.loading')), { timeout: 15000 });
  // A long article's slices included.
  await page.evaluate(() => Promise.all([...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('sov-')).map((e) => e.updateComplete)));
  await new Promise((r) => setTimeout(r, 300));
  if (offsets) {
    // Several 1200 px high slices (a full page of this demo is too tall to look at at once).
    for (const [i, y] of offsets.split(',').map(Number).entries()) {
      await save(await page.screenshot({ clip: { x: 0, y, width: Number(width), height: 1200 }, captureBeyondViewport: true }), out.replace(/\.png$/, `-${i}.png`));
    }
  } else await save(fullPage ? await scrolledPage(page, Number(width), 900) : await page.screenshot(), out);
  await page.close();
}

try {
  if (process.argv[2] === '--docs') {
    mkdirSync('docs/screenshots', { recursive: true });
    // The server-rendered pages (*-ssr.html) show the same content as article.html and intranet.html,
    // and are left out here; `node scripts/shot.mjs /demo/article-ssr.html out.png` takes one.
    for (const file of readdirSync('demo').filter((f) => f.endsWith('.html') && !f.endsWith('-ssr.html'))) {
      for (const width of [360, 1280]) {
        const out = `docs/screenshots/${file.replace(/\.html$/, '')}-${width}.png`;
        await shot(`/demo/${file}`, out, width);
        console.log(out);
      }
    }
    // The README's picture: the top of the gallery, one screen high.
    await shot('/demo/index.html', 'docs/screenshots/overview.png', 1280, undefined, undefined, false);
    console.log('docs/screenshots/overview.png');
  } else {
    const [path = '/demo/index.html', out = 'shot.png', width = '1280', colorScheme, offsets] = process.argv.slice(2);
    await shot(path, out, width, colorScheme, offsets);
  }
} finally {
  await browser.close();
  server.close();
}
