import { expect, fixture, html } from '@open-wc/testing';
import { normaliseTable } from './native-form.js';
import { readTable } from './table.js';

/** The tags of the element children, depth first: the shape, whatever the whitespace. */
const shape = (el: Element): string => Array.from(el.children, (c) => `${c.localName}(${shape(c)})`).join(' ');

describe('table native form', () => {
  describe('normaliseTable: a <figure> and a header row in the body, in place', () => {
    it('takes the table out of CKEditor’s figure, its figcaption as the caption, moving the nodes', async () => {
      const host = await fixture<HTMLElement>(html`<div><figure class="table"><table><tbody><tr><td>Outil</td><td>Licence</td></tr><tr><td>LibreOffice</td><td>MPL</td></tr></tbody></table><figcaption>Comparatif <strong>libre</strong></figcaption></figure></div>`);
      const before = readTable(host)!.block;
      const table = host.querySelector('table')!;
      const strong = host.querySelector('strong')!;
      const row = table.rows[1];
      expect(normaliseTable(host)).to.equal(true);
      expect(host.firstElementChild).to.equal(table);
      expect(host.querySelector('figure, figcaption')).to.equal(null);
      expect(table.caption!.textContent).to.equal('Comparatif libre');
      expect(strong.parentElement).to.equal(table.caption);
      expect(table.tHead!.rows[0].textContent).to.equal('OutilLicence');
      expect(row.parentElement!.localName).to.equal('tbody');
      expect(readTable(host)!.block).to.deep.equal(before);
      expect(normaliseTable(host)).to.equal(false);
    });

    it('leaves a figure that holds more than the table, and a table already in the native form', async () => {
      const host = await fixture<HTMLElement>(html`<div><figure><table><thead><tr><th>A</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table><p>Source : Insee</p></figure></div>`);
      expect(normaliseTable(host)).to.equal(true);
      expect(shape(host)).to.equal('table(thead(tr(th())) tbody(tr(td()))) figure(p())');
      const native = await fixture<HTMLElement>(html`<div><table><caption>C</caption><thead><tr><th>A</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table></div>`);
      const text = native.outerHTML;
      expect(normaliseTable(native)).to.equal(false);
      expect(native.outerHTML).to.equal(text);
    });
  });
});
