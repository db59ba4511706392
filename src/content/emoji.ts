/**
 * Leading emoji and "Term : description" splitting, shared by the list, TL;DR and checklist
 * readers: the article starts points with an emoji (🔐, ✅, ✔️) that is decoration, not text.
 */
const LEADING_EMOJI = /^\s*((?:[\u2713\u{1F5F8}]|\p{Regional_Indicator}{2}|\p{Extended_Pictographic}|\p{Regional_Indicator})(?:\uFE0F|\u20E3|\p{Emoji_Modifier}|\u200D(?:\p{Extended_Pictographic}))*)\s*/u;

/** Splits a leading emoji off text: `["🔐", "Accès…"]`, or `[undefined, text]`. */
export function splitEmoji(text: string): [string | undefined, string] {
  const match = LEADING_EMOJI.exec(text);
  return match ? [match[1], text.slice(match[0].length)] : [undefined, text];
}

/**
 * Splits "Term : description" (French spacing) or "Term: description" when the part before the
 * colon is short and reads as a term (no sentence punctuation), else returns no term.
 */
export function splitTerm(text: string): [string | undefined, string] {
  const match = /^([^:.!?]{1,80}?)\s*[:\uFF1A]\s+(\S[\s\S]*)$/u.exec(text);
  if (!match || /[\\[\]`*]/.test(match[1])) return [undefined, text];
  return [match[1].trim(), match[2]];
}

/** True for a check-mark emoji (✅ ✔️ ☑️ ✓ 🗸), which elements draw or imply themselves. */
export function isCheckMark(icon: string | undefined): boolean {
  return !!icon && /^[\u2705\u2714\u2611\u2713\u{1F5F8}]\uFE0F?$/u.test(icon);
}
