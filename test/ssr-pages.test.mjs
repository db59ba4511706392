// The server-rendered demo pages with the shipped files (dist/souverain.js, its chunks, Lit's
// production build): every element hydrates in place — the nodes the server sent are the nodes
// after hydration; the list, shown in place, keeps its light DOM instead — with no console message, no CSP violation, and the pages are styled and
// readable with JavaScript disabled. The browser tests (src/ssr/ssr.test.ts) run the sources with
// Lit's development build; this runs what a site serves, where Lit's private names differ.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, settle, SHOWN_IN_PLACE } from './helpers.mjs';

/** Before any script runs: the nodes of every server-rendered shadow root, kept for comparison. */
function keepServerNodes() {
  window.__server = [];
  document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive') return;
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (!el.localName.startsWith('sov-') || !el.shadowRoot) continue;
        window.__server.push({ host: el, nodes: [...el.shadowRoot.querySelectorAll('*')] });
        walk(el.shadowRoot);
      }
    };
    walk(document);
  });
}

async function open(browser, url, { javaScript = true } = {}) {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (m) => problems.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  // Firefox was launched with scripts off (see launch()); Chromium turns them off per tab.
  if (!javaScript && !/firefox/i.test(await browser.version())) await page.setJavaScriptEnabled(false);
  if (javaScript) {
    await page.evaluateOnNewDocument(keepServerNodes);
    await page.evaluateOnNewDocument(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
  }
  const response = await page.goto(url);
  return { page, problems, response };
}

for (const [engine, file] of ['chromium', 'firefox'].flatMap((engine) => ['article-ssr.html', 'intranet-ssr.html'].map((file) => [engine, file]))) {
  test(`${file} in ${engine}: the shipped bundle hydrates every server-rendered element in place`, async () => {
    const { server, origin } = await startServer();
    const browser = await launch(engine);
    try {
      const { page, problems } = await open(browser, `${origin}/demo/${file}`);
      await settle(page);
      const result = await page.evaluate((shownInPlace) => {
        const hosts = window.__server;
        // An element shown in place (the list, the TL;DR) does not hydrate: its frame is rendered
        // again and its content is in its light DOM (built from the article's data when nested).
        const inPlace = (h) => shownInPlace.includes(h.host.localName);
        return {
          hosts: hosts.length,
          nested: hosts.filter((h) => h.host.getRootNode() instanceof ShadowRoot).length,
          rendered: hosts.filter((h) => !inPlace(h) && h.nodes.some((n) => !n.isConnected || n.getRootNode() !== h.host.shadowRoot)).map((h) => ({ tag: h.host.localName, nested: h.host.getRootNode() instanceof ShadowRoot, id: h.host.shadowRoot.querySelector('[part~="button"]')?.id })),
          inPlace: hosts.filter(inPlace).map((h) => `${h.host.querySelectorAll(':scope > ul > li, :scope > details').length} points in the light DOM, ${h.host.shadowRoot.querySelectorAll('ul, details').length} in the shadow root`),
          empty: hosts.filter((h) => !(inPlace(h) ? h.host : h.host.shadowRoot).textContent.trim()).map((h) => h.host.localName),
          deferred: hosts.filter((h) => h.host.hasAttribute('defer-hydration')).length,
          violations: window.__violations,
        };
      }, SHOWN_IN_PLACE);
      assert.ok(result.hosts >= 10, `${result.hosts} server-rendered elements`);
      assert.ok(result.nested >= 9, `${result.nested} nested in the article`);
      // The FAQ, shown in place, keeps its light DOM even where the page shows it twice (the
      // intranet page): the ids printed are the page's HTML, kept as they are.
      assert.deepEqual(result.rendered, [], 'no server-rendered node replaced');
      assert.ok(result.inPlace.length >= 5, `${result.inPlace.length} lists, TL;DR cards and FAQs`);
      for (const list of result.inPlace) assert.match(list, /^[1-9]\d* points in the light DOM, 0 in the shadow root$/);
      assert.deepEqual(result.empty, []);
      assert.equal(result.deferred, 0, 'every nested element was released by its parent');
      assert.deepEqual(result.violations, []);
      assert.deepEqual(problems, []);
      // Upgraded means working: the FAQ's first question opens its answer, with its copy link.
      const opened = await page.evaluate(async () => {
        const article = document.querySelector('sov-article');
        const faq = article.shadowRoot.querySelector('sov-faq');
        const summary = faq.querySelector(':scope > details > summary');
        summary.click();
        await new Promise((resolve) => setTimeout(resolve, 50));
        await faq.updateComplete;
        return [summary.parentElement.open, !!summary.parentElement.querySelector('[data-sov-copy] > button')];
      });
      assert.deepEqual(opened, [true, true]);
    } finally {
      await browser.close();
      server.close();
    }
  });

  test(`${file} in ${engine}: styled and readable with JavaScript disabled`, async () => {
    const { server, origin } = await startServer();
    const browser = await launch(engine, { javaScript: false });
    try {
      const { page, problems } = await open(browser, `${origin}/demo/${file}`, { javaScript: false });
      await page.waitForNetworkIdle({ idleTime: 200 });
      const result = await page.evaluate(() => {
        // Nested in the article, the FAQ's content is its slot's fallback: native details, which
        // open without a script.
        const faq = document.querySelector('sov-article').shadowRoot.querySelector('sov-faq');
        const items = [...faq.shadowRoot.querySelectorAll('details')];
        const question = faq.shadowRoot.querySelector('details > summary');
        for (const details of items) details.querySelector('summary').click();
        const answers = items.map((details) => details.querySelector(':scope > summary + *'));
        return {
          defined: [...document.querySelectorAll('*')].some((e) => customElements.get(e.localName)),
          answers: answers.length,
          hiddenAnswers: answers.filter((a) => !a || a.getBoundingClientRect().height === 0).length,
          questionFont: question && getComputedStyle(question).fontWeight,
          faqDisplay: getComputedStyle(faq).display,
        };
      });
      assert.equal(result.defined, false, 'no script ran');
      assert.ok(result.answers > 0, 'answers are in the server markup');
      assert.equal(result.hiddenAnswers, 0, 'every answer opens and reads without JavaScript');
      assert.ok(Number(result.questionFont) >= 600, `questions styled by the element stylesheet (font-weight ${result.questionFont})`);
      assert.equal(result.faqDisplay, 'block');
      assert.deepEqual(problems, []);
    } finally {
      await browser.close();
      server.close();
    }
  });
}
