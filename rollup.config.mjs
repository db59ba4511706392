// Production bundles: `dist/souverain.js`, the loader (it loads each element's chunk from
// `dist/chunks/` when the page uses it, with one shared core chunk: the CMS/intranet file), and
// `dist/elements/sov-*.js` (one element with Lit in one static file, as a CDN user loads it alone). Content
// packs stay separate JSON files in `dist/content/`, fetched only when an element needs them.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild, { minify } from 'rollup-plugin-esbuild';
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
 * Minifies the CSS inside Lit's css`` templates of our sources (comments, whitespace). Safe
 * because those templates hold no `${}` interpolation; a template that does is left as is.
 */
export function minifyCss() {
  return {
    name: 'souverain-minify-css',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      const out = code.replace(/css`([^`]*)`/g, (whole, body) =>
        body.includes('${')
          ? whole
          : `css\`${body
              .replace(/\/\*[\s\S]*?\*\//g, '')
              .replace(/\s+/g, ' ')
              .replace(/\s*([{};])\s*/g, '$1')
              .replace(/([,:])\s+/g, '$1')
              .replace(/;}/g, '}')
              .trim()}\``
      );
      return { code: out, map: null };
    },
  };
}

/**
 * Drops the indentation between tags in Lit's html`` templates of our sources: whitespace that
 * contains a line break and touches a tag or an expression boundary. Each such run would
 * otherwise become a text node in every rendered item (thousands in a long FAQ or table).
 * Whitespace on one line (between words, or between `${a} ${b}`) is kept.
 */
export function collapseTemplates() {
  const squeeze = (text) => text.replace(/>\s*\n\s*/g, '>').replace(/\s*\n\s*</g, '<').replace(/^\s*\n\s*$/, '');
  // Copies a `${…}` expression starting at `i` (just after `${`), processing nested templates.
  function expression(code, i) {
    let out = '';
    let depth = 1;
    while (i < code.length && depth > 0) {
      const d = code[i];
      if (d === '`') {
        const [inner, next] = template(code, i + 1, /html$/.test(out.slice(-4)));
        out += '`' + inner;
        i = next;
        continue;
      }
      if (d === '{') depth++;
      if (d === '}') depth--;
      out += d;
      i++;
    }
    return [out, i];
  }
  // Processes a template literal from just after its opening backtick; only html`` text is squeezed.
  function template(code, start, isHtml) {
    const finish = isHtml ? squeeze : (text) => text;
    let out = '';
    let segment = '';
    let i = start;
    while (i < code.length) {
      const c = code[i];
      if (c === '\\') {
        segment += c + code[i + 1];
        i += 2;
      } else if (c === '`') {
        return [out + finish(segment) + '`', i + 1];
      } else if (c === '$' && code[i + 1] === '{') {
        const [inner, next] = expression(code, i + 2);
        out += finish(segment) + '${' + inner;
        segment = '';
        i = next;
      } else {
        segment += c;
        i++;
      }
    }
    return [out + segment, i];
  }
  return {
    name: 'souverain-collapse-templates',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('html`')) return null;
      let out = '';
      let i = 0;
      for (;;) {
        const at = code.indexOf('html`', i);
        if (at < 0) break;
        out += code.slice(i, at + 5);
        const [inner, next] = template(code, at + 5, true);
        out += inner;
        i = next;
      }
      return { code: out + code.slice(i), map: null };
    },
  };
}

const plugins = (prefix) => [
  packUrls(prefix),
  minifyCss(),
  collapseTemplates(),
  nodeResolve({ exportConditions: ['production'] }),
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', legalComments: 'none' }),
];

/**
 * The loader build's chunks: the loader stays in `souverain.js`, each element's folder becomes the
 * chunk its dynamic import names, and everything else they share (Lit, the content model and
 * parser, controllers, styles, strings) is one `core` chunk, loaded once for all elements.
 */
function manualChunks(id) {
  if (/\/src\/(loader|containers)\.ts$/.test(id)) return undefined;
  if (/\/src\/(tldr|list|table|checklist|faq|article)\//.test(id)) return undefined;
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
    output: { file: 'dist/ssr/index.js', format: 'es' },
    plugins: [packUrls('../'), minifyCss(), collapseTemplates(), esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', legalComments: 'none' })],
  };
}

export function configs({ minified = true } = {}) {
  const plugins_ = minified ? [minify({ target: 'es2022', legalComments: 'none' })] : [];
  const output = (file) => ({ file, format: 'es', plugins: plugins_ });
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
