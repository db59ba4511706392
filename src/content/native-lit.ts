/**
 * The native HTML tree (`native.ts`) as Lit templates, for the one place a tree must come out of
 * a Lit render: the server, where an element nested in another's shadow root (a list inside
 * `<sov-article>`) has no light DOM of its own yet, so its content is its slot's fallback in the
 * declarative shadow root. Lit cannot bind tag names, so each tag of the blocks shown in place (headings,
 * lists, paragraphs, an FAQ's details and inline formats) has its own static template; text and attribute values are bound, never parsed as markup. A tag
 * outside the renderer's set keeps only its children.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { NativeElement, NativeNode } from './native.js';

type Attr = (name: string) => string | undefined;

const attrOf =
  (node: NativeElement): Attr =>
  (name) => {
    const found = node.attrs.find(([n]) => n === name);
    return found === undefined ? undefined : found[1] === true ? '' : found[1];
  };

function element(node: NativeElement): TemplateResult | unknown[] {
  const a = attrOf(node);
  const c = nativeTemplate(node.children);
  switch (node.tag) {
    case 'h1':
      return html`<h1 id=${ifDefined(a('id'))}>${c}</h1>`;
    case 'h2':
      return html`<h2 id=${ifDefined(a('id'))}>${c}</h2>`;
    case 'h3':
      return html`<h3 id=${ifDefined(a('id'))}>${c}</h3>`;
    case 'h4':
      return html`<h4 id=${ifDefined(a('id'))}>${c}</h4>`;
    case 'h5':
      return html`<h5 id=${ifDefined(a('id'))}>${c}</h5>`;
    case 'h6':
      return html`<h6 id=${ifDefined(a('id'))}>${c}</h6>`;
    case 'p':
      return html`<p>${c}</p>`;
    case 'ul':
      return html`<ul>${c}</ul>`;
    case 'ol':
      return html`<ol>${c}</ol>`;
    case 'li':
      return html`<li id=${ifDefined(a('id'))}>${c}</li>`;
    case 'details':
      return html`<details id=${ifDefined(a('id'))}>${c}</details>`;
    case 'summary':
      return html`<summary>${c}</summary>`;
    case 'strong':
      return html`<strong>${c}</strong>`;
    case 'em':
      return html`<em>${c}</em>`;
    case 'code':
      return html`<code>${c}</code>`;
    case 'a':
      // The renderer's hrefs passed `safeUrl` already.
      return html`<a href=${ifDefined(a('href'))}>${c}</a>`;
    default:
      return c;
  }
}

/** The nodes as Lit template values (text stays text). */
export function nativeTemplate(nodes: readonly NativeNode[]): unknown[] {
  return nodes.map((node) => (typeof node === 'string' ? node : element(node)));
}
