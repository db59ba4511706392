/**
 * The Markdown subset of text fields, parsed into the rich-text tree of `rich-text.ts`: backslash
 * escapes, code spans, `*`/`_` emphasis and strong emphasis, and inline links
 * `[label](destination "title")`, with CommonMark's rules (delimiter runs, flanking, the rule of
 * three, link precedence). Rich text adds paragraphs and flat lists. Everything else stays text;
 * the differences from CommonMark are listed in docs/content-format.md.
 *
 * The parser follows CommonMark's reference algorithm (a bracket stack for links, a delimiter
 * stack with `openers_bottom` for emphasis) with explicit stacks and linked lists, so it runs in
 * linear time and never recurses on its input: any string parses, none throws.
 */
import type { Inline, ListNode, Rich } from './rich-text.js';
import { exact, inlineText, richText } from './rich-text.js';

export { inlineText, richText };
export { safeUrl } from './url.js';
export type { Inline, Rich };

/**
 * Formatting nested deeper than this is dropped (its text is kept), so that every consumer of
 * the tree (renderers, `inlineText`) can walk it recursively without risking the stack.
 */
export const MAX_NESTING = 32;

/** Nested parentheses allowed in a link destination (CommonMark lets implementations cap it; markdown-it uses 32 too). */
const MAX_PARENS = 32;

const BACKSLASH = 0x5c;
const BACKTICK = 0x60;
const STAR = 0x2a;
const UNDERSCORE = 0x5f;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_PAREN = 0x28;
const CLOSE_PAREN = 0x29;
const LT = 0x3c;
const GT = 0x3e;
const LF = 0x0a;
const CR = 0x0d;

/** ASCII punctuation: the characters a backslash escapes. */
const isAsciiPunct = (c: number): boolean => (c >= 0x21 && c <= 0x2f) || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7e);

/** CommonMark's Unicode whitespace and punctuation (P and S categories), for flanking rules. */
const WHITESPACE = /^[\t\n\f\r\p{Zs}]$/u;
const PUNCTUATION = /^[\p{P}\p{S}]$/u;

/** Runs of characters with no meaning to the parser, consumed at once. */
const PLAIN = /[^\\`*_[\]]+/y;

const UNESCAPE = /\\([!-/:-@[-`{-~])/g;

/** A piece of the inline content while it is being parsed: a doubly linked list of items. */
interface Item {
  prev: Item | null;
  next: Item | null;
  /** Literal text, or the text of a code span. */
  text: string;
  kind: 'text' | 'delimiter' | 'code' | 'strong' | 'emphasis' | 'link';
  /** For a delimiter item: its run, whose remaining length gives the text. */
  run?: Delimiter;
  href?: string;
  /** For strong, emphasis and link: the first and last child. */
  first?: Item | null;
  last?: Item | null;
}

/** A run of `*` or `_` on the delimiter stack. */
interface Delimiter {
  item: Item;
  char: string;
  /** Delimiters not used yet. */
  count: number;
  /** Length of the run as written (the rule of three uses it). */
  length: number;
  canOpen: boolean;
  canClose: boolean;
  prev: Delimiter | null;
  next: Delimiter | null;
}

/** A `[` that may open a link. */
interface Bracket {
  item: Item;
  /** The delimiter below this bracket: emphasis inside the link is processed above it. */
  below: Delimiter | null;
}

function codePointBefore(source: string, index: number): string {
  if (index <= 0) return '\n';
  const low = source.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = source.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return source.slice(index - 2, index);
  }
  return source[index - 1];
}

function codePointAt(source: string, index: number): string {
  if (index >= source.length) return '\n';
  return String.fromCodePoint(source.codePointAt(index)!);
}

function skipWhitespace(source: string, from: number): number {
  let i = from;
  for (let c = source.charCodeAt(i); c === 0x20 || c === 0x09 || c === LF || c === CR; c = source.charCodeAt(++i));
  return i;
}

/**
 * The end of a link title starting at `from` (`"…"`, `'…'` or `(…)`), or -1. Titles are
 * checked, then dropped: the tree has no place for them.
 */
function titleEnd(source: string, from: number): number {
  const open = source.charCodeAt(from);
  if (open !== 0x22 && open !== 0x27 && open !== OPEN_PAREN) return -1;
  const close = open === OPEN_PAREN ? CLOSE_PAREN : open;
  for (let i = from + 1; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === close) return i + 1;
    if (c === OPEN_PAREN && open === OPEN_PAREN) return -1;
    if (c === BACKSLASH && isAsciiPunct(source.charCodeAt(i + 1))) i++;
  }
  return -1;
}

/**
 * Parses `(destination "title")` at `from` (the `(`), after a link's `]`. Returns the
 * destination with its escapes resolved and the index after `)`, or `undefined`.
 */
function linkTail(source: string, from: number): { href: string; end: number } | undefined {
  let i = skipWhitespace(source, from + 1);
  let destination: string;
  if (source.charCodeAt(i) === LT) {
    const start = i + 1;
    for (i = start; ; i++) {
      if (i >= source.length) return undefined;
      const c = source.charCodeAt(i);
      if (c === GT) break;
      if (c === LT || c === LF || c === CR) return undefined;
      if (c === BACKSLASH && isAsciiPunct(source.charCodeAt(i + 1))) i++;
    }
    destination = source.slice(start, i);
    i++;
  } else {
    const start = i;
    let depth = 0;
    for (; i < source.length; i++) {
      const c = source.charCodeAt(i);
      if (c === BACKSLASH && isAsciiPunct(source.charCodeAt(i + 1))) i++;
      else if (c <= 0x20 || c === 0x7f) break;
      else if (c === OPEN_PAREN) {
        if (++depth > MAX_PARENS) return undefined;
      } else if (c === CLOSE_PAREN) {
        if (depth === 0) break;
        depth--;
      }
    }
    if (depth !== 0 || (i === start && source.charCodeAt(i) !== CLOSE_PAREN)) return undefined;
    destination = source.slice(start, i);
  }
  const afterDestination = i;
  i = skipWhitespace(source, i);
  if (i > afterDestination) {
    const end = titleEnd(source, i);
    if (end >= 0) i = skipWhitespace(source, end);
  }
  if (source.charCodeAt(i) !== CLOSE_PAREN) return undefined;
  return { href: destination.replace(UNESCAPE, '$1'), end: i + 1 };
}

/**
 * Finds closing backtick strings for code spans in linear time: the maximal backtick runs of
 * the source, grouped by length, each group read once from left to right. The returned
 * function gives the start of the first run of exactly `length` backticks at or after `from`
 * (calls must not go backwards), or -1.
 */
function backtickRuns(source: string): (length: number, from: number) => number {
  const starts = new Map<number, number[]>();
  const cursor = new Map<number, number>();
  for (let i = source.indexOf('`'); i >= 0; i = source.indexOf('`', i)) {
    const start = i;
    while (source.charCodeAt(i) === BACKTICK) i++;
    const list = starts.get(i - start);
    if (list) list.push(start);
    else starts.set(i - start, [start]);
  }
  return (length, from) => {
    const list = starts.get(length) ?? [];
    let k = cursor.get(length) ?? 0;
    while (k < list.length && list[k] < from) k++;
    cursor.set(length, k);
    return k < list.length ? list[k] : -1;
  };
}

function codeText(raw: string): string {
  const text = raw.replace(/\r\n|\r|\n/g, ' ');
  return text.length > 1 && text.charCodeAt(0) === 0x20 && text.charCodeAt(text.length - 1) === 0x20 && /[^ ]/.test(text) ? text.slice(1, -1) : text;
}

/** Turns the item list into the tree, merging adjacent text and flattening nesting past `MAX_NESTING`; no recursion. */
function build(head: Item | null): Inline[] {
  const root: Inline[] = [];
  const stack: { item: Item | null; out: Inline[]; depth: number }[] = [{ item: head, out: root, depth: 0 }];
  while (stack.length) {
    const frame = stack[stack.length - 1];
    const item = frame.item;
    if (!item) {
      stack.pop();
      continue;
    }
    frame.item = item.next;
    const out = frame.out;
    if (item.kind === 'text' || item.kind === 'delimiter') {
      const text = item.kind === 'text' ? item.text : item.run!.char.repeat(item.run!.count);
      if (!text) continue;
      if (typeof out[out.length - 1] === 'string') out[out.length - 1] += text;
      else out.push(text);
    } else if (item.kind === 'code') {
      out.push({ type: 'code', text: item.text });
    } else if (frame.depth >= MAX_NESTING) {
      stack.push({ item: item.first ?? null, out, depth: frame.depth });
    } else {
      const children: Inline[] = [];
      out.push(item.kind === 'link' ? { type: 'link', href: item.href!, children } : { type: item.kind, children });
      stack.push({ item: item.first ?? null, out: children, depth: frame.depth + 1 });
    }
  }
  return compact(root);
}

/** The tree with every array at its exact length (see `exact`); the nodes are the parser's own, changed in place. Its depth is at most `MAX_NESTING`. */
function compact(nodes: Inline[]): Inline[] {
  for (const node of nodes) if (typeof node !== 'string' && node.type !== 'code') node.children = compact(node.children);
  return exact(nodes);
}

/** Parses inline text into the tree. Any string parses; markup that does not match stays literal text. */
export function parseInline(source: string): Inline[] {
  let head: Item | null = null;
  let tail: Item | null = null;
  let delimiters: Delimiter | null = null;
  const brackets: Bracket[] = [];
  /** Brackets below this index are inactive: a link was made after them, and links do not nest. */
  let activeFrom = 0;
  let pending = '';
  let findBackticks: ((length: number, from: number) => number) | undefined;

  const flush = (): void => {
    if (!pending) return;
    const text = pending;
    pending = '';
    append('text', text);
  };

  const append = (kind: Item['kind'], text: string): Item => {
    if (kind !== 'text' || pending) flush();
    const item: Item = { prev: tail, next: null, text, kind };
    if (tail) tail.next = item;
    else head = item;
    tail = item;
    return item;
  };

  /** Moves the items strictly between `after` and `before` (`null`: the end) into `container`, which takes their place. */
  const wrap = (after: Item, before: Item | null, container: Item): void => {
    const first = after.next === before ? null : after.next;
    const last = first ? (before ? before.prev : tail) : null;
    container.first = first;
    container.last = last;
    if (first) first.prev = null;
    if (last) last.next = null;
    container.prev = after;
    container.next = before;
    after.next = container;
    if (before) before.prev = container;
    else tail = container;
  };

  const unlink = (item: Item): void => {
    if (item.prev) item.prev.next = item.next;
    else head = item.next;
    if (item.next) item.next.prev = item.prev;
    else tail = item.prev;
  };

  const removeDelimiter = (run: Delimiter): void => {
    if (run.prev) run.prev.next = run.next;
    if (run.next) run.next.prev = run.prev;
    else delimiters = run.prev;
  };

  /** CommonMark's "process emphasis" on the delimiters above `bottom`, which are then removed. */
  const processEmphasis = (bottom: Delimiter | null): void => {
    // Lower bounds of past failed searches, by closer character, whether the closer can
    // open, and its length modulo 3 (what decides a match): they keep the search linear.
    const openersBottom: (Delimiter | null)[] = new Array(12).fill(bottom);
    let closer: Delimiter | null = delimiters === bottom ? null : delimiters;
    while (closer && closer.prev !== bottom) closer = closer.prev;
    while (closer) {
      if (!closer.canClose) {
        closer = closer.next;
        continue;
      }
      const index = (closer.char === '_' ? 0 : 6) + (closer.canOpen ? 3 : 0) + (closer.length % 3);
      let opener = closer.prev;
      while (opener && opener !== bottom && opener !== openersBottom[index]) {
        // The rule of three: a run that can both open and close does not match when the two
        // lengths add up to a multiple of 3, unless both are multiples of 3.
        const odd = (closer.canOpen || opener.canClose) && closer.length % 3 !== 0 && (opener.length + closer.length) % 3 === 0;
        if (opener.char === closer.char && opener.canOpen && !odd) break;
        opener = opener.prev;
      }
      if (!opener || opener === bottom || opener === openersBottom[index]) {
        openersBottom[index] = closer.prev;
        const next: Delimiter | null = closer.next;
        if (!closer.canOpen) removeDelimiter(closer);
        closer = next;
        continue;
      }
      const used = closer.count >= 2 && opener.count >= 2 ? 2 : 1;
      opener.count -= used;
      closer.count -= used;
      wrap(opener.item, closer.item, { prev: null, next: null, text: '', kind: used === 2 ? 'strong' : 'emphasis' });
      // Delimiters between the two are now inside the emphasis and stay text.
      opener.next = closer;
      closer.prev = opener;
      if (opener.count === 0) {
        unlink(opener.item);
        removeDelimiter(opener);
      }
      if (closer.count === 0) {
        unlink(closer.item);
        const next: Delimiter | null = closer.next;
        removeDelimiter(closer);
        closer = next;
      }
    }
    while (delimiters && delimiters !== bottom) removeDelimiter(delimiters);
  };

  const n = source.length;
  let i = 0;
  while (i < n) {
    const c = source.charCodeAt(i);
    if (c === BACKSLASH) {
      const next = source.charCodeAt(i + 1);
      if (isAsciiPunct(next) || next === LF || next === CR) {
        // `\` + line ending is a hard line break; the tree has none, so it reads as a soft one.
        pending += source[i + 1];
        i += 2;
      } else {
        pending += '\\';
        i++;
      }
    } else if (c === BACKTICK) {
      // A code span: up to the next backtick string of the same length, or literal backticks.
      let end = i;
      while (source.charCodeAt(end) === BACKTICK) end++;
      findBackticks ??= backtickRuns(source);
      const close = findBackticks(end - i, end);
      if (close < 0) pending += source.slice(i, end);
      else append('code', codeText(source.slice(end, close)));
      i = close < 0 ? end : close + end - i;
    } else if (c === STAR || c === UNDERSCORE) {
      // A delimiter run, with CommonMark's flanking rules.
      const char = source[i];
      let end = i;
      while (source[end] === char) end++;
      const before = codePointBefore(source, i);
      const after = codePointAt(source, end);
      const spaceBefore = WHITESPACE.test(before);
      const spaceAfter = WHITESPACE.test(after);
      const punctBefore = PUNCTUATION.test(before);
      const punctAfter = PUNCTUATION.test(after);
      const left = !spaceAfter && (!punctAfter || spaceBefore || punctBefore);
      const right = !spaceBefore && (!punctBefore || spaceAfter || punctAfter);
      // `_` does not open or close inside a word (snake_case stays text).
      const canOpen = char === '*' ? left : left && (!right || punctBefore);
      const canClose = char === '*' ? right : right && (!left || punctAfter);
      if (canOpen || canClose) {
        const item = append('delimiter', '');
        const run: Delimiter = { item, char, count: end - i, length: end - i, canOpen, canClose, prev: delimiters, next: null };
        item.run = run;
        if (delimiters) delimiters.next = run;
        delimiters = run;
      } else {
        pending += source.slice(i, end);
      }
      i = end;
    } else if (c === OPEN_BRACKET) {
      brackets.push({ item: append('text', '['), below: delimiters });
      i++;
    } else if (c === CLOSE_BRACKET) {
      // CommonMark's "look for link": only the last `[` may open, and only an active one.
      const opener = brackets.pop();
      const link = opener && brackets.length >= activeFrom && source.charCodeAt(i + 1) === OPEN_PAREN ? linkTail(source, i + 1) : undefined;
      activeFrom = Math.min(activeFrom, brackets.length);
      if (!opener || !link) {
        pending += ']';
        i++;
        continue;
      }
      flush();
      processEmphasis(opener.below);
      wrap(opener.item, null, { prev: null, next: null, text: '', kind: 'link', href: link.href });
      unlink(opener.item);
      // Links cannot contain links: every `[` still open becomes literal text.
      activeFrom = brackets.length;
      i = link.end;
    } else {
      PLAIN.lastIndex = i;
      PLAIN.test(source);
      pending += source.slice(i, PLAIN.lastIndex);
      i = PLAIN.lastIndex;
    }
  }
  flush();
  processEmphasis(null);
  return build(head);
}

const BULLET = /^([-*+])(?:[ \t]+|$)/;
const ORDERED = /^(\d{1,9})([.)])(?:[ \t]+|$)/;
/** `***`, `- - -`, `___`: a thematic break in CommonMark, never a list item here. */
const BREAK = /^([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

/** Drops final spaces and tabs (a loop: `/[ \t]+$/` backtracks quadratically on inner runs of spaces). */
function trimEnd(text: string): string {
  let end = text.length;
  while (end > 0 && (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0x09)) end--;
  return text.slice(0, end);
}

interface Marker {
  /** `-`, `*`, `+`, `.` or `)`: a different marker starts a new list. */
  marker: string;
  ordered: boolean;
  start: number;
  content: string;
}

function listMarker(line: string): Marker | undefined {
  if (BREAK.test(line)) return undefined;
  const bullet = BULLET.exec(line);
  if (bullet) return { marker: bullet[1], ordered: false, start: 1, content: line.slice(bullet[0].length) };
  const ordered = ORDERED.exec(line);
  if (ordered) return { marker: ordered[2], ordered: true, start: Number(ordered[1]), content: line.slice(ordered[0].length) };
  return undefined;
}

/**
 * Parses rich text: paragraphs separated by blank lines, and flat lists whose items start with
 * `-`, `*` or `+` (bullets) or `1.`/`1)` (numbered) and hold one paragraph each. A list may
 * follow a paragraph line directly when its first item is not empty (and, numbered, starts at 1),
 * as in CommonMark; a line without a marker continues the item above it.
 */
export function parseRich(source: string): Rich[] {
  const out: Rich[] = [];
  let paragraph: string[] | undefined;
  let list: { node: ListNode; marker: string } | undefined;
  let item: string[] | undefined;
  let blank = false;
  const endParagraph = () => {
    if (paragraph) out.push({ type: 'paragraph', children: parseInline(trimEnd(paragraph.join('\n'))) });
    paragraph = undefined;
  };
  const endItem = () => {
    if (list && item) list.node.items.push(parseInline(trimEnd(item.join('\n'))));
    item = undefined;
  };
  for (const raw of source.split(/\r\n|\r|\n/)) {
    const line = raw.replace(/^[ \t]+/, '');
    if (!line) {
      endParagraph();
      endItem();
      blank = true;
      continue;
    }
    const marker = listMarker(line);
    if (marker && (!paragraph || (marker.content.trim() && marker.start === 1))) {
      endParagraph();
      endItem();
      if (!list || list.marker !== marker.marker) {
        list = { node: { type: 'list', ordered: marker.ordered, items: [] }, marker: marker.marker };
        out.push(list.node);
      }
      item = [marker.content];
    } else if (item && !blank) {
      item.push(line);
    } else {
      endItem();
      list = undefined;
      (paragraph ??= []).push(line);
    }
    blank = false;
  }
  endParagraph();
  endItem();
  for (const node of out) if (node.type === 'list') node.items = exact(node.items);
  return exact(out);
}

/** Plain text of an inline or rich source string (search, labels, JSON-LD). */
export function plainText(source: string): string {
  return richText(parseRich(source));
}

/** Escapes text so `parseInline` reads it back as that one literal string. */
export function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]]/g, '\\$&');
}
