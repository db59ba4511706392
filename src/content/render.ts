/**
 * Renders the rich-text tree. Text only ever reaches the DOM as text (Lit text bindings, or
 * `createTextNode` and `textContent`); link URLs go through `safeUrl`, and an unsafe link becomes
 * its label as plain text. The tree is bounded in depth by the schema and the readers.
 *
 * In the browser, formatted content is built as DOM nodes once per tree, by the `content`
 * directive: a Lit template per node would cost a template instance, its parts and two comment
 * markers for every run of text (an FAQ answer of one sentence with a bold word and a link is
 * five of them). On the server, and while an element hydrates the server's markup, the same
 * tree renders as the templates below, which is what Lit's server renderer wrote and what its
 * hydration expects.
 */
import { html, noChange, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type ChildPart, type PartInfo } from 'lit/directive.js';
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

function inlineTemplates(nodes: readonly Inline[]): Part | Part[] {
  return isPlain(nodes) ? nodes[0] : renderNodes(nodes);
}

function richTemplates(nodes: readonly Rich[]): TemplateResult[] {
  return nodes.map((node) =>
    node.type === 'paragraph'
      ? html`<p>${inlineTemplates(node.children)}</p>`
      : node.ordered
        ? html`<ol>${node.items.map((item) => html`<li>${inlineTemplates(item)}</li>`)}</ol>`
        : html`<ul>${node.items.map((item) => html`<li>${inlineTemplates(item)}</li>`)}</ul>`
  );
}

const TAGS = { strong: 'strong', emphasis: 'em', code: 'code' } as const;

function appendInline(parent: Node, nodes: readonly Inline[], doc: Document): void {
  for (const node of nodes) {
    if (typeof node === 'string') {
      parent.appendChild(doc.createTextNode(node));
    } else if (node.type === 'code') {
      const code = doc.createElement(TAGS.code);
      code.textContent = node.text;
      parent.appendChild(code);
    } else if (node.type === 'link') {
      const href = safeUrl(node.href);
      if (href === undefined) {
        appendInline(parent, node.children, doc);
      } else {
        const link = doc.createElement('a');
        link.setAttribute('href', href);
        appendInline(link, node.children, doc);
        parent.appendChild(link);
      }
    } else {
      const element = doc.createElement(TAGS[node.type]);
      appendInline(element, node.children, doc);
      parent.appendChild(element);
    }
  }
}

function appendRich(parent: Node, nodes: readonly Rich[], doc: Document): void {
  for (const node of nodes) {
    if (node.type === 'paragraph') {
      const p = doc.createElement('p');
      appendInline(p, node.children, doc);
      parent.appendChild(p);
    } else {
      const list = doc.createElement(node.ordered ? 'ol' : 'ul');
      for (const item of node.items) {
        const li = doc.createElement('li');
        appendInline(li, item, doc);
        list.appendChild(li);
      }
      parent.appendChild(list);
    }
  }
}

/** Above zero while an element hydrates server-rendered markup (see `whileHydrating`). */
let hydrating = 0;

/** Runs Lit's hydration of a server render: rich text renders as the server's templates meanwhile. */
export function whileHydrating<T>(run: () => T): T {
  hydrating++;
  try {
    return run();
  } finally {
    hydrating--;
  }
}

class ContentDirective extends Directive {
  private last?: readonly Inline[] | readonly Rich[];

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.CHILD) throw new Error('rich text renders in a child position');
  }

  render(nodes: readonly Inline[] | readonly Rich[], rich: boolean): unknown {
    return rich ? richTemplates(nodes as readonly Rich[]) : inlineTemplates(nodes as readonly Inline[]);
  }

  override update(part: ChildPart, [nodes, rich]: [readonly Inline[] | readonly Rich[], boolean]): unknown {
    // The tree of a block never changes in place: the same tree is the same content.
    if (nodes === this.last) return noChange;
    this.last = nodes;
    if (hydrating) return this.render(nodes, rich);
    const doc = part.parentNode.ownerDocument ?? document;
    const fragment = doc.createDocumentFragment();
    if (rich) appendRich(fragment, nodes as readonly Rich[], doc);
    else appendInline(fragment, nodes as readonly Inline[], doc);
    return fragment;
  }
}

const content = directive(ContentDirective);

/**
 * Inline content as a Lit value. Plain text, the common case, comes back as the string itself:
 * Lit then renders one text node, with no directive and no marker.
 */
export function renderInline(nodes: readonly Inline[]): unknown {
  return isPlain(nodes) ? nodes[0] : content(nodes, false);
}

/** Rich content as paragraphs and lists. */
export function renderRich(nodes: readonly Rich[]): unknown {
  return content(nodes, true);
}
