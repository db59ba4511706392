/**
 * The table's authored shapes, and their normalisation in place into the native form the element
 * shows: a direct `<table>` child with its `<caption>` and a `<thead>`. CKEditor 5 and TinyMCE
 * save `<figure class="table"><table>…</table><figcaption>…</figcaption></figure>`, and many
 * editors write the header row in the `<tbody>`; `normaliseTable` moves the author's nodes — the
 * table, its rows and cells, the caption's content — into that form, once, and copies nothing.
 */
import { child } from '../content/light-dom.js';

/**
 * Takes the table out of its `<figure>` (the figure goes once empty), gives it a `<caption>`
 * holding the `<figcaption>`'s content when it has none, and moves a header row found in the
 * body (the first row, when there is no `<thead>`) into a new `<thead>`. Returns whether
 * anything changed.
 */
export function normaliseTable(host: Element): boolean {
  const doc = host.ownerDocument;
  const figure = child(host, 'figure');
  let table = child(host, 'table') as HTMLTableElement | undefined;
  let changed = false;
  if (!table && figure) {
    table = child(figure, 'table') as HTMLTableElement | undefined;
    if (!table) return false;
    const figcaption = child(figure, 'figcaption');
    if (figcaption && !table.caption && figcaption.textContent?.trim()) {
      const caption = doc.createElement('caption');
      caption.append(...Array.from(figcaption.childNodes));
      table.prepend(caption);
    }
    figure.before(table);
    figcaption?.remove();
    // The figure goes when nothing but whitespace is left in it.
    if (!Array.from(figure.childNodes).some((n) => n.nodeType !== Node.TEXT_NODE || n.textContent?.trim())) figure.remove();
    changed = true;
  }
  if (!table) return false;
  if (!table.tHead) {
    const first = Array.from(table.rows).find((row) => row.parentElement === table || row.parentElement?.tagName === 'TBODY');
    if (first) {
      const head = doc.createElement('thead');
      head.append(first);
      // After the caption and column groups, as the content model puts it.
      const before = table.querySelector(':scope > colgroup:last-of-type') ?? table.caption;
      if (before) before.after(head);
      else table.prepend(head);
      changed = true;
    }
  }
  return changed;
}
