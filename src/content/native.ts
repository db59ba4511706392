/**
 * The native HTML form of content, as a small tree of nodes: the one description that every
 * output is made from. `toHtml` serialises it (the CLI, `souverain/ssr`, the Eleventy and
 * WordPress integrations print it); `toDom` builds the same nodes with DOM calls in a document
 * (`createElement`, `createTextNode`, `setAttribute`: never `innerHTML`), for pages whose content
 * is JSON. Both keep the whitespace text the tree holds, so the DOM built in a page is the DOM
 * the browser parses from the printed HTML.
 *
 * Attribute names come from the renderer itself; values are ids (checked by the schema) and link
 * URLs (through `safeUrl` before they reach the tree). Text is escaped by `toHtml` and is a text
 * node in `toDom`.
 */

/** An element of the tree: its tag, attributes in order (`true` writes a bare attribute), children. */
export interface NativeElement {
  readonly tag: string;
  readonly attrs: readonly (readonly [string, string | true])[];
  readonly children: readonly NativeNode[];
}

/** A node of the tree: text, or an element. */
export type NativeNode = string | NativeElement;

/** Elements without an end tag (the only one the renderer uses is `input`). */
const VOID = new Set(['input', 'br', 'img']);

/** Builds an element; attributes whose value is `undefined` or `false` are left out. */
export function el(tag: string, attrs: Record<string, string | boolean | undefined> | null, children: readonly NativeNode[] = []): NativeElement {
  const list: [string, string | true][] = [];
  for (const [name, value] of Object.entries(attrs ?? {})) if (value !== undefined && value !== false) list.push([name, value]);
  return { tag, attrs: list, children };
}

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Escapes text for HTML text and double-quoted attribute values. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESC[c]);

/** The nodes as HTML text. */
export function toHtml(nodes: NativeNode | readonly NativeNode[]): string {
  if (typeof nodes === 'string') return escapeHtml(nodes);
  if (!Array.isArray(nodes)) {
    const node = nodes as NativeElement;
    const attrs = node.attrs.map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`)).join('');
    return VOID.has(node.tag) ? `<${node.tag}${attrs}>` : `<${node.tag}${attrs}>${toHtml(node.children)}</${node.tag}>`;
  }
  let out = '';
  for (const node of nodes as readonly NativeNode[]) out += toHtml(node);
  return out;
}

/** The nodes as DOM nodes of `doc`, in a fragment (a bare attribute is set to ""). */
export function toDom(nodes: NativeNode | readonly NativeNode[], doc: Document = document): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  append(fragment, Array.isArray(nodes) ? (nodes as readonly NativeNode[]) : [nodes as NativeNode], doc);
  return fragment;
}

function append(parent: Node, nodes: readonly NativeNode[], doc: Document): void {
  // Strings side by side become one text node, and an empty string none, as the parser makes them.
  let text = '';
  for (const node of nodes) {
    if (typeof node === 'string') {
      text += node;
      continue;
    }
    if (text) parent.appendChild(doc.createTextNode(text));
    text = '';
    const element = doc.createElement(node.tag);
    for (const [name, value] of node.attrs) element.setAttribute(name, value === true ? '' : value);
    append(element, node.children, doc);
    parent.appendChild(element);
  }
  if (text) parent.appendChild(doc.createTextNode(text));
}
