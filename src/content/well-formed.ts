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
import { depthOf, ID_PATTERN, LIMITS } from './limits.js';
import { inlineText, richText, type Inline, type Rich } from './rich-text.js';
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

const isList = (value: unknown): value is unknown[] => Array.isArray(value) && value.length <= LIMITS.items;

/**
 * An inline tree, every array within the item limit and every node exactly the schema's shape;
 * nesting past the formatting limit answers `false` before any deeper walk.
 */
function inlineTree(value: unknown, depth = 0): value is Inline[] {
  if (!isList(value) || depth > LIMITS.depth) return false;
  for (const node of value) {
    if (typeof node === 'string') continue;
    if (!isRecord(node)) return false;
    switch (node.type) {
      case 'strong':
      case 'emphasis':
        if (!keysWithin(node, ['type', 'children']) || !inlineTree(node.children, depth + 1)) return false;
        break;
      case 'code':
        if (!keysWithin(node, ['type', 'text']) || typeof node.text !== 'string') return false;
        break;
      case 'link':
        if (!keysWithin(node, ['type', 'href', 'children']) || typeof node.href !== 'string' || !inlineTree(node.children, depth + 1)) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

/** Inline text as a tree: within the length and depth limits, and not blank unless `empty`. */
function inlineField(value: unknown, empty = false): boolean {
  if (!inlineTree(value)) return false;
  const text = inlineText(value);
  return text.length <= LIMITS.inlineLength && (empty || !!text.trim()) && depthOf(value) <= LIMITS.depth;
}

/** Rich text as a tree (paragraphs and lists, `ordered` given), not blank, within the limits. */
function richField(value: unknown): boolean {
  if (!isList(value) || !value.length) return false;
  for (const node of value) {
    if (!isRecord(node)) return false;
    if (node.type === 'paragraph') {
      if (!keysWithin(node, ['type', 'children']) || !inlineTree(node.children)) return false;
    } else if (node.type === 'list') {
      if (!keysWithin(node, ['type', 'ordered', 'items']) || typeof node.ordered !== 'boolean' || !isList(node.items) || !node.items.length || !node.items.every((item) => inlineTree(item))) return false;
    } else {
      return false;
    }
  }
  const text = richText(value as Rich[]);
  return text.length <= LIMITS.richLength && !!text.trim() && depthOf(value as Rich[]) <= LIMITS.depth + 1;
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
  tldr: (b) => keysWithin(b, ['type', 'id', 'title', 'items']) && inlineField(b.title) && items(b.items, (item) => inlineField(item)),
  list: (b) =>
    keysWithin(b, ['type', 'id', 'title', 'items']) &&
    optional(b.title, (t) => inlineField(t)) &&
    items(b.items, (item) => isRecord(item) && keysWithin(item, ['icon', 'term', 'text']) && optional(item.icon, (icon) => typeof icon === 'string' && icon.length <= LIMITS.iconLength) && optional(item.term, (t) => inlineField(t)) && inlineField(item.text)),
  table: (b) =>
    keysWithin(b, ['type', 'id', 'caption', 'columns', 'rows', 'rowHeaders']) &&
    optional(b.caption, (c) => inlineField(c)) &&
    optional(b.rowHeaders, (r) => r === 'first' || r === 'none') &&
    items(b.columns, (column) => inlineField(column)) &&
    items(b.rows, (row) => isList(row) && row.length === (b.columns as unknown[]).length && row.every((cell) => inlineField(cell, true))),
  checklist: (b) =>
    keysWithin(b, ['type', 'id', 'title', 'items']) &&
    optional(b.title, (t) => inlineField(t)) &&
    items(b.items, (item) => isRecord(item) && keysWithin(item, ['id', 'text', 'checked']) && optional(item.id, isId) && inlineField(item.text) && optional(item.checked, (c) => typeof c === 'boolean')) &&
    distinctIds(b.items as unknown[]),
  faq: (b) =>
    keysWithin(b, ['type', 'id', 'title', 'items']) &&
    optional(b.title, (t) => inlineField(t)) &&
    items(b.items, (item) => isRecord(item) && keysWithin(item, ['id', 'question', 'answer']) && optional(item.id, isId) && inlineField(item.question) && richField(item.answer)) &&
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
