// Shared by the Node tests: a static server over dist/ and a headless system Chromium.
import { puppeteerCore } from '@web/test-runner-chrome';
import { serve } from '../scripts/serve.mjs';
import { findBrowsers, chromiumArgs } from '../scripts/browsers.mjs';

export async function startServer() {
  const server = await serve('dist', 0);
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

export function launch() {
  return puppeteerCore.launch({ executablePath: findBrowsers().chromium, headless: true, args: chromiumArgs });
}

/** Waits until every sov-* element on the page has rendered (not loading). */
export async function settle(page) {
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('*')]
        .filter((el) => el.localName.startsWith('sov-'))
        .every((el) => el.shadowRoot && el.hasUpdated && !el.shadowRoot.querySelector('.loading')),
    { timeout: 15000 }
  );
}
