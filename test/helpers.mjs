// Shared by the Node tests: a static server over dist/ and a headless system Chromium (or Firefox).
import { puppeteerCore } from '@web/test-runner-chrome';
import { serve } from '../scripts/serve.mjs';
import { findBrowsers, chromiumArgs } from '../scripts/browsers.mjs';

/** The elements whose content is shown in place, as native HTML in their light DOM (the others render a copy in their shadow root). */
export const SHOWN_IN_PLACE = ['sov-list', 'sov-tldr', 'sov-faq'];

export async function startServer() {
  const server = await serve('dist', 0);
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

/** Headless Chromium, or Firefox (`engine: 'firefox'`, through WebDriver BiDi as the browser tests run it); `javaScript: false` launches Firefox with scripts off. */
export function launch(engine = 'chromium', { javaScript = true } = {}) {
  if (engine === 'firefox') {
    // Scripts are turned off by a preference: Firefox ESR's WebDriver BiDi has no command for it.
    const prefs = { 'network.dns.forceResolve': '127.0.0.1', ...(javaScript ? {} : { 'javascript.enabled': false }) };
    return puppeteerCore.launch({ browser: 'firefox', executablePath: findBrowsers().firefox, headless: true, extraPrefsFirefox: prefs });
  }
  return puppeteerCore.launch({ executablePath: findBrowsers().chromium, headless: true, args: chromiumArgs });
}

/**
 * Waits until every sov-* element on the page has rendered (not loading) and its updates are
 * complete (a long article's slices included), then the same for the elements rendered inside
 * their shadow roots.
 */
export async function settle(page) {
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('*')]
        .filter((el) => el.localName.startsWith('sov-'))
        .every((el) => el.shadowRoot && el.hasUpdated && !el.shadowRoot.querySelector('.loading')),
    { timeout: 15000 }
  );
  await page.evaluate(async () => {
    const all = (root, out = []) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.localName.startsWith('sov-')) out.push(el);
        if (el.shadowRoot) all(el.shadowRoot, out);
      }
      return out;
    };
    for (let seen = -1, els = all(document); els.length !== seen; seen = els.length, els = all(document)) {
      await Promise.all(els.map((el) => customElements.whenDefined(el.localName).then(() => el.updateComplete)));
    }
  });
}

/**
 * Opens `url` with the module script whose URL contains `script` held back until every element
 * matching `selector` has been parsed with its declarative shadow root; then records each shadow
 * root's nodes, lets the script run, waits until every element has rendered, and compares.
 * Returns the tab, the console errors and warnings (`ignore(url)` leaves some out), and for each
 * element whether every server-rendered node is still the one in its shadow root (hydrated in
 * place, not rendered again).
 */
export async function openHydrating(browser, url, { script, selector, count, ignore = () => false }) {
  const tab = await browser.newPage();
  const messages = [];
  tab.on('console', (m) => {
    const from = m.location()?.url ?? '';
    if (!ignore(from) && (m.type() === 'error' || m.type() === 'warn')) messages.push(`${m.type()}: ${m.text()} (${from})`);
  });
  tab.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await tab.setRequestInterception(true);
  tab.on('request', (request) => {
    if (request.url().includes(script)) held.then(() => request.continue());
    else request.continue();
  });
  const navigation = tab.goto(url, { waitUntil: 'load' });
  // The module script's tag comes after the content: once it is parsed, so is every element.
  await tab.waitForFunction((s, n) => document.querySelector('script[type="module"][src]') && [...document.querySelectorAll(s)].filter((el) => el.shadowRoot).length === n, { timeout: 15000 }, selector, count);
  await tab.evaluate((s) => {
    window.__serverNodes = [...document.querySelectorAll(s)].map((el) => ({ root: el.shadowRoot, nodes: [...el.shadowRoot.querySelectorAll('*')], light: [...el.querySelectorAll('*')] }));
  }, selector);
  release();
  await navigation;
  await settle(tab);
  const kept = await tab.evaluate((s, inPlace) =>
    [...document.querySelectorAll(s)].map((el, i) => {
      const before = window.__serverNodes[i];
      const after = [...el.shadowRoot.querySelectorAll('*')];
      // An element shown in place (the list, the TL;DR) does not hydrate: its frame is rendered
      // again, and what is kept is the content, the light-DOM nodes the server sent.
      if (inPlace.includes(el.localName)) return { tag: el.localName, nodes: before.light.length, same: before.light.every((node) => node.isConnected && el.contains(node)) };
      return { tag: el.localName, nodes: before.nodes.length, same: el.shadowRoot === before.root && after.length === before.nodes.length && after.every((node, j) => node === before.nodes[j]) };
    }),
  selector, SHOWN_IN_PLACE);
  return { tab, messages, kept };
}

/** Opens `url` with JavaScript disabled: what a reader without scripts gets. */
export async function openWithoutScripts(browser, url) {
  const tab = await browser.newPage();
  await tab.setJavaScriptEnabled(false);
  await tab.goto(url, { waitUntil: 'load' });
  return tab;
}

/**
 * Runs in a page (pass it to `page.$eval` or `page.evaluate` with an element): the text an element
 * shows, whitespace collapsed. Its shadow root, each slot replaced by what is assigned to it (the
 * content an element shows in place, from its light DOM) or by its fallback, and an image by its
 * `alt` (WordPress's emoji script puts images in place of emoji in the page's HTML).
 */
export function shownText(el) {
  const flat = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return node.data;
    if (node.localName === 'img') return node.alt;
    if (node.localName === 'slot') return (node.assignedNodes().length ? node.assignedNodes() : [...node.childNodes]).map(flat).join('');
    if (/^(script|style|template)$/.test(node.localName ?? '')) return '';
    return [...(node.shadowRoot ?? node).childNodes].map(flat).join('');
  };
  return flat(el.shadowRoot ?? el).replace(/\s+/g, ' ').trim();
}
