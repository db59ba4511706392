/**
 * Reads authored light-DOM HTML into the rich-text tree, directly from the authored nodes: they
 * are read in place, never cloned or adopted into the live document (an authored `<img onerror>`
 * must not load or run twice). Only text, strong, emphasis, code, safe links, paragraphs and
 * lists are kept; scripts, styles, event handlers and unsafe URLs never reach the model because
 * nothing but text, a checked `href` and the `alt` of emoji images is read.
 */
import { safeUrl } from './url.js';
import { LIMITS } from './limits.js';
import { exact, type Inline, type Rich } from './rich-text.js';

const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH', 'svg', 'math', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA']);

/** HTML's own whitespace (not U+00A0, which French typography uses before `:` `?` `!`). */
const SPACE = /[ \t\n\r\f]+/g;

/** An emoji image, as WordPress and Twemoji put in place of emoji characters: read as its `alt`. */
function emojiAlt(el: Element): string | undefined {
  const alt = el.getAttribute('alt');
  return alt && (el.classList.contains('emoji') || /^\p{Extended_Pictographic}/u.test(alt)) ? alt : undefined;
}

/** Whether the text read so far ends with a space (or nothing was read): HTML drops a space after it. */
interface Spacing {
  space: boolean;
}

/**
 * Text with its whitespace collapsed as HTML renders it, across element boundaries: a run of
 * spaces becomes one, and a space after a space (or at the start) goes. Updates `spacing`.
 */
function collapse(raw: string, spacing: Spacing): string {
  let text = raw.replace(SPACE, ' ');
  if (spacing.space && text.charCodeAt(0) === 32) text = text.slice(1);
  if (text) spacing.space = text.charCodeAt(text.length - 1) === 32;
  return text;
}

/** Appends collapsed text, merged with the text before it. */
function appendText(out: Inline[], raw: string, spacing: Spacing): void {
  const text = collapse(raw, spacing);
  if (!text) return;
  const last = out.length - 1;
  if (last >= 0 && typeof out[last] === 'string') out[last] += text;
  else out.push(text);
}

/**
 * Reads nodes into inline content in one pass: text with HTML's whitespace collapsing, the four
 * formats (formatting left empty is dropped; formatting nested past the model's limit is kept
 * as its text), emoji images as their `alt`, anything else as its content.
 */
function readInto(out: Inline[], nodes: ArrayLike<Node>, depth: number, spacing: Spacing): void {
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (node.nodeType === Node.TEXT_NODE) {
      appendText(out, (node as Text).data, spacing);
      continue;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) continue;
    const el = node as Element;
    const tag = el.tagName;
    if (SKIP.has(tag)) continue;
    const flat = depth >= LIMITS.depth;
    switch (tag) {
      case 'STRONG':
      case 'B':
      case 'EM':
      case 'I': {
        if (flat) {
          readInto(out, el.childNodes, depth, spacing);
          break;
        }
        const children: Inline[] = [];
        readInto(children, el.childNodes, depth + 1, spacing);
        if (children.length) out.push({ type: tag === 'STRONG' || tag === 'B' ? 'strong' : 'emphasis', children: exact(children) });
        break;
      }
      case 'CODE':
      case 'KBD':
      case 'SAMP': {
        // `<code>` renders with normal white space too: its spaces collapse with the text around it.
        const text = collapse(el.textContent ?? '', spacing);
        if (text) out.push({ type: 'code', text });
        break;
      }
      case 'A': {
        const href = safeUrl(el.getAttribute('href') ?? '');
        if (href === undefined || flat) {
          readInto(out, el.childNodes, depth, spacing);
          break;
        }
        const children: Inline[] = [];
        readInto(children, el.childNodes, depth + 1, spacing);
        if (children.length) out.push({ type: 'link', href, children: exact(children) });
        break;
      }
      case 'BR':
        appendText(out, ' ', spacing);
        break;
      case 'IMG': {
        const alt = emojiAlt(el);
        if (alt) appendText(out, alt, spacing);
        break;
      }
      default:
        readInto(out, el.childNodes, depth, spacing);
    }
  }
}

/** Trims the trailing space of inline content in place, dropping formatting left empty. */
function trimEnd(nodes: Inline[]): Inline[] {
  while (nodes.length) {
    const last = nodes[nodes.length - 1];
    if (typeof last === 'string') {
      const text = last.replace(/[ ]+$/, '');
      if (text) nodes[nodes.length - 1] = text;
      else nodes.pop();
      return nodes;
    }
    if (last.type === 'code') {
      const text = last.text.replace(/[ ]+$/, '');
      if (text) {
        nodes[nodes.length - 1] = { type: 'code', text };
        return nodes;
      }
    } else if (trimEnd(last.children).length) {
      return nodes;
    }
    nodes.pop();
  }
  return nodes;
}

/** Inline content of nodes: whitespace collapsed as HTML renders it, both ends trimmed. */
function read(nodes: ArrayLike<Node>): Inline[] {
  const out: Inline[] = [];
  readInto(out, nodes, 0, { space: true });
  return exact(trimEnd(out));
}

/** The inline content of a node, whitespace collapsed and trimmed. */
export function readText(node: Node): Inline[] {
  return read(node.childNodes);
}

/** The inline content of a run of sibling nodes. */
function readRun(nodes: Node[]): Inline[] {
  return read(nodes);
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
  return exact(out);
}

/** The first direct child matching a selector (authored structure is read from direct children). */
export function child(host: Element, selector: string): Element | undefined {
  return authoredChildren(host).find((el) => el.matches(selector));
}

/**
 * The element children an author wrote: without the nodes the element generated itself (the
 * content it built from a JSON source, JSON-LD), which carry `data-sov-generated`.
 */
export function authoredChildren(host: Element): Element[] {
  return Array.from(host.children).filter((el) => !el.hasAttribute('data-sov-generated'));
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
  const children = authoredChildren(host);
  const index = children.findIndex((el) => el.tagName === 'UL' || el.tagName === 'OL');
  if (index < 0) return undefined;
  const heading = children.slice(0, index).find((el) => /^(H[1-6]|P)$/.test(el.tagName) && readText(el).length);
  const title = heading ? readText(heading) : undefined;
  return { ...(title?.length ? { title } : {}), items: Array.from(children[index].children).filter((li) => li.tagName === 'LI') };
}
