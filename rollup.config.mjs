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

const plugins = (prefix) => [
  packUrls(prefix),
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
