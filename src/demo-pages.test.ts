/**
 * The demo pages (demo/*.html) as a visitor meets them: loaded from the sources (the test server
 * maps `/souverain.js` to src/loader.ts) in an iframe whose width is the viewport, in French and
 * after the switch to English. No page scrolls sideways from 320 px up, side-by-side examples
 * start on one line, and no text of the other language is visible.
 */
import { expect, waitUntil } from '@open-wc/testing';

// The *-ssr.html pages are filled in by the build (scripts/ssr-pages.mjs) and so are not served from the sources.
const PAGES = ['index', 'article', 'cms', 'intranet', 'narrow', 'theming'];
const WIDTHS = [1280, 768, 360, 320];

type Sov = HTMLElement & { hasUpdated?: boolean };

const nextFrame = (win: Window) => new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));

/** Every element of the page and of the shadow roots inside it. */
function deepElements(root: Document | ShadowRoot): Element[] {
  const out: Element[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    out.push(el);
    if (el.shadowRoot) out.push(...deepElements(el.shadowRoot));
  }
  return out;
}

/** Waits until every element of the page has rendered its content (containers upgraded). */
async function settle(frame: HTMLIFrameElement): Promise<void> {
  const doc = frame.contentDocument!;
  await waitUntil(
    () => {
      const sov = deepElements(doc).filter((el): el is Sov => el.localName.startsWith('sov-'));
      const waiting = Array.from(doc.querySelectorAll('[data-sov]')).filter((c) => c.firstElementChild?.localName !== `sov-${c.getAttribute('data-sov')}`);
      return sov.length > 0 && waiting.length === 0 && sov.every((el) => el.hasUpdated && el.shadowRoot && !el.shadowRoot.querySelector('.loading'));
    },
    'demo page did not render',
    { timeout: 15000 }
  );
  await nextFrame(frame.contentWindow!);
  await nextFrame(frame.contentWindow!);
}

async function openPage(name: string): Promise<HTMLIFrameElement> {
  localStorage.removeItem('souverain-demo-lang');
  const frame = document.createElement('iframe');
  frame.title = name;
  frame.width = '1280';
  frame.height = '900';
  frame.style.border = '0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/demo/${name}.html`;
  document.body.append(frame);
  await loaded;
  await settle(frame);
  return frame;
}

async function resize(frame: HTMLIFrameElement, width: number): Promise<void> {
  frame.width = String(width);
  await nextFrame(frame.contentWindow!);
  await settle(frame);
}

/** What sticks out past the right edge of the viewport, for the failure message. */
function overflowing(frame: HTMLIFrameElement): string[] {
  const doc = frame.contentDocument!;
  const edge = doc.documentElement.clientWidth;
  return deepElements(doc)
    .filter((el) => el.getBoundingClientRect().right > edge + 0.5 && el.getBoundingClientRect().width > 0)
    .map((el) => `<${el.localName}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''}> right edge ${Math.round(el.getBoundingClientRect().right)}`)
    .slice(0, 5);
}

/** The nearest `lang` of a node, through shadow roots; `html` means only the page's own. */
function nearestLang(node: Node): { lang: string; element: Element | null } {
  let at: Node | null = node;
  while (at) {
    // The frame's nodes are not instances of this window's Element.
    if (at.nodeType === Node.ELEMENT_NODE && (at as Element).hasAttribute('lang')) return { lang: (at as Element).getAttribute('lang')!, element: at as Element };
    at = at.parentNode ?? (at as ShadowRoot).host ?? null;
  }
  return { lang: '', element: null };
}

/**
 * Visible text in the wrong language: text whose nearest `lang` is not the page's, and text of
 * the page itself (outside the elements and their shadow roots) that is not marked with a `lang` of its own
 * (untranslated text inherits the page's language and so would pass unnoticed). Text in
 * `translate="no"` (code, names) is exempt.
 */
function wrongLanguage(frame: HTMLIFrameElement, lang: string): string[] {
  const doc = frame.contentDocument!;
  const roots: (Document | ShadowRoot)[] = [doc, ...deepElements(doc).flatMap((el) => (el.shadowRoot ? [el.shadowRoot] : []))];
  const found: string[] = [];
  for (const root of roots) {
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.nodeValue ?? '').trim();
      const parent = node.parentElement;
      if (!/\p{L}/u.test(text) || !parent || parent.closest('head, script, style, [translate="no"]')) continue;
      if (!parent.checkVisibility({ visibilityProperty: true }) || !parent.getClientRects().length) continue;
      const nearest = nearestLang(node);
      // Content an element shows in place (its light DOM) takes the element's language, as its
      // UI does; the page's own text must carry a lang of its own.
      const unmarked = root === doc && nearest.element === doc.documentElement && !parent.closest('sov-tldr, sov-list, sov-table, sov-checklist, sov-faq, sov-article');
      if (!nearest.lang.startsWith(lang) || unmarked) found.push(`"${text.slice(0, 60)}" (lang ${unmarked ? 'of the page only' : nearest.lang || 'none'})`);
    }
  }
  return found;
}

describe('demo pages', function () {
  this.timeout(120000);
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => {
    frame?.remove();
    localStorage.removeItem('souverain-demo-lang');
  });

  for (const name of PAGES) {
    it(`${name}.html: no horizontal scrolling at 1280, 768, 360 and 320 px, and every visible text in the chosen language, French then English`, async () => {
      frame = await openPage(name);
      const doc = frame.contentDocument!;
      const frenchTitle = doc.title;
      for (const lang of ['fr', 'en']) {
        if (lang === 'en') {
          doc.querySelector<HTMLButtonElement>('[data-lang="en"]')!.click();
          await settle(frame);
          expect(doc.documentElement.lang).to.equal('en');
          expect(doc.title, 'title in English').not.to.equal(frenchTitle);
        }
        for (const width of WIDTHS) {
          await resize(frame, width);
          const { scrollWidth, clientWidth } = doc.documentElement;
          expect(scrollWidth, `${name}.html (${lang}) at ${width} px is ${scrollWidth} px wide: ${overflowing(frame).join(', ')}`).to.be.at.most(clientWidth);
          // Side-by-side examples (one row at 1280 px) start on the same line.
          if (width === 1280) {
            for (const example of Array.from(doc.querySelectorAll('.example'))) {
              const tops = Array.from(example.children, (c) => c.getClientRects()[0]?.top).filter((top) => top !== undefined);
              expect(tops.map((top) => Math.round(top - tops[0])), `${name}.html: tops of <${example.firstElementChild!.localName}> and its neighbours`).to.deep.equal(tops.map(() => 0));
            }
          }
        }
        expect(wrongLanguage(frame, lang), `${name}.html in ${lang}`).to.deep.equal([]);
      }
    });
  }
});
