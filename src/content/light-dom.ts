/**
 * Reads authored light-DOM HTML into the content model's text formats. Only text, emphasis,
 * code, safe links, paragraphs and lists are kept; scripts, styles, event handlers and unsafe
 * URLs never reach the model because nothing but text content and a checked `href` is read.
 */
import { escapeInline, safeUrl } from './inline.js';

const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH', 'svg', 'math', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA']);

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** Inline text of a node: formatting kept as the inline format, everything else as text. */
export function readInline(node: Node): string {
  let out = '';
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === Node.TEXT_NODE) {
      out += escapeInline(collapse(child.textContent ?? ''));
    } else if (child instanceof Element) {
      if (SKIP.has(child.tagName)) continue;
      const inner = readInline(child);
      switch (child.tagName) {
        case 'STRONG':
        case 'B':
          out += inner.trim() ? `**${inner}**` : inner;
          break;
        case 'EM':
        case 'I':
          out += inner.trim() ? `*${inner}*` : inner;
          break;
        case 'CODE':
        case 'KBD':
        case 'SAMP':
          out += `\`${(child.textContent ?? '').replace(/[`\\]/g, '\\$&')}\``;
          break;
        case 'A': {
          const href = safeUrl(child.getAttribute('href') ?? '');
          out += href !== undefined && inner.trim() ? `[${inner}](${href.replace(/[()\s]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()}`)})` : inner;
          break;
        }
        case 'BR':
          out += ' ';
          break;
        default:
          out += inner;
      }
    }
  }
  return out;
}

/** Trimmed inline text of a node. */
export function readText(node: Node): string {
  return readInline(node).replace(/\s+/g, ' ').trim();
}

/** Escapes a line start that rich text would read as a list marker (`- `, `1. `). */
function escapeLineStart(text: string): string {
  return text.replace(/^- /, '\\- ').replace(/^(\d+)([.)] )/, '$1\\$2');
}

const BLOCK = new Set(['P', 'DIV', 'UL', 'OL', 'BLOCKQUOTE', 'PRE', 'SECTION', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TABLE', 'FIGURE', 'DL']);

/**
 * Rich text of a node's children: paragraphs and lists, separated by blank lines. Loose inline
 * content between blocks becomes a paragraph of its own.
 */
export function readRich(node: Node, skip?: (child: Node) => boolean): string {
  const parts: string[] = [];
  let loose = document.createElement('span');
  const flushLoose = () => {
    const text = readText(loose);
    if (text) parts.push(text);
    loose = document.createElement('span');
  };
  for (const child of Array.from(node.childNodes)) {
    if (skip?.(child)) continue;
    if (child instanceof Element && BLOCK.has(child.tagName)) {
      flushLoose();
      if (child.tagName === 'UL' || child.tagName === 'OL') {
        const marker = child.tagName === 'UL' ? () => '- ' : (i: number) => `${i + 1}. `;
        const lines = Array.from(child.children)
          .filter((li) => li.tagName === 'LI')
          .map((li, i) => marker(i) + escapeLineStart(readText(li)));
        if (lines.length) parts.push(lines.join('\n'));
      } else if (child.tagName === 'DIV' || child.tagName === 'SECTION' || child.tagName === 'BLOCKQUOTE' || child.tagName === 'FIGURE') {
        const inner = readRich(child);
        if (inner) parts.push(inner);
      } else if (!SKIP.has(child.tagName)) {
        const text = readText(child);
        if (text) parts.push(escapeLineStart(text));
      }
    } else {
      loose.append(child.cloneNode(true));
    }
  }
  flushLoose();
  return parts.join('\n\n');
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
 * paragraph) and a direct `<ul>`/`<ol>` child. Returns the title's inline text and the `<li>`
 * elements, or `undefined` when there is no list.
 */
export function readTitledList(host: Element): { title?: string; items: Element[] } | undefined {
  const list = child(host, 'ul, ol');
  if (!list) return undefined;
  const heading = child(host, 'h1, h2, h3, h4, h5, h6, p');
  return { ...(heading ? { title: readText(heading) } : {}), items: Array.from(list.children).filter((li) => li.tagName === 'LI') };
}
