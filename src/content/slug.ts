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

/** Returns ids for every entry: the given one, else a slug of its text, made unique with -2, -3… */
export function uniqueIds(entries: { id?: string | undefined; text: string }[], taken = new Set<string>()): string[] {
  return entries.map(({ id, text }) => {
    const base = id ?? slugify(text);
    let candidate = base;
    for (let n = 2; taken.has(candidate); n++) candidate = `${base}-${n}`;
    taken.add(candidate);
    return candidate;
  });
}
