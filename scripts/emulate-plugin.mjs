// A test-runner command, `sov-emulate-media`, that emulates print, reduced motion, colour scheme
// and forced colours through Chromium's DevTools protocol. Other engines have no such
// emulation over their automation protocols: the command answers `false` there, and the tests
// check the stylesheet rules instead.
export function emulatePlugin() {
  const sessions = new WeakMap();
  return {
    name: 'sov-emulate-media',
    async executeCommand({ command, payload, session }) {
      if (command !== 'sov-emulate-media') return undefined;
      if (session.browser.type !== 'puppeteer' || !/chrom/i.test(session.browser.name)) return false;
      const page = session.browser.getPage(session.id);
      // The emulation lasts as long as the DevTools session: keep one per page.
      let cdp = sessions.get(page);
      if (!cdp) sessions.set(page, (cdp = await page.createCDPSession()));
      const features = [];
      if (payload.forcedColors) features.push({ name: 'forced-colors', value: payload.forcedColors });
      if (payload.reducedMotion) features.push({ name: 'prefers-reduced-motion', value: payload.reducedMotion });
      if (payload.colorScheme) features.push({ name: 'prefers-color-scheme', value: payload.colorScheme });
      await cdp.send('Emulation.setEmulatedMedia', { media: payload.media ?? '', features });
      return true;
    },
  };
}
