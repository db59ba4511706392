// Finds the browsers this machine has, for the test runner and the benchmark. On Debian as
// root, `ensureBrowsers()` installs the missing Debian packages first, saying so.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const which = (names) => names.find((p) => existsSync(p));

export function findBrowsers() {
  return {
    chromium: process.env.CHROME_PATH || which(['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome']),
    firefox: process.env.FIREFOX_PATH || which(['/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox']),
    webkitDriver: which(['/usr/bin/WebKitWebDriver']),
    miniBrowser: which(['/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/libexec/webkit2gtk-4.1/MiniBrowser']),
    xvfb: which(['/usr/bin/Xvfb']),
  };
}

const PACKAGES = { chromium: 'chromium', firefox: 'firefox-esr', webkitDriver: 'webkit2gtk-driver', xvfb: 'xvfb' };

export function ensureBrowsers() {
  const found = findBrowsers();
  const missing = Object.entries(PACKAGES).filter(([key]) => !found[key]).map(([, pkg]) => pkg);
  const isDebianRoot = process.getuid?.() === 0 && existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
  if (missing.length && isDebianRoot && process.env.SOUVERAIN_NO_APT !== '1') {
    console.log(`Installing missing Debian packages: ${missing.join(' ')}`);
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    return findBrowsers();
  }
  return found;
}

// Chromium flags that keep it off the network and working as root (see the README).
export const chromiumArgs = [
  '--no-sandbox',
  '--headless=new',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost, EXCLUDE 127.0.0.1',
];
