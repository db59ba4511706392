import { expect } from '@open-wc/testing';
import { escapeInline, inlineText, parseInline, parseRich, plainText, safeUrl } from './inline.js';
import { slugify, uniqueIds } from './slug.js';
import { splitEmoji, splitTerm } from './emoji.js';

describe('inline format', () => {
  it('parses strong, emphasis, code and links', () => {
    expect(parseInline('a **b** *c* _d_ `e*` [f](https://x.fr)')).to.deep.equal([
      'a ', { kind: 'strong', children: ['b'] }, ' ', { kind: 'em', children: ['c'] }, ' ', { kind: 'em', children: ['d'] }, ' ',
      { kind: 'code', text: 'e*' }, ' ', { kind: 'link', href: 'https://x.fr', children: ['f'] },
    ]);
  });

  it('keeps unmatched markers, snake_case and escapes literal', () => {
    expect(parseInline('2 * 3 = 6, snake_case_name, \\*x\\*')).to.deep.equal(['2 * 3 = 6, snake_case_name, *x*']);
    expect(inlineText(parseInline(escapeInline('a *b* [c](d) `e` \\')))).to.equal('a *b* [c](d) `e` \\');
  });

  it('parses rich text into paragraphs and lists', () => {
    expect(parseRich('Un.\n\n- a\n- b\n\n1. x\n2. y')).to.deep.equal([
      { kind: 'p', children: ['Un.'] },
      { kind: 'ul', items: [['a'], ['b']] },
      { kind: 'ol', items: [['x'], ['y']] },
    ]);
    expect(plainText('**Gras** et [lien](https://a.fr)')).to.equal('Gras et lien');
  });

  it('allows only http(s), mailto and relative URLs', () => {
    for (const ok of ['https://a.fr', 'http://a.fr/x?y#z', 'mailto:a@b.fr', '/page', 'page.html', '#faq', '?q=1']) expect(safeUrl(ok), ok).to.equal(ok);
    for (const bad of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'java\u0000script:x', '\\\\evil.example', '/\\evil.example', 'data:text/html,<script>', 'vbscript:x', '//evil.example/x', 'jav&#x09;ascript:x', '']) {
      expect(safeUrl(bad), JSON.stringify(bad)).to.equal(undefined);
    }
  });
});

describe('slugs and ids', () => {
  it('folds accents and punctuation', () => {
    expect(slugify('Qu’est-ce que la souveraineté numérique ?')).to.equal('qu-est-ce-que-la-souverainete-numerique');
    expect(slugify('123 !!!')).to.equal('item');
  });

  it('makes ids unique', () => {
    expect(uniqueIds([{ text: 'A' }, { text: 'a' }, { id: 'x', text: 'b' }, { text: 'a' }])).to.deep.equal(['a', 'a-2', 'x', 'a-3']);
  });

  it('reserves given ids first: a slug never takes a later item’s id, which is never renamed', () => {
    expect(uniqueIds([{ text: 'Foo' }, { text: 'Foo' }, { id: 'foo-2', text: 'Bar' }])).to.deep.equal(['foo', 'foo-3', 'foo-2']);
    expect(uniqueIds([{ text: 'Foo' }, { id: 'foo', text: 'Bar' }])).to.deep.equal(['foo-2', 'foo']);
  });
});

describe('emoji and terms', () => {
  it('splits a leading emoji with its variation selector', () => {
    expect(splitEmoji('🛡️ Tests')).to.deep.equal(['🛡️', 'Tests']);
    expect(splitEmoji('✔️ Ne pas')).to.deep.equal(['✔️', 'Ne pas']);
    expect(splitEmoji('Texte')).to.deep.equal([undefined, 'Texte']);
  });

  it('splits a term before a colon, French or English spacing', () => {
    expect(splitTerm('Accès complet au code : auditabilité')).to.deep.equal(['Accès complet au code', 'auditabilité']);
    expect(splitTerm('Term: text')).to.deep.equal(['Term', 'text']);
    expect(splitTerm('Une phrase. Puis : autre')).to.deep.equal([undefined, 'Une phrase. Puis : autre']);
  });
});
