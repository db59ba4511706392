/**
 * `dist/souverain.js`, the one script a page needs. It loads each element's code on first sight
 * of its tag or of a `data-sov` container — on the page when the script runs, and added later
 * (a CMS preview, a route change, a lazy section) — through one document-level observer, as
 * Shoelace's autoloader does. A page with one FAQ loads this loader, the shared core (Lit and
 * the content machinery) and the FAQ's chunk; nothing else.
 *
 * The loader imports nothing from the core statically: a static import would be fetched and run
 * before this file, so an element's chunk could only be requested one round trip later. It
 * requests the elements' chunks and the core together, then waits for the core (a top-level
 * `await`) for what it exports.
 *
 * It exports pack and string registration, which live in the shared core. Validation
 * (`validateDocument`, `validateBlock`) is not exported here: it needs the schema chunk, which
 * pages load only for JSON content; the package's main entry and the CLI export it.
 */
import { CONTAINER_NAMES, CONTAINER_SELECTOR, containerName, upgradeContainer, type ContainerName } from './containers.js';

const chunks: Record<ContainerName, () => Promise<unknown>> = {
  tldr: () => import('./tldr/sov-tldr.js'),
  list: () => import('./list/sov-list.js'),
  table: () => import('./table/sov-table.js'),
  checklist: () => import('./checklist/sov-checklist.js'),
  faq: () => import('./faq/sov-faq.js'),
  article: () => import('./article/sov-article.js'),
};

/** The core modules the loader uses; all of them are in the core chunk, fetched once. */
const core = Promise.all([import('./content/packs.js'), import('./controllers/language-controller.js'), import('./content/issues.js'), import('./i18n/strings.js'), import('./attributes.js')]);

const TAGS = CONTAINER_NAMES.map((name) => `sov-${name}`);
const SELECTOR = `${TAGS.join(',')},${CONTAINER_SELECTOR}`;
const loading = new Map<ContainerName, Promise<unknown>>();
/** Elements and containers whose content is JSON (a pack, `src`); inline JSON is a child script. */
const JSON_SOURCE = '[content], [src], [data-sov-content], [data-sov-src]';

/** Loads an element's code once; resolves when its tag is defined. */
export function load(name: ContainerName): Promise<unknown> {
  let promise = loading.get(name);
  if (!promise) {
    promise = chunks[name]().catch((error: unknown) => {
      loading.delete(name);
      console.error(`[souverain] could not load the code of <sov-${name}> (${String((error as Error)?.message ?? error)}); check that the files next to souverain.js are served, and the page's Content-Security-Policy script-src.`);
    });
    loading.set(name, promise);
  }
  return promise;
}

/**
 * The elements that build content from JSON into their light DOM with the renderer chunk: the
 * list, the TL;DR and the FAQ, and the article for those inside it (an article container, or a container
 * of another spelling, fetches it later, from the element).
 */
const SHOWN_IN_PLACE = 'sov-list,sov-tldr,sov-faq,sov-article,[data-sov=list],[data-sov=tldr],[data-sov=faq]';

/** Loads what `root` uses and upgrades its containers once their element's code is there. */
function discover(root: Element | Document): void {
  const found = root instanceof Element && root.matches(SELECTOR) ? [root] : [];
  found.push(...Array.from(root.querySelectorAll(SELECTOR)));
  for (const el of found) {
    // JSON content is validated with the schema: fetch its chunk beside the element's, not after.
    // The element's own import of the same module finds it loaded or loading (an error is the element's to report).
    // Content shown in place is built from JSON with the renderer: fetched beside them too.
    if (el.matches(JSON_SOURCE) || el.querySelector(':scope > script[type="application/json"]')) {
      import('./content/schema.js').catch(() => undefined);
      if (el.matches(SHOWN_IN_PLACE)) import('./content/html.js').catch(() => undefined);
    }
    // A pack named by `content` (and no `src`, which would win): fetched as soon as the core is
    // there (a page may register its own packs), in the language the element will ask for; the
    // element gets the same request (packs load once per page).
    const pack = el.hasAttribute('src') || el.hasAttribute('data-sov-src') ? null : (el.getAttribute('content') ?? el.getAttribute('data-sov-content'));
    if (pack) void core.then(([packs, language]) => packs.loadPack(pack.split('#')[0], language.nearestLang(el))).catch(() => undefined);
    if (el.hasAttribute('data-sov')) {
      const name = containerName(el);
      // The attribute allowlist is in the core, which the element's code needs too.
      if (name) void Promise.all([core, load(name)]).then(([modules]) => upgradeContainer(el, modules[4]));
    } else {
      // A server-rendered element (its declarative shadow root is attached before its code is
      // defined): fetch Lit's hydration beside the element's chunk rather than after it.
      if (el.shadowRoot && !customElements.get(el.localName)) import('./hydrate.js').catch(() => undefined);
      void load(el.localName.slice(4) as ContainerName);
    }
  }
}

const started = Symbol.for('souverain.loader');

/** Starts the loader once per page (a second copy of the script does nothing more). */
function start(): void {
  const flags = globalThis as unknown as Record<symbol, boolean>;
  if (flags[started] || typeof document === 'undefined') return;
  flags[started] = true;
  discover(document);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of Array.from(record.addedNodes)) if (node instanceof Element) discover(node);
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}

start();

// What the loader exports, from the core (requested above, beside the elements' chunks).
const [packs, , issues, strings] = await core;
export const { registerPack, ContentError } = packs;
export const { formatIssues } = issues;
export const { registerStrings } = strings;
