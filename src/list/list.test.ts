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
    it('renders the icon hidden from assistive technology and the term emphasised', async () => {
      const el = await fixture<SovList>(html`<sov-list lang="fr" .data=${block}></sov-list>`);
      await settled(el);
      const item = shadow(el).querySelector('[part~="item"]')!;
      expect(item.querySelector('[part~="icon"]')!.getAttribute('aria-hidden')).to.equal('true');
      expect(item.querySelector('strong[part~="term"]')!.textContent).to.equal('Code ouvert');
      // French typography: a no-break space before the colon.
      expect(item.textContent!.replace(/[ \t\n]+/g, ' ')).to.contain('Code ouvert\u00a0: auditabilité');
    });

    it('uses English punctuation in English', async () => {
      const el = await fixture<SovList>(html`<sov-list lang="en" .data=${block}></sov-list>`);
      await settled(el);
      expect(shadowText(el)).to.contain('Code ouvert: auditabilité');
    });

    it('renders the title as a heading, level 3 by default, `heading-level` sets it', async () => {
      const el = await fixture<SovList>(html`<sov-list .data=${block}></sov-list>`);
      await settled(el);
      expect(shadow(el).querySelector('h3')!.textContent).to.equal('Avantages');
      el.headingLevel = 4;
      await el.updateComplete;
      expect(shadow(el).querySelector('h4')).to.exist;
    });

    it('takes the heading level from an authored heading', async () => {
      const el = await fixture<SovList>(html`<sov-list><h2>Titre</h2><ul><li>Point</li></ul></sov-list>`);
      await settled(el);
      expect(shadow(el).querySelector('h2')!.textContent).to.equal('Titre');
    });

    it('lays items out as tiles that reflow by its own width', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: 900px"><sov-list layout="grid" .data=${{ ...block, items: [...block.items, ...block.items] }}></sov-list></div>`);
      const el = wrapper.querySelector('sov-list')!;
      await settled(el);
      const items = Array.from(shadow(el).querySelectorAll('[part~="item"]')) as HTMLElement[];
      const wideTops = new Set(items.map((i) => i.getBoundingClientRect().top));
      expect(wideTops.size).to.be.lessThan(items.length);
      wrapper.style.inlineSize = '200px';
      await twoFrames();
      const narrowTops = new Set(items.map((i) => i.getBoundingClientRect().top));
      expect(narrowTops.size).to.equal(items.length);
    });
  });

  describe('language', () => {
    it('follows a move into a container of another language', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div><section lang="fr"><sov-list .data=${block}></sov-list></section><section lang="en"></section></div>`);
      const el = wrapper.querySelector<SovList>('sov-list')!;
      await settled(el);
      expect(shadow(el).textContent).to.contain('Code ouvert\u00a0: auditabilité');
      wrapper.querySelector('[lang="en"]')!.append(el);
      await settled(el);
      expect(shadowText(el)).to.contain('Code ouvert: auditabilité');
    });
  });

  describe('light-DOM reader', () => {
    it('parses emoji, term and description, and text without either', async () => {
      const el = await fixture<SovList>(html`<sov-list><p>Titre</p><ul>
        <li>🔐 Accès complet au code : auditabilité totale.</li>
        <li>🛡️ Tests automatisés sur chaque version.</li>
        <li>Juste du texte, sans icône.</li>
        <li><strong>Terme</strong> : avec <em>emphase</em> et <a href="https://fr.wikipedia.org/wiki/Linux_(noyau)">un lien</a>.</li>
      </ul></sov-list>`);
      await settled(el);
      const items = Array.from(shadow(el).querySelectorAll('[part~="item"]'));
      expect(items).to.have.length(4);
      expect(items[0].querySelector('[part~="icon"]')!.textContent).to.equal('🔐');
      expect(items[0].querySelector('[part~="term"]')!.textContent).to.equal('Accès complet au code');
      expect(items[1].querySelector('[part~="icon"]')!.textContent).to.equal('🛡️');
      expect(items[1].querySelector('[part~="term"]')).to.equal(null);
      expect(items[2].querySelector('[part~="icon"]')!.textContent).to.equal('');
      expect(items[2].textContent).to.contain('Juste du texte, sans icône.');
      expect(items[3].querySelector('[part~="term"]')!.textContent).to.equal('Terme');
      expect(items[3].querySelector('em')!.textContent).to.equal('emphase');
      // Parentheses in an authored URL survive the trip through the inline format.
      expect(items[3].querySelector('a')!.getAttribute('href')).to.equal('https://fr.wikipedia.org/wiki/Linux_(noyau)');
      expect(items[3].querySelector('a')!.textContent).to.equal('un lien');
    });
  });

  describe('light-DOM reader: edge cases', () => {
    it('reads English "Term: text", an `<ol>`, and keeps sentences with a colon whole', async () => {
      const el = await fixture<SovList>(html`<sov-list lang="en"><h3>Title</h3><ol>
        <li>🚀 Speed: very fast.</li>
        <li>Note. This is a sentence : not a term.</li>
        <li>👍🏽 Skin-tone emoji stay one icon.</li>
        <li>🇫🇷 Flags too.</li>
      </ol></sov-list>`);
      await settled(el);
      const items = Array.from(shadow(el).querySelectorAll('[part~="item"]'));
      expect(items[0].querySelector('[part~="term"]')!.textContent).to.equal('Speed');
      expect(items[0].textContent!.replace(/\s+/g, ' ')).to.contain('Speed: very fast.');
      expect(items[1].querySelector('[part~="term"]')).to.equal(null);
      expect(items[1].textContent).to.contain('Note. This is a sentence : not a term.');
      expect(items[2].querySelector('[part~="icon"]')!.textContent).to.equal('👍🏽');
      expect(items[2].querySelector('.text')!.textContent).not.to.contain('🏽');
      expect(items[3].querySelector('[part~="icon"]')!.textContent).to.equal('🇫🇷');
    });

    it('renders no heading without a title', async () => {
      const el = await fixture<SovList>(html`<sov-list><ul><li>🔐 Seul point</li></ul></sov-list>`);
      await settled(el);
      expect(shadow(el).querySelector('h1, h2, h3, h4, h5, h6')).to.equal(null);
      expect(shadow(el).querySelectorAll('[part~="item"]')).to.have.length(1);
    });

    it('shows an error without a list', async () => {
      const { result: el, errors } = await captureConsole(async () => {
        const el = await fixture<SovList>(html`<sov-list><h3>Titre seul</h3></sov-list>`);
        await settled(el);
        return el;
      });
      expect(errorBox(el)!.textContent).to.contain('expected a heading or paragraph, then a <ul> of points');
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
    it('exposes the documented parts, the bullet of an icon-less point hidden too', async () => {
      const el = await fixture<SovList>(html`<sov-list .data=${block}></sov-list>`);
      await settled(el);
      for (const part of ['base', 'heading', 'list', 'item', 'icon', 'term']) {
        expect(shadow(el).querySelector(`[part~="${part}"]`), part).to.exist;
      }
      const bullet = shadow(el).querySelectorAll('[part~="icon"]')[1];
      expect(bullet.getAttribute('aria-hidden')).to.equal('true');
    });

    it('sizes icons with --sov-list-icon-size', async () => {
      const el = await fixture<SovList>(html`<sov-list .data=${block}></sov-list>`);
      el.style.setProperty('--sov-list-icon-size', '40px');
      await settled(el);
      expect(getComputedStyle(shadow(el).querySelector('[part~="icon"]')!).fontSize).to.equal('40px');
    });

    it('inherits the host page’s font', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="font-family: Georgia, serif"><sov-list .data=${block}></sov-list></div>`);
      const el = wrapper.querySelector('sov-list')!;
      await settled(el);
      const text = shadow(el).querySelector('[part~="item"] .text')!;
      expect(getComputedStyle(text).fontFamily).to.equal(getComputedStyle(wrapper).fontFamily);
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
