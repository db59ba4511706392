/**
 * Renders the rich-text tree as Lit templates. Text only ever reaches the DOM through Lit text
 * bindings; link URLs go through `safeUrl` (Lit binds attribute values as given), and an unsafe
 * link becomes its label as plain text. The tree is bounded in depth by the schema.
 */
import { html, type TemplateResult } from 'lit';
import { safeUrl } from './url.js';
import { isPlain, type Inline, type Rich } from './rich-text.js';

type Part = TemplateResult | string;

function renderNodes(nodes: readonly Inline[]): Part[] {
  return nodes.map((node): Part => {
    if (typeof node === 'string') return node;
    switch (node.type) {
      case 'strong':
        return html`<strong>${renderNodes(node.children)}</strong>`;
      case 'emphasis':
        return html`<em>${renderNodes(node.children)}</em>`;
      case 'code':
        return html`<code>${node.text}</code>`;
      case 'link': {
        const href = safeUrl(node.href);
        return href === undefined ? html`${renderNodes(node.children)}` : html`<a href=${href}>${renderNodes(node.children)}</a>`;
      }
    }
  });
}

/**
 * Inline content as a Lit value. Plain text, the common case, comes back as the string itself:
 * Lit then renders one text node instead of an array part with a comment marker per entry (a
 * third of the nodes of a 1,000-row table).
 */
export function renderInline(nodes: readonly Inline[]): Part | Part[] {
  return isPlain(nodes) ? nodes[0] : renderNodes(nodes);
}

/** Rich content as paragraphs and lists. */
export function renderRich(nodes: readonly Rich[]): TemplateResult[] {
  return nodes.map((node) =>
    node.type === 'paragraph'
      ? html`<p>${renderInline(node.children)}</p>`
      : node.ordered
        ? html`<ol>${node.items.map((item) => html`<li>${renderInline(item)}</li>`)}</ol>`
        : html`<ul>${node.items.map((item) => html`<li>${renderInline(item)}</li>`)}</ul>`
  );
}
