/**
 * The inline text format, parsed into a small tree that `render.ts` turns into Lit templates
 * and `html.ts` into escaped HTML. Nothing here produces markup from strings: text stays text.
 *
 * Inline: `**strong**`, `*emphasis*` or `_emphasis_`, `` `code` ``, `[label](url)`; a backslash
 * makes the next punctuation character literal. Rich text adds paragraphs (separated by a
 * blank line) and lists (every line of the paragraph starts with `- ` or `1. `).
 */

export type InlineNode =
  | string
  | { kind: 'strong' | 'em'; children: InlineNode[] }
  | { kind: 'code'; text: string }
  | { kind: 'link'; href: string; children: InlineNode[] };

export type RichNode =
  | { kind: 'p'; children: InlineNode[] }
  | { kind: 'ul' | 'ol'; items: InlineNode[][] };

const ESCAPABLE = '\\`*_[]()#-.!>+';

/** Schemes a link may use; anything else (`javascript:`, `data:`…) renders as plain text, so content never runs script. */
const SAFE_SCHEME = /^(?:https?|mailto):/i;

/**
 * Returns the URL if it is http(s), mailto or relative, otherwise `undefined`.
 * Control characters and whitespace are stripped before the check, as browsers do when they
 * parse `java\tscript:`; a colon before any `/`, `?` or `#` means a scheme.
 */
export function safeUrl(url: string): string | undefined {
  const cleaned = url.replace(/[\u0000-\u0020\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g, '');
  if (!cleaned) return undefined;
  // Character references are not decoded in a bound attribute, but refuse them rather than
  // reason about every consumer that might decode them later.
  if (/&(?:#|[a-z]+;)/i.test(cleaned)) return undefined;
  const scheme = /^[^/?#]*:/.exec(cleaned);
  if (scheme && !SAFE_SCHEME.test(cleaned)) return undefined;
  // Protocol-relative (`//host`, and `\\host` or `/\host`, which browsers read the same way): a third-party host.
  if (/^[\\/][\\/]/.test(cleaned)) return undefined;
  return url.trim();
}

function findClosing(source: string, from: number, marker: string): number {
  for (let i = from; i < source.length; i++) {
    if (source[i] === '\\') {
      i++;
      continue;
    }
    if (source.startsWith(marker, i)) return i;
  }
  return -1;
}

function findLinkEnd(source: string, start: number): { labelEnd: number; urlEnd: number } | undefined {
  let depth = 0;
  for (let i = start; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
    } else if (c === '[') {
      depth++;
    } else if (c === ']') {
      if (depth-- > 0) continue;
      if (source[i + 1] !== '(') return undefined;
      const urlEnd = source.indexOf(')', i + 2);
      return urlEnd < 0 ? undefined : { labelEnd: i, urlEnd };
    }
  }
  return undefined;
}

function unescape(text: string): string {
  return text.replace(/\\(.)/g, (m, c: string) => (ESCAPABLE.includes(c) ? c : m));
}

/** Parses inline text into nodes. Unmatched markers stay literal text. */
export function parseInline(source: string): InlineNode[] {
  const out: InlineNode[] = [];
  let text = '';
  const flush = () => {
    if (text) out.push(text);
    text = '';
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\' && i + 1 < source.length && ESCAPABLE.includes(source[i + 1])) {
      text += source[++i];
      continue;
    }
    if (c === '`') {
      const end = findClosing(source, i + 1, '`');
      if (end > i + 1) {
        flush();
        out.push({ kind: 'code', text: unescape(source.slice(i + 1, end)) });
        i = end;
        continue;
      }
    } else if (c === '*' && source[i + 1] === '*') {
      const end = findClosing(source, i + 2, '**');
      if (end > i + 2) {
        flush();
        out.push({ kind: 'strong', children: parseInline(source.slice(i + 2, end)) });
        i = end + 1;
        continue;
      }
    } else if ((c === '*' || c === '_') && source[i + 1] !== ' ' && source[i + 1] !== undefined) {
      // `_` inside a word (snake_case) is literal, as in CommonMark.
      if (c === '*' || !/\w/.test(source[i - 1] ?? '')) {
        const end = findClosing(source, i + 1, c);
        if (end > i + 1 && source[end - 1] !== ' ' && (c === '*' || !/\w/.test(source[end + 1] ?? ''))) {
          flush();
          out.push({ kind: 'em', children: parseInline(source.slice(i + 1, end)) });
          i = end;
          continue;
        }
      }
    } else if (c === '[') {
      const link = findLinkEnd(source, i + 1);
      if (link) {
        flush();
        out.push({
          kind: 'link',
          href: source.slice(link.labelEnd + 2, link.urlEnd).trim(),
          children: parseInline(source.slice(i + 1, link.labelEnd)),
        });
        i = link.urlEnd;
        continue;
      }
    }
    text += c;
  }
  flush();
  return out;
}

/** Parses rich text into paragraphs and lists. */
export function parseRich(source: string): RichNode[] {
  return source
    .split(/\n[ \t]*\n/)
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .map((chunk): RichNode => {
      const lines = chunk.split('\n').map((line) => line.trim());
      if (lines.every((line) => /^- /.test(line))) {
        return { kind: 'ul', items: lines.map((line) => parseInline(line.slice(2))) };
      }
      if (lines.every((line) => /^\d+[.)] /.test(line))) {
        return { kind: 'ol', items: lines.map((line) => parseInline(line.replace(/^\d+[.)] /, ''))) };
      }
      return { kind: 'p', children: parseInline(lines.join(' ')) };
    });
}

/** The text of inline nodes, without formatting (for search, sorting, labels and JSON-LD). */
export function inlineText(nodes: InlineNode[]): string {
  return nodes.map((n) => (typeof n === 'string' ? n : n.kind === 'code' ? n.text : inlineText(n.children))).join('');
}

/** Plain text of an inline or rich source string. */
export function plainText(source: string): string {
  return parseRich(source)
    .map((node) => (node.kind === 'p' ? inlineText(node.children) : node.items.map(inlineText).join('\n')))
    .join('\n\n');
}

/** Escapes text so `parseInline` reads it back literally (used by the light-DOM reader). */
export function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]]/g, '\\$&');
}
