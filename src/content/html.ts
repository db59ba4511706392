/**
 * Serialises blocks as the authored light-DOM HTML each element reads (used by the
 * `souverain html` command): what an editor pastes into a CMS that strips scripts, readable
 * without JavaScript and upgraded by the element when the script is present. Every text is
 * escaped; link URLs pass `safeUrl`. This builds a string for a file or terminal, never for
 * a live DOM.
 */
import { isCheckMark, splitEmojiNodes } from './emoji.js';
import { safeUrl } from './url.js';
import type { Inline, Rich } from './rich-text.js';
import type { Block } from './schema.js';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESC[c]);

const TAGS = { strong: 'strong', emphasis: 'em' } as const;

function text(nodes: readonly Inline[]): string {
  return nodes
    .map((n) => {
      if (typeof n === 'string') return escapeHtml(n);
      if (n.type === 'code') return `<code>${escapeHtml(n.text)}</code>`;
      if (n.type === 'link') {
        const href = safeUrl(n.href);
        return href === undefined ? text(n.children) : `<a href="${escapeHtml(href)}">${text(n.children)}</a>`;
      }
      return `<${TAGS[n.type]}>${text(n.children)}</${TAGS[n.type]}>`;
    })
    .join('');
}

function rich(nodes: readonly Rich[], indent: string): string {
  return nodes
    .map((n) => {
      if (n.type === 'paragraph') return `${indent}<p>${text(n.children)}</p>`;
      const name = n.ordered ? 'ol' : 'ul';
      return `${indent}<${name}>\n${n.items.map((i) => `${indent}  <li>${text(i)}</li>`).join('\n')}\n${indent}</${name}>`;
    })
    .join('\n');
}

/** A checklist item without a leading check mark: beside an empty box it would read as done. */
function checklistText(nodes: readonly Inline[]): Inline[] {
  const [icon, rest] = splitEmojiNodes(nodes);
  return isCheckMark(icon) && rest.length ? rest : [...nodes];
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
  const h = (t: readonly Inline[]) => `  <h${level}>${text(t)}</h${level}>\n`;
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
        .map((i) => `    <li${i.id ? ` id="${escapeHtml(i.id)}"` : ''}><label><input type="checkbox"${i.checked ? ' checked' : ''}> ${text(checklistText(i.text))}</label></li>`)
        .join('\n')}\n  </ul>`;
    case 'faq':
      return `${block.title ? `  <h${Math.max(2, level - 1)}>${text(block.title)}</h${Math.max(2, level - 1)}>\n` : ''}${block.items
        .map((i) => `  <details${i.id ? ` id="${escapeHtml(i.id)}"` : ''}>\n    <summary>${text(i.question)}</summary>\n${rich(i.answer, '    ')}\n  </details>`)
        .join('\n')}`;
  }
}

/** The light DOM an element reads for a block, without the element's tag (the WordPress plugin's fallback); `lang` is the content's language. */
export function blockBody(block: Block, level = 3, lang = 'fr'): string {
  return inner(block, level, lang);
}

/**
 * The authored HTML for a block: the element's tag around the light DOM it reads, or with
 * `form: 'container'` the sanitizer-proof form, `<div data-sov="faq">`, that CMS filters keep.
 * `lang` is the content's language.
 */
export function blockToHtml(block: Block, level = 3, form: 'element' | 'container' = 'element', lang = 'fr'): string {
  const name = tag[block.type];
  const body = inner(block, level, lang);
  if (!name) return body;
  return form === 'container' ? `<div data-sov="${name.slice(4)}">\n${body}\n</div>` : `<${name}>\n${body}\n</${name}>`;
}
