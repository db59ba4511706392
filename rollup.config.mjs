// Production bundles: `dist/souverain.js` (every element, Lit inside — the CMS/intranet file)
// and `dist/elements/sov-*.js` (one element with Lit, as a CDN user loads it alone). Content
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

const plugins = (prefix) => [
  packUrls(prefix),
  minifyCss(),
  nodeResolve({ exportConditions: ['production'] }),
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', legalComments: 'none' }),
];

export function configs({ minified = true } = {}) {
  const output = (file) => ({ file, format: 'es', plugins: minified ? [minify({ target: 'es2022', legalComments: 'none' })] : [] });
  return [
    { input: 'src/souverain.ts', output: output('dist/souverain.js'), plugins: plugins('./') },
    ...elements.map(({ tag, dir }) => ({
      input: `src/${dir}/${tag}.ts`,
      output: output(`dist/elements/${tag}.js`),
      plugins: plugins('../'),
    })),
  ];
}

export default configs();
