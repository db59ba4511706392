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

/**
 * A test of already folded texts for `query` (every word occurs), or `undefined` when the query
 * has no word: then everything matches, and no text needs folding.
 */
export function matcher(query: string): ((folded: string) => boolean) | undefined {
  const words = fold(query).split(/\s+/).filter(Boolean);
  return words.length ? (folded) => words.every((word) => folded.includes(word)) : undefined;
}

/** True when every word of `query` occurs in `text` (both folded). */
export function matches(text: string, query: string): boolean {
  const match = matcher(query);
  return !match || match(fold(text)); // no query: no need to fold every item's text on each render
}
