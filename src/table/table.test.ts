import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import './sov-table.js';
import type { SovTable } from './table.js';
import { contentSourceSuite } from '../test-utils/content-suite.js';
import { captureConsole, errorBox, settled, shadow, shadowText } from '../test-utils/helpers.js';

const block = {
  type: 'table',
  caption: 'Suites bureautiques',
  columns: ['Outil', 'Licence', 'Prix'],
  rows: [
    ['LibreOffice', 'MPL', '0 €'],
    ['Nextcloud', 'AGPL', 'voir [le site](https://nextcloud.com)'],
  ],
};

/** Names, amounts and dates as a French page writes them. */
const french = {
  caption: 'Commandes',
  columns: ['Nom', 'Montant', 'Date'],
  rows: [
    ['Éclair', '1 234,56 €', '3 mars 2026'],
    ['eau', '99 €', '12 février 2026'],
    ['Zèbre', '12,5 €', '1er janvier 2025'],
    ['été', '1 000 €', '3 mars 2025'],
  ],
};

/** Rows long enough to overflow a 420px box without stacking. */
const wide = {
  caption: 'Large',
  columns: ['Un', 'Deux', 'Trois'],
  rows: [['Anticonstitutionnellement', 'Intergouvernementalisation', 'Hexakosioihexekontahexaphobie']],
};

/** Resizes happen in layout; the ResizeObserver reports them on the next frames. */
async function frames(el: SovTable): Promise<void> {
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await el.updateComplete;
}

async function make(template: ReturnType<typeof html>): Promise<SovTable> {
  const found = await fixture<HTMLElement>(template);
  const el = (found.localName === 'sov-table' ? found : found.querySelector('sov-table')!) as SovTable;
  await settled(el);
  await frames(el);
  return el;
}

function q<T extends Element = HTMLElement>(el: SovTable, selector: string): T {
  return shadow(el).querySelector<T>(selector)!;
}

function all<T extends Element = HTMLElement>(el: SovTable, selector: string): T[] {
  return Array.from(shadow(el).querySelectorAll<T>(selector));
}

/** Text of one column of the body, without the stacked labels. */
function column(el: SovTable, index: number): string[] {
  return all(el, 'tbody tr').map((tr) => {
    const cell = tr.children[index].cloneNode(true) as Element;
    cell.querySelector('.label')?.remove();
    return cell.textContent!.trim();
  });
}

function sortButton(el: SovTable, index: number): HTMLButtonElement {
  return all<HTMLButtonElement>(el, '[part~="sort-button"]')[index];
}

// Headless Chromium says "HeadlessChrome/…": no word boundary before "Chrome".
const isChromium = /Chrome\//.test(navigator.userAgent);

interface AxNode {
  role: string;
  name?: string;
  children?: AxNode[];
}

/** Chromium's accessibility tree under a node of the element's shadow root. */
async function axTree(el: SovTable, selector: string): Promise<AxNode> {
  el.id = 'ax-probe';
  return executeServerCommand<AxNode, { selector: string }>('a11y-tree', { selector: `#ax-probe >>> ${selector}` });
}

/** Waits until the element's status region says `text`. */
async function announced(el: SovTable, text: string): Promise<void> {
  await waitUntil(() => q(el, '.visually-hidden[role="status"]').textContent === text, `status never said "${text}"`, { timeout: 3000 });
}

function axFind(node: AxNode, test: (n: AxNode) => boolean): AxNode[] {
  return [...(test(node) ? [node] : []), ...(node.children ?? []).flatMap((c) => axFind(c, test))];
}

describe('<sov-table>', () => {
  contentSourceSuite({
    tag: 'sov-table',
    block,
    marker: 'Nextcloud',
    authored: '<table><caption>Écrit</caption><thead><tr><th>A</th><th>B</th></tr></thead><tbody><tr><th>Un</th><td>Deux heures</td></tr></tbody></table>',
    htmlMarker: 'Deux heures',
    packRef: 'souverainete-numerique#securite',
    packMarker: 'Audits communautaires et indépendants',
    invalid: { type: 'table', columns: ['a', 'b', 'c'], rows: [['1', '2', '3'], ['1', '2', '3'], ['1', '2']] },
    invalidPath: 'rows[2]',
    withText: (text) => ({ ...block, caption: text, columns: [text, 'Licence', 'Prix'], rows: [[text, text, text]] }),
  });

  describe('rendering', () => {
    it('renders a lean row: one element per cell and one binding per cell, no wrapper', async () => {
      // Nodes added per row (elements, text and Lit's markers), measured between 10 and 30 rows.
      const count = async (n: number) => {
        const rows = Array.from({ length: n }, (_, i) => [`Outil ${i}`, `Licence ${i}`, `${i} €`]);
        const el = await make(html`<sov-table .data=${{ ...block, rows }}></sov-table>`);
        const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_ALL);
        let nodes = 0;
        while (walker.nextNode()) nodes++;
        return nodes;
      };
      const perRow = ((await count(30)) - (await count(10))) / 20;
      // tr, 3 cells with their text and its marker, the row's two markers (22 with a template per cell).
      expect(perRow).to.be.at.most(12);
    });

    it('keeps stacked labels and rich cells with the row templates', async () => {
      const data = { ...block, rows: [['**Gras**', 'Libre', '0 €']] };
      const el = await make(html`<div style="inline-size: 20rem"><sov-table .data=${data}></sov-table></div>`);
      const cells = Array.from(q(el, 'tbody tr').children);
      expect(cells.map((cell) => cell.querySelector('.label')?.textContent)).to.deep.equal(['Outil\u00a0: ', 'Licence\u00a0: ', 'Prix\u00a0: ']);
      expect(cells[0].querySelector('strong')!.textContent).to.equal('Gras');
      expect(cells.map((cell) => cell.getAttribute('role'))).to.deep.equal(['rowheader', 'cell', 'cell']);
    });

    it('renders a real table: caption, column headers and row headers', async () => {
      const el = await make(html`<sov-table .data=${block}></sov-table>`);
      const table = q<HTMLTableElement>(el, 'table');
      expect(table.caption!.textContent).to.equal('Suites bureautiques');
      const heads = all(el, 'thead th');
      expect(heads.map((th) => th.textContent!.trim())).to.deep.equal(['Outil', 'Licence', 'Prix']);
      expect(heads.every((th) => th.getAttribute('scope') === 'col')).to.be.true;
      const rows = all(el, 'tbody tr');
      expect(rows).to.have.length(2);
      for (const row of rows) {
        expect(row.children[0].localName).to.equal('th');
        expect(row.children[0].getAttribute('scope')).to.equal('row');
        expect(row.children[1].localName).to.equal('td');
      }
    });

    it('renders inline formatting and safe links in cells', async () => {
      const el = await make(html`<sov-table .data=${{ ...block, rows: [['**Libre**Office', '*MPL*', 'voir [le site](https://example.org)']] }}></sov-table>`);
      expect(q(el, 'tbody th strong').textContent).to.equal('Libre');
      expect(q(el, 'tbody td em').textContent).to.equal('MPL');
      expect(q(el, 'tbody td a').getAttribute('href')).to.equal('https://example.org');
    });

    it('renders the pack table named in `content`, and the first table without a fragment', async () => {
      const el = await make(html`<sov-table content="souverainete-numerique#securite"></sov-table>`);
      expect(q(el, 'caption').textContent).to.contain('Sécurité et transparence');
      expect(q(el, 'tbody th').textContent).to.equal('Audits communautaires et indépendants');
      const first = await make(html`<sov-table content="souverainete-numerique"></sov-table>`);
      expect(q(first, 'thead th').textContent!.trim()).to.equal('Aspect Technique');
    });

    it('makes every first cell a data cell with row-headers="none", or rowHeaders "none" in the content', async () => {
      const el = await make(html`<sov-table row-headers="none" .data=${block}></sov-table>`);
      expect(all(el, 'tbody th')).to.have.length(0);
      expect(all(el, 'tbody td')).to.have.length(6);
      const fromData = await make(html`<sov-table .data=${{ ...block, rowHeaders: 'none' }}></sov-table>`);
      expect(all(fromData, 'tbody th')).to.have.length(0);
      fromData.rowHeaders = 'first';
      await fromData.updateComplete;
      expect(all(fromData, 'tbody th[scope="row"]')).to.have.length(2);
    });

    it('with a filter box, shows the caption first and the box under it, above the table; the caption names the table', async () => {
      const el = await make(html`<sov-table filterable .data=${block}></sov-table>`);
      const caption = q(el, '[part~="caption"]');
      const search = q(el, '[part~="search"]');
      const table = q(el, 'table');
      expect(caption.textContent).to.equal('Suites bureautiques');
      expect(caption.getBoundingClientRect().bottom).to.be.at.most(search.getBoundingClientRect().top);
      expect(search.getBoundingClientRect().bottom).to.be.at.most(q(el, 'thead').getBoundingClientRect().top);
      // Closer to its table than to the caption's top: the box belongs to this table.
      expect(q(el, 'thead').getBoundingClientRect().top - search.getBoundingClientRect().bottom).to.be.below(search.getBoundingClientRect().top - el.getBoundingClientRect().top);
      expect(table.getAttribute('aria-labelledby')).to.equal(caption.id);
      expect(q(el, 'caption')).to.equal(null);
      if (isChromium) expect((await axTree(el, 'table')).name).to.equal('Suites bureautiques');
      await expect(el).to.be.accessible();
    });

    it('renders a table without caption', async () => {
      const el = await make(html`<sov-table .data=${{ columns: ['A'], rows: [['x']] }}></sov-table>`);
      expect(q(el, 'caption')).to.equal(null);
      expect(q(el, 'tbody th').textContent).to.equal('x');
    });
  });

  describe('light-DOM reader', () => {
    it('reads caption, thead and every tbody row, and renders the same data', async () => {
      const el = await make(html`<sov-table>
        <table>
          <caption>Comparatif <em>écrit</em></caption>
          <thead><tr><th>Outil</th><th>Licence</th></tr></thead>
          <tbody><tr><th>LibreOffice</th><td><strong>MPL</strong></td></tr></tbody>
          <tbody><tr><td>Nextcloud</td><td><a href="https://nextcloud.com">AGPL</a></td></tr></tbody>
        </table>
      </sov-table>`);
      expect(q(el, 'caption').textContent).to.equal('Comparatif écrit');
      expect(q(el, 'caption em').textContent).to.equal('écrit');
      expect(all(el, 'thead th').map((th) => th.textContent!.trim())).to.deep.equal(['Outil', 'Licence']);
      expect(column(el, 0)).to.deep.equal(['LibreOffice', 'Nextcloud']);
      expect(q(el, 'tbody td strong').textContent).to.equal('MPL');
      expect(q(el, 'tbody td a').getAttribute('href')).to.equal('https://nextcloud.com');
    });

    it('reads a table wrapped in <figure> with a <figcaption>, entity-encoded, as CKEditor 5 and TinyMCE save it', async () => {
      const doc = new DOMParser().parseFromString(
        '<figure class="table"><table><thead><tr><th>Outil</th><th>Licence</th></tr></thead><tbody><tr><td>LibreOffice</td><td>Libre &amp; gratuit, &eacute;prouv&eacute;</td></tr></tbody></table><figcaption>Comparatif</figcaption></figure><p>&nbsp;</p><p><br></p>',
        'text/html'
      );
      const el = await make(html`<sov-table>${Array.from(doc.body.childNodes)}</sov-table>`);
      expect(q(el, 'caption').textContent).to.equal('Comparatif');
      expect(column(el, 1)).to.deep.equal(['Libre & gratuit, éprouvé']);
    });

    it('takes the first row as headers when there is no thead', async () => {
      const el = await make(html`<sov-table><table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table></sov-table>`);
      expect(all(el, 'thead th').map((th) => th.textContent!.trim())).to.deep.equal(['A', 'B']);
      expect(column(el, 1)).to.deep.equal(['2']);
    });
  });

  describe('responsive', () => {
    it('stacks rows into cards below stack-below, measured on its container, and back', async () => {
      const el = await make(html`<div style="inline-size: 900px"><sov-table .data=${block}></sov-table></div>`);
      const wrapper = el.parentElement!;
      expect(q(el, '[part~="base"]').classList.contains('stacked')).to.be.false;
      expect(getComputedStyle(q(el, 'table')).display).to.equal('table');
      expect(all(el, '.label')).to.have.length(0);

      wrapper.style.inlineSize = '300px';
      await frames(el);
      expect(q(el, '[part~="base"]').classList.contains('stacked')).to.be.true;
      expect(getComputedStyle(q(el, 'table')).display).to.equal('block');
      const cells = all(el, 'tbody tr')[0].children;
      // Each cell shows its column's name, hidden from assistive technology.
      const label = cells[1].querySelector('.label')!;
      expect(label.textContent).to.equal('Licence\u00a0: ');
      expect(label.getAttribute('aria-hidden')).to.equal('true');
      // Cards stack vertically: the second cell sits below the first.
      expect(cells[1].getBoundingClientRect().top).to.be.greaterThan(cells[0].getBoundingClientRect().top);
      // Table semantics stay in the DOM, with explicit roles that survive display: block.
      expect(q(el, 'table').getAttribute('role')).to.equal('table');
      expect(all(el, 'thead th').every((th) => th.getAttribute('scope') === 'col' && th.getAttribute('role') === 'columnheader')).to.be.true;
      expect(cells[0].getAttribute('role')).to.equal('rowheader');
      expect(cells[1].getAttribute('role')).to.equal('cell');

      wrapper.style.inlineSize = '900px';
      await frames(el);
      expect(q(el, '[part~="base"]').classList.contains('stacked')).to.be.false;
      expect(all(el, '.label')).to.have.length(0);
    });

    it('keeps a table with headers in the accessibility tree when stacked', async () => {
      const el = await make(html`<div style="inline-size: 300px"><sov-table sortable .data=${block}></sov-table></div>`);
      expect(q(el, '[part~="base"]').classList.contains('stacked')).to.be.true;
      if (isChromium) {
        const tree = await axTree(el, 'table');
        expect(tree.role).to.equal('table');
        expect(tree.name).to.equal('Suites bureautiques');
        expect(axFind(tree, (n) => n.role === 'columnheader').map((n) => n.name)).to.deep.equal(['Outil', 'Licence', 'Prix']);
        expect(axFind(tree, (n) => n.role === 'rowheader').map((n) => n.name)).to.deep.equal(['LibreOffice', 'Nextcloud']);
        expect(axFind(tree, (n) => n.role === 'row')).to.have.length(3);
        // The visible "Column :" labels are not read: the cell's name is its value.
        expect(axFind(tree, (n) => n.role === 'cell')[0].name).to.equal('MPL');
      } else {
        // Other engines: the semantics the accessibility tree is built from.
        expect(q(el, 'table').getAttribute('role')).to.equal('table');
        expect(all(el, 'thead, tbody').every((g) => g.getAttribute('role') === 'rowgroup')).to.be.true;
        expect(all(el, 'tr').every((tr) => tr.getAttribute('role') === 'row')).to.be.true;
        expect(all(el, 'tbody th').every((th) => th.getAttribute('role') === 'rowheader' && th.getAttribute('scope') === 'row')).to.be.true;
        expect(all(el, 'td').every((td) => td.getAttribute('role') === 'cell')).to.be.true;
        expect(all(el, '.label').every((l) => l.getAttribute('aria-hidden') === 'true')).to.be.true;
      }
    });

    it('hides the column headers visually when stacked, and shows them as sort buttons when sortable', async () => {
      const el = await make(html`<div style="inline-size: 300px"><sov-table .data=${block}></sov-table></div>`);
      expect(q(el, 'thead').getBoundingClientRect().height).to.be.at.most(1);
      el.sortable = true;
      await el.updateComplete;
      const button = sortButton(el, 1);
      expect(button.getBoundingClientRect().height).to.be.at.least(24);
    });

    it('reads stack-below in px, rem and em, and falls back to 40rem for nonsense', async () => {
      const el = await make(html`<div style="inline-size: 500px; font-size: 20px"><sov-table stack-below="400px" .data=${block}></sov-table></div>`);
      const stacked = () => q(el, '[part~="base"]').classList.contains('stacked');
      expect(stacked()).to.be.false;
      el.stackBelow = '600px';
      await frames(el);
      expect(stacked()).to.be.true;
      el.stackBelow = '24em'; // 480px at 20px
      await frames(el);
      expect(stacked()).to.be.false;
      el.stackBelow = '26em'; // 520px
      await frames(el);
      expect(stacked()).to.be.true;
      el.stackBelow = '20rem'; // 320px at the root's 16px
      await frames(el);
      expect(stacked()).to.be.false;
      el.stackBelow = 'banana'; // 40rem = 640px
      await frames(el);
      expect(stacked()).to.be.true;
    });

    it('scrolls a wide table in a focusable region named by its caption', async () => {
      const el = await make(html`<div style="inline-size: 420px"><sov-table stack-below="10rem" .data=${wide}></sov-table></div>`);
      const scroll = q(el, '[part~="scroll"]');
      expect(scroll.scrollWidth).to.be.greaterThan(scroll.clientWidth);
      expect(scroll.getAttribute('role')).to.equal('region');
      expect(scroll.getAttribute('tabindex')).to.equal('0');
      const labelledBy = scroll.getAttribute('aria-labelledby')!;
      expect(shadow(el).getElementById(labelledBy)!.textContent).to.equal('Large');
      if (isChromium) {
        const tree = await axTree(el, '[part~="scroll"]');
        expect(tree.role).to.equal('region');
        expect(tree.name).to.equal('Large');
      }
    });

    it('names the region "Tableau" when there is no caption, and drops it when the table fits', async () => {
      const el = await make(html`<div style="inline-size: 420px"><sov-table stack-below="10rem" .data=${{ ...wide, caption: undefined }}></sov-table></div>`);
      const scroll = q(el, '[part~="scroll"]');
      expect(scroll.getAttribute('aria-label')).to.equal('Tableau');
      el.parentElement!.style.inlineSize = '1400px';
      await frames(el);
      expect(scroll.hasAttribute('role')).to.be.false;
      expect(scroll.hasAttribute('tabindex')).to.be.false;
      expect(scroll.hasAttribute('aria-label')).to.be.false;
    });

    it('keeps the header row in view when the table is taller than its box', async () => {
      const rows = Array.from({ length: 30 }, (_, i) => [`Ligne ${i}`, `${i}`]);
      const el = await make(html`<sov-table style="--sov-table-max-height: 200px" .data=${{ columns: ['Nom', 'Valeur'], rows }}></sov-table>`);
      const scroll = q(el, '[part~="scroll"]');
      expect(scroll.clientHeight).to.be.at.most(200);
      expect(scroll.getAttribute('tabindex')).to.equal('0');
      const th = q(el, 'thead th');
      expect(getComputedStyle(th).position).to.equal('sticky');
      scroll.scrollTop = 150;
      await frames(el);
      expect(Math.abs(th.getBoundingClientRect().top - scroll.getBoundingClientRect().top)).to.be.below(2);
      // Rows pass under an opaque header.
      expect(q(el, '[part~="base"]').classList.contains('sticky-header')).to.be.true;
      expect(getComputedStyle(th).backgroundImage).to.contain('gradient');
    });
  });

  describe('properties', () => {
    it('sorts text in French order, cycling ascending, descending and original, with aria-sort', async () => {
      const el = await make(html`<sov-table lang="fr" sortable row-headers="none" .data=${french}></sov-table>`);
      const th = all(el, 'thead th')[0];
      expect(th.hasAttribute('aria-sort')).to.be.false;
      sortButton(el, 0).click();
      await el.updateComplete;
      expect(column(el, 0)).to.deep.equal(['eau', 'Éclair', 'été', 'Zèbre']);
      expect(th.getAttribute('aria-sort')).to.equal('ascending');
      await announced(el, 'Trié par Nom, ordre croissant');
      sortButton(el, 0).click();
      await el.updateComplete;
      expect(column(el, 0)).to.deep.equal(['Zèbre', 'été', 'Éclair', 'eau']);
      expect(th.getAttribute('aria-sort')).to.equal('descending');
      await announced(el, 'Trié par Nom, ordre décroissant');
      sortButton(el, 0).click();
      await el.updateComplete;
      expect(column(el, 0)).to.deep.equal(['Éclair', 'eau', 'Zèbre', 'été']);
      expect(th.hasAttribute('aria-sort')).to.be.false;
      await announced(el, 'Ordre d’origine rétabli');
    });

    it('sorts amounts and dates as written in French, and moves aria-sort to the sorted column', async () => {
      const el = await make(html`<sov-table lang="fr" sortable .data=${french}></sov-table>`);
      sortButton(el, 1).click();
      await el.updateComplete;
      expect(column(el, 1)).to.deep.equal(['12,5 €', '99 €', '1 000 €', '1 234,56 €']);
      sortButton(el, 2).click();
      await el.updateComplete;
      expect(column(el, 2)).to.deep.equal(['1er janvier 2025', '3 mars 2025', '12 février 2026', '3 mars 2026']);
      const heads = all(el, 'thead th');
      expect(heads.map((h) => h.getAttribute('aria-sort'))).to.deep.equal([null, null, 'ascending']);
      expect(heads[2].querySelector('[part~="icon"]')!.textContent).to.contain('↑');
    });

    it('sorts amounts and month-first dates as written in English', async () => {
      const data = { columns: ['Item', 'Price', 'Date'], rows: [['a', '$1,234.56', '03/04/2026'], ['b', '$99', 'March 3, 2026'], ['c', '12%', '2026-01-31']] };
      const el = await make(html`<sov-table lang="en" sortable .data=${data}></sov-table>`);
      sortButton(el, 1).click();
      await el.updateComplete;
      expect(column(el, 0)).to.deep.equal(['c', 'b', 'a']);
      sortButton(el, 2).click();
      await el.updateComplete;
      expect(column(el, 0)).to.deep.equal(['c', 'b', 'a']);
      await announced(el, 'Sorted by Date, ascending');
    });

    it('sorts by the authored data-sort-value', async () => {
      const el = await make(html`<sov-table sortable>
        <table>
          <thead><tr><th>Version</th><th>Sortie</th></tr></thead>
          <tbody>
            <tr><th>Deux</th><td data-sort-value="2">il y a deux ans</td></tr>
            <tr><th>Dix</th><td data-sort-value="10">une décennie</td></tr>
            <tr><th>Un</th><td data-sort-value="1">l’an dernier</td></tr>
          </tbody>
        </table>
      </sov-table>`);
      sortButton(el, 1).click();
      await el.updateComplete;
      expect(column(el, 0)).to.deep.equal(['Un', 'Deux', 'Dix']);
    });

    it('sorts when sortColumn and sortDirection are set', async () => {
      const el = await make(html`<sov-table sort-column="1" sort-direction="descending" .data=${french}></sov-table>`);
      expect(column(el, 1)[0]).to.equal('1 234,56 €');
      expect(all(el, 'thead th')[1].getAttribute('aria-sort')).to.equal('descending');
      el.sortColumn = 9;
      await el.updateComplete;
      expect(column(el, 0)).to.deep.equal(['Éclair', 'eau', 'Zèbre', 'été']);
      el.sortColumn = 1;
      el.setAttribute('sort-direction', 'up');
      await el.updateComplete;
      expect(column(el, 0)).to.deep.equal(['Éclair', 'eau', 'Zèbre', 'été']);
      expect(all(el, 'thead th[aria-sort]')).to.have.length(0);
    });

    it('sorts and filters a thousand rows', async () => {
      const rows = Array.from({ length: 1000 }, (_, i) => [`Ligne ${i}`, `${(i * 7919) % 1000} €`, i % 10 === 0 ? 'Sécurité' : 'Autre']);
      const el = await make(html`<sov-table sortable filterable .data=${{ columns: ['Nom', 'Prix', 'Thème'], rows }}></sov-table>`);
      expect(all(el, 'tbody tr')).to.have.length(1000);
      sortButton(el, 1).click();
      sortButton(el, 1).click();
      await el.updateComplete;
      expect(column(el, 1).slice(0, 2)).to.deep.equal(['999 €', '998 €']);
      const input = q<HTMLInputElement>(el, 'input[part~="search"]');
      input.value = 'securite';
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(all(el, 'tbody tr')).to.have.length(100);
      expect(q(el, '[part~="status"]').textContent).to.equal('100 lignes sur 1000');
      const prices = column(el, 1).map((p) => parseInt(p, 10));
      expect(prices).to.deep.equal([...prices].sort((a, b) => b - a));
    });

    it('filters rows accent- and case-insensitively with a count and an empty state', async () => {
      const el = await make(html`<sov-table lang="fr" filterable content="souverainete-numerique#securite"></sov-table>`);
      const input = q<HTMLInputElement>(el, 'input[part~="search"]');
      const status = q(el, '[part~="status"]');
      expect(status.textContent).to.equal('3 lignes sur 3');
      input.focus();
      await sendKeys({ type: 'CYBER' });
      await el.updateComplete;
      expect(column(el, 0)).to.deep.equal(['Audits communautaires et indépendants', 'Certifications et labels de cybersécurité']);
      expect(status.textContent).to.equal('2 lignes sur 3');
      await sendKeys({ type: ' labels' });
      await el.updateComplete;
      expect(status.textContent).to.equal('1 ligne sur 3');
      input.value = 'introuvable';
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(all(el, 'tbody tr')).to.have.length(0);
      expect(status.textContent).to.equal('0 ligne sur 3');
      expect(shadowText(el)).to.contain('Aucune ligne ne correspond au filtre.');
    });

    it('announces the row count once typing pauses, not at each keystroke', async () => {
      const el = await make(html`<sov-table lang="fr" filterable content="souverainete-numerique#securite"></sov-table>`);
      const input = q<HTMLInputElement>(el, 'input[part~="search"]');
      const heard: string[] = [];
      const live = () => Array.from(shadow(el).querySelectorAll('[role="status"]')).map((n) => n.textContent!.trim()).filter(Boolean);
      const observer = new MutationObserver(() => {
        for (const text of live()) if (heard.at(-1) !== text) heard.push(text);
      });
      observer.observe(shadow(el), { subtree: true, childList: true, characterData: true });
      try {
        input.focus();
        await sendKeys({ type: 'cyber labels' });
        await announced(el, '1 ligne sur 3');
      } finally {
        observer.disconnect();
      }
      expect(heard).to.deep.equal(['1 ligne sur 3']);
      expect(shadow(el).querySelectorAll('[role="status"]')).to.have.length(1);
    });

    it('labels the filter box in English', async () => {
      const el = await make(html`<sov-table lang="en" filterable .data=${block}></sov-table>`);
      const input = q<HTMLInputElement>(el, 'input[part~="search"]');
      expect(q(el, `label[for="${input.id}"]`).textContent).to.equal('Filter rows');
      expect(q(el, '[part~="status"]').textContent).to.equal('2 of 2 rows');
    });

    it('filters within the sorted order', async () => {
      const el = await make(html`<sov-table sortable filterable sort-column="0" sort-direction="descending" row-headers="none" .data=${french}></sov-table>`);
      const input = q<HTMLInputElement>(el, 'input[part~="search"]');
      input.value = 'E';
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(column(el, 0)).to.deep.equal(['Zèbre', 'été', 'Éclair', 'eau']);
      input.value = 'ete';
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(column(el, 0)).to.deep.equal(['été']);
    });
  });

  describe('keyboard', () => {
    it('reaches the sort buttons with Tab and sorts with Enter and Space', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div><button>avant</button><sov-table sortable row-headers="none" .data=${french}></sov-table></div>`);
      const el = wrapper.querySelector('sov-table')!;
      await settled(el);
      await frames(el);
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(sortButton(el, 0));
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(column(el, 0)).to.deep.equal(['eau', 'Éclair', 'été', 'Zèbre']);
      expect(shadow(el).activeElement).to.equal(sortButton(el, 0));
      await sendKeys({ press: ' ' }); // "Space" is unknown to Firefox's WebDriver BiDi keyboard
      await el.updateComplete;
      expect(column(el, 0)).to.deep.equal(['Zèbre', 'été', 'Éclair', 'eau']);
      expect(all(el, 'thead th')[0].getAttribute('aria-sort')).to.equal('descending');
      expect(shadow(el).activeElement).to.equal(sortButton(el, 0));
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(sortButton(el, 1));
    });

    it('reaches the filter box, then the scroll region, with Tab', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: 420px"><button>avant</button><sov-table filterable stack-below="10rem" .data=${wide}></sov-table></div>`);
      const el = wrapper.querySelector('sov-table')!;
      await settled(el);
      await frames(el);
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(q(el, 'input[part~="search"]'));
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(q(el, '[part~="scroll"]'));
    });
  });

  describe('events', () => {
    it('fires sov-sort with the column and direction on each user sort', async () => {
      const el = await make(html`<sov-table sortable .data=${french}></sov-table>`);
      const details: unknown[] = [];
      el.addEventListener('sov-sort', (e) => {
        expect(e.bubbles && e.composed).to.be.true;
        details.push(e.detail);
      });
      sortButton(el, 1).click();
      sortButton(el, 1).click();
      sortButton(el, 1).click();
      sortButton(el, 2).click();
      expect(details).to.deep.equal([
        { column: 1, direction: 'ascending' },
        { column: 1, direction: 'descending' },
        { column: 1, direction: 'none' },
        { column: 2, direction: 'ascending' },
      ]);
      expect(el.sortColumn).to.equal(2);
      expect(el.sortDirection).to.equal('ascending');
    });

    it('does not fire sov-sort for programmatic changes', async () => {
      const el = await make(html`<sov-table sortable .data=${french}></sov-table>`);
      let fired = 0;
      el.addEventListener('sov-sort', () => fired++);
      el.sortColumn = 1;
      el.sortDirection = 'ascending';
      await el.updateComplete;
      expect(column(el, 1)[0]).to.equal('12,5 €');
      expect(fired).to.equal(0);
      expect(q(el, '.visually-hidden[role="status"]').textContent).to.equal('');
    });
  });

  describe('accessibility', () => {
    it('has no axe violations unstacked: sortable, sorted, filtered and empty', async () => {
      const el = await make(html`<sov-table sortable filterable content="souverainete-numerique#securite"></sov-table>`);
      await expect(el).to.be.accessible();
      sortButton(el, 1).click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      const input = q<HTMLInputElement>(el, 'input[part~="search"]');
      input.value = 'tests';
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      await expect(el).to.be.accessible();
      input.value = 'introuvable';
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('has no axe violations stacked: sortable, sorted and filtered', async () => {
      const el = await make(html`<div style="inline-size: 300px"><sov-table sortable filterable content="souverainete-numerique#securite"></sov-table></div>`);
      expect(q(el, '[part~="base"]').classList.contains('stacked')).to.be.true;
      await expect(el).to.be.accessible();
      sortButton(el, 0).click();
      await el.updateComplete;
      const input = q<HTMLInputElement>(el, 'input[part~="search"]');
      input.value = 'audit';
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('has no axe violations as a scrolling region', async () => {
      const el = await make(html`<div style="inline-size: 420px"><sov-table stack-below="10rem" sortable .data=${wide}></sov-table></div>`);
      expect(q(el, '[part~="scroll"]').getAttribute('role')).to.equal('region');
      await expect(el).to.be.accessible();
    });
  });

  describe('parts and tokens', () => {
    it('exposes its parts', async () => {
      const el = await make(html`<sov-table sortable filterable .data=${block}></sov-table>`);
      for (const part of ['base', 'controls', 'search', 'status', 'scroll', 'table', 'caption', 'row', 'header-cell', 'cell', 'sort-button', 'icon']) {
        expect(q(el, `[part~="${part}"]`), part).to.exist;
      }
      expect(q(el, '[part~="icon"]').getAttribute('aria-hidden')).to.equal('true');
    });

    it('takes borders, stripes and header background from custom properties', async () => {
      const el = await make(html`<sov-table
        style="--sov-table-border-color: rgb(255, 0, 0); --sov-table-stripe: rgb(0, 0, 255); --sov-table-header-background: rgb(0, 128, 0)"
        .data=${{ ...block, rows: [...block.rows, ['Jitsi', 'Apache', '0 €']] }}
      ></sov-table>`);
      expect(getComputedStyle(q(el, 'tbody td')).borderBottomColor).to.equal('rgb(255, 0, 0)');
      expect(getComputedStyle(all(el, 'tbody tr')[1]).backgroundColor).to.equal('rgb(0, 0, 255)');
      expect(getComputedStyle(all(el, 'tbody tr')[0]).backgroundColor).not.to.equal('rgb(0, 0, 255)');
      expect(getComputedStyle(q(el, 'thead th')).backgroundColor).to.equal('rgb(0, 128, 0)');
    });

    it('prints the whole table, unstacked, without controls or scroll clipping', async () => {
      const rows = Array.from({ length: 30 }, (_, i) => [`Ligne ${i}`, `${i}`]);
      const el = await make(html`<div style="inline-size: 300px"><sov-table sortable filterable style="--sov-table-max-height: 100px" .data=${{ columns: ['Nom', 'Valeur'], rows }}></sov-table></div>`);
      expect(q(el, '[part~="base"]').classList.contains('stacked')).to.be.true;
      // Print media can be emulated in Chromium only (Firefox's BiDi and WebKit's WebDriver lack it).
      let emulated = false;
      if (isChromium) {
        await emulateMedia({ media: 'print' });
        emulated = matchMedia('print').matches;
      }
      try {
        if (emulated) {
          expect(getComputedStyle(q(el, 'table')).display).to.equal('table');
          expect(getComputedStyle(q(el, '.label')).display).to.equal('none');
          expect(getComputedStyle(q(el, '[part~="controls"]')).display).to.equal('none');
          expect(getComputedStyle(q(el, '[part~="icon"]')).display).to.equal('none');
          const scroll = getComputedStyle(q(el, '[part~="scroll"]'));
          expect(scroll.overflowY).to.equal('visible');
          expect(scroll.maxHeight).to.equal('none');
        } else {
          // This engine cannot emulate print media: check the rules that print relies on.
          const sheets = shadow(el).adoptedStyleSheets.flatMap((s) => Array.from(s.cssRules));
          const media = (name: string) => sheets.filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText === name).map((r) => r.cssText).join('\n');
          expect(media('screen')).to.contain('.stacked');
          expect(media('print')).to.match(/\.scroll\s*\{[^}]*overflow: visible/);
          expect(media('print')).to.contain('.label');
        }
      } finally {
        if (emulated) await emulateMedia({ media: 'screen' });
      }
    });
  });

  describe('lifecycle', () => {
    it('measures again after being moved, and stops observing when removed', async () => {
      const el = await make(html`<div style="inline-size: 900px"><sov-table .data=${block}></sov-table></div>`);
      const narrow = await fixture<HTMLElement>(html`<div style="inline-size: 300px"></div>`);
      narrow.append(el);
      await frames(el);
      expect(q(el, '[part~="base"]').classList.contains('stacked')).to.be.true;
      el.remove();
      await frames(el);
      // Hidden or detached (zero width), it keeps its last layout.
      expect(q(el, '[part~="base"]').classList.contains('stacked')).to.be.true;
    });
  });

  describe('bad input', () => {
    it('reports a row with the wrong number of cells with its index', async () => {
      const { result: el, errors } = await captureConsole(() =>
        make(html`<sov-table .data=${{ columns: ['a', 'b', 'c'], rows: [['1', '2', '3'], ['1', '2', '3'], ['1', '2']] }}></sov-table>`)
      );
      expect(errorBox(el)!.textContent!.replace(/\s+/g, ' ')).to.contain('rows[2]: expected 3 cells, got 2');
      expect(errors).to.have.length(1);
    });

    it('reports an authored row with too many cells', async () => {
      const { result: el } = await captureConsole(() =>
        make(html`<sov-table><table><thead><tr><th>A</th><th>B</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr><tr><td>1</td><td>2</td><td>3</td></tr></tbody></table></sov-table>`)
      );
      expect(errorBox(el)!.textContent!.replace(/\s+/g, ' ')).to.contain('rows[1]: expected 2 cells, got 3');
    });

    it('shows hostile text in sortable headers and stacked labels as text', async () => {
      const payload = '<img src=x onerror="window.__sovPwned=1">';
      const el = await make(html`<div style="inline-size: 300px"><sov-table sortable .data=${{ columns: [payload, 'B'], rows: [[payload, payload]] }}></sov-table></div>`);
      expect(q(el, 'img')).to.equal(null);
      expect(sortButton(el, 0).textContent).to.contain('<img src=x');
      expect(q(el, '.label').textContent).to.contain('<img src=x');
    });
  });
});
