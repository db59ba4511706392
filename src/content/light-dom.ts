/**
 * Reads authored light-DOM HTML into the rich-text tree, directly from the authored nodes: they
 * are read in place, never cloned or adopted into the live document (an authored `<img onerror>`
 * must not load or run twice). Only text, strong, emphasis, code, safe links, paragraphs and
 * lists are kept; scripts, styles, event handlers and unsafe URLs never reach the model because
 * nothing but text, a checked `href` and the `alt` of emoji images is read.
 */
import { safeUrl } from './url.js';
import { LIMITS } from './limits.js';
import type { Inline, Rich } from './rich-text.js';

const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH', 'svg', 'math', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA']);

/** HTML's own whitespace (not U+00A0, which French typography uses before `:` `?` `!`). */
const SPACE = /[ \t\n\r\f]+/g;

/** An emoji image, as WordPress and Twemoji put in place of emoji characters: read as its `alt`. */
function emojiAlt(el: Element): string | undefined {
  const alt = el.getAttribute('alt');
  return alt && (el.classList.contains('emoji') || /^\p{Extended_Pictographic}/u.test(alt)) ? alt : undefined;
}

/** The raw inline nodes of a node's children (whitespace as authored; see `clean`). */
function readNodes(nodes: Iterable<Node>, depth: number): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    if (node.nodeType === Node.TEXT_NODE) {
      out.push(node.textContent ?? '');
      continue;
    }
    if (!(node instanceof Element) || SKIP.has(node.tagName)) continue;
    // Formatting nested past the model's limit is kept as its text.
    const flat = depth >= LIMITS.depth;
    const inner = () => readNodes(node.childNodes, flat ? depth : depth + 1);
    switch (node.tagName) {
      case 'STRONG':
      case 'B':
        out.push(...(flat ? inner() : [{ type: 'strong' as const, children: inner() }]));
        break;
      case 'EM':
      case 'I':
        out.push(...(flat ? inner() : [{ type: 'emphasis' as const, children: inner() }]));
        break;
      case 'CODE':
      case 'KBD':
      case 'SAMP':
        out.push({ type: 'code', text: node.textContent ?? '' });
        break;
      case 'A': {
        const href = safeUrl(node.getAttribute('href') ?? '');
        out.push(...(href === undefined || flat ? inner() : [{ type: 'link' as const, href, children: inner() }]));
        break;
      }
      case 'BR':
        out.push(' ');
        break;
      case 'IMG': {
        const alt = emojiAlt(node);
        if (alt) out.push(alt);
        break;
      }
      default:
        out.push(...inner());
    }
  }
  return out;
}

/**
 * Collapses whitespace as HTML renders it, across element boundaries, trims both ends, merges
 * adjacent text and drops formatting left empty.
 */
function clean(nodes: readonly Inline[]): Inline[] {
  const state = { space: true };
  const walk = (list: readonly Inline[]): Inline[] => {
    const out: Inline[] = [];
    for (const node of list) {
      if (typeof node === 'string') {
        let text = node.replace(SPACE, ' ');
        if (state.space && text.startsWith(' ')) text = text.slice(1);
        if (!text) continue;
        state.space = text.endsWith(' ');
        if (typeof out[out.length - 1] === 'string') out[out.length - 1] += text;
        else out.push(text);
      } else if (node.type === 'code') {
        // `<code>` renders with normal white space too: its spaces collapse with the text around it.
        let text = node.text.replace(SPACE, ' ');
        if (state.space && text.startsWith(' ')) text = text.slice(1);
        if (!text) continue;
        state.space = text.endsWith(' ');
        out.push({ type: 'code', text });
      } else {
        const children = walk(node.children);
        if (children.length) out.push({ ...node, children });
      }
    }
    return out;
  };
  return trimEnd(walk(nodes));
}

function trimEnd(nodes: Inline[]): Inline[] {
  const last = nodes[nodes.length - 1];
  if (typeof last === 'string') {
    const text = last.replace(/[ ]+$/, '');
    return text ? [...nodes.slice(0, -1), text] : nodes.slice(0, -1);
  }
  if (!last) return nodes;
  if (last.type === 'code') {
    const text = last.text.replace(/[ ]+$/, '');
    return text ? [...nodes.slice(0, -1), { type: 'code', text }] : trimEnd(nodes.slice(0, -1));
  }
  const children = trimEnd(last.children);
  return children.length ? [...nodes.slice(0, -1), { ...last, children }] : trimEnd(nodes.slice(0, -1));
}

/** The inline content of a node, whitespace collapsed and trimmed. */
export function readText(node: Node): Inline[] {
  return clean(readNodes(node.childNodes, 0));
}

/** The inline content of a run of sibling nodes. */
function readRun(nodes: Node[]): Inline[] {
  return clean(readNodes(nodes, 0));
}

const BLOCK = new Set(['P', 'DIV', 'UL', 'OL', 'BLOCKQUOTE', 'PRE', 'SECTION', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TABLE', 'FIGURE', 'DL', 'HEADER', 'FOOTER', 'ARTICLE', 'ASIDE']);
const CONTAINER = new Set(['DIV', 'SECTION', 'BLOCKQUOTE', 'FIGURE', 'HEADER', 'FOOTER', 'ARTICLE', 'ASIDE']);

/**
 * Rich content of a node's children: paragraphs and lists. Loose inline content between blocks
 * becomes a paragraph of its own; containers (`div`, `section`…) are read through; other blocks
 * (headings, tables, `pre`) become a paragraph of their text.
 */
export function readRich(node: Node, skip?: (child: Node) => boolean): Rich[] {
  return readRichNodes(Array.from(node.childNodes).filter((child) => !skip?.(child)));
}

/** Rich content of a run of sibling nodes (an FAQ answer between two question headings). */
export function readRichNodes(nodes: readonly Node[]): Rich[] {
  const out: Rich[] = [];
  let loose: Node[] = [];
  const flushLoose = () => {
    const children = readRun(loose);
    if (children.length) out.push({ type: 'paragraph', children });
    loose = [];
  };
  for (const child of nodes) {
    if (!(child instanceof Element) || !BLOCK.has(child.tagName)) {
      loose.push(child);
      continue;
    }
    flushLoose();
    if (child.tagName === 'UL' || child.tagName === 'OL') {
      const items = Array.from(child.children)
        .filter((li) => li.tagName === 'LI')
        .map(readText)
        .filter((item) => item.length);
      if (items.length) out.push({ type: 'list', ordered: child.tagName === 'OL', items });
    } else if (CONTAINER.has(child.tagName)) {
      out.push(...readRich(child));
    } else {
      const children = readText(child);
      if (children.length) out.push({ type: 'paragraph', children });
    }
  }
  flushLoose();
  return out;
}

/** The first direct child matching a selector (authored structure is read from direct children). */
export function child(host: Element, selector: string): Element | undefined {
  return Array.from(host.children).find((el) => el.matches(selector));
}

/** The heading level of an authored `h2`–`h6`, if the element is one. */
export function headingLevel(el: Element | undefined): number | undefined {
  const match = el && /^H([2-6])$/.exec(el.tagName);
  return match ? Number(match[1]) : undefined;
}

/**
 * Reads the authored shape shared by the list, TL;DR and checklist: a title (a heading or a
 * paragraph before the list) and a direct `<ul>`/`<ol>` child. Text after the list (a source
 * line, a note) is never taken for the title. Returns the title and the `<li>` elements, or
 * `undefined` when there is no list.
 */
export function readTitledList(host: Element): { title?: Inline[]; items: Element[] } | undefined {
  const children = Array.from(host.children);
  const index = children.findIndex((el) => el.tagName === 'UL' || el.tagName === 'OL');
  if (index < 0) return undefined;
  const heading = children.slice(0, index).find((el) => /^(H[1-6]|P)$/.test(el.tagName) && readText(el).length);
  const title = heading ? readText(heading) : undefined;
  return { ...(title?.length ? { title } : {}), items: Array.from(children[index].children).filter((li) => li.tagName === 'LI') };
}
