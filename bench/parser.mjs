// `node bench/parser.mjs`: time of `parseInline` on pathological inputs of growing length, to
// check that the inline parser stays linear. `--rev <commit>` measures the parser of another
// commit instead (read with `git show`), `SIZES=1000,10000` picks the lengths, `ROUNDS` the tries. Prints one line
// per input: milliseconds per size (best of the tries), and the ratio between the two largest sizes
// (10 for linear growth over a tenfold size, 100 for quadratic).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const rev = process.argv.includes('--rev') ? process.argv[process.argv.indexOf('--rev') + 1] : undefined;
const rounds = Number(process.env.ROUNDS ?? 3);
const sizes = (process.env.SIZES ?? '1000,10000,100000').split(',').map(Number);

const source = rev ? execFileSync('git', ['show', `${rev}:src/content/inline.ts`], { encoding: 'utf8', maxBuffer: 1 << 24 }) : undefined;
const dir = mkdtempSync(join(tmpdir(), 'souverain-parser-'));
const outfile = join(dir, 'inline.mjs');
await build({
  ...(source ? { stdin: { contents: source, loader: 'ts', resolveDir: 'src/content', sourcefile: 'inline.ts' } } : { entryPoints: ['src/content/inline.ts'] }),
  bundle: true,
  format: 'esm',
  outfile,
  logLevel: 'error',
});
const { parseInline } = await import(pathToFileURL(outfile).href);
rmSync(dir, { recursive: true });

const fill = (unit, n) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
const half = (open, close, n) => open.repeat(Math.floor(n / (open.length + close.length))) + close.repeat(Math.floor(n / (open.length + close.length)));
const inputs = {
  '[': (n) => '['.repeat(n),
  '[x … ]()': (n) => half('[x', ']()', n),
  '*a': (n) => fill('*a', n),
  '_': (n) => '_'.repeat(n),
  '*…a…*': (n) => half('*', '', n / 2) + 'a' + '*'.repeat(n / 2),
  '*a … a*': (n) => half('*a ', ' a*', n),
  '`…` runs 1,2,3…': (n) => {
    let s = '';
    for (let k = 1; s.length < n; k++) s += `${'`'.repeat(k)}a`;
    return s.slice(0, n);
  },
  '`a': (n) => fill('`a', n),
  '](': (n) => fill('](', n),
  '[ … ](()': (n) => half('[', '](()', n),
  '[](<': (n) => fill('[](<', n),
  '[](x "': (n) => fill('[](x "', n),
  '\\*': (n) => fill('\\*', n),
  prose: (n) => fill('Le **code** [ouvert](https://fr.wikipedia.org/wiki/Code_(informatique)) est *auditable* et `libre`, snake_case. ', n),
};

const time = (input) => {
  let best = Infinity;
  for (let round = 0; round < rounds; round++) {
    const start = performance.now();
    try {
      parseInline(input);
    } catch (error) {
      return error.constructor.name;
    }
    best = Math.min(best, performance.now() - start);
  }
  return best;
};

console.log(`parseInline ${rev ? `at ${rev}` : '(working tree)'}, best of ${rounds}, ms — sizes ${sizes.join(', ')}`);
for (const [name, make] of Object.entries(inputs)) {
  const times = sizes.map((n) => time(make(n)));
  const [a, b] = times.slice(-2);
  const ratio = typeof a === 'number' && typeof b === 'number' && a > 0.05 ? ` ×${(b / a).toFixed(1)}` : '';
  console.log(`${name.padEnd(18)} ${times.map((t) => (typeof t === 'number' ? t.toFixed(2) : t).padStart(11)).join('')}${ratio}`);
}
