// Packs the npm tarball and checks it with publint and @arethetypeswrong/cli.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const out = execFileSync('npm', ['pack', '--silent'], { encoding: 'utf8' }).trim().split('\n').pop();
try {
  execFileSync('npx', ['publint', '--strict', out], { stdio: 'inherit' });
  execFileSync('npx', ['attw', out, '--profile', 'esm-only', '--format', 'ascii'], { stdio: 'inherit' });
} finally {
  rmSync(out, { force: true });
}
