import { expect } from '@open-wc/testing';
import { formatIssues, LIMITS, validateBlock, validateDocument } from './schema.js';
import { CLOBBERING_IDS } from './limits.js';

const fr = new URL('../../content/souverainete-numerique.fr.json', import.meta.url);
const en = new URL('../../content/souverainete-numerique.en.json', import.meta.url);

describe('content schema', () => {
  describe('the bundled pack', () => {
    for (const [lang, url] of [['fr', fr], ['en', en]] as const) {
      it(`is valid and complete (${lang})`, async () => {
        const json = await (await fetch(url)).json();
        const result = validateDocument(json);
        expect(result.ok, result.ok ? '' : formatIssues(result.issues)).to.equal(true);
        if (!result.ok) return;
        const doc = result.value;
        expect(doc.lang).to.equal(lang);
        const count = (type: string) => doc.blocks.filter((b) => b.type === type).length;
        expect(count('tldr')).to.equal(1);
        expect(count('table')).to.equal(4);
        expect(count('list')).to.equal(3);
        expect(count('checklist')).to.equal(1);
        expect(count('faq')).to.equal(1);
        expect(count('heading')).to.equal(4);
        expect(doc.blocks.filter((b) => b.id && b.type !== 'heading').map((b) => b.id)).to.deep.equal([
          'tldr', 'avantages', 'independance', 'mesures', 'securite', 'benefices', 'innovation', 'checklist', 'erreurs', 'faq',
        ]);
        for (const block of doc.blocks) {
          if (block.type === 'tldr') expect(block.items).to.have.length(4);
          if (block.type === 'list') expect(block.items).to.have.length(4);
          if (block.type === 'checklist') expect(block.items).to.have.length(5);
          if (block.type === 'faq') expect(block.items).to.have.length(5);
          if (block.type === 'table') expect(block.rows).to.have.length(3);
        }
      });
    }

    it('keeps the article text intact (accents, apostrophes, emoji)', async () => {
      const doc = await (await fetch(fr)).json();
      const text = JSON.stringify(doc);
      expect(text).to.contain('Allergique aux pavés ? Voilà ce qu’il faut retenir.');
      expect(text).to.contain('Accès complet au code');
      expect(text).to.contain('Qu’est-ce que la souveraineté numérique ?');
      expect(text).to.contain('🛡️');
    });
  });

  describe('errors with paths', () => {
    const doc = (blocks: unknown[]) => ({ id: 'd', lang: 'fr', title: 'T', blocks });

    it('names a row with the wrong cell count', () => {
      const result = validateDocument(doc([
        { type: 'paragraph', text: 'a' }, { type: 'paragraph', text: 'b' }, { type: 'paragraph', text: 'c' },
        { type: 'table', columns: ['A', 'B', 'C'], rows: [['1', '2', '3'], ['1', '2', '3'], ['1', '2']] },
      ]));
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(formatIssues(result.issues)).to.equal('blocks[3].rows[2]: expected 3 cells, got 2');
    });

    it('names a missing field, a wrong type, an unknown block type and an unknown key', () => {
      const result = validateDocument(doc([
        { type: 'faq', items: [{ question: 'Q ?' }] },
        { type: 'checklist', items: [{ text: 'x', checked: 'yes' }] },
        { type: 'carousel' },
        { type: 'list', items: [{ text: 'x', txt: 'typo' }] },
      ]));
      expect(result.ok).to.equal(false);
      if (result.ok) return;
      const paths = result.issues.map((i) => i.path);
      expect(paths).to.include('blocks[0].items[0].answer');
      expect(paths).to.include('blocks[1].items[0].checked');
      expect(paths).to.include('blocks[2].type');
      expect(paths).to.include('blocks[3].items[0].txt');
    });

    it('rejects a document without blocks or with a bad language tag', () => {
      const result = validateDocument({ id: 'd', lang: 'French', title: 'T', blocks: [] });
      expect(result.ok).to.equal(false);
      if (result.ok) return;
      expect(result.issues.map((i) => i.path)).to.deep.equal(['lang', 'blocks']);
    });

    it('rejects two items of a checklist or an FAQ given the same id, with both paths', () => {
      const checklist = validateBlock({ type: 'checklist', items: [{ text: 'a' }, { id: 'foo', text: 'b' }, { text: 'c' }, { id: 'foo', text: 'd' }] });
      expect(checklist.ok).to.equal(false);
      if (!checklist.ok) expect(formatIssues(checklist.issues)).to.equal('items[3].id: duplicate id "foo" (also items[1])');
      const faq = validateDocument(doc([{ type: 'faq', items: [{ id: 'q', question: 'A ?', answer: 'a' }, { id: 'q', question: 'B ?', answer: 'b' }] }]));
      expect(faq.ok).to.equal(false);
      if (!faq.ok) expect(formatIssues(faq.issues)).to.equal('blocks[0].items[1].id: duplicate id "q" (also items[0])');
    });

    it('rejects empty text and bad ids', () => {
      const result = validateBlock({ type: 'heading', id: '1-bad', text: '' });
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.issues.map((i) => i.path)).to.deep.equal(['id', 'text']);
    });
  });

  describe('rich text', () => {
    it('parses Markdown strings once, into the tree', () => {
      const result = validateBlock({ type: 'faq', title: 'FAQ *vite*', items: [{ question: 'Q ?', answer: 'Un **a**.\n\n- x\n- y' }] });
      expect(result.ok).to.equal(true);
      if (!result.ok || result.value.type !== 'faq') return;
      expect(result.value.title).to.deep.equal(['FAQ ', { type: 'emphasis', children: ['vite'] }]);
      expect(result.value.items[0].answer).to.deep.equal([
        { type: 'paragraph', children: ['Un ', { type: 'strong', children: ['a'] }, '.'] },
        { type: 'list', ordered: false, items: [['x'], ['y']] },
      ]);
    });

    it('accepts the tree itself, and a list without "ordered"', () => {
      const tree = [{ type: 'link', href: 'https://a.fr', children: ['a ', { type: 'code', text: '**' }] }];
      const result = validateBlock({ type: 'faq', items: [{ question: tree, answer: [{ type: 'list', items: [['x']] }] }] });
      expect(result.ok, JSON.stringify(result)).to.equal(true);
      if (!result.ok || result.value.type !== 'faq') return;
      expect(result.value.items[0].question).to.deep.equal(tree);
      expect(result.value.items[0].answer).to.deep.equal([{ type: 'list', ordered: false, items: [['x']] }]);
    });

    it('names the path of a broken tree node', () => {
      const result = validateBlock({ type: 'tldr', title: 'T', items: ['ok', [{ type: 'strong', children: [{ type: 'link', children: ['x'] }] }]] });
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.issues.map((i) => i.path)).to.include('items[1][0].children[0].href');
    });

    it('refuses text that is empty once parsed', () => {
      const result = validateBlock({ type: 'tldr', title: [{ type: 'strong', children: [' '] }], items: ['x'] });
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(formatIssues(result.issues)).to.equal('title: expected non-empty text');
    });
  });

  describe('limits', () => {
    it('refuses text, items and nesting over the limits, with paths', () => {
      const long = 'x'.repeat(LIMITS.inlineLength + 1);
      const cases: [unknown, string][] = [
        [{ type: 'tldr', title: long, items: ['a'] }, `title: expected at most ${LIMITS.inlineLength} characters`],
        [{ type: 'tldr', title: [long], items: ['a'] }, `title: expected at most ${LIMITS.inlineLength} characters`],
        [{ type: 'faq', items: [{ question: 'Q', answer: 'y'.repeat(LIMITS.richLength + 1) }] }, `items[0].answer: expected at most ${LIMITS.richLength} characters`],
        [{ type: 'tldr', title: 'T', items: Array.from({ length: LIMITS.items + 1 }, () => 'a') }, `items: expected at most ${LIMITS.items} items`],
      ];
      for (const [input, message] of cases) {
        const result = validateBlock(input);
        expect(result.ok).to.equal(false);
        if (!result.ok) expect(formatIssues(result.issues)).to.equal(message);
      }
      let nested: unknown = 'x';
      for (let i = 0; i < LIMITS.depth + 1; i++) nested = { type: 'emphasis', children: [nested] };
      const deep = validateBlock({ type: 'tldr', title: 'T', items: [[nested]] });
      expect(deep.ok).to.equal(false);
      if (!deep.ok) expect(formatIssues(deep.issues)).to.equal(`items[0]: expected formatting nested at most ${LIMITS.depth} levels deep`);
    });

    it('refuses JSON nested past any sane depth before validating it, without a stack overflow', () => {
      let value: unknown = 'x';
      for (let i = 0; i < 100_000; i++) value = { type: 'strong', children: [value] };
      const result = validateBlock({ type: 'tldr', title: 'T', items: [[value]] });
      expect(result.ok).to.equal(false);
      if (!result.ok) {
        expect(result.issues).to.have.length(1);
        expect(result.issues[0].message).to.equal(`expected values nested at most ${LIMITS.jsonDepth} levels deep`);
        expect(result.issues[0].path).to.match(/^items\[0\]\[0\]\.children\[0\]/);
      }
    });
  });
  describe('ids against DOM clobbering', () => {
    it('refuses an id that would shadow a name every window inherits (Object.prototype, EventTarget.prototype)', () => {
      const inherited = [...Object.getOwnPropertyNames(Object.prototype), ...Object.getOwnPropertyNames(EventTarget.prototype)].filter((n) => /^[A-Za-z][\w-]*$/.test(n));
      // Every such name this engine has is in the list (an engine that adds one fails here).
      expect(inherited.filter((n) => !(CLOBBERING_IDS as readonly string[]).includes(n))).to.deep.equal([]);
      for (const id of CLOBBERING_IDS) {
        const result = validateBlock({ type: 'faq', items: [{ id, question: 'Q ?', answer: 'R.' }] });
        expect(result.ok, id).to.equal(false);
        if (!result.ok) expect(formatIssues(result.issues)).to.contain('items[0].id').and.to.contain('not a name every window inherits');
        expect(validateBlock({ type: 'tldr', id, title: 'T', items: ['a'] }).ok, `block id ${id}`).to.equal(false);
      }
      // Names of window's own properties are not shadowed by an id, and stay usable.
      expect(validateBlock({ type: 'faq', items: [{ id: 'location', question: 'Q ?', answer: 'R.' }] }).ok).to.equal(true);
    });
  });
});
