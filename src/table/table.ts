/**
 * `<sov-table>`: a comparison table that stays readable at any width. Wide, it scrolls inside
 * its own box with a sticky header row; narrower than `stack-below`, each row becomes a card of
 * "Column: value" pairs while assistive technology still meets a table. Rows can be sorted by
 * any column and filtered by text. The class module registers nothing; `sov-table.ts` does.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { AnnounceController } from '../controllers/announce-controller.js';
import { ContentController, blockOf } from '../controllers/content-controller.js';
import { inlineText, type Inline } from '../content/rich-text.js';
import { child, readText } from '../content/light-dom.js';
import { renderInline } from '../content/render.js';
import type { TableBlock } from '../content/schema.js';
import { fold, matcher } from '../content/search.js';
import { SovElement } from '../sov-element.js';
import { columnKeys, sortOrder, type SortDirection } from './sort.js';
import { StackController } from './stack-controller.js';
import { tableStyles } from './table.styles.js';

/** Detail of the `sov-sort` event. */
export interface SovSortDetail {
  /** Index of the column, from 0. */
  column: number;
  direction: SortDirection;
}

/** A sort in effect: a column and a direction other than `none`. */
interface ActiveSort {
  column: number;
  direction: 'ascending' | 'descending';
}

/** Authored sort values (`data-sort-value`), by row then column. */
export type SortValues = (string | undefined)[][];

/**
 * Reads a direct child `<table>`: `<caption>`, the `<thead>` row as columns (else the first
 * row), and the body rows' cells. Returns the block and any `data-sort-value`s, which stay
 * outside the validated block.
 */
export function readTable(host: HTMLElement): { block: Partial<TableBlock>; sortValues?: SortValues } | undefined {
  // Editors such as CKEditor 5 wrap a table in `<figure class="table">`, its caption in `<figcaption>`.
  const figure = child(host, 'figure');
  const table = (child(host, 'table') ?? (figure && child(figure, 'table'))) as HTMLTableElement | undefined;
  if (!table) return undefined;
  const figcaption = !table.caption && figure?.contains(table) ? child(figure, 'figcaption') : undefined;
  const body = Array.from(table.rows).filter((row) => row.parentElement === table || row.parentElement?.tagName === 'TBODY');
  const header = table.tHead?.rows[0] ?? body.shift();
  const caption = table.caption ? readText(table.caption) : figcaption ? readText(figcaption) : [];
  // `Array.from` over the cells makes each row at its exact length (see `exact` in rich-text.ts).
  const block: Partial<TableBlock> = {
    type: 'table',
    ...(caption.length ? { caption } : {}),
    columns: header ? Array.from(header.cells, readText) : [],
    rows: body.map((row) => Array.from(row.cells, readText)),
  };
  // Sort values authored on some cells, read only from a table that has one.
  if (!table.querySelector('[data-sort-value]')) return { block };
  return { block, sortValues: body.map((row) => Array.from(row.cells, (cell) => cell.getAttribute('data-sort-value') ?? undefined)) };
}

/** Plain text of every cell, for sorting, computed once per block (the first sort). */
const plainCells = new WeakMap<TableBlock, string[][]>();

function cellTexts(block: TableBlock): string[][] {
  let texts = plainCells.get(block);
  if (!texts) {
    texts = block.rows.map((row) => row.map((cell) => inlineText(cell)));
    plainCells.set(block, texts);
  }
  return texts;
}

/** Each row's text, folded for the filter, computed once per block (the first filtering). */
const foldedRows = new WeakMap<TableBlock, string[]>();

function rowTexts(block: TableBlock): string[] {
  let texts = foldedRows.get(block);
  if (!texts) {
    texts = cellTexts(block).map((row) => fold(row.join(' ')));
    foldedRows.set(block, texts);
  }
  return texts;
}

/**
 * One template per row shape (cells, a row header or not, stacked labels or not): a body row is
 * one template instance whose only bindings are its cells' contents (and, stacked, their
 * labels), instead of a template per cell. The strings are this module's own constants, joined
 * once per shape and cached, so Lit (and the server renderer) prepares each shape once; `raw`
 * marks the array as a template strings array, as `lit/static-html.js` does.
 */
const rowTemplates = new Map<string, TemplateStringsArray>();

function rowStrings(cells: number, rowHeader: boolean, labeled: boolean): TemplateStringsArray {
  const key = `${cells} ${rowHeader} ${labeled}`;
  let strings = rowTemplates.get(key);
  if (!strings) {
    const parts: string[] = [];
    let current = '<tr role="row" part="row">';
    for (let i = 0; i < cells; i++) {
      const header = i === 0 && rowHeader;
      current += header ? '<th scope="row" role="rowheader" part="header-cell">' : '<td role="cell" part="cell">';
      if (labeled) {
        parts.push(`${current}<span class="label" aria-hidden="true">`);
        current = '</span>';
      }
      parts.push(current);
      current = header ? '</th>' : '</td>';
    }
    parts.push(`${current}</tr>`);
    const array = Object.freeze(Object.assign(parts, { raw: parts })) as unknown as TemplateStringsArray;
    rowTemplates.set(key, (strings = array));
  }
  return strings;
}

/** The row count is announced this long after the last keystroke in the filter. */
const FILTER_DELAY = 400;

const ICONS: Record<SortDirection, string> = { none: '↕\uFE0E', ascending: '↑\uFE0E', descending: '↓\uFE0E' };

/**
 * A comparison table: real table semantics, cards below a width, sorting and filtering.
 *
 * @tagname sov-table
 * @csspart base - The wrapper of the controls and the table.
 * @csspart controls - The filter box and its row count (with `filterable`).
 * @csspart search - The filter input (with `filterable`).
 * @csspart status - The visible "n of m rows" count (with `filterable`); it is announced once typing pauses.
 * @csspart scroll - The box the wide table scrolls in (a focusable region when it overflows).
 * @csspart table - The `<table>`.
 * @csspart caption - The caption.
 * @csspart row - Each row, header row included.
 * @csspart header-cell - Each header cell: column headers and row headers.
 * @csspart cell - Each data cell.
 * @csspart sort-button - The button in each column header (with `sortable`).
 * @csspart icon - The sort state icon in each sort button.
 * @csspart error - The error message shown for invalid content.
 * @cssprop [--sov-table-border-color=var(--sov-color-border)] - Borders between rows and around cards.
 * @cssprop [--sov-table-stripe=color-mix(in srgb, currentColor 4%, transparent)] - Background of every other row.
 * @cssprop [--sov-table-header-background=var(--sov-color-surface-raised)] - Background of the header row.
 * @cssprop [--sov-table-max-height=80vh] - Height past which the table scrolls in its box with a sticky header; `none` to let it grow.
 * @fires {SovSortDetail} sov-sort - The user sorted the rows (detail `{ column, direction }`, direction `ascending`, `descending` or `none`).
 */
export class SovTable extends SovElement<TableBlock> {
  static override styles = tableStyles;

  protected override readonly contentSource = new ContentController<TableBlock>(this, this.language, {
    ...blockOf<TableBlock>('table'),
    structure: 'a <table> with a <caption>, a <thead> row and <tbody> rows',
    read: (host) => {
      const authored = readTable(host);
      this.authoredSortValues = authored?.sortValues;
      return authored?.block;
    },
  });

  private readonly announcer = new AnnounceController(this);

  private readonly layout = new StackController(
    this,
    () => this.stackBelow,
    () => this.ruler,
    () => this.scroller
  );

  /** `first` (default) makes the first column row headers; `none` overrides the content's choice. */
  @property({ attribute: 'row-headers' }) rowHeaders?: 'first' | 'none';

  /** The element's inline size (`px`, `rem` or `em`) below which rows become cards. */
  @property({ attribute: 'stack-below' }) stackBelow = '40rem';

  /** Column headers become buttons that sort the rows. */
  @property({ type: Boolean, reflect: true }) sortable = false;

  /** Shows a box that filters the rows by text. */
  @property({ type: Boolean, reflect: true }) filterable = false;

  /** Index of the sorted column (from 0); the user's sorting sets it, setting it sorts. */
  @property({ attribute: 'sort-column', type: Number }) sortColumn?: number;

  /** `ascending`, `descending` or `none` (the original order). */
  @property({ attribute: 'sort-direction' }) sortDirection: SortDirection = 'none';

  @state() private query = '';
  private authoredSortValues?: SortValues;
  private sorted?: { block: TableBlock; lang: string; column: number; direction: SortDirection; sortValues?: SortValues; order: number[] };

  @query('.ruler') private ruler!: HTMLElement | null;
  @query('.scroll') private scroller!: HTMLElement | null;

  /**
   * The first render of the content is already stacked or wide (see `measureNow`), unless it
   * hydrates a server-rendered table, which was rendered wide and must be rendered the same. In
   * `update`, after the controllers' `hostUpdate` (the content is read there).
   */
  protected override update(changed: PropertyValues<this>): void {
    if (this.contentSource.state === 'ready' && !this.layout.width && !this.renderRoot.querySelector('.scroll')) this.layout.measureNow();
    super.update(changed);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('stackBelow') && changed.get('stackBelow') !== undefined) this.layout.remeasure();
  }

  private handleSortClick(event: Event): void {
    const block = this.contentSource.value;
    const column = Number((event.currentTarget as HTMLElement).dataset.column);
    if (!block) return;
    const sort = this.currentSort(block);
    const current = sort?.column === column ? sort.direction : 'none';
    // APG sortable table: ascending, then descending, then back to the original order.
    const direction: SortDirection = current === 'none' ? 'ascending' : current === 'ascending' ? 'descending' : 'none';
    this.sortColumn = column;
    this.sortDirection = direction;
    this.announcer.announce(this.language.strings.sorted(inlineText(block.columns[column]), direction));
    this.dispatchEvent(new CustomEvent<SovSortDetail>('sov-sort', { detail: { column, direction }, bubbles: true, composed: true }));
  }

  private handleFilterInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    // The count is announced once typing pauses, not at each keystroke.
    const block = this.contentSource.value;
    if (block) this.announcer.announce(() => this.language.strings.rows(this.visibleRows(block).length, block.rows.length), { delay: FILTER_DELAY });
  }

  /** The sort in effect: a column of this block and a direction other than `none`, or nothing. */
  private currentSort(block: TableBlock): ActiveSort | undefined {
    const { sortColumn: column, sortDirection: direction } = this;
    if (column === undefined || !(column >= 0 && column < block.columns.length)) return undefined;
    return direction === 'ascending' || direction === 'descending' ? { column, direction } : undefined;
  }

  /** Row indices in display order: sorted, then filtered. */
  private visibleRows(block: TableBlock): number[] {
    const sort = this.currentSort(block);
    const lang = this.language.lang;
    const sortValues = this.contentSource.source === 'html' ? this.authoredSortValues : undefined;
    let order: number[];
    if (!sort) {
      order = block.rows.map((_, i) => i);
    } else {
      const { column, direction } = sort;
      const cached = this.sorted;
      if (cached && cached.block === block && cached.lang === lang && cached.column === column && cached.direction === direction && cached.sortValues === sortValues) {
        order = cached.order;
      } else {
        const texts = cellTexts(block).map((row) => row[column]);
        const keys = columnKeys(texts, lang, sortValues?.map((row) => row[column]));
        order = sortOrder(keys, direction, lang);
        this.sorted = { block, lang, column, direction, sortValues, order };
      }
    }
    const match = matcher(this.query);
    if (!match) return order;
    const texts = rowTexts(block);
    return order.filter((i) => match(texts[i]));
  }

  private renderHeader(column: Inline[], index: number, sort: ActiveSort | undefined) {
    const direction = sort?.column === index ? sort.direction : 'none';
    return html`<th scope="col" role="columnheader" part="header-cell" aria-sort=${ifDefined(direction === 'none' ? undefined : direction)}>
      ${this.sortable
        ? html`<button class="sort" part="sort-button" type="button" data-column=${index} @click=${this.handleSortClick}>
            <span>${inlineText(column)}</span><span class="icon" part="icon" aria-hidden="true">${ICONS[direction]}</span>
          </button>`
        : renderInline(column)}
    </th>`;
  }

  /** A body row: one template instance (see `rowStrings`), each cell's content one binding. */
  private renderRow(row: Inline[][], labels: string[] | undefined, rowHeader: boolean): TemplateResult {
    const values: unknown[] = [];
    for (let i = 0; i < row.length; i++) {
      if (labels) values.push(labels[i]);
      values.push(renderInline(row[i]));
    }
    return html(rowStrings(row.length, rowHeader, !!labels), ...values);
  }

  protected override renderContent(block: TableBlock) {
    const t = this.language.strings;
    const { stacked, overflows, overflowsBlock } = this.layout;
    const order = this.visibleRows(block);
    const rowHeader = (this.rowHeaders ?? block.rowHeaders) !== 'none';
    const sort = this.currentSort(block);
    // Stacked, each cell shows its column's name; it is hidden from assistive technology,
    // which announces the real column header instead.
    const colon = this.language.ui.split('-')[0] === 'fr' ? '\u00a0: ' : ': ';
    const labels = stacked ? block.columns.map((column) => `${inlineText(column)}${colon}`) : undefined;
    const region = overflows && !stacked;
    // With a filter box, the caption comes first and the box under it, so the box reads as this
    // table's (not the one above); the caption then names the table through aria-labelledby.
    const captionAbove = this.filterable && block.caption;
    return html`<div class=${classMap({ root: true, stacked, sortable: this.sortable, 'sticky-header': overflowsBlock })} part="base">
      <div class="ruler" aria-hidden="true"></div>
      ${captionAbove ? html`<div class="caption" id="caption" part="caption">${renderInline(block.caption!)}</div>` : nothing}
      ${this.filterable
        ? html`<div class="controls" part="controls" lang=${this.language.ui}>
            <label class="filter-label" for="filter">${t.filterRows}</label>
            <input id="filter" class="input" part="search" type="search" autocomplete="off" .value=${this.query} @input=${this.handleFilterInput} />
            <p class="status" part="status">${t.rows(order.length, block.rows.length)}</p>
          </div>`
        : nothing}
      <div
        class="scroll"
        part="scroll"
        role=${ifDefined(region ? 'region' : undefined)}
        tabindex=${ifDefined(region ? 0 : undefined)}
        aria-labelledby=${ifDefined(region && block.caption ? 'caption' : undefined)}
        aria-label=${ifDefined(region && !block.caption ? t.tableRegion : undefined)}
      >
        <table class="table" part="table" role="table" aria-labelledby=${ifDefined(captionAbove ? 'caption' : undefined)}>
          ${block.caption && !captionAbove ? html`<caption id="caption" part="caption">${renderInline(block.caption)}</caption>` : nothing}
          <thead role="rowgroup">
            <tr role="row" part="row">${block.columns.map((column, index) => this.renderHeader(column, index, sort))}</tr>
          </thead>
          <tbody role="rowgroup">
            ${guard([block, sort?.column, sort?.direction, this.query, this.language.lang, rowHeader, labels?.join('\n')], () =>
              order.map((index) => this.renderRow(block.rows[index], labels, rowHeader))
            )}
          </tbody>
        </table>
      </div>
      ${order.length ? nothing : html`<p class="empty" lang=${this.language.ui}>${t.noRows}</p>`}
      <div class="visually-hidden" role="status" lang=${this.language.ui}>${this.announcer.text}</div>
    </div>`;
  }
}
