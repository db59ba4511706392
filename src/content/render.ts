/**
 * Renders inline and rich text as Lit templates. Text only ever reaches the DOM through Lit
 * text bindings; link URLs go through `safeUrl` (Lit binds attribute values as given), and an
 * unsafe link becomes its label as plain text.
 */
import { html, type TemplateResult } from 'lit';
import { parseInline, parseRich, safeUrl, type InlineNode, type RichNode } from './inline.js';

type Part = TemplateResult | string;

function renderNodes(nodes: InlineNode[]): Part[] {
  return nodes.map((node): Part => {
    if (typeof node === 'string') return node;
    switch (node.kind) {
      case 'strong':
        return html`<strong>${renderNodes(node.children)}</strong>`;
      case 'em':
        return html`<em>${renderNodes(node.children)}</em>`;
      case 'code':
        return html`<code>${node.text}</code>`;
      case 'link': {
        const href = safeUrl(node.href);
        return href === undefined
          ? html`${renderNodes(node.children)}`
          : html`<a href=${href}>${renderNodes(node.children)}</a>`;
      }
    }
  });
}

/** Parsed trees are cached by source string: re-renders (filtering, toggling) do not re-parse. */
const inlineCache = new Map<string, InlineNode[]>();
const richCache = new Map<string, RichNode[]>();
const CACHE_LIMIT = 2000;

function cached<T>(cache: Map<string, T>, key: string, make: (s: string) => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    value = make(key);
    cache.set(key, value);
  }
  return value;
}

/**
 * Inline text as a Lit value (strings and `<strong>`, `<em>`, `<code>`, `<a>`). Plain text, the
 * common case, comes back as the string itself: Lit then renders one text node instead of an
 * array part with a comment marker per entry (a third of the nodes of a 1,000-row table).
 */
export function renderInline(source: string): Part | Part[] {
  const nodes = cached(inlineCache, source, parseInline);
  if (nodes.length === 1 && typeof nodes[0] === 'string') return nodes[0];
  return renderNodes(nodes);
}

/** Rich text as paragraphs and lists. */
export function renderRich(source: string): TemplateResult[] {
  return cached(richCache, source, parseRich).map((node) =>
    node.kind === 'p'
      ? html`<p>${node.children.length === 1 && typeof node.children[0] === 'string' ? node.children[0] : renderNodes(node.children)}</p>`
      : node.kind === 'ul'
        ? html`<ul>${node.items.map((item) => html`<li>${renderNodes(item)}</li>`)}</ul>`
        : html`<ol>${node.items.map((item) => html`<li>${renderNodes(item)}</li>`)}</ol>`
  );
}
