/**
 * Builders and checks for the hardening suite: blocks and authored light DOM carrying hostile
 * strings for every element, and a deep inspection of every shadow root on the page.
 */
import { textPayloads, urlPayloads } from './payloads.js';

export const tags = ['sov-tldr', 'sov-list', 'sov-table', 'sov-checklist', 'sov-faq', 'sov-article'] as const;
export type Tag = (typeof tags)[number];

const linked = urlPayloads.map((url, i) => `[lien ${i}](${url})`);
const all = [...textPayloads, ...linked];

/** A block (or, for the article, a document) whose every text field carries the payloads. */
export function hostileBlock(tag: Tag): Record<string, unknown> {
  switch (tag) {
    case 'sov-tldr':
      return { type: 'tldr', title: textPayloads[0], items: all };
    case 'sov-list':
      return { type: 'list', title: textPayloads[2], items: all.map((p) => ({ icon: '🔐', term: p.slice(0, 200), text: p })) };
    case 'sov-table':
      return { type: 'table', caption: textPayloads[3], columns: ['A <b>', 'B'], rows: all.map((p) => [p, p]) };
    case 'sov-checklist':
      return { type: 'checklist', title: textPayloads[4], items: all.map((p) => ({ text: p })) };
    case 'sov-faq':
      return { type: 'faq', title: textPayloads[5], items: all.map((p) => ({ question: p, answer: `${p}\n\n- ${p}` })) };
    case 'sov-article':
      return {
        id: 'hostile',
        lang: 'fr',
        title: textPayloads[0],
        blocks: [
          ...all.slice(0, 20).map((p) => ({ type: 'paragraph', text: p })),
          { type: 'heading', text: textPayloads[1] },
          ...(['sov-tldr', 'sov-list', 'sov-table', 'sov-checklist', 'sov-faq'] as const).map((t) => hostileBlock(t)),
        ],
      };
  }
}

function el(tag: string, text?: string, attrs: Record<string, string> = {}): HTMLElement {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

/** Authored light DOM for `tag` with payloads in text and link URLs, built with DOM APIs (inert). */
export function hostileLightDom(tag: Tag): Node[] {
  const links = () => urlPayloads.map((url, i) => el('a', `lien ${i}`, { href: url }));
  const items = (make: (p: string) => HTMLElement) => textPayloads.map(make);
  switch (tag) {
    case 'sov-tldr':
    case 'sov-list':
    case 'sov-checklist': {
      const ul = el('ul');
      ul.append(...items((p) => el('li', p)));
      const li = el('li', 'liens ');
      li.append(...links());
      ul.append(li);
      return [el('h3', textPayloads[0]), ul];
    }
    case 'sov-table': {
      const table = el('table');
      table.append(el('caption', textPayloads[1]));
      const thead = el('thead');
      const hr = el('tr');
      hr.append(el('th', 'A'), el('th', 'B'));
      thead.append(hr);
      const tbody = el('tbody');
      for (const p of textPayloads) {
        const tr = el('tr');
        const td = el('td', p);
        td.append(...links());
        tr.append(el('th', p), td);
        tbody.append(tr);
      }
      table.append(thead, tbody);
      return [table];
    }
    case 'sov-faq':
      return textPayloads.map((p) => {
        const details = el('details');
        const para = el('p', p);
        para.append(...links());
        details.append(el('summary', p), para);
        return details;
      });
    case 'sov-article':
      return [];
  }
}

export interface Findings {
  handlers: string[];
  unsafeUrls: string[];
  forbidden: string[];
  text: string;
}

const UNSAFE = /^(?:javascript|data|vbscript):/i;
const URL_ATTRS = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background'];

/**
 * Inspects what the elements under `root` rendered, recursively: every shadow root, and the
 * content an element built in its light DOM from a JSON source (`[data-sov-generated]`). The
 * author's own light DOM is the page's HTML, which the page has already parsed and run.
 */
export function inspect(root: ParentNode, findings: Findings = { handlers: [], unsafeUrls: [], forbidden: [], text: '' }): Findings {
  for (const node of Array.from(root.querySelectorAll('*'))) {
    if (node.shadowRoot) {
      const shadow = node.shadowRoot;
      const built = Array.from(node.children).filter((child) => child.hasAttribute('data-sov-generated') && child.localName !== 'script');
      findings.text += ' ' + (shadow.textContent ?? '') + built.map((child) => ` ${child.textContent ?? ''}`).join('');
      const rendered = [...Array.from(shadow.querySelectorAll('*')), ...built.flatMap((child) => [child, ...Array.from(child.querySelectorAll('*'))])];
      for (const inner of rendered) {
        for (const attr of Array.from(inner.attributes)) {
          if (/^on/i.test(attr.name)) findings.handlers.push(`<${inner.localName} ${attr.name}>`);
          if (attr.name === 'srcdoc' || attr.name === 'style') findings.forbidden.push(`<${inner.localName} ${attr.name}>`);
          if (URL_ATTRS.includes(attr.name.toLowerCase())) {
            const cleaned = attr.value.replace(/[\u0000-\u0020\u007f-\u009f\u200b-\u200f\ufeff]/g, '');
            if (UNSAFE.test(cleaned) || /^[\\/][\\/]/.test(cleaned) || /&#|&[a-z]+;/i.test(cleaned)) findings.unsafeUrls.push(`<${inner.localName} ${attr.name}="${attr.value.slice(0, 60)}">`);
          }
        }
        if (['script', 'iframe', 'object', 'embed', 'img', 'form', 'math', 'style', 'link', 'base', 'meta', 'template', 'video', 'audio', 'source', 'marquee', 'frame', 'frameset'].includes(inner.localName)) {
          findings.forbidden.push(`<${inner.localName}>`);
        }
        // Only our own decorative icons may be SVG, and they carry no links or scripts.
        if (inner.localName === 'svg' && inner.querySelector('a, script, foreignObject, animate, set')) findings.forbidden.push('<svg> with active content');
      }
      inspect(shadow, findings);
    }
  }
  return findings;
}

/** Payloads that must appear literally in the rendered text (markup shown as text). */
export const literalPayloads = textPayloads.filter(
  (p) => p.includes('<') && !/[*_`[\]\\]/.test(p) && p.length < 1000 && !/[\u0000-\u001f\u2028\u2029\uFEFF]/.test(p)
);
