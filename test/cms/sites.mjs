// Shared by the site-generator tests: the page a tiny site builds with each integration, the
// bundle copied where the docs tell users to put it, and the check of the built page in
// headless Chromium (every widget upgraded with the pack's text, zero console messages).
import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { serve } from '../../scripts/serve.mjs';
import { settle, shownText } from '../helpers.mjs';

const pack = JSON.parse(readFileSync(new URL('../../content/souverainete-numerique.fr.json', import.meta.url), 'utf8'));
const block = (id) => pack.blocks.find((b) => b.id === id);
export const FAQ_QUESTION = block('faq').items[0].question;
export const TABLE_CELL = block('securite').rows[0][0];

/** Copies the bundle as the docs say: souverain.js, its chunks and the packs, under `dir`. */
export function copyBundle(dir) {
  const dist = new URL('../../dist/', import.meta.url).pathname;
  mkdirSync(dir, { recursive: true });
  cpSync(join(dist, 'souverain.js'), join(dir, 'souverain.js'));
  for (const sub of ['chunks', 'content']) if (existsSync(join(dist, sub))) cpSync(join(dist, sub), join(dir, sub), { recursive: true });
}

/** Installs a Debian package when its command is missing (root on Debian only), as the browsers are. */
export function ensureCommand(command, pkg) {
  const has = () => {
    try {
      execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  };
  if (has()) return;
  if (process.getuid?.() === 0 && existsSync('/etc/debian_version') && process.env.SOUVERAIN_NO_APT !== '1') {
    console.log(`Installing the Debian package ${pkg} (for \`${command}\`)`);
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', pkg], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  }
  if (!has()) throw new Error(`\`${command}\` is missing: install ${pkg} (Debian: apt-get install ${pkg}).`);
}

/**
 * Serves `root` on 127.0.0.1, opens `path` and returns what a reader meets: each element's
 * shadow text, errors shown, console messages, the script tags.
 */
export async function visit(browser, root, path) {
  const server = await serve(root, 0);
  const page = await browser.newPage();
  const messages = [];
  page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => messages.push(`request failed: ${r.url()}`));
  try {
    await page.goto(`http://127.0.0.1:${server.address().port}${path}`);
    // Containers become elements once the loader has seen them; then every element settles.
    const upgraded = () => [...document.querySelectorAll('[data-sov]')].every((c) => [...c.children].some((k) => k.localName.startsWith('sov-')));
    await page.waitForFunction(upgraded, { timeout: 15000 });
    await settle(page);
    const found = await page.evaluate(() => {
      const elements = [...document.querySelectorAll('*')].filter((el) => /^sov-/.test(el.localName));
      return {
        scripts: document.querySelectorAll('script[type="module"]').length,
        elements: elements.map((el) => ({
          tag: el.localName,
          inContainer: el.parentElement?.hasAttribute('data-sov') ?? false,
          error: Boolean(el.shadowRoot?.querySelector('[part~="error"]')),
          checked: [...(el.shadowRoot?.querySelectorAll('input[type="checkbox"]') ?? [])].map((i) => i.checked),
        })),
        containers: document.querySelectorAll('[data-sov]').length,
      };
    });
    // The text each element shows, in the same (document) order.
    const handles = await page.$$('sov-tldr, sov-list, sov-table, sov-checklist, sov-faq, sov-article');
    const texts = await Promise.all(handles.map(async (handle) => ((await handle.evaluate((el) => !!el.shadowRoot)) ? page.evaluate(shownText, handle) : '')));
    return { messages, ...found, elements: found.elements.map((element, i) => ({ ...element, text: texts[i] })) };
  } finally {
    await page.close();
    server.close();
  }
}
