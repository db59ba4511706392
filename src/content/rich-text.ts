/**
 * The rich-text tree every block holds after validation: the one model the light-DOM reader
 * builds, the Markdown-subset parser (`inline.ts`) produces, and the renderer, the CLI's HTML
 * and the JSON-LD read. A string is a text node; objects are the four inline formats, and rich
 * text adds paragraphs and lists. Nothing here is markup: text stays text all the way to Lit.
 */

/**
 * An array built with `push` keeps the room V8 gave it to grow (17 slots after a first push,
 * about 130 bytes more than its items need), for as long as it lives. What the light-DOM readers and
 * the parser keep (the inline content of each text, each formatted run, each row) is copied
 * once, at its exact length, when it is complete.
 */
export function exact<T>(array: T[]): T[] {
  return array.slice();
}

/** Inline content: text, strong, emphasis, code and links. */
export type Inline = string | StrongNode | EmphasisNode | CodeNode | LinkNode;

export interface StrongNode {
  type: 'strong';
  children: Inline[];
}

export interface EmphasisNode {
  type: 'emphasis';
  children: Inline[];
}

export interface CodeNode {
  type: 'code';
  text: string;
}

export interface LinkNode {
  type: 'link';
  /** The URL as written; renderers pass it through `safeUrl` before use. */
  href: string;
  children: Inline[];
}

/** Block-level rich content: paragraphs, and lists whose items are inline content. */
export type Rich = ParagraphNode | ListNode;

export interface ParagraphNode {
  type: 'paragraph';
  children: Inline[];
}

export interface ListNode {
  type: 'list';
  ordered: boolean;
  items: Inline[][];
}

/** The text of inline nodes, without formatting (search, sorting, labels, ids, JSON-LD). */
export function inlineText(nodes: readonly Inline[]): string {
  let out = '';
  for (const node of nodes) {
    out += typeof node === 'string' ? node : node.type === 'code' ? node.text : inlineText(node.children);
  }
  return out;
}

/** The text of rich nodes: paragraphs separated by a blank line, list items by a line break. */
export function richText(nodes: readonly Rich[]): string {
  return nodes.map((node) => (node.type === 'paragraph' ? inlineText(node.children) : node.items.map(inlineText).join('\n'))).join('\n\n');
}

/** True when the inline content is one plain text node (renderers then emit a single text node). */
export function isPlain(nodes: readonly Inline[]): nodes is [string] {
  return nodes.length === 1 && typeof nodes[0] === 'string';
}
