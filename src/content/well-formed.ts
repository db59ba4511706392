/**
 * A fast check of the blocks the light-DOM readers build, so that authored HTML (the common
 * case on a CMS page) is used as read, without the schema and its library being loaded or run.
 *
 * It answers one question: would the schema (`schema.ts`) accept this value as it is and return
 * it unchanged? It accepts only trees (never Markdown strings, which need the parser), exactly the
 * keys the schema allows, and values within `LIMITS`; anything else — including every invalid
 * value — answers `false`, and the caller then validates with the schema, which says what is
 * wrong and where. It never accepts what the schema refuses: `well-formed.test.ts` runs both on
 * the same values, valid and broken, and compares them.
 */
import { ID_PATTERN, LIMITS } from './limits.js';
import type { Inline } from './rich-text.js';
import type { Block } from './schema.js';

type Record_ = Record<string, unknown>;

const isRecord = (value: unknown): value is Record_ => !!value && typeof value === 'object' && !Array.isArray(value);

/** Only `allowed` keys, each present one holding a defined value. */
function keysWithin(value: Record_, allowed: readonly string[]): boolean {
  for (const key in value) {
    if (!allowed.includes(key) || value[key] === undefined) return false;
  }
  return true;
}

/** The keys each object may have, as the schema's strict objects list them (a paragraph has a formatting node's). */
const FORMAT_KEYS = ['type', 'children'];
const CODE_KEYS = ['type', 'text'];
const LINK_KEYS = ['type', 'href', 'children'];
const LIST_KEYS = ['type', 'ordered', 'items'];
const TITLED_KEYS = ['type', 'id', 'title', 'items'];
const TABLE_KEYS = ['type', 'id', 'caption', 'columns', 'rows', 'rowHeaders'];
const LIST_ITEM_KEYS = ['icon', 'term', 'text'];
const CHECKLIST_ITEM_KEYS = ['id', 'text', 'checked'];
const FAQ_ITEM_KEYS = ['id', 'question', 'answer'];

const isList = (value: unknown): value is unknown[] => Array.isArray(value) && value.length <= LIMITS.items;

/** What one walk of a tree measures: its text's length, whether any of it is not blank, its formatting depth. */
interface Measure {
  length: number;
  text: boolean;
  depth: number;
}

const measure = (): Measure => ({ length: 0, text: false, depth: 0 });

const NOT_BLANK = /\S/;

function countText(text: string, m: Measure): void {
  m.length += text.length;
  if (!m.text && NOT_BLANK.test(text)) m.text = true;
}

/**
 * An inline tree whose nodes, at formatting depth `level`, are exactly the schema's shapes, every
 * array within the item limit; measures it into `m` as the schema's checks would (the length and
 * blankness of `inlineText`, the depth of `depthOf`), in one walk without building its text.
 * Formatting nested past the limit answers `false` before any deeper walk.
 */
function inlineTree(value: unknown, level: number, m: Measure): value is Inline[] {
  if (!isList(value)) return false;
  for (const node of value) {
    if (typeof node === 'string') {
      countText(node, m);
      continue;
    }
    if (!isRecord(node) || level > LIMITS.depth + 1) return false;
    if (level > m.depth) m.depth = level;
    switch (node.type) {
      case 'strong':
      case 'emphasis':
        if (!keysWithin(node, FORMAT_KEYS) || !inlineTree(node.children, level + 1, m)) return false;
        break;
      case 'code':
        if (!keysWithin(node, CODE_KEYS) || typeof node.text !== 'string') return false;
        countText(node.text, m);
        break;
      case 'link':
        if (!keysWithin(node, LINK_KEYS) || typeof node.href !== 'string' || !inlineTree(node.children, level + 1, m)) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

/** Inline text as a tree: within the length and depth limits, and not blank unless `empty`. */
function inlineField(value: unknown, empty = false): boolean {
  const m = measure();
  return inlineTree(value, 1, m) && m.length <= LIMITS.inlineLength && (empty || m.text) && m.depth <= LIMITS.depth;
}

/**
 * Rich text as a tree (paragraphs and lists, `ordered` given), not blank, within the limits; its
 * length counts the separators `richText` puts between paragraphs ("\n\n") and list items ("\n").
 */
function richField(value: unknown): boolean {
  if (!isList(value) || !value.length) return false;
  const m = measure();
  m.length = 2 * (value.length - 1);
  for (const node of value) {
    if (!isRecord(node)) return false;
    m.depth = Math.max(m.depth, 1);
    if (node.type === 'paragraph') {
      if (!keysWithin(node, FORMAT_KEYS) || !inlineTree(node.children, 2, m)) return false;
    } else if (node.type === 'list') {
      if (!keysWithin(node, LIST_KEYS) || typeof node.ordered !== 'boolean' || !isList(node.items) || !node.items.length) return false;
      m.length += node.items.length - 1;
      for (const item of node.items) if (!inlineTree(item, 2, m)) return false;
    } else {
      return false;
    }
  }
  return m.length <= LIMITS.richLength && m.text && m.depth <= LIMITS.depth + 1;
}

const optional = (value: unknown, check: (value: unknown) => boolean) => value === undefined || check(value);
const isId = (value: unknown) => typeof value === 'string' && ID_PATTERN.test(value);
const items = (value: unknown, check: (item: unknown) => boolean): value is unknown[] => isList(value) && value.length > 0 && value.every(check);

/** No two items with the same id. */
function distinctIds(list: unknown[]): boolean {
  const seen = new Set<unknown>();
  for (const item of list) {
    const id = (item as Record_).id;
    if (id === undefined) continue;
    if (seen.has(id)) return false;
    seen.add(id);
  }
  return true;
}

/** The fields of each block type, past `type`, `id` and `title` or `caption`. */
const BLOCKS: Partial<Record<Block['type'], (block: Record_) => boolean>> = {
  tldr: (b) => keysWithin(b, TITLED_KEYS) && inlineField(b.title) && items(b.items, (item) => inlineField(item)),
  list: (b) =>
    keysWithin(b, TITLED_KEYS) &&
    optional(b.title, (t) => inlineField(t)) &&
    items(b.items, (item) => isRecord(item) && keysWithin(item, LIST_ITEM_KEYS) && optional(item.icon, (icon) => typeof icon === 'string' && icon.length <= LIMITS.iconLength) && optional(item.term, (t) => inlineField(t)) && inlineField(item.text)),
  table: (b) =>
    keysWithin(b, TABLE_KEYS) &&
    optional(b.caption, (c) => inlineField(c)) &&
    optional(b.rowHeaders, (r) => r === 'first' || r === 'none') &&
    items(b.columns, (column) => inlineField(column)) &&
    items(b.rows, (row) => isList(row) && row.length === (b.columns as unknown[]).length && row.every((cell) => inlineField(cell, true))),
  checklist: (b) =>
    keysWithin(b, TITLED_KEYS) &&
    optional(b.title, (t) => inlineField(t)) &&
    items(b.items, (item) => isRecord(item) && keysWithin(item, CHECKLIST_ITEM_KEYS) && optional(item.id, isId) && inlineField(item.text) && optional(item.checked, (c) => typeof c === 'boolean')) &&
    distinctIds(b.items as unknown[]),
  faq: (b) =>
    keysWithin(b, TITLED_KEYS) &&
    optional(b.title, (t) => inlineField(t)) &&
    items(b.items, (item) => isRecord(item) && keysWithin(item, FAQ_ITEM_KEYS) && optional(item.id, isId) && inlineField(item.question) && richField(item.answer)) &&
    distinctIds(b.items as unknown[]),
};

/**
 * True when `value` is a block of `type` that the schema would accept and return unchanged (an
 * equal value). `false` means "validate it with the schema", not necessarily "invalid".
 */
export function wellFormed<T extends Block>(type: T['type'], value: unknown): value is T {
  if (!isRecord(value) || value.type !== type || !optional(value.id, isId)) return false;
  return BLOCKS[type]?.(value) ?? false;
}
