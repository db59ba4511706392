import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import { wellFormed } from './well-formed.js';
import { LIMITS, validateBlockOfType, validateDocument } from './schema.js';
import { blockToHtml } from './html.js';
import { readFaq } from '../faq/faq.js';
import { readTable } from '../table/table.js';
import { readChecklist } from '../checklist/checklist.js';
import { readList } from '../list/list.js';
import { readTldr } from '../tldr/tldr.js';

type Type = 'tldr' | 'list' | 'table' | 'checklist' | 'faq';
const TYPES: Type[] = ['tldr', 'list', 'table', 'checklist', 'faq'];

/**
 * The invariant the fast path rests on: whatever `wellFormed` accepts, the schema accepts too and
 * returns an equal value, so content used without the schema is content the schema would give.
 */
function agrees(type: Type, value: unknown): void {
  if (!wellFormed(type, value)) return;
  const result = validateBlockOfType(type, value);
  expect(result.ok, `wellFormed accepted what the schema refuses: ${JSON.stringify(value).slice(0, 300)}\n${result.ok ? '' : JSON.stringify(result.issues)}`).to.equal(true);
  if (result.ok) expect(result.value).to.deep.equal(value);
}

const fr = new URL('../../content/souverainete-numerique.fr.json', import.meta.url);

describe('wellFormed (content used without the schema)', () => {
  it('accepts every block of the bundled pack as the schema returns it, and what the readers read back from its HTML', async () => {
    const doc = validateDocument(await (await fetch(fr)).json());
    if (!doc.ok) throw new Error('the bundled pack is invalid');
    const readers: Record<Type, (host: HTMLElement) => unknown> = {
      tldr: readTldr,
      list: readList,
      table: (host) => readTable(host)?.block,
      checklist: readChecklist,
      faq: readFaq,
    };
    let checked = 0;
    for (const block of doc.value.blocks) {
      if (!TYPES.includes(block.type as Type)) continue;
      const type = block.type as Type;
      const withoutId = { ...block, id: undefined };
      delete withoutId.id;
      expect(wellFormed(type, withoutId), `${type} ${block.id}`).to.equal(true);
      agrees(type, withoutId);
      // The server's fallback HTML, read back as a page's authored HTML is.
      const host = await fixture<HTMLElement>(html`<div></div>`);
      host.append(document.createRange().createContextualFragment(blockToHtml(block)).firstElementChild!.cloneNode(true));
      const read = readers[type](host.firstElementChild as HTMLElement);
      expect(wellFormed(type, read), `read back ${type} ${block.id}: ${JSON.stringify(read).slice(0, 200)}`).to.equal(true);
      agrees(type, read);
      checked++;
    }
    expect(checked).to.be.greaterThan(8);
  });

  it('refuses, for the schema to report, each kind of broken content', () => {
    const q = (question: unknown, answer: unknown = [{ type: 'paragraph', children: ['a'] }], extra = {}) => ({ type: 'faq', items: [{ question, answer, ...extra }] });
    const broken: [Type, unknown][] = [
      ['faq', q([])],
      ['faq', q(['  '])],
      ['faq', q(['x'.repeat(LIMITS.inlineLength + 1)])],
      ['faq', q('**Markdown** needs the parser')],
      ['faq', q(['ok'], [])],
      ['faq', q(['ok'], [{ type: 'list', items: [['a']] }])],
      ['faq', q(['ok'], undefined, { id: '1bad' })],
      ['faq', q(['ok'], undefined, { extra: true })],
      ['faq', { type: 'faq', items: [{ id: 'a', question: ['x'], answer: [{ type: 'paragraph', children: ['y'] }] }, { id: 'a', question: ['z'], answer: [{ type: 'paragraph', children: ['y'] }] }] }],
      ['faq', { type: 'faq', items: [] }],
      ['faq', { type: 'faq', title: undefined, items: q(['x']).items }],
      ['faq', q([{ type: 'strong', children: ['x'], extra: 1 }])],
      ['faq', q([{ type: 'link', children: ['x'] }])],
      ['faq', q([[8, 7, 6, 5, 4, 3, 2, 1, 0].reduce<unknown>((inner) => ({ type: 'emphasis', children: [inner] }), 'deep')])],
      ['table', { type: 'table', columns: [['a'], ['b']], rows: [[['1']]] }],
      ['table', { type: 'table', columns: [], rows: [] }],
      ['table', { type: 'table', columns: [['a']], rows: [[['1']]], rowHeaders: 'last' }],
      ['checklist', { type: 'checklist', items: [{ text: ['a'], checked: 'yes' }] }],
      ['list', { type: 'list', items: [{ icon: 'x'.repeat(LIMITS.iconLength + 1), text: ['a'] }] }],
      ['tldr', { type: 'tldr', items: [['a']] }],
      ['tldr', { type: 'faq', title: ['t'], items: [['a']] }],
      ['tldr', { type: 'tldr', title: ['t'], items: Array.from({ length: LIMITS.items + 1 }, () => ['a']) }],
    ];
    for (const [type, value] of broken) {
      expect(wellFormed(type, value), JSON.stringify(value).slice(0, 200)).to.equal(false);
    }
  });

  it('never accepts what the schema refuses or changes (generated blocks, valid and broken)', () => {
    // Mostly valid pieces, each sometimes broken, so that whole blocks land on both sides.
    const often = <T,>(valid: fc.Arbitrary<T>, broken: fc.Arbitrary<unknown>) => fc.oneof({ weight: 9, arbitrary: valid }, { weight: 1, arbitrary: broken });
    const text = often(fc.constantFrom('a', 'Bonjour', ' x ', 'deux mots'), fc.oneof(fc.constantFrom('', ' '), fc.string({ maxLength: 6 })));
    const inline: fc.Arbitrary<unknown> = fc.letrec<{ node: unknown }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        { weight: 4, arbitrary: text },
        { weight: 1, arbitrary: fc.record({ type: often(fc.constantFrom('strong', 'emphasis'), fc.constant('bold')), children: fc.array(tie('node'), { maxLength: 3 }) }) },
        { weight: 1, arbitrary: fc.record({ type: fc.constant('code'), text: often(fc.string({ maxLength: 4 }), fc.integer()) }) },
        { weight: 1, arbitrary: fc.record({ type: fc.constant('link'), href: often(fc.constant('https://example.org'), fc.constant(7)), children: fc.array(tie('node'), { maxLength: 2 }) }, { requiredKeys: ['type', 'children'] }) },
        { weight: 1, arbitrary: fc.constant(null) }
      ),
    })).node;
    const tree = often(fc.array(inline, { minLength: 1, maxLength: 3 }), fc.oneof(text, fc.constant([])));
    const rich = often(
      fc.array(
        fc.oneof(
          fc.record({ type: fc.constant('paragraph'), children: fc.array(inline, { minLength: 1, maxLength: 3 }) }),
          fc.record({ type: fc.constant('list'), ordered: often(fc.boolean(), fc.constant('no')), items: fc.array(fc.array(inline, { minLength: 1, maxLength: 2 }), { maxLength: 2 }) }, { requiredKeys: ['type', 'items'] })
        ),
        { minLength: 1, maxLength: 2 }
      ),
      fc.oneof(text, fc.constant([]))
    );
    const id = often(fc.constantFrom('a', 'b', 'q-1', 'c_2'), fc.constantFrom('1x', '', 'with space'));
    const extra = often(fc.constant({}), fc.dictionary(fc.constantFrom('extra', 'id', 'icon'), fc.oneof(fc.constant(undefined), fc.string({ maxLength: 3 })), { maxKeys: 1 }));
    const items = <T,>(item: fc.Arbitrary<T>) => often(fc.array(item, { minLength: 1, maxLength: 3 }), fc.constant([]));
    const blocks: Record<Type, fc.Arbitrary<unknown>> = {
      tldr: fc.record({ type: fc.constant('tldr'), id, title: tree, items: items(tree) }, { requiredKeys: ['type', 'items'] }),
      list: fc.record({ type: fc.constant('list'), title: tree, items: items(fc.tuple(fc.record({ icon: often(fc.constantFrom('🔒', '✅'), fc.string({ minLength: 17, maxLength: 20 })), term: tree, text: tree }, { requiredKeys: ['text'] }), extra).map(([a, b]) => ({ ...a, ...(b as object) }))) }, { requiredKeys: ['type', 'items'] }),
      table: fc.record({ type: fc.constant('table'), caption: tree, columns: fc.constant([['A'], ['B']]), rows: items(often(fc.tuple(often(tree, fc.constant([])), tree), fc.array(tree, { maxLength: 3 }))), rowHeaders: often(fc.constantFrom('first', 'none'), fc.constant('all')) }, { requiredKeys: ['type', 'columns', 'rows'] }),
      checklist: fc.record({ type: fc.constant('checklist'), title: tree, items: items(fc.record({ id, text: tree, checked: often(fc.boolean(), fc.constant(1)) }, { requiredKeys: ['text'] })) }, { requiredKeys: ['type', 'items'] }),
      faq: fc.record({ type: fc.constant('faq'), title: tree, items: items(fc.tuple(fc.record({ id, question: tree, answer: rich }, { requiredKeys: ['question', 'answer'] }), extra).map(([a, b]) => ({ ...a, ...(b as object) }))) }, { requiredKeys: ['type', 'items'] }),
    };
    let accepted = 0;
    for (const type of TYPES) {
      fc.assert(
        fc.property(blocks[type], (value) => {
          if (wellFormed(type, value)) accepted++;
          agrees(type, value);
        }),
        { numRuns: 400 }
      );
    }
    // The generators reach the accepted side too, or the property would say nothing.
    expect(accepted).to.be.greaterThan(50);
  });
});
