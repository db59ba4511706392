// How fast over-limit content is refused: each input is ten times over one limit of the
// content model (LIMITS in src/content/schema.ts). Run after `npm run build`:
//   node bench/limits.mjs
// Prints the median of 5 validations per case, in milliseconds. A benchmark, not a test.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { LIMITS, validateBlock, validateDocument } from '../dist/lib/content/schema.js';

const pack = JSON.parse(readFileSync(new URL('../dist/content/souverainete-numerique.fr.json', import.meta.url), 'utf8'));
let deep = 'x';
for (let i = 0; i < LIMITS.jsonDepth * 10; i++) deep = { type: 'strong', children: [deep] };
let markdownDeep = 'x';
for (let i = 0; i < LIMITS.depth * 10; i++) markdownDeep = `*${markdownDeep}*`;

const cases = {
  'the bundled pack (valid, 32 blocks)': () => validateDocument(pack),
  [`inline text, ${LIMITS.inlineLength * 10} characters`]: () => validateBlock({ type: 'tldr', title: 'x'.repeat(LIMITS.inlineLength * 10), items: ['a'] }),
  [`inline text, ${LIMITS.inlineLength * 10} "[" characters`]: () => validateBlock({ type: 'tldr', title: '['.repeat(LIMITS.inlineLength * 10), items: ['a'] }),
  [`rich text, ${LIMITS.richLength * 10} characters`]: () => validateBlock({ type: 'faq', items: [{ question: 'Q', answer: 'y '.repeat(LIMITS.richLength * 5) }] }),
  [`${LIMITS.items * 10} items`]: () => validateBlock({ type: 'tldr', title: 'T', items: Array.from({ length: LIMITS.items * 10 }, (_, i) => `point ${i}`) }),
  [`tree nested ${LIMITS.jsonDepth * 10} levels`]: () => validateBlock({ type: 'tldr', title: 'T', items: [[deep]] }),
  [`Markdown emphasis nested ${LIMITS.depth * 10} levels`]: () => validateBlock({ type: 'tldr', title: markdownDeep, items: ['a'] }),
};

for (const [name, run] of Object.entries(cases)) {
  const times = [];
  let ok;
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    ok = run().ok;
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log(`${name.padEnd(44)} ${ok ? 'valid  ' : 'refused'} ${times[2].toFixed(2).padStart(8)} ms`);
}
