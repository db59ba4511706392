/**
 * Leading emoji and "Term : description" splitting, shared by the list, TL;DR and checklist:
 * the article starts points with an emoji (🔐, ✅, ✔️) that is decoration, not text. Both work
 * on the rich-text tree: only a leading text node is looked at, so formatting is never lost.
 */
import type { Inline } from './rich-text.js';

/**
 * A leading emoji: a character shown as emoji by default (`Emoji_Presentation`: 🔐 ✅ 🇫🇷), one
 * asked for as emoji with U+FE0F (✔️ 🛡️), a keycap, or a plain check mark (✓ ✔ 🗸). Symbols
 * that are text by default — © ® ™ ℹ ↔ — stay text: they carry meaning for every reader.
 */
const LEADING_EMOJI =
  /^\s*((?:\p{Regional_Indicator}{2}|[0-9#*]\uFE0F?\u20E3|[\u2611\u2713\u2714\u{1F5F8}]\uFE0F?|\p{Extended_Pictographic}\uFE0F|\p{Emoji_Presentation})(?:\p{Emoji_Modifier}|\uFE0F|\u200D(?:\p{Extended_Pictographic}\uFE0F?|\p{Emoji_Presentation}))*)\s*/u;

/** Splits a leading emoji off text: `["🔐", "Accès…"]`, or `[undefined, text]`. */
export function splitEmoji(text: string): [string | undefined, string] {
  const match = LEADING_EMOJI.exec(text);
  return match ? [match[1], text.slice(match[0].length)] : [undefined, text];
}

/** Splits a leading emoji off inline content (only from a leading text node). */
export function splitEmojiNodes(nodes: readonly Inline[]): [string | undefined, Inline[]] {
  const first = nodes[0];
  if (typeof first !== 'string') return [undefined, [...nodes]];
  const [icon, rest] = splitEmoji(first);
  if (!icon) return [undefined, [...nodes]];
  return [icon, rest ? [rest, ...nodes.slice(1)] : nodes.slice(1)];
}

const TERM = /^([^:.!?]{1,80}?)\s*[:\uFF1A]\s+(\S[\s\S]*)$/u;
const COLON_START = /^\s*[:\uFF1A]\s+(?=\S)/u;

/**
 * Splits "Term : description" (French spacing) or "Term: description" when the part before the
 * colon is short and reads as a term (no sentence punctuation), else returns no term.
 */
export function splitTerm(text: string): [string | undefined, string] {
  const match = TERM.exec(text);
  return match ? [match[1].trim(), match[2]] : [undefined, text];
}

/**
 * Splits a term off inline content: a leading `<strong>` followed by a colon (the term keeps its
 * own formatting), or a leading text node "Term : …". Anything else has no term and is kept
 * whole, bold included.
 */
export function splitTermNodes(nodes: readonly Inline[]): [Inline[] | undefined, Inline[]] {
  const [first, second] = nodes;
  if (typeof first === 'object' && first.type === 'strong' && typeof second === 'string' && COLON_START.test(second)) {
    const rest = second.replace(COLON_START, '');
    return [first.children, [...(rest ? [rest] : []), ...nodes.slice(2)]];
  }
  if (typeof first === 'string') {
    const [term, rest] = splitTerm(first);
    if (term) return [[term], [rest, ...nodes.slice(1)]];
  }
  return [undefined, [...nodes]];
}

/** True for a check-mark emoji (✅ ✔️ ☑️ ✓ 🗸), which elements draw or imply themselves. */
export function isCheckMark(icon: string | undefined): boolean {
  return !!icon && /^[\u2705\u2714\u2611\u2713\u{1F5F8}]\uFE0F?$/u.test(icon);
}
