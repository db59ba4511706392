/**
 * Serialises blocks as the authored light-DOM HTML each element reads (used by the
 * `souverain html` command): what an editor pastes into a CMS that strips scripts, readable
 * without JavaScript and upgraded by the element when the script is present. Every text is
 * escaped; link URLs pass `safeUrl`. This builds a string for a file or terminal, never for
 * a live DOM.
 */
import { parseInline, parseRich, safeUrl, type InlineNode } from './inline.js';
import type { Block } from './schema.js';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESC[c]);

function inline(nodes: InlineNode[]): string {
  return nodes
    .map((n) => {
      if (typeof n === 'string') return escapeHtml(n);
      if (n.kind === 'code') return `<code>${escapeHtml(n.text)}</code>`;
      if (n.kind === 'link') {
        const href = safeUrl(n.href);
        return href === undefined ? inline(n.children) : `<a href="${escapeHtml(href)}">${inline(n.children)}</a>`;
      }
      return `<${n.kind}>${inline(n.children)}</${n.kind}>`;
    })
    .join('');
}

const text = (source: string) => inline(parseInline(source));

function rich(source: string, indent: string): string {
  return parseRich(source)
    .map((n) =>
      n.kind === 'p'
        ? `${indent}<p>${inline(n.children)}</p>`
        : `${indent}<${n.kind}>\n${n.items.map((i) => `${indent}  <li>${inline(i)}</li>`).join('\n')}\n${indent}</${n.kind}>`
    )
    .join('\n');
}

const tag: Record<Block['type'], string> = {
  paragraph: '',
  heading: '',
  tldr: 'sov-tldr',
  list: 'sov-list',
  table: 'sov-table',
  checklist: 'sov-checklist',
  faq: 'sov-faq',
};

function inner(block: Block, level: number, lang: string): string {
  // A term's colon follows the language: French puts a no-break space before it.
  const colon = /^fr\b/i.test(lang) ? '\u00a0: ' : ': ';
  const h = (t: string) => `  <h${level}>${text(t)}</h${level}>\n`;
  switch (block.type) {
    case 'paragraph':
      return rich(block.text, '');
    case 'heading':
      return `<h${block.level ?? 2}${block.id ? ` id="${escapeHtml(block.id)}"` : ''}>${text(block.text)}</h${block.level ?? 2}>`;
    case 'tldr':
      return `${h(block.title)}  <ul>\n${block.items.map((i) => `    <li>${text(i)}</li>`).join('\n')}\n  </ul>`;
    case 'list':
      return `${block.title ? h(block.title) : ''}  <ul>\n${block.items
        .map((i) => `    <li>${i.icon ? `${escapeHtml(i.icon)} ` : ''}${i.term ? `<strong>${text(i.term)}</strong>${colon}` : ''}${text(i.text)}</li>`)
        .join('\n')}\n  </ul>`;
    case 'table': {
      const rowHeaders = block.rowHeaders !== 'none';
      return `  <table>\n${block.caption ? `    <caption>${text(block.caption)}</caption>\n` : ''}    <thead>\n      <tr>${block.columns.map((c) => `<th scope="col">${text(c)}</th>`).join('')}</tr>\n    </thead>\n    <tbody>\n${block.rows
        .map((row) => `      <tr>${row.map((c, i) => (i === 0 && rowHeaders ? `<th scope="row">${text(c)}</th>` : `<td>${text(c)}</td>`)).join('')}</tr>`)
        .join('\n')}\n    </tbody>\n  </table>`;
    }
    case 'checklist':
      return `${block.title ? h(block.title) : ''}  <ul>\n${block.items
        .map((i) => `    <li${i.id ? ` id="${escapeHtml(i.id)}"` : ''}><label><input type="checkbox"${i.checked ? ' checked' : ''}> ${text(i.text)}</label></li>`)
        .join('\n')}\n  </ul>`;
    case 'faq':
      return `${block.title ? `  <h${Math.max(2, level - 1)}>${text(block.title)}</h${Math.max(2, level - 1)}>\n` : ''}${block.items
        .map((i) => `  <details${i.id ? ` id="${escapeHtml(i.id)}"` : ''}>\n    <summary>${text(i.question)}</summary>\n${rich(i.answer, '    ')}\n  </details>`)
        .join('\n')}`;
  }
}

/** The authored HTML for a block: the element's tag around the light DOM it reads; `lang` is the content's language. */
export function blockToHtml(block: Block, level = 3, lang = 'fr'): string {
  const name = tag[block.type];
  const body = inner(block, level, lang);
  return name ? `<${name}>\n${body}\n</${name}>` : body;
}
