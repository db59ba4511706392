// Reader views (Mozilla Readability, what Firefox's reader view runs, in jsdom): every sentence of
// the bundled article reaches them from the HTML that `souverain html` prints and from the
// server-rendered HTML of `souverain html --ssr`. The sources rendered in the browser are measured
// by `node bench/readability.mjs` (bench/readability.md); of those, the elements shown in place
// (their content is native HTML in their light DOM, which a reader view clones) are tested here
// from a pack, `src` and `data`, block by block. The others still show pack, `src` and `data`
// content in their shadow root only, which a reader view does not see (the rendering issue).
// Needs `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { articleSentences, readerHas } from '../bench/readability.mjs';
import { launch, settle, startServer, SHOWN_IN_PLACE } from './helpers.mjs';

const page = (body, title = 'L’open source et la souveraineté numérique') => `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${title}</title></head><body><main>${body}</main></body></html>`;
const cli = (...args) => page(execFileSync('node', ['bin/souverain.mjs', 'html', 'souverainete-numerique', '--lang', 'fr', ...args], { encoding: 'utf8' }));

for (const [name, args] of [['souverain html', []], ['souverain html --ssr', ['--ssr']]]) {
  test(`every sentence of the article reaches Readability from the HTML of ${name}`, async () => {
    const sentences = await articleSentences('fr');
    assert.ok(sentences.length > 100, `${sentences.length} sentences`);
    const got = new Set(readerHas(cli(...args), sentences));
    assert.deepEqual(sentences.filter((s) => !got.has(s)), []);
  });
}

test('the measure can fail: a page without the article gives none of its sentences', async () => {
  const sentences = await articleSentences('fr');
  assert.deepEqual(readerHas(page('<h1>Autre chose</h1><p>Un texte sans rapport, assez long pour être lu comme un article par Readability.</p>', 'Autre chose'), sentences), []);
});

// Each block of the bundled article that an element shown in place displays, from each JSON
// source, in Chromium: what the reader view gets from the page (the document as Readability
// clones it, without shadow roots) holds every sentence it gets from the block's static HTML.
const PACK = 'souverainete-numerique';
const doc = JSON.parse(readFileSync(`content/${PACK}.fr.json`, 'utf8'));
const blocks = doc.blocks.filter((b) => SHOWN_IN_PLACE.includes(`sov-${b.type}`));
const script = '<script type="module" src="/souverain.js"></script>';
const sources = {
  pack: (tag, id) => [`<${tag} content="${PACK}#${id}" lang="fr"></${tag}>`, script],
  src: (tag, id) => [`<${tag} src="/content/${PACK}.fr.json#${id}" lang="fr"></${tag}>`, script],
  // The block set as the element's `data` property by a module of the page (the CSP forbids
  // inline scripts), which then loads the library: the element upgrades with its data.
  data: (tag, id) => [`<${tag} lang="fr"></${tag}>`, `<script type="module" src="data-${id}.js"></script>`],
};

test('every sentence of the blocks shown in place reaches Readability from a pack, src and data', async () => {
  assert.ok(blocks.length >= 5, `${blocks.length} blocks`);
  const all = await articleSentences('fr');
  // The pages, served from dist/ beside the bundle.
  const dir = mkdtempSync('dist/readability-');
  const { server, origin } = await startServer();
  const browser = await launch();
  try {
    for (const block of blocks) {
      const tag = `sov-${block.type}`;
      const html = execFileSync('node', ['bin/souverain.mjs', 'html', `${PACK}#${block.id}`, '--lang', 'fr'], { encoding: 'utf8' });
      const expected = readerHas(page(html), all);
      assert.ok(expected.length > 0, `${block.id}: its static HTML gives sentences of the article`);
      writeFileSync(`${dir}/data-${block.id}.js`, `const doc = await (await fetch('/content/${PACK}.fr.json')).json();\ndocument.querySelector('${tag}').data = doc.blocks.find((b) => b.id === '${block.id}');\nawait import('/souverain.js');\n`);
      for (const [source, make] of Object.entries(sources)) {
        const [body, head] = make(tag, block.id);
        const file = `${block.id}-${source}.html`;
        writeFileSync(`${dir}/${file}`, page(body).replace('</head>', `${head}</head>`));
        const tab = await browser.newPage();
        await tab.goto(`${origin}/${basename(dir)}/${file}`);
        await settle(tab);
        const dom = await tab.evaluate(() => `<!doctype html>${document.documentElement.outerHTML}`);
        const got = new Set(readerHas(dom, all, tab.url()));
        assert.deepEqual(expected.filter((s) => !got.has(s)), [], `${tag} #${block.id} from ${source}`);
        await tab.close();
      }
    }
  } finally {
    await browser.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
