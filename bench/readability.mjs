// How much of the article a reader view gets: Mozilla Readability (what Firefox's reader view
// runs) on each way of putting the bundled article on a page, counting the article's sentences
// that reach its output. Readability reads the page's DOM as a clone of the document, which has
// no shadow roots: content that an element shows only in its shadow root is invisible to it.
//   node bench/readability.mjs          a table per source, into the console and bench/readability.md
// Sources: the CLI's static HTML, the server-rendered HTML (souverain/ssr), each element's
// authored HTML upgraded in the browser, and <sov-article> from the pack, from `src` and from
// `data`. Needs `npm run build` first.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { serve } from '../scripts/serve.mjs';
import { launchBenchBrowser } from './load.mjs';

const PACK = 'souverainete-numerique';

/** Every sentence of the pack's text of at least five words (whitespace collapsed). */
export async function articleSentences(lang = 'fr') {
  const { validateDocument } = await import('../dist/lib/content/schema.js');
  const { inlineText, richText } = await import('../dist/lib/content/rich-text.js');
  const doc = validateDocument(JSON.parse(readFileSync(`content/${PACK}.${lang}.json`, 'utf8')));
  if (!doc.ok) throw new Error('the bundled pack is invalid');
  const texts = [doc.value.title ? String(doc.value.title) : ''];
  const add = (nodes) => nodes && texts.push(inlineText(nodes));
  for (const b of doc.value.blocks) {
    if (b.type === 'paragraph') texts.push(richText(b.text));
    else if (b.type === 'heading') add(b.text);
    else if (b.type === 'tldr') [b.title, ...b.items].forEach(add);
    else if (b.type === 'list') [b.title, ...b.items.flatMap((i) => [i.term, i.text])].forEach(add);
    else if (b.type === 'table') [b.caption, ...b.columns, ...b.rows.flat()].forEach(add);
    else if (b.type === 'checklist') [b.title, ...b.items.map((i) => i.text)].forEach(add);
    else if (b.type === 'faq') {
      add(b.title);
      for (const i of b.items) texts.push(inlineText(i.question), richText(i.answer));
    }
  }
  return texts
    .flatMap((t) => normalise(t).split(/(?<=[.!?…])\s+/))
    .map((s) => s.replace(/^[^\p{L}\p{N}«"]+/u, '').trim())
    .filter((s) => s.split(' ').length >= 5);
}

export const normalise = (text) => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

/** The sentences of `sentences` that Readability's text of `html` (a whole page) contains. */
export function readerHas(html, sentences, url = 'http://127.0.0.1/') {
  const { window } = new JSDOM(html, { url });
  const article = new Readability(window.document).parse();
  const text = normalise(`${article?.title ?? ''} ${article?.textContent ?? ''}`);
  return sentences.filter((s) => text.includes(s));
}

const page = (body, head = '') => `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>L’open source et la souveraineté numérique</title>${head}</head><body><main>${body}</main></body></html>`;

async function main() {
  const sentences = await articleSentences('fr');
  const cli = (...args) => execFileSync('node', ['bin/souverain.mjs', 'html', PACK, '--lang', 'fr', ...args], { encoding: 'utf8' });
  const script = '<script type="module" src="/souverain.js"></script>';
  const dir = 'dist/bench/readability';
  mkdirSync(dir, { recursive: true });
  // Static pages are read as they are served; the others after the elements have rendered.
  // The article's three icon lists alone: as printed, and as <sov-list> elements from the pack
  // (the first element shown in place: its content is in the light DOM a reader view clones).
  const LISTS = ['avantages', 'mesures', 'benefices'];
  const lists = LISTS.map((id) => execFileSync('node', ['bin/souverain.mjs', 'html', `${PACK}#${id}`, '--lang', 'fr'], { encoding: 'utf8' })).join('\n');
  // The TL;DR and the FAQ alone, the next elements shown in place.
  const tldr = execFileSync('node', ['bin/souverain.mjs', 'html', `${PACK}#tldr`, '--lang', 'fr'], { encoding: 'utf8' });
  const faq = execFileSync('node', ['bin/souverain.mjs', 'html', `${PACK}#faq`, '--lang', 'fr'], { encoding: 'utf8' });
  const staticPages = {
    'static HTML (souverain html)': page(cli()),
    'server-rendered (souverain html --ssr)': page(cli('--ssr')),
    'the three icon lists, static HTML': page(lists),
    'the TL;DR, static HTML': page(tldr),
    'the FAQ, static HTML': page(faq),
  };
  const live = {
    'authored HTML, upgraded': page(cli(), script),
    'pack (content=…)': page(`<sov-article content="${PACK}" lang="fr"></sov-article>`, script),
    src: page(`<sov-article src="/content/${PACK}.fr.json" lang="fr"></sov-article>`, script),
    data: page('<sov-article lang="fr"></sov-article>', `${script}<script type="module" src="data.js"></script>`),
    'the three icon lists, <sov-list content=…#id>': page(LISTS.map((id) => `<sov-list content="${PACK}#${id}" lang="fr"></sov-list>`).join('\n'), script),
    'the TL;DR, <sov-tldr content=…#tldr>': page(`<sov-tldr content="${PACK}#tldr" lang="fr"></sov-tldr>`, script),
    'the FAQ, <sov-faq content=…#faq>': page(`<sov-faq content="${PACK}#faq" lang="fr"></sov-faq>`, script),
  };
  writeFileSync(`${dir}/data.js`, `const doc = await (await fetch('/content/${PACK}.fr.json')).json();\ndocument.querySelector('sov-article').data = doc;\n`);
  const rows = [];
  for (const [name, html] of Object.entries(staticPages)) rows.push([name, readerHas(html, sentences).length]);
  const server = await serve('dist', 0);
  const browser = await launchBenchBrowser();
  try {
    for (const [i, [name, html]] of Object.entries(live).entries()) {
      writeFileSync(`${dir}/${i}.html`, html);
      const tab = await browser.newPage();
      await tab.goto(`http://127.0.0.1:${server.address().port}/bench/readability/${i}.html`);
      await tab.waitForFunction(
        async () => {
          const els = [...document.querySelectorAll('sov-tldr, sov-list, sov-table, sov-checklist, sov-faq, sov-article')];
          if (!els.length || els.some((el) => !customElements.get(el.localName))) return false;
          await Promise.all(els.map((el) => el.updateComplete));
          return els.every((el) => el.shadowRoot?.querySelector('.root:not(.loading)') && !el.shadowRoot.querySelector('.loading'));
        },
        { timeout: 30000, polling: 100 }
      );
      // What a reader view clones: the document, without shadow roots.
      const dom = await tab.evaluate(() => `<!doctype html>${document.documentElement.outerHTML}`);
      rows.push([name, readerHas(dom, sentences, tab.url()).length]);
      await tab.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  const table = [`Sentences of the article (${sentences.length}, French pack) that Mozilla Readability extracts, by source:`, '', '| source | sentences | share |', '|---|---:|---:|', ...rows.map(([n, c]) => `| ${n} | ${c} | ${Math.round((100 * c) / sentences.length)} % |`)].join('\n');
  console.log(table);
  writeFileSync('bench/readability.md', `${table}\n\nWritten by \`node bench/readability.mjs\`.\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
