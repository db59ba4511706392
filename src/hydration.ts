/**
 * The check between a server render and the client's first render. The server writes, on each
 * element it renders, a hash of the content it rendered, the language and the element's initial
 * state; the client computes the same from what it read (the authored light DOM, or `data`) and
 * hydrates the server's shadow root only when they are equal.
 */

/** The attribute the server writes: `content.state`, two FNV-1a hashes in base 36. */
export const HASH_ATTRIBUTE = 'data-sov-hash';

/** `pending` until the first update decides; `none` when there was no server render to keep. */
export type Hydration = 'pending' | 'hydrated' | 'mismatch' | 'none';

type Hydrate = typeof import('./hydrate.js').hydrate;
let hydrateModule: Promise<Hydrate | undefined> | undefined;
let loadedHydrate: Hydrate | undefined;

/**
 * Loads Lit's hydration (once per copy of the library) and resolves with it, or with `undefined`
 * when its file cannot be loaded (the elements then render afresh over the server's markup).
 */
export function loadHydrate(): Promise<Hydrate | undefined> {
  hydrateModule ??= import('./hydrate.js').then(
    (module) => (loadedHydrate = module.hydrate),
    (error: unknown) => {
      console.error(`[souverain] could not load the hydration code (${String((error as Error)?.message ?? error)}); server-rendered elements render again.`);
      return undefined;
    }
  );
  return hydrateModule;
}

/** Lit's hydration when it has been loaded, else `undefined`. */
export function hydrateLoaded(): Hydrate | undefined {
  return loadedHydrate;
}

/** FNV-1a, 32 bits: a short fingerprint, not a security measure. */
function fnv(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/**
 * The content's canonical form: JSON with every object's keys in sorted order (content read
 * from the authored HTML and content validated by the schema hold the same keys, not always in
 * the same order); a block's own `id` is left out, since the authored HTML does not carry it
 * (its items' ids it does).
 */
function canonical(value: unknown): string {
  const block = value && typeof value === 'object' && 'type' in value && 'id' in value ? { ...value, id: undefined } : value;
  return JSON.stringify(block, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item) ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : item
  );
}

export function renderHash(value: unknown, lang: string, state: string): string {
  return `${fnv(`${lang}\u0000${canonical(value)}`)}.${fnv(state)}`;
}
