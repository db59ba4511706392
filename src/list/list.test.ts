import { expect, fixture, html } from '@open-wc/testing';
import './sov-list.js';
import type { SovList } from './list.js';
import { contentSourceSuite } from '../test-utils/content-suite.js';
import { captureConsole, errorBox, settled, shadow, shadowText, twoFrames } from '../test-utils/helpers.js';

const block = {
  type: 'list',
  title: 'Avantages',
  items: [
    { icon: '🔐', term: 'Code ouvert', text: 'auditabilité totale.' },
    { text: 'Un point sans icône ni terme.' },
  ],
};

describe('<sov-list>', () => {
  contentSourceSuite({
    tag: 'sov-list',
    block,
    marker: 'auditabilité totale.',
    authored: '<h3>Liste écrite</h3><ul><li>🚀 Vitesse : très rapide.</li><li>Sans emoji</li></ul>',
    htmlMarker: 'très rapide.',
    packRef: 'souverainete-numerique#avantages',
    packMarker: 'Accès complet au code',
    invalid: { type: 'list', items: [{ icon: '🔐' }] },
    invalidPath: 'items[0].text',
    withText: (text) => ({ ...block, title: text, items: [{ term: text, text }] }),
  });

  describe('rendering', () => {
    it('shows the content as native HTML in its light DOM, through the slot, laid out once', async () => {
      const el = await fixture<SovList>(html`<sov-list lang="fr" .data=${block}></sov-list>`);
      await settled(el);
      const slot = shadow(el).querySelector('slot')!;
      const shown = slot.assignedElements();
      expect(shown.map((node) => node.localName)).to.deep.equal(['h3', 'ul']);
      expect(shown.every((node) => node.parentNode === el)).to.equal(true);
      // The shadow root holds the frame only: no copy of the text.
      expect(shadow(el).textContent!.trim()).to.equal('');
      expect(el.querySelectorAll(':scope > ul > li')).to.have.length(2);
    });

    it('hides the icon from assistive technology and keeps the term emphasised', async () => {
      const el = await fixture<SovList>(html`<sov-list lang="fr" .data=${block}></sov-list>`);
      await settled(el);
      const item = el.querySelector(':scope > ul > li')!;
      const icon = item.querySelector('[data-sov-icon]')!;
      expect(icon.getAttribute('aria-hidden')).to.equal('true');
      expect(icon.textContent!.trim()).to.equal('🔐');
      expect(item.querySelector('strong')!.textContent).to.equal('Code ouvert');
      // French typography: a no-break space before the colon.
      expect(item.textContent!.replace(/[ \t\n]+/g, ' ')).to.contain('Code ouvert\u00a0: auditabilité');
      const bullet = el.querySelectorAll(':scope > ul > li')[1].querySelector('[data-sov-icon]')!;
      expect(bullet.getAttribute('aria-hidden')).to.equal('true');
      expect(bullet.textContent).to.equal('');
    });

    it('uses English punctuation in English', async () => {
      const el = await fixture<SovList>(html`<sov-list lang="en" .data=${block}></sov-list>`);
      await settled(el);
      expect(shadowText(el)).to.contain('Code ouvert: auditabilité');
    });

    it('renders the title as a heading, level 3 by default, `heading-level` sets it', async () => {
      const el = await fixture<SovList>(html`<sov-list .data=${block}></sov-list>`);
      await settled(el);
      expect(el.querySelector(':scope > h3')!.textContent).to.equal('Avantages');
      el.headingLevel = 4;
      await el.updateComplete;
      expect(el.querySelector(':scope > h4')!.textContent).to.equal('Avantages');
      expect(el.querySelector(':scope > h3')).to.equal(null);
      el.headingLevel = undefined;
      await el.updateComplete;
      expect(el.querySelector(':scope > h3'), 'back to the default, not the level it generated').to.exist;
    });

    it('keeps an authored heading and its level, and the author’s nodes themselves', async () => {
      const el = await fixture<SovList>(html`<sov-list><h2 id="titre">Titre</h2><ul><li>Point</li></ul></sov-list>`);
      const heading = el.querySelector('h2')!;
      const point = el.querySelector('li')!.lastChild;
      await settled(el);
      expect(shadow(el).querySelector('slot')!.assignedElements()).to.deep.equal([heading, el.querySelector('ul')]);
      expect(el.querySelector('li')!.lastChild).to.equal(point);
      expect(heading.id).to.equal('titre');
    });

    it('shows only the content of the source in effect, and the authored content again without it', async () => {
      const el = await fixture<SovList>(html`<sov-list><h3>Écrit</h3><ul><li>Point écrit</li></ul></sov-list>`);
      await settled(el);
      el.data = block;
      await settled(el);
      expect(shadowText(el)).to.contain('auditabilité totale.').and.not.contain('Point écrit');
      expect(el.querySelectorAll(':scope > ul')).to.have.length(2);
      // The built title, after the authored fallback, is styled as the title all the same.
      expect(getComputedStyle(el.querySelector(':scope > h3[data-sov-generated]')!).marginBlockStart).to.equal('0px');
      el.data = undefined;
      await settled(el);
      expect(shadowText(el)).to.contain('Point écrit').and.not.contain('auditabilité');
      expect(el.querySelectorAll(':scope > ul')).to.have.length(1);
    });

    it('wraps the emoji again when a framework rewrites a point’s text', async () => {
      const el = await fixture<SovList>(html`<sov-list><ul><li>🚀 Vitesse</li></ul></sov-list>`);
      await settled(el);
      const li = el.querySelector('li')!;
      const text = li.lastChild as Text;
      expect(li.querySelector('[data-sov-icon]')!.textContent!.trim()).to.equal('🚀');
      // As React does: the same text node is given its new value, emoji included.
      text.data = '🛸 Vitesse de croisière';
      await settled(el);
      await settled(el);
      expect(li.querySelectorAll('[data-sov-icon]')).to.have.length(1);
      expect(li.querySelector('[data-sov-icon]')!.textContent!.trim()).to.equal('🛸');
      expect(li.textContent!.trim()).to.equal('🛸 Vitesse de croisière');
    });

    it('keeps every emoji of a point across updates, and its icon when text is added after it', async () => {
      const el = await fixture<SovList>(html`<sov-list><ul><li>🇫🇷 ✅ Deux emoji</li></ul></sov-list>`);
      await settled(el);
      const li = el.querySelector('li')!;
      for (const layout of ['grid', 'list', 'grid'] as const) {
        el.layout = layout;
        await settled(el);
      }
      expect(li.querySelectorAll('[data-sov-icon]')).to.have.length(1);
      expect(li.querySelector('[data-sov-icon]')!.textContent!.trim()).to.equal('🇫🇷');
      expect(li.textContent!.replace(/\s+/g, ' ').trim()).to.equal('🇫🇷 ✅ Deux emoji');
      // An editor appends to the point's text: the icon stays, once.
      (li.lastChild as Text).appendData(' de plus');
      await settled(el);
      await settled(el);
      expect(li.querySelectorAll('[data-sov-icon]')).to.have.length(1);
      expect(li.textContent!.replace(/\s+/g, ' ').trim()).to.equal('🇫🇷 ✅ Deux emoji de plus');
    });

    it('shows its built content once when cloned', async () => {
      const el = await fixture<SovList>(html`<sov-list content="souverainete-numerique#avantages"></sov-list>`);
      await settled(el);
      const copy = el.cloneNode(true) as SovList;
      el.after(copy);
      await settled(copy);
      expect(copy.querySelectorAll(':scope > ul')).to.have.length(1);
      expect(copy.querySelectorAll(':scope > ul > li > [data-sov-icon]')).to.have.length(copy.querySelectorAll(':scope > ul > li').length);
    });

    it('takes the href off an authored link whose scheme is not allowed, keeping its text', async () => {
      // Parsed as a page's HTML would be (a template literal would not carry this href past the linter).
      const el = document.createElement('sov-list') as SovList;
      el.append(...Array.from(new DOMParser().parseFromString('<ul><li><a href="javascript:alert(1)">piège</a> et <a href="https://a.fr/">lien</a></li></ul>', 'text/html').body.childNodes));
      (await fixture<HTMLElement>(html`<div></div>`)).append(el);
      await settled(el);
      const [bad, good] = Array.from(el.querySelectorAll('a'));
      expect(bad.hasAttribute('href')).to.equal(false);
      expect(bad.textContent).to.equal('piège');
      expect(good.getAttribute('href')).to.equal('https://a.fr/');
    });

    it('lays items out as tiles that reflow by its own width', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: 900px"><sov-list layout="grid" .data=${{ ...block, items: [...block.items, ...block.items] }}></sov-list></div>`);
      const el = wrapper.querySelector('sov-list')!;
      await settled(el);
      const items = Array.from(el.querySelectorAll(':scope > ul > li'));
      const wideTops = new Set(items.map((i) => i.getBoundingClientRect().top));
      expect(wideTops.size).to.be.lessThan(items.length);
      wrapper.style.inlineSize = '200px';
      await twoFrames();
      const narrowTops = new Set(items.map((i) => i.getBoundingClientRect().top));
      expect(narrowTops.size).to.equal(items.length);
    });

    it('styles its content inside another element’s shadow root too', async () => {
      const host = await fixture<HTMLElement>(html`<div></div>`);
      const root = host.attachShadow({ mode: 'open' });
      const el = document.createElement('sov-list') as SovList;
      el.data = block;
      root.append(el);
      await settled(el);
      expect(getComputedStyle(el.querySelector('ul')!).listStyleType).to.equal('none');
    });
  });

  describe('language', () => {
    it('follows a move into a container of another language', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div><section lang="fr"><sov-list .data=${block}></sov-list></section><section lang="en"></section></div>`);
      const el = wrapper.querySelector<SovList>('sov-list')!;
      await settled(el);
      expect(el.textContent!.replace(/[ \t\n]+/g, ' ')).to.contain('Code ouvert\u00a0: auditabilité');
      wrapper.querySelector('[lang="en"]')!.append(el);
      await settled(el);
      expect(shadowText(el)).to.contain('Code ouvert: auditabilité');
    });
  });

  describe('light-DOM reader', () => {
    it('reads emoji, term and description, and text without either, keeping the author’s markup', async () => {
      const el = await fixture<SovList>(html`<sov-list><p>Titre</p><ul>
        <li>🔐 Accès complet au code : auditabilité totale.</li>
        <li>🛡️ Tests automatisés sur chaque version.</li>
        <li>Juste du texte, sans icône.</li>
        <li><strong>Terme</strong> : avec <em>emphase</em> et <a href="https://fr.wikipedia.org/wiki/Linux_(noyau)">un lien</a>.</li>
      </ul></sov-list>`);
      await settled(el);
      const items = Array.from(el.querySelectorAll(':scope > ul > li'));
      expect(items).to.have.length(4);
      expect(items.map((li) => li.querySelector('[data-sov-icon]')!.textContent!.trim())).to.deep.equal(['🔐', '🛡️', '', '']);
      expect(items[2].textContent).to.contain('Juste du texte, sans icône.');
      expect(items[3].querySelector('strong')!.textContent).to.equal('Terme');
      expect(items[3].querySelector('em')!.textContent).to.equal('emphase');
      expect(items[3].querySelector('a')!.getAttribute('href')).to.equal('https://fr.wikipedia.org/wiki/Linux_(noyau)');
      expect(items[3].querySelector('a')!.textContent).to.equal('un lien');
    });

    it('hides an emoji image (as WordPress puts one) with the icon', async () => {
      const el = await fixture<SovList>(html`<sov-list><ul><li><img class="emoji" alt="🔐" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" /> Point</li></ul></sov-list>`);
      await settled(el);
      const icon = el.querySelector('li > [data-sov-icon]')!;
      expect(icon.getAttribute('aria-hidden')).to.equal('true');
      expect(icon.querySelector('img.emoji')).to.exist;
    });
  });

  describe('light-DOM reader: edge cases', () => {
    it('reads English "Term: text", an `<ol>`, skin tones and flags as one icon', async () => {
      const el = await fixture<SovList>(html`<sov-list lang="en"><h3>Title</h3><ol>
        <li>🚀 Speed: very fast.</li>
        <li>Note. This is a sentence : not a term.</li>
        <li>👍🏽 Skin-tone emoji stay one icon.</li>
        <li>🇫🇷 Flags too.</li>
      </ol></sov-list>`);
      await settled(el);
      const items = Array.from(el.querySelectorAll(':scope > ol > li'));
      expect(items.map((li) => li.querySelector('[data-sov-icon]')!.textContent!.trim())).to.deep.equal(['🚀', '', '👍🏽', '🇫🇷']);
      expect(items[0].textContent!.replace(/\s+/g, ' ')).to.contain('Speed: very fast.');
      expect(items[1].textContent).to.contain('Note. This is a sentence : not a term.');
      expect(items[2].lastChild!.textContent).to.equal('Skin-tone emoji stay one icon.');
    });

    it('renders no heading without a title', async () => {
      const el = await fixture<SovList>(html`<sov-list .data=${{ type: 'list', items: [{ icon: '🔐', text: 'Seul point' }] }}></sov-list>`);
      await settled(el);
      expect(el.querySelector('h1, h2, h3, h4, h5, h6')).to.equal(null);
      expect(el.querySelectorAll('li')).to.have.length(1);
    });

    it('shows an error without a list, and the authored text with it', async () => {
      const { result: el, errors } = await captureConsole(async () => {
        const el = await fixture<SovList>(html`<sov-list><h3>Titre seul</h3></sov-list>`);
        await settled(el);
        return el;
      });
      expect(errorBox(el)!.textContent).to.contain('expected a heading or paragraph, then a <ul> of points');
      expect(shadowText(el)).to.contain('Titre seul');
      expect(errors).to.have.length(1);
    });
  });

  describe('properties', () => {
    it('reflects `layout`', async () => {
      const el = await fixture<SovList>(html`<sov-list .data=${block}></sov-list>`);
      await settled(el);
      el.layout = 'grid';
      await el.updateComplete;
      expect(el.getAttribute('layout')).to.equal('grid');
    });
  });

  describe('parts and tokens', () => {
    it('exposes the base part around the slot', async () => {
      const el = await fixture<SovList>(html`<sov-list .data=${block}></sov-list>`);
      await settled(el);
      expect(shadow(el).querySelector('[part~="base"] > slot')).to.exist;
    });

    it('sizes icons with --sov-list-icon-size', async () => {
      const el = await fixture<SovList>(html`<sov-list .data=${block}></sov-list>`);
      el.style.setProperty('--sov-list-icon-size', '40px');
      await settled(el);
      expect(getComputedStyle(el.querySelector('[data-sov-icon]')!).fontSize).to.equal('40px');
    });

    it('takes the host page’s font and a theme’s rules for its own points', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div class="theme" style="font-family: Georgia, serif"><sov-list .data=${block}></sov-list></div>`);
      const el = wrapper.querySelector('sov-list')!;
      await settled(el);
      const li = el.querySelector('li')!;
      expect(getComputedStyle(li).fontFamily).to.equal(getComputedStyle(wrapper).fontFamily);
      // A page stylesheet reaches the points, since they are the page's own HTML.
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('.theme li strong { color: rgb(1, 2, 3); }');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      try {
        expect(getComputedStyle(li.querySelector('strong')!).color).to.equal('rgb(1, 2, 3)');
      } finally {
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
      }
    });
  });

  describe('accessibility', () => {
    it('has no axe violations, in list and grid layouts', async () => {
      const el = await fixture<SovList>(html`<sov-list content="souverainete-numerique#avantages"></sov-list>`);
      await settled(el);
      await expect(el).to.be.accessible();
      el.layout = 'grid';
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });
});
