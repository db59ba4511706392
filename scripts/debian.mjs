// Debian packages for the suites that run real systems (WordPress, MariaDB, PHP…): checks what is
// there and, as root on Debian, installs what is missing, saying so. Elsewhere it names the reason
// the suite cannot run, so the caller can skip it out loud.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

/** Why Debian packages cannot be installed here, or undefined when they can. */
export function cannotInstall() {
  if (process.getuid?.() !== 0) return 'not running as root';
  if (!existsSync('/etc/debian_version') || !existsSync('/usr/bin/apt-get')) return 'not a Debian system (no apt-get)';
  return undefined;
}

/**
 * Installs the packages whose check fails. `wanted` maps a package name to a function telling
 * whether it is usable. Returns the names still missing afterwards (empty when all are there).
 */
export function ensureDebianPackages(wanted) {
  const missing = () => Object.entries(wanted).filter(([, ok]) => !ok()).map(([name]) => name);
  const before = missing();
  if (!before.length) return [];
  if (cannotInstall() || process.env.SOUVERAIN_NO_APT === '1') return before;
  console.log(`Installing missing Debian packages: ${before.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...before], { stdio: 'inherit', env });
  return missing();
}
