import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { richArbitraries } from '../test-utils/rich-arbitraries.js';
import { blockNodes, blockBody } from './html.js';
import { el, toDom, toHtml } from './native.js';
import { validateDocument, type Block } from './schema.js';
import type { Inline } from './rich-text.js';

/** The nodes the browser's parser makes of `html` (an inert document: nothing runs, nothing loads). */
function parsed(html: string): DocumentFragment {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const fragment = document.createDocumentFragment();
  fragment.append(...Array.from(document.importNode(doc.body, true).childNodes));
  return fragment;
}

/** Whether two fragments hold equal nodes, whitespace text included. */
function equalNodes(a: DocumentFragment, b: DocumentFragment): boolean {
  return a.childNodes.length === b.childNodes.length && Array.from(a.childNodes).every((n, i) => n.isEqualNode(b.childNodes[i]));
}

const packBlocks = async (lang: string): Promise<Block[]> => {
  const result = validateDocument(await (await fetch(new URL(`../../content/souverainete-numerique.${lang}.json`, import.meta.url))).json());
  if (!result.ok) throw new Error('the bundled pack is invalid');
  return result.value.blocks;
};

describe('native HTML renderer', () => {
  describe('toHtml and toDom', () => {
    it('escape text and attribute values, and build the same nodes the parser makes of the printed HTML', () => {
      const tree = [el('p', { id: 'a"b', title: '<x>&' }, ['1 < 2 & "3"', el('code', null, ['</p><script>alert(1)</script>'])]), '\n', el('input', { type: 'checkbox', checked: true, disabled: false })];
      const html = toHtml(tree);
      expect(html).to.equal('<p id="a&quot;b" title="&lt;x&gt;&amp;">1 &lt; 2 &amp; &quot;3&quot;<code>&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;</code></p>\n<input type="checkbox" checked>');
      const dom = toDom(tree);
      expect(equalNodes(dom, parsed(html))).to.equal(true);
      expect(dom.querySelector('script')).to.equal(null);
      expect(dom.querySelector('code')!.textContent).to.equal('</p><script>alert(1)</script>');
      expect((dom.querySelector('input') as HTMLInputElement).checked).to.equal(true);
    });
  });

  for (const lang of ['fr', 'en']) {
    it(`builds in the page exactly the nodes of the printed HTML, for every block of the bundled pack (${lang})`, async () => {
      const blocks = await packBlocks(lang);
      for (const block of blocks) {
        for (const level of [2, 3]) {
          expect(equalNodes(toDom(blockNodes(block, level, lang)), parsed(blockBody(block, level, lang))), `${block.type} ${block.id ?? ''} h${level}`).to.equal(true);
        }
      }
    });
  }

  it('refuses unsafe link URLs in both forms: the text stays, the link goes', () => {
    const block: Block = { type: 'tldr', title: ['T'], items: [[{ type: 'link', href: 'javascript:alert(1)', children: ['lien'] }, ' et ', { type: 'link', href: 'https://a.fr/', children: ['sûr'] }]] };
    const dom = toDom(blockNodes(block));
    expect(Array.from(dom.querySelectorAll('a'), (a) => a.getAttribute('href'))).to.deep.equal(['https://a.fr/']);
    expect(dom.querySelector('li')!.textContent).to.equal('lien et sûr');
    expect(blockBody(block)).not.to.contain('javascript');
  });

  it('keeps only the text of a link inside a link (HTML cannot nest them)', () => {
    const block: Block = { type: 'tldr', title: ['T'], items: [[{ type: 'link', href: 'https://a.fr/', children: ['a ', { type: 'link', href: 'https://b.fr/', children: ['b'] }] }]] };
    expect(blockBody(block)).to.contain('<li><a href="https://a.fr/">a b</a></li>');
    expect(toDom(blockNodes(block)).querySelectorAll('a')).to.have.length(1);
  });

  describe('generated trees', () => {
    const { inlines, rich } = richArbitraries({
      text: fc.stringMatching(/^[a-zé *_`[\]()<>&"'\n]{0,12}$/),
      hrefs: ['https://a.fr/x_(y)', '/page?q=1&r=2', 'mailto:a@b.fr', '#ancre', 'javascript:alert(1)', ' data:text/html,x'],
    });
    const id = fc.option(fc.stringMatching(/^[a-z][a-z0-9-]{0,6}$/), { nil: undefined });
    const blocks: fc.Arbitrary<Block> = fc.oneof(
      fc.record({ type: fc.constant('tldr' as const), title: inlines, items: fc.array(inlines, { minLength: 1, maxLength: 3 }) }),
      fc.record({ type: fc.constant('list' as const), title: inlines, items: fc.array(fc.record({ icon: fc.constantFrom('🔐', ''), term: inlines, text: inlines }), { minLength: 1, maxLength: 3 }) }),
      fc.record({ type: fc.constant('checklist' as const), title: inlines, items: fc.array(fc.record({ id, text: inlines, checked: fc.boolean() }), { minLength: 1, maxLength: 3 }) }),
      fc.record({ type: fc.constant('faq' as const), title: inlines, items: fc.array(fc.record({ id, question: inlines, answer: rich }), { minLength: 1, maxLength: 3 }) }),
      fc.record({ type: fc.constant('table' as const), caption: inlines, columns: fc.constant([['A'], ['B']] as Inline[][]), rows: fc.array(fc.tuple(inlines, inlines), { minLength: 1, maxLength: 3 }), rowHeaders: fc.constantFrom('first' as const, 'none' as const) }),
      fc.record({ type: fc.constant('paragraph' as const), text: rich })
    ) as fc.Arbitrary<Block>;

    it('toDom of any block equals the parse of its printed HTML, and no unsafe URL reaches an href', () => {
      fc.assert(
        fc.property(blocks, fc.integer({ min: 2, max: 5 }), fc.constantFrom('fr', 'en'), (block, level, lang) => {
          const dom = toDom(blockNodes(block, level, lang));
          expect(equalNodes(dom, parsed(blockBody(block, level, lang)))).to.equal(true);
          for (const a of dom.querySelectorAll('a')) expect(a.getAttribute('href')).to.match(/^(https:|mailto:|\/|#)/);
          expect(dom.querySelectorAll('script, [onerror], [onclick]')).to.have.length(0);
        }),
        { numRuns: 300 }
      );
    });
  });
});
