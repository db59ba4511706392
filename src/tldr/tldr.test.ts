import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { a11ySnapshot, executeServerCommand, findAccessibilityNode, sendKeys } from '@web/test-runner-commands';
import './sov-tldr.js';
import type { SovTldr } from './tldr.js';
import { contentSourceSuite } from '../test-utils/content-suite.js';
import { captureConsole, errorBox, settled, shadow, shadowText } from '../test-utils/helpers.js';

const block = {
  type: 'tldr',
  title: 'À retenir',
  items: ['✅ Premier point à retenir.', '✔️ Deuxième point.', '☑️ Troisième point.', 'Quatrième point, sans coche.'],
};

const TONES = ['neutral', 'info', 'success', 'warning'] as const;

type Rgba = [number, number, number, number];

/** Parses a computed colour: `rgb()`, `rgba()` (comma or space syntax) and `color(srgb r g b / a)`. */
function parseColor(value: string): Rgba {
  const srgb = /^color\(srgb\s+([\d.e+-]+)\s+([\d.e+-]+)\s+([\d.e+-]+)(?:\s*\/\s*([\d.e+-]+%?))?\)$/.exec(value.trim());
  if (srgb) {
    const alpha = srgb[4] === undefined ? 1 : srgb[4].endsWith('%') ? parseFloat(srgb[4]) / 100 : Number(srgb[4]);
    return [Number(srgb[1]) * 255, Number(srgb[2]) * 255, Number(srgb[3]) * 255, alpha];
  }
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(value.trim());
  if (rgb) {
    const alpha = rgb[4] === undefined ? 1 : rgb[4].endsWith('%') ? parseFloat(rgb[4]) / 100 : Number(rgb[4]);
    return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), alpha];
  }
  if (value === 'transparent') return [0, 0, 0, 0];
  throw new Error(`cannot parse colour "${value}"`);
}

/** `top` composited over an opaque `bottom`. */
function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i] * a + bottom[i] * (1 - a)).concat(1) as Rgba;
}

function luminance([r, g, b]: Rgba): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

function contrast(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The content shown through the card's slot: the author's light DOM, or the nodes built from a JSON source. */
const shown = (el: Element) => shadow(el).querySelector('slot')!.assignedElements();
const list = (el: Element) => shown(el).find((node) => node.localName === 'ul' || node.localName === 'ol')!;
const title = (el: Element) => shown(el).find((node) => /^(h[1-6]|p)$/.test(node.localName)) as HTMLElement;
const items = (el: Element) => Array.from(list(el).children) as HTMLElement[];
/** What a point shows: its rendered text (a hidden check mark is not part of it). */
const pointText = (li: HTMLElement) => li.innerText.trim();
const visibleItems = (el: Element) => items(el).filter((li) => li.getClientRects().length > 0);
const button = (el: Element) => shadow(el).querySelector<HTMLButtonElement>('[part~="button"]');

describe('<sov-tldr>', () => {
  contentSourceSuite({
    tag: 'sov-tldr',
    block,
    marker: 'Premier point à retenir.',
    authored: '<h3>Résumé écrit</h3><ul><li>✅ Un point <strong>fort</strong>.</li><li>Un autre point.</li></ul>',
    htmlMarker: 'Un point fort.',
    packRef: 'souverainete-numerique',
    packMarker: 'Allergique aux pavés ? Voilà ce qu’il faut retenir.',
    invalid: { type: 'tldr', title: 'Titre', items: ['Un point', 42] },
    invalidPath: 'items[1]',
    withText: (text) => ({ ...block, title: text, items: [text, `✅ ${text}`] }),
  });

  describe('rendering', () => {
    it('renders the article’s card from the pack: title and four points', async () => {
      const el = await fixture<SovTldr>(html`<sov-tldr lang="fr" content="souverainete-numerique"></sov-tldr>`);
      await settled(el);
      expect(title(el).localName).to.equal('h2');
      expect(title(el).textContent).to.equal('Allergique aux pavés ? Voilà ce qu’il faut retenir.');
      expect(items(el)).to.have.length(4);
      expect(pointText(items(el)[0])).to.match(/^L’open source brise le vendor lock-in/);
    });

    it('shows its content as native HTML in its light DOM, through the slot, laid out once', async () => {
      const el = await fixture<SovTldr>(html`<sov-tldr .data=${block}></sov-tldr>`);
      await settled(el);
      expect(shown(el).map((node) => node.localName)).to.deep.equal(['h2', 'ul']);
      expect(shown(el).every((node) => node.parentNode === el)).to.equal(true);
      // The shadow root holds the frame only: no copy of the text.
      expect(shadow(el).textContent!.trim()).to.equal('');
    });

    it('keeps the author’s nodes themselves, and their heading level', async () => {
      const el = await fixture<SovTldr>(html`<sov-tldr><h3 id="resume">Résumé</h3><ul><li>✅ Premier.</li><li>Second.</li></ul></sov-tldr>`);
      const heading = el.querySelector('h3')!;
      const second = el.querySelectorAll('li')[1].firstChild;
      await settled(el);
      expect(title(el)).to.equal(heading);
      expect(heading.id, 'an author’s id is never renamed').to.equal('resume');
      expect(el.querySelectorAll('li')[1].firstChild).to.equal(second);
      expect(el.getAttribute('aria-labelledby')).to.equal('resume');
    });

    it('is a region landmark named by its title', async () => {
      const el = await fixture<SovTldr>(html`<sov-tldr .data=${block}></sov-tldr>`);
      await settled(el);
      expect(el.getAttribute('role')).to.equal('region');
      const heading = document.getElementById(el.getAttribute('aria-labelledby')!)!;
      expect(heading).to.equal(title(el));
      expect(heading.localName).to.equal('h2');
      expect(heading.textContent).to.equal('À retenir');
    });

    it('gives two cards’ titles ids unique on the page', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div><p id="sov-tldr-title-1">déjà pris</p><sov-tldr .data=${block}></sov-tldr><sov-tldr><h2>Écrit</h2><ul><li>Point</li></ul></sov-tldr></div>`);
      const cards = Array.from(wrapper.querySelectorAll('sov-tldr'));
      await Promise.all(cards.map((el) => settled(el)));
      const ids = cards.map((el) => el.getAttribute('aria-labelledby')!);
      expect(new Set([...ids, 'sov-tldr-title-1']).size).to.equal(3);
      for (const id of ids) expect(document.querySelectorAll(`[id="${id}"]`)).to.have.length(1);
    });

    it('exposes the region and its name in the accessibility tree, where the engine gives one', async () => {      const el = await fixture<SovTldr>(html`<sov-tldr .data=${block}></sov-tldr>`);
      await settled(el);
      type Node = { role: string; name: string; children: Node[] };
      const snapshot = (await a11ySnapshot({})) as unknown as Node & { unsupported?: string };
      if (snapshot.unsupported) {
        // Only an engine without an accessibility-tree command may land here (Firefox through
        // WebDriver BiDi has no CDP; WebKit runs through classic WebDriver): the DOM relation
        // is tested above. A runner without the plugin still fails ("Unknown command").
        expect(snapshot.unsupported).to.match(/does not support CDP|not supported for browser type/);
        return;
      }
      const region = findAccessibilityNode<Node>(snapshot, (n) => n.role === 'region' && n.name === 'À retenir');
      expect(region, 'region named by the title').to.exist;
      expect(findAccessibilityNode<Node>(region!, (n) => n.role === 'heading' && n.name === 'À retenir'), 'heading').to.exist;
    });

    it('hides a leading check mark, the card drawing the icon: nothing shown or read twice', async () => {
      const el = await fixture<SovTldr>(html`<sov-tldr .data=${block}></sov-tldr>`);
      await settled(el);
      for (const li of items(el)) {
        // The icon is generated content without text (a ring and a tick drawn with borders): nothing to hear, nothing to focus.
        for (const pseudo of ['::before', '::after']) {
          const style = getComputedStyle(li, pseudo);
          expect(style.content, pseudo).to.equal('""');
          expect(parseFloat(style.borderBottomWidth), pseudo).to.be.above(0);
        }
        const mark = li.querySelector('[data-sov-check]');
        if (mark) {
          expect(mark.hasAttribute('hidden')).to.equal(true);
          expect(mark.getClientRects()).to.have.length(0);
        }
        expect(pointText(li)).not.to.match(/[\u2705\u2714\u2611]/u);
      }
      expect(items(el).map(pointText)).to.deep.equal(['Premier point à retenir.', 'Deuxième point.', 'Troisième point.', 'Quatrième point, sans coche.']);
    });

    it('hides the author’s check marks the same way, and WordPress’s emoji images', async () => {
      const el = await fixture<SovTldr>(html`<sov-tldr><h2>Titre</h2><ul><li>✅ Écrit.</li><li><img draggable="false" role="img" class="emoji" alt="✅" src="data:,">Image.</li></ul></sov-tldr>`);
      await settled(el);
      expect(items(el).map(pointText)).to.deep.equal(['Écrit.', 'Image.']);
      expect(items(el)[1].querySelector('[data-sov-check] > img.emoji')).to.exist;
    });

    it('hides the check mark of a point a framework rewrote, once', async () => {
      const el = await fixture<SovTldr>(html`<sov-tldr><h2>Titre</h2><ul><li>✅ Avant.</li></ul></sov-tldr>`);
      await settled(el);
      const li = items(el)[0];
      // React updates a text node's data; here the point's text node, after the hidden mark.
      (li.lastChild as Text).data = '✅ Après.';
      await settled(el);
      expect(pointText(li)).to.equal('Après.');
      expect(li.querySelectorAll('[data-sov-check]')).to.have.length(1);
      expect(li.textContent).to.equal('✅ Après.');
    });

    it('keeps other leading emoji as text', async () => {
      const el = await fixture<SovTldr>(html`<sov-tldr .data=${{ title: 'T', items: ['🚀 Plus vite.', '✅'] }}></sov-tldr>`);
      await settled(el);
      expect(items(el)[0].textContent!.trim()).to.equal('🚀 Plus vite.');
      // A point that is only a check mark keeps it rather than render empty.
      expect(items(el)[1].textContent!.trim()).to.equal('✅');
    });

    it('renders inline formatting in the title and points', async () => {
      const el = await fixture<SovTldr>(html`<sov-tldr .data=${{ title: 'Le *titre*', items: ['✅ Un **point** avec [un lien](https://example.org/).'] }}></sov-tldr>`);
      await settled(el);
      expect(title(el).querySelector('em')!.textContent).to.equal('titre');
      expect(items(el)[0].querySelector('strong')!.textContent).to.equal('point');
      expect(items(el)[0].querySelector('a')!.getAttribute('href')).to.equal('https://example.org/');
    });
  });

  describe('light-DOM reader', () => {
    it('reads a heading and a list, and takes the heading level from it', async () => {
      const el = await fixture<SovTldr>(html`<sov-tldr><h4>Titre écrit</h4><ol><li>✅ Premier.</li><li>Second <em>point</em>.</li></ol></sov-tldr>`);
      await settled(el);
      expect(title(el).localName).to.equal('h4');
      expect(title(el).textContent).to.equal('Titre écrit');
      expect(items(el).map(pointText)).to.deep.equal(['Premier.', 'Second point.']);
      expect(items(el)[1].querySelector('em')).to.exist;
    });

    it('exposes a paragraph title as a heading, at level 2 or `heading-level`', async () => {
      const el = await fixture<SovTldr>(html`<sov-tldr><p>Titre en paragraphe</p><ul><li>Point</li></ul></sov-tldr>`);
      await settled(el);
      const p = title(el);
      expect(p.localName, 'the author’s paragraph, not a copy').to.equal('p');
      expect([p.getAttribute('role'), p.getAttribute('aria-level')]).to.deep.equal(['heading', '2']);
      el.headingLevel = 4;
      await el.updateComplete;
      expect(p.getAttribute('aria-level')).to.equal('4');
      await expect(el).to.be.accessible();
    });

    it('shows an error naming the expected structure when text has no list', async () => {
      // A filter that strips <ul> leaves text the element cannot read: that must be visible.
      const { result: el, errors } = await captureConsole(async () => {
        const el = await fixture<SovTldr>(html`<sov-tldr><p>Rien d’autre</p></sov-tldr>`);
        await settled(el);
        return el;
      });
      expect(errorBox(el)!.textContent).to.contain('without a recognised structure: expected a heading or paragraph, then a <ul> of points');
      expect(errors).to.have.length(1);
    });

    it('says that the JSON wrapper was removed when the text is JSON', async () => {
      const { result: el, errors } = await captureConsole(async () => {
        const el = await fixture<SovTldr>(html`<sov-tldr>{ "title": "T", "items": ["a"] }</sov-tldr>`);
        await settled(el);
        return el;
      });
      expect(errorBox(el)!.textContent).to.contain('<script type="application/json"> wrapper was removed');
      expect(errors).to.have.length(1);
    });

    it('renders nothing and warns once, after the page has loaded, when it has no content at all', async () => {
      const { result: el, warnings } = await captureConsole(async () => {
        const el = await fixture<SovTldr>(html`<sov-tldr></sov-tldr>`);
        await settled(el);
        await new Promise((resolve) => setTimeout(resolve, 20));
        el.requestUpdate();
        await el.updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 20));
        return el;
      });
      expect(shadowText(el)).to.equal('');
      expect(warnings.filter((w) => w.includes('<sov-tldr> has no content'))).to.have.length(1);
      expect(warnings[0]).to.contain('wpautop');
    });
  });

  describe('properties', () => {
    it('sets the heading level with `heading-level`', async () => {
      const el = await fixture<SovTldr>(html`<sov-tldr heading-level="3" .data=${block}></sov-tldr>`);
      await settled(el);
      expect(title(el).localName).to.equal('h3');
      expect(title(el).textContent).to.equal('À retenir');
      el.headingLevel = 5;
      await settled(el);
      expect(title(el).localName).to.equal('h5');
      expect(el.querySelectorAll('h3, h5')).to.have.length(1);
      expect(document.getElementById(el.getAttribute('aria-labelledby')!)).to.equal(title(el));
    });

    it('shows every point when not collapsible', async () => {
      const el = await fixture<SovTldr>(html`<sov-tldr .data=${block}></sov-tldr>`);
      await settled(el);
      expect(visibleItems(el)).to.have.length(4);
      expect(button(el)).to.equal(null);
    });

    it('shows the first two points when collapsible, `visible-items` sets how many', async () => {
      const el = await fixture<SovTldr>(html`<sov-tldr collapsible .data=${block}></sov-tldr>`);
      await settled(el);
      expect(visibleItems(el)).to.have.length(2);
      expect(items(el).slice(2).every((li) => li.hidden)).to.equal(true);
      el.visibleItems = 3;
      await el.updateComplete;
      expect(visibleItems(el)).to.have.length(3);
    });

    it('renders no button when every point fits', async () => {
      const el = await fixture<SovTldr>(html`<sov-tldr collapsible visible-items="4" .data=${block}></sov-tldr>`);
      await settled(el);
      expect(visibleItems(el)).to.have.length(4);
      expect(button(el)).to.equal(null);
    });

    it('treats a nonsensical `visible-items` sensibly', async () => {
      const el = await fixture<SovTldr>(html`<sov-tldr collapsible visible-items="0" .data=${block}></sov-tldr>`);
      await settled(el);
      expect(visibleItems(el)).to.have.length(1);
      el.setAttribute('visible-items', 'abc');
      await el.updateComplete;
      expect(visibleItems(el)).to.have.length(2);
    });

    it('labels the button in the UI language', async () => {
      const el = await fixture<SovTldr>(html`<sov-tldr lang="en" collapsible .data=${block}></sov-tldr>`);
      await settled(el);
      expect(button(el)!.textContent!.trim()).to.equal('Show more');
      button(el)!.click();
      await el.updateComplete;
      expect(button(el)!.textContent!.trim()).to.equal('Show less');
    });

    it('falls back to the neutral tone for an unknown tone', async () => {
      const el = await fixture<SovTldr>(html`<sov-tldr .data=${block}></sov-tldr>`);
      el.setAttribute('tone', 'purple'); // an invalid value, as a CMS editor might type it
      await settled(el);
      expect(shadow(el).querySelector('[part~="base"]')!.classList.contains('tone-neutral')).to.equal(true);
    });
  });

  describe('keyboard', () => {
    it('reaches the disclosure with Tab and toggles it with Enter and Space, focus staying on it', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div lang="fr"><button>avant</button><sov-tldr collapsible .data=${block}></sov-tldr></div>`);
      const el = wrapper.querySelector('sov-tldr')!;
      await settled(el);
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      const btn = button(el)!;
      expect(shadow(el).activeElement).to.equal(btn);
      expect(btn.getAttribute('aria-expanded')).to.equal('false');
      expect(btn.textContent!.trim()).to.equal('Lire la suite');

      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(btn.getAttribute('aria-expanded')).to.equal('true');
      expect(btn.textContent!.trim()).to.equal('Réduire');
      expect(visibleItems(el)).to.have.length(4);
      expect(items(el).some((li) => li.hidden)).to.equal(false);
      expect(shadow(el).activeElement).to.equal(btn);

      await sendKeys({ press: ' ' }); // "Space" is unknown to Firefox's WebDriver BiDi keyboard
      await el.updateComplete;
      expect(btn.getAttribute('aria-expanded')).to.equal('false');
      expect(visibleItems(el)).to.have.length(2);
      expect(shadow(el).activeElement).to.equal(btn);
    });
  });

  describe('events', () => {
    it('fires sov-toggle when the user expands or collapses', async () => {
      const el = await fixture<SovTldr>(html`<sov-tldr collapsible .data=${block}></sov-tldr>`);
      await settled(el);
      setTimeout(() => button(el)!.click());
      const opened = await oneEvent(el, 'sov-toggle');
      expect(opened.detail).to.deep.equal({ id: 'more', open: true });
      expect(opened.bubbles && opened.composed).to.equal(true);
      setTimeout(() => button(el)!.click());
      const closed = await oneEvent(el, 'sov-toggle');
      expect(closed.detail).to.deep.equal({ id: 'more', open: false });
    });

    it('fires nothing for programmatic changes', async () => {
      const el = await fixture<SovTldr>(html`<sov-tldr .data=${block}></sov-tldr>`);
      await settled(el);
      let fired = 0;
      el.addEventListener('sov-toggle', () => fired++);
      el.collapsible = true;
      el.visibleItems = 1;
      el.tone = 'info';
      await el.updateComplete;
      expect(fired).to.equal(0);
    });
  });

  describe('accessibility', () => {
    for (const tone of TONES) {
      it(`has no axe violations in the ${tone} tone, collapsed and expanded`, async () => {
        const el = await fixture<SovTldr>(html`<sov-tldr lang="fr" tone=${tone} collapsible content="souverainete-numerique"></sov-tldr>`);
        await settled(el);
        await expect(el).to.be.accessible();
        button(el)!.click();
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });
    }

    for (const tone of TONES) {
      it(`keeps AA contrast in the ${tone} tone on a white page`, async () => {
        const wrapper = await fixture<HTMLElement>(html`<div style="background: #fff; color: #1a1a1a"><sov-tldr tone=${tone} collapsible .data=${block}></sov-tldr></div>`);
        const el = wrapper.querySelector('sov-tldr')!;
        await settled(el);
        const page = parseColor(getComputedStyle(wrapper).backgroundColor);
        const card = over(parseColor(getComputedStyle(shadow(el).querySelector('[part~="base"]')!).backgroundColor), page);
        const icon = over(parseColor(getComputedStyle(items(el)[0], '::before').borderTopColor), card);
        const text = over(parseColor(getComputedStyle(items(el)[0]).color), card);
        const heading = over(parseColor(getComputedStyle(title(el)).color), card);
        const label = over(parseColor(getComputedStyle(button(el)!).color), card);
        expect(contrast(icon, card), 'icon').to.be.at.least(3);
        expect(contrast(text, card), 'text').to.be.at.least(4.5);
        expect(contrast(heading, card), 'heading').to.be.at.least(4.5);
        expect(contrast(label, card), 'button').to.be.at.least(4.5);
      });
    }

    it('gives each tone a distinct accent', async () => {
      const accents = new Set<string>();
      for (const tone of TONES) {
        const el = await fixture<SovTldr>(html`<sov-tldr tone=${tone} .data=${block}></sov-tldr>`);
        await settled(el);
        accents.add(getComputedStyle(items(el)[0], '::before').borderTopColor);
      }
      expect(accents.size).to.equal(4);
    });
  });

  describe('parts and tokens', () => {
    it('exposes the documented parts', async () => {
      const el = await fixture<SovTldr>(html`<sov-tldr collapsible .data=${block}></sov-tldr>`);
      await settled(el);
      for (const part of ['base', 'button']) {
        expect(shadow(el).querySelector(`[part~="${part}"]`), part).to.exist;
      }
    });

    it('renders a lean point: the <li> and its text, the icon drawn by CSS, nothing in the shadow root', async () => {
      // Nodes per point (light DOM) and in the shadow root, measured between 10 and 30 points.
      const count = async (n: number) => {
        const el = await fixture<SovTldr>(html`<sov-tldr .data=${{ ...block, items: Array.from({ length: n }, (_, i) => `✅ Point ${i}`) }}></sov-tldr>`);
        await settled(el);
        const nodes = (root: Node) => {
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
          let total = 0;
          while (walker.nextNode()) total++;
          return total;
        };
        return { light: nodes(el), shadow: nodes(shadow(el)) };
      };
      const [ten, thirty] = [await count(10), await count(30)];
      // li, its text, the hidden check mark and its text, the whitespace between points.
      expect((thirty.light - ten.light) / 20).to.be.at.most(5);
      expect(thirty.shadow).to.equal(ten.shadow);
      const el = await fixture<SovTldr>(html`<sov-tldr .data=${block}></sov-tldr>`);
      await settled(el);
      expect(el.querySelector('svg')).to.equal(null);
    });

    it('keeps the icon visible in forced colours and in print (emulated media)', async function () {
      const emulate = (media: Record<string, string>) => executeServerCommand<boolean, Record<string, string>>('sov-emulate-media', media);
      const el = await fixture<SovTldr>(html`<sov-tldr .data=${block}></sov-tldr>`);
      await settled(el);
      const li = items(el)[0];
      try {
        // The emulation is a Chromium (DevTools protocol) command; the theming tests check the rules elsewhere.
        if (!(await emulate({ forcedColors: 'active' }))) this.skip();
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        for (const pseudo of ['::before', '::after']) {
          const style = getComputedStyle(li, pseudo);
          expect(parseFloat(style.borderBottomWidth), pseudo).to.be.above(0);
          expect(style.borderBottomColor, pseudo).to.equal(getComputedStyle(li).color);
        }
        await emulate({ media: 'print', forcedColors: 'none' });
        expect(getComputedStyle(li, '::before').borderTopColor).to.equal('rgb(0, 0, 0)');
      } finally {
        await emulate({ media: '', forcedColors: 'none' });
      }
    });

    it('takes its accent and background from --sov-tldr-accent and --sov-tldr-background', async () => {
      const el = await fixture<SovTldr>(html`<sov-tldr tone="warning" .data=${block}></sov-tldr>`);
      el.style.setProperty('--sov-tldr-accent', 'rgb(1, 2, 3)');
      el.style.setProperty('--sov-tldr-background', 'rgb(250, 240, 230)');
      await settled(el);
      expect(getComputedStyle(items(el)[0], '::before').borderTopColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(items(el)[0], '::after').borderBottomColor).to.equal('rgb(1, 2, 3)');
      const base = getComputedStyle(shadow(el).querySelector('[part~="base"]')!);
      expect(base.backgroundColor).to.equal('rgb(250, 240, 230)');
      expect(base.borderInlineStartColor).to.equal('rgb(1, 2, 3)');
    });

    it('inherits the host page’s font', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="font-family: Georgia, serif"><sov-tldr .data=${block}></sov-tldr></div>`);
      const el = wrapper.querySelector('sov-tldr')!;
      await settled(el);
      expect(getComputedStyle(items(el)[0]).fontFamily).to.equal(getComputedStyle(wrapper).fontFamily);
    });
  });

  describe('bad input', () => {
    it('reports authored HTML without a title', async () => {
      const { result: el, errors } = await captureConsole(() => fixture<SovTldr>(html`<sov-tldr><ul><li>Un point</li></ul></sov-tldr>`).then(async (el) => (await settled(el), el)));
      expect(errorBox(el)!.textContent).to.contain('title');
      expect(errors).to.have.length(1);
    });
  });

  describe('collapsing the author’s points', () => {
    it('folds and unfolds the author’s points in place, leaving a point the author hid hidden', async () => {
      const el = await fixture<SovTldr>(html`<sov-tldr collapsible visible-items="1"><h2>T</h2><ul><li>Un</li><li>Deux</li><li hidden>Caché</li></ul></sov-tldr>`);
      await settled(el);
      expect(visibleItems(el).map(pointText)).to.deep.equal(['Un']);
      button(el)!.click();
      await el.updateComplete;
      expect(visibleItems(el).map(pointText)).to.deep.equal(['Un', 'Deux']);
      expect(items(el)[2].hidden).to.equal(true);
      el.collapsible = false;
      await el.updateComplete;
      expect(items(el)[2].hidden).to.equal(true);
      expect(button(el)).to.equal(null);
    });

    it('counts points a framework adds to the author’s list', async () => {
      const el = await fixture<SovTldr>(html`<sov-tldr collapsible><h2>T</h2><ul><li>Un</li><li>Deux</li></ul></sov-tldr>`);
      await settled(el);
      expect(button(el)).to.equal(null);
      const li = document.createElement('li');
      li.textContent = 'Trois';
      el.querySelector('ul')!.append(li);
      await settled(el);
      expect(button(el)).to.exist;
      expect(li.hidden).to.equal(true);
    });
  });

  describe('not a card without content', () => {
    it('is no landmark while it shows an error', async () => {
      const { result: el } = await captureConsole(() => fixture<SovTldr>(html`<sov-tldr .data=${{ title: 'T', items: [42] }}></sov-tldr>`).then(async (el) => (await settled(el), el)));
      expect(errorBox(el)).to.exist;
      expect(el.hasAttribute('role')).to.equal(false);
      expect(el.hasAttribute('aria-labelledby')).to.equal(false);
    });
  });
});

