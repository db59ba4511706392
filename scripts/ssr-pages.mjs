// Run by the build after dist/ssr/index.js exists: writes each element's stylesheet to
// dist/ssr/ (what `styles: 'link'` server output links to, for pages whose CSP forbids inline
// styles) and renders the server-rendered demo pages: each `<!-- souverain-ssr: ref options -->`
// comment of demo/*-ssr.html is replaced by the rendered pack.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { renderPack, stylesheets } from '../dist/ssr/index.js';

mkdirSync('dist/ssr', { recursive: true });
for (const [file, css] of Object.entries(stylesheets())) writeFileSync(`dist/ssr/${file}`, css);

for (const page of readdirSync('demo').filter((f) => f.endsWith('-ssr.html'))) {
  const text = readFileSync(`demo/${page}`, 'utf8').replace(/<!-- souverain-ssr: (\S+) (\{.*?\}) -->/g, (_m, ref, json) => renderPack(ref, JSON.parse(json)));
  writeFileSync(`dist/demo/${page}`, text);
}
