import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import { richArbitraries } from '../test-utils/rich-arbitraries.js';
import { readRich, readText, readTitledList } from './light-dom.js';
import { splitEmojiNodes, splitTermNodes } from './emoji.js';
import { readList } from '../list/list.js';
import { blockToHtml } from './html.js';
import { validateBlock } from './schema.js';
import { inlineText, richText, type Inline } from './rich-text.js';
import type { Block } from './schema.js';

/** Parses HTML into an inert document (nothing loads or runs) and returns its body. */
function inert(markup: string): HTMLElement {
  return new DOMParser().parseFromString(`<!doctype html><body>${markup}`, 'text/html').body;
}

const li = (markup: string) => inert(`<ul><li>${markup}</li></ul>`).querySelector('li')!;

describe('light-DOM reader', () => {
  describe('inline content', () => {
    it('keeps spaces that sit inside formatting (no stray markers)', () => {
      // Was: "Agir avec* prudence* toujours" (the reader serialised to Markdown and the parser refused the run).
      expect(readText(li('Agir avec<em> prudence</em> toujours'))).to.deep.equal(['Agir avec', { type: 'emphasis', children: [' prudence'] }, ' toujours']);
    });

    it('keeps nested formatting', () => {
      // Was: `<strong><em>x</em></strong>` lost its emphasis.
      expect(readText(li('<strong><em>x</em></strong>'))).to.deep.equal([{ type: 'strong', children: [{ type: 'emphasis', children: ['x'] }] }]);
      expect(readText(li('<em>a <strong>b</strong> c</em>'))).to.deep.equal([{ type: 'emphasis', children: ['a ', { type: 'strong', children: ['b'] }, ' c'] }]);
    });

    it('reads Markdown characters as text', () => {
      expect(readText(li('2 * 3 **pas gras** [pas](un-lien) `x` \\'))).to.deep.equal(['2 * 3 **pas gras** [pas](un-lien) `x` \\']);
    });

    it('collapses HTML whitespace across elements but keeps no-break spaces', () => {
      expect(readText(li('\n  Un   <b> deux </b>  trois\u00a0:  <i> </i> quatre \n'))).to.deep.equal(['Un ', { type: 'strong', children: ['deux '] }, 'trois\u00a0: quatre']);
    });

    it('keeps URLs with parentheses and drops unsafe links to their text', () => {
      expect(readText(li('<a href="https://en.wikipedia.org/wiki/Foo_(bar)">w</a> <a href="javascript:alert(1)">x</a>'))).to.deep.equal([
        { type: 'link', href: 'https://en.wikipedia.org/wiki/Foo_(bar)', children: ['w'] },
        ' x',
      ]);
    });

    it('reads emoji images as their text, and skips other images and controls', () => {
      expect(readText(li('<img class="emoji" alt="🛠️" src="x.png"> Outils <img alt="logo" src="y.png"><input type="checkbox"><button>b</button>'))).to.deep.equal(['🛠️ Outils']);
    });

    it('flattens formatting nested past the limit into its text', () => {
      const deep = `${'<b><i>'.repeat(20)}x${'</i></b>'.repeat(20)}`;
      const nodes = readText(li(deep));
      const depth = (list: readonly Inline[]): number => Math.max(0, ...list.map((n) => (typeof n === 'string' || n.type === 'code' ? 0 : 1 + depth(n.children))));
      expect(depth(nodes)).to.equal(8);
      expect(validateBlock({ type: 'tldr', title: 'T', items: [nodes] }).ok).to.equal(true);
    });

    it('reads the nodes in place: an authored image does not load or run twice', async () => {
      // Was: the reader cloned loose authored nodes into a span of the live document, so an
      // authored <img onerror> loaded and ran a second time.
      const w = window as unknown as { __sovOnerror: number };
      w.__sovOnerror = 0;
      const host = await fixture<HTMLElement>(html`<div></div>`);
      const img = document.createElement('img');
      img.setAttribute('onerror', 'window.__sovOnerror++');
      img.src = `/__test/missing-${Math.random()}.png`;
      host.append('Texte libre ', img, ' et suite');
      await waitUntil(() => w.__sovOnerror === 1, 'the authored image did not fail once');
      expect(readRich(host)).to.deep.equal([{ type: 'paragraph', children: ['Texte libre et suite'] }]);
      await aTimeout(200);
      expect(w.__sovOnerror).to.equal(1);
    });
  });

  describe('rich content', () => {
    it('reads paragraphs, lists and loose text', () => {
      const body = inert('Intro <b>loose</b><p>Un.</p><ul><li>a</li><li>b</li></ul><ol><li>x</li></ol><div><p>Dans un div.</p></div><p></p><br>');
      expect(readRich(body)).to.deep.equal([
        { type: 'paragraph', children: ['Intro ', { type: 'strong', children: ['loose'] }] },
        { type: 'paragraph', children: ['Un.'] },
        { type: 'list', ordered: false, items: [['a'], ['b']] },
        { type: 'list', ordered: true, items: [['x']] },
        { type: 'paragraph', children: ['Dans un div.'] },
      ]);
    });
  });

  describe('titled lists', () => {
    it('takes the title only from before the list', () => {
      // Was: "Source : INSEE" after the list became the list's heading.
      const host = inert('<ul><li>Point</li></ul><p>Source : INSEE</p>');
      expect(readTitledList(host)?.title).to.equal(undefined);
      const titled = inert('<h3>Titre</h3><ul><li>Point</li></ul><p>Source : INSEE</p>');
      expect(readTitledList(titled)?.title).to.deep.equal(['Titre']);
    });
  });

  describe('icons and terms', () => {
    it('keeps bold at the start of a list item without a term', () => {
      // Was: an item starting with <strong> but without "Term :" lost its bold.
      const host = inert('<ul><li><strong>Important</strong>, à lire.</li><li>🔐 <strong>Accès</strong> : au code</li><li>Terme : texte</li></ul>');
      expect(readList(host)?.items).to.deep.equal([
        { text: [{ type: 'strong', children: ['Important'] }, ', à lire.'] },
        { icon: '🔐', term: ['Accès'], text: ['au code'] },
        { term: ['Terme'], text: ['texte'] },
      ]);
    });

    it('does not take ©, ®, ™, ℹ or ↔ for decorative emoji', () => {
      for (const symbol of ['©', '®', '™', 'ℹ', '↔']) expect(splitEmojiNodes([`${symbol} INSEE 2024`])[0], symbol).to.equal(undefined);
      for (const emoji of ['🔐', '✔️', '🛡️', '🇫🇷', '1️⃣', 'ℹ️']) expect(splitEmojiNodes([`${emoji} texte`])[0], emoji).to.equal(emoji);
    });

    it('splits a term only at a colon after a leading strong or plain text', () => {
      expect(splitTermNodes([{ type: 'strong', children: ['A'] }, ' : b'])).to.deep.equal([['A'], ['b']]);
      expect(splitTermNodes([{ type: 'strong', children: ['A'] }, ' b : c'])).to.deep.equal([undefined, [{ type: 'strong', children: ['A'] }, ' b : c']]);
      expect(splitTermNodes(['Une phrase. Puis : autre'])).to.deep.equal([undefined, ['Une phrase. Puis : autre']]);
    });
  });

  describe('round trip', () => {
    const blocks: Block[] = [];
    const valid = (input: unknown) => {
      const result = validateBlock(input);
      if (!result.ok) throw new Error(JSON.stringify(result.issues));
      return result.value;
    };
    blocks.push(
      valid({ type: 'tldr', title: 'Le **résumé**', items: ['✅ Un *point* `code`', 'Deux [liens](https://a.fr/x_(y)) et **gras *imbriqué***'] }),
      valid({ type: 'list', title: 'Liste', items: [{ icon: '🔐', term: 'Accès', text: 'au *code*' }, { text: '**Gras** seul' }] }),
      valid({ type: 'faq', items: [{ question: 'Q *?*', answer: 'Un.\n\n- a\n- **b**\n\n1. x\n2. y' }] }),
      valid({ type: 'table', caption: 'T', columns: ['A', '*B*'], rows: [['1', '**2**'], ['x', '']] })
    );

    it('reads back from the CLI HTML the tree it was written from', () => {
      for (const block of blocks) {
        const host = inert(blockToHtml(block)).firstElementChild as HTMLElement;
        const readers: Record<string, (h: HTMLElement) => unknown> = {
          tldr: (h) => ({ title: readTitledList(h)!.title, items: readTitledList(h)!.items.map(readText) }),
          list: (h) => readList(h),
          faq: (h) => [...h.querySelectorAll('details')].map((d) => ({ question: readText(d.querySelector('summary')!), answer: readRich(d, (n) => n === d.querySelector('summary')) })),
          table: (h) => ({ caption: readText(h.querySelector('caption')!), columns: [...h.querySelectorAll('thead th')].map(readText), rows: [...h.querySelectorAll('tbody tr')].map((r) => [...r.children].map(readText)) }),
        };
        const read = readers[block.type](host);
        const expected =
          block.type === 'tldr'
            ? { title: block.title, items: block.items }
            : block.type === 'list'
              ? { type: 'list', title: block.title, items: block.items }
              : block.type === 'faq'
                ? block.items.map(({ question, answer }) => ({ question, answer }))
                : block.type === 'table'
                  ? { caption: block.caption, columns: block.columns, rows: block.rows }
                  : undefined;
        expect(read, block.type).to.deep.equal(expected);
      }
    });
  });

  describe('round trip, generated', () => {
    const { inlines, rich } = richArbitraries();
    const collapse = (t: string) => t.replace(/[ \t\n\r\f]+/g, ' ').trim();
    /** The tree the element would hold after reading the CLI's HTML for `block`. */
    const reread = (block: Block): Block | undefined => {
      const host = inert(blockToHtml(block)).firstElementChild as HTMLElement;
      if (block.type === 'tldr') {
        const read = readTitledList(host);
        return read?.title ? { type: 'tldr', title: read.title, items: read.items.map(readText) } : undefined;
      }
      if (block.type === 'faq') {
        return { type: 'faq', items: [...host.querySelectorAll('details')].map((d) => ({ question: readText(d.querySelector('summary')!), answer: readRich(d, (n) => n === d.querySelector('summary')) })) };
      }
      return undefined;
    };

    it('reader → tree → CLI HTML → reader is the identity, and keeps the text', () => {
      fc.assert(
        fc.property(inlines, fc.array(inlines, { minLength: 1, maxLength: 3 }), (title, items) => {
          const once = reread({ type: 'tldr', title, items });
          fc.pre(!!once && once.type === 'tldr' && !!inlineText(once.title).trim() && once.items.every((i) => inlineText(i).trim()));
          expect(reread(once!)).to.deep.equal(once);
          if (once!.type === 'tldr') expect(collapse(inlineText(once!.title))).to.equal(inlineText(once!.title));
          expect(collapse(inlineText(title)).replace(/ /g, '')).to.equal(inlineText((once as { title: Inline[] }).title).replace(/ /g, ''));
        }),
        { numRuns: 300 }
      );
    });

    it('does the same for rich answers: paragraphs and lists', () => {
      fc.assert(
        fc.property(inlines, rich, (question, answer) => {
          const once = reread({ type: 'faq', items: [{ question, answer }] });
          fc.pre(!!once && once.type === 'faq' && !!inlineText(once.items[0].question).trim() && once.items[0].answer.length > 0);
          expect(reread(once!)).to.deep.equal(once);
          if (once!.type === 'faq') expect(richText(once!.items[0].answer).replace(/\s/g, '')).to.equal(richText(answer).replace(/\s/g, ''));
        }),
        { numRuns: 300 }
      );
    });
  });
});
