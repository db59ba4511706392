// Reader views (Mozilla Readability, what Firefox's reader view runs, in jsdom): every sentence of
// the bundled article reaches them from the HTML that `souverain html` prints and from the
// server-rendered HTML of `souverain html --ssr`. The sources rendered in the browser are measured
// by `node bench/readability.mjs` (bench/readability.md): today an element shows pack, `src` and
// `data` content in its shadow root only, which a reader view does not see (the rendering issue).
// Needs `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { articleSentences, readerHas } from '../bench/readability.mjs';

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
