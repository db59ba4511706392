/**
 * The native HTML form of each block — the HTML every element reads and shows: headings and
 * lists for the TL;DR, the icon list and the checklist (with its checkboxes), a `<table>` with
 * its caption and header scopes, `<details>`/`<summary>` per FAQ item. One renderer builds it as
 * a tree (`native.ts`); `blockToHtml` prints it (the `souverain html` command, `souverain/ssr`,
 * the Eleventy and WordPress integrations), and `blockNodes` gives the tree for `toDom`, which
 * builds the same nodes in a page. Text is escaped, link URLs pass `safeUrl`, ids come from the
 * schema's checked ids only. The whitespace text is part of the form, so a page that builds it
 * and a page that parses the printed HTML hold the same nodes.
 */
import { isCheckMark, splitEmojiNodes } from './emoji.js';
import { safeUrl } from './url.js';
import { el, toHtml, type NativeNode } from './native.js';
import type { Inline, Rich } from './rich-text.js';
import type { Block } from './schema.js';

export { escapeHtml, toDom } from './native.js';

const TAGS = { strong: 'strong', emphasis: 'em' } as const;

/**
 * Inline content. A link inside a link keeps its text only: HTML cannot nest `<a>` (the parser
 * would close the outer one), and the printed HTML must parse into the nodes `toDom` builds.
 */
function inline(nodes: readonly Inline[], inLink = false): NativeNode[] {
  const out: NativeNode[] = [];
  for (const n of nodes) {
    if (typeof n === 'string') out.push(n);
    else if (n.type === 'code') out.push(el('code', null, [n.text]));
    else if (n.type === 'link') {
      const href = inLink ? undefined : safeUrl(n.href);
      if (href === undefined) out.push(...inline(n.children, inLink));
      else out.push(el('a', { href }, inline(n.children, true)));
    } else out.push(el(TAGS[n.type], null, inline(n.children, inLink)));
  }
  return out;
}

/** `items`, each after `before` and separated by `between`, then `after`: the tree's indentation. */
function lines(items: readonly NativeNode[], before: string, after: string): NativeNode[] {
  const out: NativeNode[] = [];
  items.forEach((item, i) => out.push(i === 0 ? before : `\n${before.replace(/^\n/, '')}`, item));
  out.push(after);
  return out;
}

function rich(nodes: readonly Rich[], indent: string): NativeNode[] {
  const out: NativeNode[] = [];
  nodes.forEach((n, i) => {
    // No empty text node: the parser makes none of the printed HTML either.
    if (i > 0 || indent) out.push(i === 0 ? indent : `\n${indent}`);
    if (n.type === 'paragraph') out.push(el('p', null, inline(n.children)));
    else out.push(el(n.ordered ? 'ol' : 'ul', null, lines(n.items.map((item) => el('li', null, inline(item))), `\n${indent}  `, `\n${indent}`)));
  });
  return out;
}

/** A checklist item without a leading check mark: beside an empty box it would read as done. */
function checklistText(nodes: readonly Inline[]): Inline[] {
  const [icon, rest] = splitEmojiNodes(nodes);
  return isCheckMark(icon) && rest.length ? rest : [...nodes];
}

/**
 * A question's text with its links' text only: the `<summary>` is the item's control, and a link
 * inside it would be a control within a control (axe's nested-interactive).
 */
function withoutLinks(nodes: readonly Inline[]): Inline[] {
  return nodes.flatMap((n): Inline[] => (typeof n === 'string' || n.type === 'code' ? [n] : n.type === 'link' ? withoutLinks(n.children) : [{ ...n, children: withoutLinks(n.children) }]));
}

const tag: Record<Block['type'], string> = {
  paragraph: '',
  heading: '',
  tldr: 'sov-tldr',
  list: 'sov-list',
  table: 'sov-table',
  checklist: 'sov-checklist',
  faq: 'sov-faq',
};

/** A `<ul>` at two spaces of indentation, its items at four. */
const list = (items: NativeNode[]) => ['  ', el('ul', null, lines(items, '\n    ', '\n  '))];

function inner(block: Block, level: number, lang: string): NativeNode[] {
  // A term's colon follows the language: French puts a no-break space before it.
  const colon = /^fr\b/i.test(lang) ? '\u00a0: ' : ': ';
  const h = (t: readonly Inline[], at = level): NativeNode[] => ['  ', el(`h${at}`, null, inline(t)), '\n'];
  switch (block.type) {
    case 'paragraph':
      return rich(block.text, '');
    case 'heading':
      return [el(`h${block.level ?? 2}`, { id: block.id }, inline(block.text))];
    case 'tldr':
      return [...h(block.title), ...list(block.items.map((i) => el('li', null, inline(i))))];
    case 'list':
      return [
        ...(block.title ? h(block.title) : []),
        ...list(block.items.map((i) => el('li', null, [...(i.icon ? [`${i.icon} `] : []), ...(i.term ? [el('strong', null, inline(i.term)), colon] : []), ...inline(i.text)]))),
      ];
    case 'table': {
      const rowHeaders = block.rowHeaders !== 'none';
      const head = el('tr', null, block.columns.map((c) => el('th', { scope: 'col' }, inline(c))));
      const rows = block.rows.map((row) => el('tr', null, row.map((c, i) => (i === 0 && rowHeaders ? el('th', { scope: 'row' }, inline(c)) : el('td', null, inline(c))))));
      return [
        '  ',
        el('table', null, [
          ...(block.caption ? ['\n    ', el('caption', null, inline(block.caption))] : []),
          '\n    ',
          el('thead', null, ['\n      ', head, '\n    ']),
          '\n    ',
          el('tbody', null, lines(rows, '\n      ', '\n    ')),
          '\n  ',
        ]),
      ];
    }
    case 'checklist':
      return [
        ...(block.title ? h(block.title) : []),
        ...list(block.items.map((i) => el('li', { id: i.id }, [el('label', null, [el('input', { type: 'checkbox', checked: i.checked === true }), ' ', ...inline(checklistText(i.text))])]))),
      ];
    case 'faq': {
      const items = block.items.map((i) => el('details', { id: i.id }, ['\n    ', el('summary', null, inline(withoutLinks(i.question))), '\n', ...rich(i.answer, '    '), '\n  ']));
      return [...(block.title ? h(block.title, Math.max(2, level - 1)) : []), ...lines(items, '  ', '').slice(0, -1)];
    }
  }
}

/** The tree of a block's native HTML, without the element's tag; `lang` is the content's language. */
export function blockNodes(block: Block, level = 3, lang = 'fr'): NativeNode[] {
  return inner(block, level, lang);
}

/** The light DOM an element reads for a block, without the element's tag (the WordPress plugin's fallback); `lang` is the content's language. */
export function blockBody(block: Block, level = 3, lang = 'fr'): string {
  return toHtml(inner(block, level, lang));
}

/**
 * The authored HTML for a block: the element's tag around the light DOM it reads, or with
 * `form: 'container'` the sanitizer-proof form, `<div data-sov="faq">`, that CMS filters keep.
 * `lang` is the content's language.
 */
export function blockToHtml(block: Block, level = 3, form: 'element' | 'container' = 'element', lang = 'fr'): string {
  const name = tag[block.type];
  const body = blockBody(block, level, lang);
  if (!name) return body;
  return form === 'container' ? `<div data-sov="${name.slice(4)}">\n${body}\n</div>` : `<${name}>\n${body}\n</${name}>`;
}
