/**
 * Slugs for ids derived from text: accents folded, lower case, ASCII letters and digits joined
 * by "-", starting with a letter so the result is a valid content id and URL fragment.
 */
export function slugify(text: string, fallback = 'item'): string {
  const slug = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[^a-z]+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || fallback;
}

/**
 * `base`, else `base-2`, `base-3`… whichever `taken` does not hold; it is added to `taken`.
 * `next` remembers, per base, the suffix to try next: ids are only ever added to `taken` during
 * one pass, so a thousand items with the same text cost one check each, not a thousand.
 */
export function uniqueId(base: string, taken: { has(id: string): boolean; add(id: string): unknown }, next?: Map<string, number>): string {
  const name = (n: number) => (n === 1 ? base : `${base}-${n}`);
  let n = next?.get(base) ?? 1;
  while (taken.has(name(n))) n++;
  next?.set(base, n + 1);
  taken.add(name(n));
  return name(n);
}

/**
 * Returns ids for every entry: the given one, else a slug of its text made unique with -2, -3…
 * Given ids are reserved first and slugs avoid them, so a slug never takes the id an author
 * gave a later entry (`checked = ['foo-2']` names that entry, not a "Foo" before it). A given
 * id is changed only when `taken` already holds it or an earlier entry gave it too (an error
 * that validation reports).
 */
export function uniqueIds(entries: { id?: string | undefined; text: string }[], taken: { has(id: string): boolean; add(id: string): unknown } = new Set<string>()): string[] {
  const ids: string[] = new Array<string>(entries.length);
  const next = new Map<string, number>();
  const claim = (base: string) => uniqueId(base, taken, next);
  entries.forEach(({ id }, i) => {
    if (id !== undefined) ids[i] = claim(id);
  });
  entries.forEach(({ id, text }, i) => {
    if (id === undefined) ids[i] = claim(slugify(text));
  });
  return ids;
}
