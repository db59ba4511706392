// Production bundles: `dist/souverain.js`, the loader (it loads each element's chunk from
// `dist/chunks/` when the page uses it, with one shared core chunk: the CMS/intranet file), and
// `dist/elements/sov-*.js` (one element with Lit in one static file, as a CDN user loads it alone). Content
// packs stay separate JSON files in `dist/content/`, fetched only when an element needs them.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild, { minify } from 'rollup-plugin-esbuild';
import minifyHTMLLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { defaultStrategy } from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';
import { elements } from './scripts/elements.mjs';

/** Points the pack URLs (`../../content/` from src/content/) at `dist/content/` from the bundle's folder. */
function packUrls(prefix) {
  return {
    name: 'souverain-pack-urls',
    transform(code, id) {
      if (!id.endsWith('/src/content/packs.ts')) return null;
      return { code: code.replaceAll("'../../content/", `'${prefix}content/`), map: null };
    },
  };
}

/**
 * html-minifier-next takes a template for a whole document and trims its leading and trailing
 * whitespace, but a template is a fragment: ` ${a}: ` keeps its spaces next to what it is
 * inserted beside. Text on both ends while minifying keeps them (collapsed to one space).
 */
const EDGE = 'souverain-template-edge';
async function keepEdges(markup, options) {
  const out = await defaultStrategy.minifyHTML(`${EDGE}${markup}${EDGE}`, options);
  if (!out.startsWith(EDGE) || !out.endsWith(EDGE)) throw new Error(`template edges lost: ${out}`);
  return out.slice(EDGE.length, -EDGE.length);
}

/**
 * Minifies the html`` and css`` templates of our sources with the Lit team's plugin: TypeScript
 * finds the template literals (bindings, nested templates, backticks inside `${}`), html-minifier-next
 * collapses whitespace as HTML renders it (a space between text and an inline element stays one
 * space; whitespace between blocks goes), lightningcss minifies the CSS. Without it, the
 * indentation of every template becomes text nodes in each rendered item (thousands in a long FAQ
 * or table). Shared with the browser tests (web-test-runner.config.mjs), so they run the shipped
 * templates; a template it cannot minify fails the build.
 */
export function minifyTemplates() {
  return minifyHTMLLiterals({
    include: ['**/src/**/*.ts'],
    exclude: ['**/*.test.ts', '**/src/test-utils/**'],
    failOnError: true,
    options: {
      strategy: { ...defaultStrategy, minifyHTML: keepEdges },
      minifyOptions: {
        // Lit templates hold no inline scripts or handlers to minify; empty attributes (lang="", alt="") keep their meaning.
        minifyJS: false,
        removeEmptyAttributes: false,
      },
    },
  });
}

const plugins = (prefix) => [
  packUrls(prefix),
  minifyTemplates(),
  nodeResolve({ exportConditions: ['production'] }),
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', legalComments: 'none' }),
];

/**
 * The loader build's chunks: the loader stays in `souverain.js`, each element's folder becomes the
 * chunk its dynamic import names, and everything else they share (Lit, the content model,
 * controllers, styles, strings) is one `core` chunk, loaded once for all elements. The schema
 * (valibot and the Markdown parser) and Lit's hydration are chunks of their own, loaded only by
 * pages with JSON content or server-rendered elements.
 */
const ELEMENT_DIR = /\/src\/(tldr|list|table|checklist|faq|article)\//;
const LOADER = /\/src\/(loader|containers)\.ts$/;
/** The element folders whose content is shown in place (their light DOM, through a slot). */
const SHOWN_IN_PLACE = new Set(['list', 'tldr', 'faq']);

/**
 * Who needs a module: the element folders whose code imports it (through shared modules, not
 * through another element's folder), and `loader` when the loader's own imports reach it.
 */
function owners(id, getModuleInfo, memo = new Map()) {
  if (memo.has(id)) return memo.get(id);
  const found = new Set();
  memo.set(id, found);
  const info = getModuleInfo(id);
  for (const importer of [...(info?.importers ?? []), ...(info?.dynamicImporters ?? [])]) {
    const dir = ELEMENT_DIR.exec(importer);
    if (dir) found.add(dir[1]);
    else if (LOADER.test(importer)) found.add('loader');
    else for (const owner of owners(importer, getModuleInfo, memo)) found.add(owner);
  }
  return found;
}

function manualChunks(id, { getModuleInfo }) {
  if (LOADER.test(id)) return undefined;
  // Lit's hydration, fetched only by pages with server-rendered elements.
  if (/\/src\/hydrate\.ts$|\/@lit-labs\/ssr-client\//.test(id)) return 'hydrate';
  // The schema with valibot and the Markdown parser, fetched only for JSON content (validator.ts).
  if (/\/src\/content\/(schema|inline)\.ts$|\/node_modules\/valibot\//.test(id)) return 'schema';
  // The renderer, fetched only to build content from JSON into the light DOM (renderer.ts).
  if (/\/src\/content\/(html|native)\.ts$/.test(id)) return 'renderer';
  if (ELEMENT_DIR.test(id)) return undefined;
  // Shared code used by one element only (the checklist's persistence) travels with that element.
  const needed = owners(id, getModuleInfo);
  if (needed.size === 1 && !needed.has('loader')) return undefined;
  // Shared by the elements already shown in place only (the in-place controller, the leading
  // icon): a chunk of their own, so the elements that still render a copy do not load it. It
  // joins the core once every element uses it.
  if ([...needed].every((owner) => SHOWN_IN_PLACE.has(owner))) return 'in-place';
  return 'core';
}

/**
 * `souverain/ssr` (`dist/ssr/index.js`) for Node: the elements with the same template and CSS
 * transforms as the browser bundles, since Lit hydrates only markup rendered from identical
 * templates. Lit and its server renderer stay imports (the Node builds, with their DOM shim).
 */
export function ssrConfig() {
  return {
    input: 'src/ssr/index.ts',
    external: (id) => /^(lit|lit-html|lit-element|@lit\/|@lit-labs\/|node:)/.test(id),
    output: { file: 'dist/ssr/index.js', format: 'es', inlineDynamicImports: true },
    plugins: [packUrls('../'), minifyTemplates(), esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', legalComments: 'none' })],
  };
}

/**
 * V8's explicit compile hint (Chromium 136 and later; other engines ignore the comment): every
 * function of a file that runs when it loads is compiled on a background thread while the file
 * streams in, rather than on the main thread at its first call. Measured on the benchmark pages
 * (paired, 15 loads each): 5–9 % less main-thread time for a page with one element or with five,
 * for about 0.065 MB more JS heap (bytecode of the functions a page does not call). On the core
 * alone it gives the whole gain. Given to the loader, the core, the elements' chunks and the
 * one-file bundles; not to the schema and hydration chunks, which only some pages load.
 * Added after minification, which would drop the comment.
 */
const COMPILED_ON_LOAD = /^(souverain|core|sov-[a-z]+)$/;
const compileHint = {
  name: 'souverain-compile-hint',
  renderChunk(code, chunk) {
    return COMPILED_ON_LOAD.test(chunk.name) ? { code: `//# allFunctionsCalledOnLoad\n${code}`, map: null } : null;
  },
};

export function configs({ minified = true } = {}) {
  const plugins_ = minified ? [minify({ target: 'es2022', legalComments: 'none' }), compileHint] : [];
  // One file each: the hydration code an element imports on demand is inlined.
  const output = (file) => ({ file, format: 'es', inlineDynamicImports: true, plugins: plugins_ });
  return [
    {
      input: { souverain: 'src/loader.ts' },
      output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', manualChunks, plugins: plugins_ },
      // The pack URLs live in the core chunk, one folder below dist/.
      plugins: plugins('../'),
    },
    ...elements.map(({ tag, dir }) => ({
      input: `src/${dir}/${tag}.ts`,
      output: output(`dist/elements/${tag}.js`),
      plugins: plugins('../'),
    })),
  ];
}

export default configs();
