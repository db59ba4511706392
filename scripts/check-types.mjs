// Compiles the framework examples in test/types/ against the built package (`npm run build`
// first): React 19 TSX with tsc, a Vue 3 SFC with vue-tsc, a Svelte 5 component with
// svelte-check. Each imports `souverain` and its framework entry as an application would.
import { execFileSync } from 'node:child_process';

const run = (name, args) => {
  console.log(`types: ${name}`);
  execFileSync('npx', args, { stdio: 'inherit' });
};
run('React 19 (tsc)', ['tsc', '-p', 'test/types/react/tsconfig.json']);
run('Vue 3 (vue-tsc)', ['vue-tsc', '-p', 'test/types/vue/tsconfig.json']);
run('Svelte 5 (svelte-check)', ['svelte-check', '--workspace', 'test/types/svelte', '--tsconfig', './tsconfig.json', '--fail-on-warnings', '--output', 'human']);
