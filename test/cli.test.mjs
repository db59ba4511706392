// The `souverain` command line: `html` output round-trips through the elements, `validate`
// reports paths and exit codes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, launch, settle, shownText } from './helpers.mjs';

const cli = (...args) => spawnSync('node', ['bin/souverain.mjs', ...args], { encoding: 'utf8' });

test('validate: the bundled packs are valid (exit 0)', () => {
  const r = cli('validate', 'content/souverainete-numerique.fr.json', 'content/souverainete-numerique.en.json');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /fr\.json: valid/);
});

test('validate: an invalid document prints each path and exits 1', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sov-'));
  try {
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ id: 'x', lang: 'fr', title: 'T', blocks: [{ type: 'table', columns: ['A', 'B'], rows: [['1']] }, { type: 'faq', items: [{ question: 'Q' }] }] }));
    const r = cli('validate', file);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /blocks\[0\]\.rows\[0\]: expected 2 cells, got 1/);
    assert.match(r.stderr, /blocks\[1\]\.items\[0\]\.answer/);
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{ "id": ');
    const r2 = cli('validate', broken);
    assert.equal(r2.status, 1);
    assert.match(r2.stderr, /not valid JSON/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('html: unknown block is an error with exit code 2', () => {
  const r = cli('html', 'souverainete-numerique#nope');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /no block with id "nope"/);
});

test('html: a list term\'s colon follows the language (French no-break space, English none)', () => {
  const en = execFileSync('node', ['bin/souverain.mjs', 'html', 'souverainete-numerique#avantages', '--lang', 'en'], { encoding: 'utf8' });
  assert.match(en, /<\/strong>: \S/);
  assert.doesNotMatch(en, /<\/strong>[\s\u00a0\u202f]+:/);
  const fr = execFileSync('node', ['bin/souverain.mjs', 'html', 'souverainete-numerique#avantages'], { encoding: 'utf8' });
  assert.match(fr, /<\/strong>\u00a0: \S/);
});

test('html: pasted output upgraded by each element shows the same content as the pack', async () => {
  const ids = ['tldr', 'avantages', 'securite', 'checklist', 'faq'];
  const snippets = ids.map((id) => execFileSync('node', ['bin/souverain.mjs', 'html', `souverainete-numerique#${id}`], { encoding: 'utf8' }));
  assert.match(snippets[4], /^<sov-faq>\n/);
  assert.match(snippets[4], /<details id="definition-souverainete">/);
  const { server, origin } = await startServer();
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.goto(`${origin}/demo/index.html`);
    await settle(page);
    const compare = await page.evaluate(async (ids, snippets) => {
      const results = [];
      for (const [i, id] of ids.entries()) {
        const host = document.createElement('div');
        host.lang = 'fr';
        // Test page only: the CLI's output is exactly what an editor pastes into a page.
        host.innerHTML = snippets[i];
        const pasted = host.firstElementChild;
        const packed = document.createElement(pasted.localName);
        packed.setAttribute('content', `souverainete-numerique#${id}`);
        host.append(packed);
        document.body.append(host);
        await new Promise((r) => setTimeout(r, 300));
        await pasted.updateComplete;
        await packed.updateComplete;
        pasted.id = `pasted-${id}`;
        packed.id = `packed-${id}`;
        results.push(id);
      }
      return results;
    }, ids, snippets);
    for (const id of compare) {
      const pasted = await page.$eval(`#pasted-${id}`, shownText);
      const packed = await page.$eval(`#packed-${id}`, shownText);
      assert.ok(packed.length > 40, `${id}: pack rendered`);
      assert.equal(pasted, packed, `${id}: same visible text`);
    }
  } finally {
    await browser.close();
    server.close();
  }
});
