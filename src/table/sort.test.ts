import { expect } from '@open-wc/testing';
import { collator, columnKeys, parseDate, parseNumber, sortOrder } from './sort.js';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

function sorted(texts: string[], lang: string, direction: 'ascending' | 'descending' = 'ascending', overrides?: (string | undefined)[]): string[] {
  return sortOrder(columnKeys(texts, lang, overrides), direction, lang).map((i) => texts[i]);
}

describe('table sort keys', () => {
  describe('parseNumber', () => {
    it('reads numbers, amounts and percentages as French writes them', () => {
      expect(parseNumber('1 234,56 €', 'fr')).to.equal(1234.56);
      expect(parseNumber('1\u202f234,56\u00a0€', 'fr')).to.equal(1234.56);
      expect(parseNumber('99 €', 'fr')).to.equal(99);
      expect(parseNumber('12 %', 'fr')).to.equal(12);
      expect(parseNumber('12,5', 'fr')).to.equal(12.5);
      expect(parseNumber('−3,5 %', 'fr')).to.equal(-3.5);
      expect(parseNumber('EUR 12', 'fr')).to.equal(12);
      expect(parseNumber('12 345 678,9', 'fr')).to.equal(12345678.9);
    });

    it('reads numbers as English writes them', () => {
      expect(parseNumber('1,234.56', 'en')).to.equal(1234.56);
      expect(parseNumber('$12', 'en')).to.equal(12);
      expect(parseNumber('-$12', 'en')).to.equal(-12);
      expect(parseNumber('US$ 1,000', 'en')).to.equal(1000);
      expect(parseNumber('12%', 'en')).to.equal(12);
      expect(parseNumber('.5', 'en')).to.equal(0.5);
    });

    it('refuses what is not a number in that language', () => {
      expect(parseNumber('1,234.56', 'fr')).to.equal(undefined);
      expect(parseNumber('12,5', 'en')).to.equal(undefined);
      expect(parseNumber('1 2', 'fr')).to.equal(undefined);
      expect(parseNumber('RFC 2616', 'en')).to.equal(undefined);
      expect(parseNumber('abc', 'fr')).to.equal(undefined);
      expect(parseNumber('', 'fr')).to.equal(undefined);
      expect(parseNumber('--3', 'fr')).to.equal(undefined);
    });

    it('never throws on a malformed language tag', () => {
      expect(parseNumber('12', 'not a tag!')).to.equal(12);
      expect(parseDate('2026-03-03', 'not a tag!')).to.equal(day('2026-03-03'));
      expect(collator('not a tag!').compare('a', 'b')).to.be.below(0);
    });
  });

  describe('parseDate', () => {
    it('reads French dates', () => {
      expect(parseDate('3 mars 2026', 'fr')).to.equal(day('2026-03-03'));
      expect(parseDate('1er janvier 2025', 'fr')).to.equal(day('2025-01-01'));
      expect(parseDate('12 Février 2026', 'fr')).to.equal(day('2026-02-12'));
      expect(parseDate('12 fevrier 2026', 'fr')).to.equal(day('2026-02-12'));
      expect(parseDate('3 sept. 2026', 'fr')).to.equal(day('2026-09-03'));
      expect(parseDate('août 2026', 'fr')).to.equal(day('2026-08-01'));
      expect(parseDate('03/04/2026', 'fr')).to.equal(day('2026-04-03'));
    });

    it('reads English dates, month first in en and en-US, day first in en-GB', () => {
      expect(parseDate('March 3, 2026', 'en')).to.equal(day('2026-03-03'));
      expect(parseDate('Mar 3rd 2026', 'en')).to.equal(day('2026-03-03'));
      expect(parseDate('3 March 2026', 'en-GB')).to.equal(day('2026-03-03'));
      expect(parseDate('03/04/2026', 'en')).to.equal(day('2026-03-04'));
      expect(parseDate('03/04/2026', 'en-GB')).to.equal(day('2026-04-03'));
    });

    it('reads ISO dates in any language and refuses impossible dates', () => {
      expect(parseDate('2026-03-03', 'fr')).to.equal(day('2026-03-03'));
      expect(parseDate('31 février 2026', 'fr')).to.equal(undefined);
      expect(parseDate('2026-13-01', 'fr')).to.equal(undefined);
      expect(parseDate('3 brumaire 2026', 'fr')).to.equal(undefined);
      expect(parseDate('March 3, 2026', 'fr')).to.equal(undefined);
    });
  });

  describe('columnKeys and sortOrder', () => {
    it('sorts text in French collation order, accents as secondary differences', () => {
      expect(sorted(['Éclair', 'eau', 'Zèbre', 'été'], 'fr')).to.deep.equal(['eau', 'Éclair', 'été', 'Zèbre']);
      expect(sorted(['Éclair', 'eau', 'Zèbre', 'été'], 'fr', 'descending')).to.deep.equal(['Zèbre', 'été', 'Éclair', 'eau']);
    });

    it('compares digits in text as numbers', () => {
      expect(sorted(['Version 10', 'Version 2', 'Version 1'], 'fr')).to.deep.equal(['Version 1', 'Version 2', 'Version 10']);
    });

    it('sorts a column of amounts numerically, empty cells last in both directions', () => {
      const texts = ['1 234,56 €', '', '99 €', '12 %'];
      expect(columnKeys(texts, 'fr').kind).to.equal('number');
      expect(sorted(texts, 'fr')).to.deep.equal(['12 %', '99 €', '1 234,56 €', '']);
      expect(sorted(texts, 'fr', 'descending')).to.deep.equal(['1 234,56 €', '99 €', '12 %', '']);
    });

    it('sorts a column of dates chronologically', () => {
      const texts = ['3 mars 2026', '12 février 2026', '2025-12-31'];
      expect(columnKeys(texts, 'fr').kind).to.equal('date');
      expect(sorted(texts, 'fr')).to.deep.equal(['2025-12-31', '12 février 2026', '3 mars 2026']);
    });

    it('sorts a column by text when one cell is not of the same kind', () => {
      const texts = ['10 €', 'gratuit', '9 €'];
      expect(columnKeys(texts, 'fr').kind).to.equal('text');
      expect(sorted(texts, 'fr')).to.deep.equal(['9 €', '10 €', 'gratuit']);
      expect(columnKeys(['2026', '3 mars 2026'], 'fr').kind).to.equal('text');
    });

    it('uses authored sort values as plain numbers or ISO dates', () => {
      expect(sorted(['deux', 'dix', 'un'], 'fr', 'ascending', ['2', '10', '1'])).to.deep.equal(['un', 'deux', 'dix']);
      expect(sorted(['hier', 'demain', "aujourd'hui"], 'fr', 'ascending', ['2026-03-02', '2026-03-04', '2026-03-03'])).to.deep.equal(['hier', "aujourd'hui", 'demain']);
      expect(sorted(['b', 'a', 'c'], 'fr', 'ascending', ['z', undefined, ' '])).to.deep.equal(['a', 'c', 'b']);
    });

    it('keeps equal keys in their original order, and gives the original order for none', () => {
      expect(sorted(['b', 'a', 'A', 'á'], 'fr')).to.deep.equal(['a', 'A', 'á', 'b']);
      expect(sorted(['b', 'a', 'A', 'á'], 'fr', 'descending')).to.deep.equal(['b', 'a', 'A', 'á']);
      expect(sortOrder(columnKeys(['b', 'a'], 'fr'), 'none', 'fr')).to.deep.equal([0, 1]);
    });
  });
});
