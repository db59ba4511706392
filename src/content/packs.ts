/**
 * Content packs: article documents loaded lazily by id and language. The bundled pack's JSON
 * files live next to the code (`content/` in the repository, `dist/content/` when built) and
 * are fetched from the same origin as the script, only when an element asks for them.
 * Sites can register their own packs with `registerPack`; registering notifies the elements
 * already on the page, so a pack registered late, or registered again, reaches them.
 */
import type { ContentIssue } from './issues.js';
import { loadSchema } from './validator.js';

export type PackSource = URL | string | (() => Promise<unknown>);

const packs = new Map<string, Map<string, PackSource>>([
  [
    'souverainete-numerique',
    new Map<string, PackSource>([
      ['fr', new URL('../../content/souverainete-numerique.fr.json', import.meta.url)],
      ['en', new URL('../../content/souverainete-numerique.en.json', import.meta.url)],
    ]),
  ],
]);

/** Thrown for anything that keeps a pack or `src` document from loading; `issues` carries paths. */
export class ContentError extends Error {
  constructor(
    message: string,
    readonly issues: ContentIssue[] = []
  ) {
    super(message);
    this.name = 'ContentError';
  }
}

/** How many times each pack id was registered on this page: part of an element's content key. */
const versions = new Map<string, number>();
const watchers = new Set<(id: string) => void>();

/**
 * Registers a pack under `id`, one source per language (the first one is the fallback).
 * A source is a URL, or a function resolving to the document (e.g. a dynamic `import()`).
 * Registering again replaces the pack; elements showing it (or waiting for it) load it again.
 */
export function registerPack(id: string, variants: Record<string, PackSource>): void {
  packs.set(id, new Map(Object.entries(variants)));
  versions.set(id, (versions.get(id) ?? 0) + 1);
  for (const key of [...loaded.keys()]) if (key.startsWith(`${id}\u0000`)) loaded.delete(key);
  for (const watcher of [...watchers]) watcher(id);
}

/** The registration count of pack `id` (0 for the bundled pack as shipped). */
export function packVersion(id: string): number {
  return versions.get(id) ?? 0;
}

/** Calls `watcher` with the pack id after each `registerPack`; returns the function that stops it. */
export function watchPacks(watcher: (id: string) => void): () => void {
  watchers.add(watcher);
  return () => watchers.delete(watcher);
}

/** The ids of every registered pack. */
export function packIds(): string[] {
  return [...packs.keys()];
}

/** The pack language chosen for a page language: exact tag, then primary subtag, then the first. */
export function packLanguage(id: string, lang: string): string | undefined {
  const variants = packs.get(id);
  if (!variants) return undefined;
  const primary = lang.toLowerCase().split('-')[0];
  if (variants.has(lang)) return lang;
  if (variants.has(primary)) return primary;
  return variants.keys().next().value;
}

const loaded = new Map<string, Promise<unknown>>();

/** Fetches JSON with a timeout and an abort signal; HTTP errors and non-JSON bodies throw `ContentError`. */
export async function fetchJson(url: URL | string, signal?: AbortSignal, timeout = 10000): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new ContentError(`no answer after ${timeout / 1000} s`)), timeout);
  const abort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', abort, { once: true });
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: controller.signal, credentials: 'same-origin', headers: { accept: 'application/json' } });
    } catch (error) {
      if (controller.signal.reason instanceof ContentError) throw controller.signal.reason;
      if (signal?.aborted) throw error;
      // Browsers hide the reason of a failed request; a cross-origin one most often lacks CORS.
      const other = new URL(String(url), document.baseURI).origin !== location.origin;
      throw new ContentError(
        other
          ? `could not load ${String(url)} (network error: a file on another origin needs the header Access-Control-Allow-Origin (CORS) from its server, and the page's Content-Security-Policy must allow it in connect-src)`
          : `could not load ${String(url)} (network error)`
      );
    }
    if (!response.ok) throw new ContentError(`could not load ${String(url)} (HTTP ${response.status})`);
    const text = await response.text();
    try {
      return JSON.parse(text) as unknown;
    } catch {
      const kind = /^\s*</.test(text) ? 'HTML, not JSON' : 'not valid JSON';
      throw new ContentError(`${String(url)} returned ${kind}`);
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abort);
  }
}

/**
 * Checks a pack's envelope (id, lang, title, typed blocks), throwing `ContentError` with paths.
 * The blocks themselves are validated by the element that shows them, with its own schema.
 */
async function envelopeOrThrow(value: unknown, origin: string): Promise<unknown> {
  const result = (await loadSchema()).validateEnvelope(value);
  if (!result.ok) throw new ContentError(`invalid document in ${origin}`, result.issues);
  return value;
}

/** Loads (once per page) pack `id` in the language best matching `lang`, its envelope checked. */
export function loadPack(id: string, lang: string): Promise<unknown> {
  const variant = packLanguage(id, lang);
  if (variant === undefined) {
    return Promise.reject(new ContentError(`unknown content pack "${id}" (known: ${packIds().join(', ')})`));
  }
  const key = `${id}\u0000${variant}`;
  let promise = loaded.get(key);
  if (!promise) {
    const source = packs.get(id)!.get(variant)!;
    // `Promise.resolve().then` turns a registered loader that throws (or returns no promise) into a rejection.
    // The schema is fetched beside the pack, not after it.
    void loadSchema().catch(() => undefined);
    promise = Promise.resolve()
      .then(() => (typeof source === 'function' ? source() : fetchJson(source)))
      .then((value) => envelopeOrThrow(value, `pack "${id}" (${variant})`));
    promise.catch(() => {
      if (loaded.get(key) === promise) loaded.delete(key);
    });
    loaded.set(key, promise);
  }
  return promise;
}
