/**
 * Server rendering in the browser: pages rendered by `souverain html --ssr` (served by the test
 * middleware) are compared with the client render, hydrated with the loader from the sources,
 * read with scripts disabled (a sandboxed frame) and under the intranet Content-Security-Policy.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../all.js';
import type { ArticleDocument } from '../content/schema.js';

type FrameWindow = Window & typeof globalThis & { __violations: string[] };

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((f) => f.remove()));

/** Loads a server-rendered page in a frame; `sandbox` disables its scripts. */
async function page(query: string, sandbox = false): Promise<{ doc: Document; win: FrameWindow }> {
  const frame = document.createElement('iframe');
  frame.width = '900';
  frame.height = '700';
  if (sandbox) frame.setAttribute('sandbox', 'allow-same-origin');
  frames.push(frame);
  document.body.append(frame);
  // Navigated once appended: Firefox and WebKit fire a load event for the initial about:blank.
  const loaded = new Promise<void>((resolve) => {
    const check = () => {
      if (frame.contentWindow?.location.pathname !== '/__test/ssr' || frame.contentDocument?.readyState !== 'complete') return;
      frame.removeEventListener('load', check);
      resolve();
    };
    frame.addEventListener('load', check);
  });
  frame.src = `/__test/ssr?${query}`;
  await loaded;
  return { doc: frame.contentDocument!, win: frame.contentWindow as FrameWindow };
}

/** Loads the loader (from the sources) into a frame's page and waits until `tags` are defined and updated. */
async function hydrate(doc: Document, win: FrameWindow, tags: string[]): Promise<void> {
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = '/src/loader.ts';
  doc.head.append(script);
  await Promise.all(tags.map((tag) => win.customElements.whenDefined(tag)));
  for (const el of Array.from(doc.querySelectorAll<HTMLElement & { updateComplete: Promise<boolean> }>(tags.join(',')))) await el.updateComplete;
}

/**
 * The shadow tree as text: elements, attributes and text, without Lit's comment markers and
 * the stylesheets. `hidden` is compared by presence (the server writes "until-found", which
 * browsers without it read as hidden).
 */
function serialize(node: Node): string {
  const el = node as Element;
  // Node types, not instanceof: the server's nodes belong to the frame's window.
  if (node.nodeType === Node.TEXT_NODE) return (node.textContent ?? '').replace(/\s+/g, ' ');
  if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return '';
  if (node.nodeType === Node.ELEMENT_NODE && ['STYLE', 'LINK', 'NOSCRIPT'].includes((node as Element).tagName)) return '';
  const children = Array.from(node.childNodes).map(serialize).join('');
  if (node.nodeType !== Node.ELEMENT_NODE) return children;
  const attrs = el
    .getAttributeNames()
    .filter((name) => !['defer-hydration', ...IN_PLACE_ATTRIBUTES].includes(name))
    .sort()
    .map((name) => (name === 'hidden' ? ' hidden' : ` ${name}="${el.getAttribute(name)}"`))
    .join('');
  return `<${el.localName}${attrs}>${children.replace(/> </g, '><').trim()}</${el.localName}>`;
}

/**
 * What marks the content an element built from JSON in its light DOM: the server prints the
 * same HTML without them, as an author would write it.
 */
const IN_PLACE_ATTRIBUTES = ['slot', 'data-sov-generated'];

/** An element's light DOM as text (see `serialize`), without the JSON-LD an FAQ adds. */
function serializeLight(el: Element): string {
  // The id a TL;DR gives its title counts the titles on each page.
  return Array.from(el.childNodes)
    .filter((node) => !(node.nodeType === Node.ELEMENT_NODE && (node as Element).localName === 'script'))
    .map(serialize)
    .join('')
    .replace(/> </g, '><')
    .replace(/ id="sov-tldr-title-\d+"/g, ' id="sov-tldr-title"')
    .trim();
}

/** Whether `el` (in a shadow root of a frame's page) has the focus. */
function focused(el: Element): boolean {
  return (el.getRootNode() as ShadowRoot).activeElement === el && el.ownerDocument.hasFocus();
}

async function pack(lang: string): Promise<ArticleDocument> {
  return (await (await fetch(`/content/souverainete-numerique.${lang}.json`)).json()) as ArticleDocument;
}

describe('server rendering', function () {
  this.timeout(20000);

  for (const [type, id, tag] of [
    ['table', 'independance', 'sov-table'],
    ['checklist', 'checklist', 'sov-checklist'],
  ] as const) {
    it(`renders the same shadow tree as the client (${type}, text and accessibility tree alike)`, async () => {
      for (const lang of ['fr', 'en']) {
        const { doc } = await page(`ref=${encodeURIComponent(`souverainete-numerique#${id}`)}&lang=${lang}&styles=link`);
        const server = doc.querySelector(tag)!;
        expect(server.shadowRoot, 'declarative shadow root').to.exist;
        const block = (await pack(lang)).blocks.find((b) => b.id === id)!;
        expect(block.type).to.equal(type);
        const client = document.createElement(tag) as HTMLElement & { data: unknown; updateComplete: Promise<boolean> };
        client.setAttribute('lang', lang);
        if (type !== 'table') client.setAttribute('heading-level', '3');
        client.data = block;
        document.body.append(client);
        try {
          await client.updateComplete;
          expect(serialize(server.shadowRoot!)).to.equal(serialize(client.shadowRoot!));
          expect(serialize(server.shadowRoot!)).to.include('<');
        } finally {
          client.remove();
        }
      }
    });
  }

  for (const [tag, id, frame, added, marker] of [
    ['sov-list', 'avantages', '<div class="root" part="base"><slot></slot></div>', ['span[icon]', 'span[icon]', 'span[icon]', 'span[icon]', 'div', 'slot'], '<ul><li>'],
    ['sov-tldr', 'tldr', '<div class="root tone-neutral" part="base"><slot></slot></div>', ['span[check]', 'span[check]', 'span[check]', 'span[check]', 'div', 'slot'], '<ul><li>'],
    // The FAQ's frame: its title's slot, the toolbar (five questions: expand and collapse all) and the live region.
    [
      'sov-faq',
      'faq',
      /^<div class="root" part="base"><slot name="sov-title"><\/slot><div class="toolbar" lang="(fr|en)"><div class="controls" part="controls"><button class="button" type="button">(Tout déplier|Expand all)<\/button><button class="button" type="button">(Tout replier|Collapse all)<\/button><\/div><\/div><p class="status" lang="(fr|en)" part="status" role="status"><\/p><slot><\/slot><\/div>$/,
      ['div', 'slot', 'div', 'div', 'button', 'button', 'p', 'slot'],
      '<details id="definition-souverainete"><summary>',
    ],
  ] as const) {
    it(`prints ${tag} as its native HTML, the frame alone in its shadow root; upgraded, it is what the client builds`, async () => {
      for (const lang of ['fr', 'en']) {
        const { doc, win } = await page(`ref=${encodeURIComponent(`souverainete-numerique#${id}`)}&lang=${lang}&styles=link`);
        const server = doc.querySelector(tag)!;
        if (typeof frame === 'string') expect(serialize(server.shadowRoot!)).to.equal(frame);
        else expect(serialize(server.shadowRoot!)).to.match(frame);
        expect(server.hasAttribute('data-sov-hash'), 'nothing to hydrate, no hash').to.equal(false);
        const block = (await pack(lang)).blocks.find((b) => b.id === id)!;
        const client = document.createElement(tag) as HTMLElement & { data: unknown; updateComplete: Promise<boolean> };
        client.setAttribute('lang', lang);
        client.setAttribute('heading-level', '3');
        client.data = block;
        document.body.append(client);
        try {
          await client.updateComplete;
          const printed = serializeLight(server);
          expect(printed).to.include(marker);
          await hydrate(doc, win, [tag]);
          expect(serializeLight(server)).to.equal(serializeLight(client));
          expect(serialize(server.shadowRoot!)).to.equal(serialize(client.shadowRoot!).replace(' name="sov-generated"', ''));
        } finally {
          client.remove();
        }
      }
    });

    it(`upgrades ${tag} in place: every server node kept, only the icons added, without a warning`, async () => {
      const { doc, win } = await page(`ref=${encodeURIComponent(`souverainete-numerique#${id}`)}`);
      const el = doc.querySelector(tag)!;
      const nodes = () => [...Array.from(el.querySelectorAll('*')), ...Array.from(el.shadowRoot!.querySelectorAll('*'))];
      const before = Array.from(el.querySelectorAll('*'));
      expect(before.length).to.be.greaterThan(3);
      const warn = sinonLike(win.console, 'warn');
      await hydrate(doc, win, [tag]);
      const after = nodes();
      expect(before.every((node) => after.includes(node)), 'every light-DOM node kept').to.be.true;
      const kind = (node: Element) => (node.hasAttribute('data-sov-icon') ? '[icon]' : node.hasAttribute('data-sov-check') ? '[check]' : '');
      expect(after.filter((node) => !before.includes(node)).map((node) => node.localName + kind(node))).to.deep.equal(added);
      expect(warn.calls).to.deep.equal([]);
    });
  }

  it('upgrades sov-faq in place, then its questions open and close as native details', async () => {
    const { doc, win } = await page(`ref=${encodeURIComponent('souverainete-numerique#faq')}`);
    const faq = doc.querySelector('sov-faq')!;
    const summary = faq.querySelector<HTMLElement>(':scope > details > summary')!;
    const details = summary.parentElement as HTMLDetailsElement;
    await hydrate(doc, win, ['sov-faq']);
    expect(summary.isConnected && faq.contains(summary), 'the server’s node').to.be.true;
    expect(faq.querySelector(':scope > h2')!.getAttribute('slot'), 'the title before the toolbar').to.equal('sov-title');
    // The keys go to the focused frame: focus it first (WebKit does not move focus into a frame
    // for an element's focus() called from the parent page).
    win.focus();
    summary.focus();
    expect(doc.activeElement, 'the question has focus').to.equal(summary);
    await sendKeys({ press: 'Enter' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(details.open).to.be.true;
    expect(details.querySelector('[data-sov-copy] > button'), 'the copy link of an open answer').to.exist;
  });

  for (const [tag, block] of [
    ['sov-table', 'independance'],
    ['sov-checklist', 'checklist'],
  ] as const) {
    it(`hydrates ${tag} in place from its server-rendered fallback, without a warning`, async () => {
      const { doc, win } = await page(`ref=${encodeURIComponent(`souverainete-numerique#${block}`)}`);
      const el = doc.querySelector(tag)!;
      const before = Array.from(el.shadowRoot!.querySelectorAll('*'));
      expect(before.length).to.be.greaterThan(3);
      const warn = sinonLike(win.console, 'warn');
      await hydrate(doc, win, [tag]);
      const after = Array.from(el.shadowRoot!.querySelectorAll('*'));
      expect(after.length).to.equal(before.length);
      expect(after.every((node, i) => node === before[i]), 'every node kept').to.be.true;
      expect(warn.calls).to.deep.equal([]);
    });
  }

  it('hydrates a whole article and the elements inside it in place', async () => {
    const { doc, win } = await page(`ref=souverainete-numerique`);
    const article = doc.querySelector('sov-article')!;
    const inner = article.shadowRoot!.querySelector('sov-checklist')!;
    expect(inner.shadowRoot, 'nested declarative shadow root').to.exist;
    // A list, TL;DR or FAQ inside the article is shown in place: its content moves from its
    // slot's fallback on the server to its light DOM, built from the article's data; the
    // article's own nodes stay.
    const IN_PLACE = 'sov-list, sov-tldr, sov-faq';
    const lists = Array.from(article.shadowRoot!.querySelectorAll(IN_PLACE));
    expect(lists.length).to.be.greaterThan(0);
    for (const list of lists) expect(list.shadowRoot!.querySelector('slot > ul > li, slot > details'), 'the content in the declarative shadow root').to.exist;
    const articleNodes = () => Array.from(article.shadowRoot!.querySelectorAll('*')).filter((node) => !node.parentElement?.closest(IN_PLACE));
    const before = [...articleNodes(), ...Array.from(inner.shadowRoot!.querySelectorAll('*'))];
    const warn = sinonLike(win.console, 'warn');
    await hydrate(doc, win, ['sov-article', 'sov-faq', 'sov-table', 'sov-checklist', 'sov-list', 'sov-tldr']);
    await (inner as unknown as { updateComplete: Promise<boolean> }).updateComplete;
    for (const list of lists) {
      await (list as unknown as { updateComplete: Promise<boolean> }).updateComplete;
      expect(list.querySelectorAll(':scope > ul > li, :scope > details').length, 'the content in the light DOM').to.be.greaterThan(0);
      expect(list.shadowRoot!.querySelector('ul, details'), 'no copy left in the shadow root').to.equal(null);
    }
    const after = [...articleNodes(), ...Array.from(inner.shadowRoot!.querySelectorAll('*'))];
    expect(after.length).to.equal(before.length);
    expect(after.every((node, i) => node === before[i]), 'every node kept').to.be.true;
    expect(inner.hasAttribute('defer-hydration')).to.be.false;
    expect(warn.calls).to.deep.equal([]);
    // The ids the article's fallback (its light DOM) holds for readers without scripts are not
    // taken for other elements' ids: the FAQ keeps the pack's ids, and its questions work.
    const faq = article.shadowRoot!.querySelector('sov-faq')!;
    const ids = (await pack('fr')).blocks.find((b) => b.id === 'faq')!;
    const details = Array.from(faq.querySelectorAll<HTMLDetailsElement>(':scope > details'));
    expect(details.map((d) => d.id)).to.deep.equal((ids as { items: { id: string }[] }).items.map((item) => item.id));
    expect(doc.getElementById(details[0].id), 'the fallback holds the id').to.exist;
    const summary = details[0].querySelector('summary')!;
    // The keys go to the focused frame: focus it first (WebKit does not move focus into a frame
    // for an element's focus() called from the parent page).
    win.focus();
    summary.focus();
    expect(focused(summary), 'the question has focus').to.equal(true);
    await sendKeys({ press: 'Enter' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(details[0].open).to.be.true;
  });

  it('re-renders with one warning when the content no longer matches the server render', async () => {
    const { doc, win } = await page(`ref=${encodeURIComponent('souverainete-numerique#independance')}`);
    const table = doc.querySelector('sov-table')!;
    const before = table.shadowRoot!.querySelector('tbody th, tbody td')!;
    // The page's HTML was edited after rendering (a CMS changed a cell's text).
    table.querySelector('tbody th, tbody td')!.textContent = 'Une cellule modifiée';
    const warn = sinonLike(win.console, 'warn');
    await hydrate(doc, win, ['sov-table']);
    expect(warn.calls.length).to.equal(1);
    expect(String(warn.calls[0][0])).to.include('does not match its content');
    expect(before.isConnected).to.be.false;
    const cell = table.shadowRoot!.querySelector('tbody th, tbody td')!;
    expect(cell.textContent!.trim()).to.equal('Une cellule modifiée');
    expect(getComputedStyle(table.shadowRoot!.querySelector('table')!).borderCollapse, 'styled').to.equal('separate');
  });

  it('without scripts: styled, every answer, cell and checklist item shown or reachable', async () => {
    const { doc } = await page('ref=souverainete-numerique', true);
    const root = doc.querySelector('sov-article')!.shadowRoot!;
    // The FAQ's questions are native details: they open without a script.
    const faq = root.querySelector('sov-faq')!.shadowRoot!;
    const items = Array.from(faq.querySelectorAll<HTMLDetailsElement>('details'));
    expect(items.length).to.be.greaterThan(3);
    for (const details of items) {
      const summary = details.querySelector('summary')!;
      // Not hidden (items out of view may be skipped by content-visibility until they near it).
      expect(summary.checkVisibility(), 'question shown').to.be.true;
      summary.click();
      expect(details.open, 'opens without a script').to.be.true;
      const answer = details.querySelector<HTMLElement>(':scope > :not(summary)')!;
      expect(answer.getBoundingClientRect().height, 'answer shown').to.be.greaterThan(10);
    }
    expect(getComputedStyle(faq.querySelector('summary')!).fontWeight, 'FAQ styled').to.equal('600');
    expect(getComputedStyle(faq.querySelector('.toolbar')!).display, 'script-only controls hidden').to.equal('none');
    const table = root.querySelector('sov-table')!.shadowRoot!;
    for (const cell of Array.from(table.querySelectorAll<HTMLElement>('td, th'))) expect(cell.checkVisibility()).to.be.true;
    const checklist = root.querySelector('sov-checklist')!.shadowRoot!;
    const boxes = Array.from(checklist.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'));
    expect(boxes.length).to.be.greaterThan(2);
    for (const box of boxes) {
      expect(box.checked, 'unchecked, as in the content').to.be.false;
      expect(box.disabled).to.be.false;
      expect(box.tabIndex).to.equal(0);
      expect(box.checkVisibility()).to.be.true;
    }
    expect(doc.defaultView!.customElements.get('sov-faq'), 'no script ran').to.be.undefined;
  });

  it('under the intranet CSP: linked stylesheets, no violation, styled and hydrated', async () => {
    const { doc, win } = await page(`ref=${encodeURIComponent('souverainete-numerique#faq')}&styles=link&csp=1&script=1`);
    const faq = doc.querySelector('sov-faq')!;
    await win.customElements.whenDefined('sov-faq');
    await (faq as unknown as { updateComplete: Promise<boolean> }).updateComplete;
    expect(win.__violations).to.deep.equal([]);
    const summary = faq.querySelector(':scope > details > summary')!;
    expect(getComputedStyle(summary).fontWeight).to.equal('600');
    expect(getComputedStyle(summary).cursor).to.equal('pointer');
    expect(getComputedStyle(faq.shadowRoot!.querySelector('.button')!).cursor, 'the frame styled').to.equal('pointer');
  });

  it('under the intranet CSP, inline styles in the shadow root are blocked (the reason for linked styles)', async () => {
    const { doc } = await page(`ref=${encodeURIComponent('souverainete-numerique#faq')}&csp=1`);
    const button = doc.querySelector('sov-faq')!.shadowRoot!.querySelector('.button')!;
    expect(getComputedStyle(button).cursor).not.to.equal('pointer');
  });

  it('reports the blocked inline style as a style-src violation (not WebKit, which blocks it without an event)', async function () {
    if (/AppleWebKit/.test(navigator.userAgent) && !/Chrome/.test(navigator.userAgent)) this.skip();
    const { win } = await page(`ref=${encodeURIComponent('souverainete-numerique#faq')}&csp=1`);
    expect(win.__violations.some((v) => v.startsWith('style-src'))).to.be.true;
  });
});

/** Records calls to `object[name]` without silencing them. */
function sinonLike<T extends object>(object: T, name: keyof T & string): { calls: unknown[][] } {
  const record = { calls: [] as unknown[][] };
  const original = object[name] as unknown as (...args: unknown[]) => void;
  (object as Record<string, unknown>)[name] = (...args: unknown[]) => {
    // Only Souverain's own warnings (the sources run Lit's development build, which warns too).
  if (String(args[0]).startsWith('[souverain]')) record.calls.push(args);
    original.apply(object, args);
  };
  return record;
}
