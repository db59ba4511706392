import { expect, fixture, html } from '@open-wc/testing';
import './sov-list.js';
import type { SovList } from './list.js';
import { contentSourceSuite } from '../test-utils/content-suite.js';
import { settled, shadow, shadowText } from '../test-utils/helpers.js';

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
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const narrowTops = new Set(items.map((i) => i.getBoundingClientRect().top));
      expect(narrowTops.size).to.equal(items.length);
    });
  });

  describe('light-DOM reader', () => {
    it('parses emoji, term and description, and text without either', async () => {
      const el = await fixture<SovList>(html`<sov-list><p>Titre</p><ul>
        <li>🔐 Accès complet au code : auditabilité totale.</li>
        <li>🛡️ Tests automatisés sur chaque version.</li>
        <li>Juste du texte, sans icône.</li>
        <li><strong>Terme</strong> : avec <em>emphase</em>.</li>
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
