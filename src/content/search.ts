/**
 * Accent- and case-insensitive matching for the search and filter boxes: "securite" finds
 * "Sécurité", "oe" finds "œ".
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .replace(/[’‘`]/g, "'")
    .toLowerCase();
}

/** True when every word of `query` occurs in `text` (both folded). */
export function matches(text: string, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (!words.length) return true; // no query: no need to fold every item's text on each render
  const haystack = fold(text);
  return words.every((word) => haystack.includes(word));
}
