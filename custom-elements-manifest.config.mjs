// Custom Elements Manifest analyzer configuration (`cem analyze`, run by scripts/build.mjs).
// Our own plugin makes the manifest describe the published package: module paths name the
// shipped JavaScript (`dist/lib/…/*.js`, as the schema asks) rather than `src/*.ts`, the
// generic `customElements.define(tag, …)` inside src/define.ts is not reported as an element,
// each `sov-*.js` module declares the tag it registers, and every element also lists the
// global tokens documented on its base class (the analyzer inherits members, not CSS
// properties). The maintained break-stuff plugins then write editor data and JSX and Vue types
// into dist/ from that manifest (scripts/types.mjs adds the React entry and Svelte 5 types).
import { posix } from 'node:path';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';

const shipped = (path) => path.replace(/^\/?src\/(.*)\.[jt]s$/, 'dist/lib/$1.js');

/** Rewrites every `path` and `module` reference (relative ones from `from`) to the shipped module. */
function toShipped(node, from) {
  if (Array.isArray(node)) return node.forEach((n) => toShipped(n, from));
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'path' || key === 'module') && typeof value === 'string') {
      node[key] = shipped(value.startsWith('.') ? posix.join(posix.dirname(from), value) : value);
    } else toShipped(value, from);
  }
}

const souverain = {
  name: 'souverain-manifest',
  packageLinkPhase({ customElementsManifest: manifest }) {
    const decls = manifest.modules.flatMap((m) => m.declarations ?? []);
    const base = decls.find((d) => d.name === 'SovElement');
    for (const d of decls) {
      if (!d.customElement || d.superclass?.name !== 'SovElement' || !base?.cssProperties) continue;
      const own = new Set((d.cssProperties ?? []).map((p) => p.name));
      d.cssProperties = [...(d.cssProperties ?? []), ...base.cssProperties.filter((p) => !own.has(p.name))];
    }
    const elements = decls.filter((d) => d.customElement && d.tagName);
    for (const mod of manifest.modules) {
      // `define(tag, constructor)` is a helper, not an element named `tag`.
      mod.exports = (mod.exports ?? []).filter((e) => e.kind !== 'custom-element-definition' || elements.some((d) => d.tagName === e.name));
      const registered = mod.path.match(/\/(sov-[a-z-]+)\.ts$/)?.[1];
      const element = elements.find((d) => d.tagName === registered);
      if (!element) continue;
      const home = manifest.modules.find((m) => m.declarations?.includes(element));
      mod.exports.push({ kind: 'custom-element-definition', name: element.tagName, declaration: { name: element.name, module: home.path } });
    }
    for (const mod of manifest.modules) toShipped(mod, mod.path);
  },
};

// Framework types take each class and event detail type from the main entry (relative to dist/types/).
const types = { outdir: 'dist/types', globalTypePath: '../lib/souverain.js', hideLogs: true };

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/test-utils/**'],
  litelement: true,
  plugins: [
    souverain,
    customElementVsCodePlugin({ outdir: 'dist', htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json', hideLogs: true }),
    customElementJetBrainsPlugin({ outdir: 'dist', webTypesFileName: 'web-types.json', hideLogs: true }),
    customElementJsxPlugin({ ...types, fileName: 'jsx.d.ts' }),
    customElementVuejsPlugin({ ...types, fileName: 'vue.d.ts' }),
  ],
};
