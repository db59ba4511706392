// The peer libraries the benchmark measures beside Souverain, installed as devDependencies and
// served from this machine (no CDN): each one's entry bundled and minified with esbuild into one
// file in dist/bench/peers/, as a page that uses one component would ship it, and its CSS.
//   Lion (@lion/ui): <lion-accordion>, unstyled web components.
//   Shoelace (@shoelace-style/shoelace): <sl-details>, <sl-checkbox>, with the light theme.
//   GOV.UK Frontend (govuk-frontend): accordion, table and checkboxes, classes on plain HTML, with
//   the rules of those components only (taken from its compiled stylesheet) and its JavaScript.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const pkg = (name) => JSON.parse(readFileSync(new URL(`../node_modules/${name}/package.json`, import.meta.url), 'utf8')).version;
export const versions = () => ({ lion: pkg('@lion/ui'), shoelace: pkg('@shoelace-style/shoelace'), govuk: pkg('govuk-frontend') });

/**
 * Keeps the rules of a minified stylesheet whose selectors name one of `keep` (and `:root`, for
 * the custom properties), inside @media/@supports too; drops @font-face (fonts a page would load
 * from elsewhere).
 */
export function pickRules(css, keep) {
  let i = 0;
  function block() {
    let out = '';
    while (i < css.length && css[i] !== '}') {
      const open = css.indexOf('{', i);
      const semi = css.indexOf(';', i);
      if (open < 0) break;
      if (semi >= 0 && semi < open) {
        // A statement at-rule (@charset, @import): dropped.
        i = semi + 1;
        continue;
      }
      const prelude = css.slice(i, open).trim();
      i = open + 1;
      if (/^@(media|supports|layer|container)/.test(prelude)) {
        const inner = block();
        i++; // the closing brace
        if (inner) out += `${prelude}{${inner}}`;
        continue;
      }
      let depth = 1;
      const start = i;
      while (depth) {
        if (css[i] === '{') depth++;
        if (css[i] === '}') depth--;
        i++;
      }
      const body = css.slice(start, i - 1);
      if (prelude.startsWith('@')) continue;
      if (prelude === ':root' || keep.some((k) => prelude.includes(k))) out += `${prelude}{${body}}`;
    }
    return out;
  }
  return block();
}

const entries = {
  'lion-accordion': "import '@lion/ui/define/lion-accordion.js';",
  'shoelace-details': "import '@shoelace-style/shoelace/dist/components/details/details.js';",
  'shoelace-checkbox': "import '@shoelace-style/shoelace/dist/components/checkbox/checkbox.js';",
  'govuk-accordion': "import { Accordion, createAll } from 'govuk-frontend'; createAll(Accordion);",
  'govuk-checkboxes': "import { Checkboxes, createAll } from 'govuk-frontend'; createAll(Checkboxes);",
};

/** Writes the peers' files into `dir` (dist/bench/peers). */
export async function buildPeers(dir) {
  mkdirSync(dir, { recursive: true });
  for (const [name, contents] of Object.entries(entries)) {
    await build({
      stdin: { contents, resolveDir: process.cwd(), loader: 'js' },
      bundle: true,
      minify: true,
      format: 'esm',
      target: 'es2022',
      legalComments: 'none',
      conditions: ['production'],
      outfile: `${dir}/${name}.js`,
      logLevel: 'error',
    });
  }
  writeFileSync(`${dir}/shoelace-light.css`, readFileSync(new URL('../node_modules/@shoelace-style/shoelace/dist/themes/light.css', import.meta.url)));
  const govuk = readFileSync(new URL('../node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.css', import.meta.url), 'utf8');
  const base = ['govuk-template', 'govuk-body', 'govuk-heading', 'govuk-visually-hidden', 'govuk-frontend-supported'];
  writeFileSync(`${dir}/govuk-accordion.css`, pickRules(govuk, [...base, 'govuk-accordion']));
  writeFileSync(`${dir}/govuk-table.css`, pickRules(govuk, [...base, 'govuk-table']));
  writeFileSync(`${dir}/govuk-checkboxes.css`, pickRules(govuk, [...base, 'govuk-checkboxes', 'govuk-fieldset', 'govuk-form-group', 'govuk-label']));
}
