// The WordPress plugin against a real WordPress: Debian's `wordpress` package (installed when
// missing, as root on Debian), a private MariaDB on a socket, PHP's built-in server on loopback.
// The built plugin zip is installed and activated; an Author (no `unfiltered_html`) and an
// Administrator save posts through WordPress's own save path (the REST request the block editor
// sends), and each page is read over HTTP, with and without JavaScript (Chromium).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { cannotInstall, ensureDebianPackages } from '../scripts/debian.mjs';
import { launch, openHydrating, openWithoutScripts, settle, shownText } from './helpers.mjs';

const WORDPRESS = '/usr/share/wordpress';
const ZIP = 'dist/souverain-wordpress.zip';
const phpHas = (module) => existsSync('/usr/bin/php') && execFileSync('php', ['-m'], { encoding: 'utf8' }).split('\n').includes(module);
const PACKAGES = {
  wordpress: () => existsSync(`${WORDPRESS}/wp-settings.php`),
  'wordpress-theme-twentytwentythree': () => existsSync(`${WORDPRESS}/wp-content/themes/twentytwentythree/theme.json`),
  'mariadb-server': () => existsSync('/usr/sbin/mariadbd') && existsSync('/usr/bin/mariadb-install-db'),
  'php-cli': () => existsSync('/usr/bin/php'),
  'php-mysql': () => phpHas('mysqli'),
};

const missing = Object.entries(PACKAGES).filter(([, ok]) => !ok()).map(([name]) => name);
const skip = missing.length && cannotInstall() ? `WordPress suite skipped: ${cannotInstall()}, so the missing Debian packages (${missing.join(' ')}) cannot be installed` : false;
if (skip) console.log(skip);

const pack = {
  fr: JSON.parse(readFileSync('content/souverainete-numerique.fr.json', 'utf8')),
  en: JSON.parse(readFileSync('content/souverainete-numerique.en.json', 'utf8')),
};
const block = (lang, id) => pack[lang].blocks.find((b) => b.id === id);
/** Pack text as a reader sees it: no inline markers, no leading check mark (the elements drop it). */
const plain = (text) => text.replace(/\*\*|__|`/g, '').replace(/^[^\p{L}\p{N}]+/u, '');
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(check, what, timeout = 30000) {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      if (await check()) return;
    } catch {
      // not ready yet
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A child process that must not die before the test ends it. */
function daemon(cmd, args, log) {
  const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const output = [];
  child.stdout.on('data', (d) => output.push(d));
  child.stderr.on('data', (d) => output.push(d));
  child.on('exit', (code) => {
    writeFileSync(log, Buffer.concat(output));
    child.exited = code ?? 'signal';
  });
  return child;
}

function stop(child) {
  if (!child || child.exited !== undefined) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
}

/** The `souverain html --data-sov` output for a pack block: what an editor pastes into a CMS. */
const cliHtml = (ref, lang = 'fr') => execFileSync('node', ['bin/souverain.mjs', 'html', ref, '--lang', lang, '--data-sov'], { encoding: 'utf8' }).trim();

/** An attacker's data-sov-* attributes: handlers that record their name if they ever run, a style, focus. */
const gadget = (name) =>
  [
    ...['onmouseover', 'onpointerenter', 'onclick', 'onfocus', 'onfocusin'].map((h) => `data-sov-${h}="window.__gadget=(window.__gadget||[]).concat('${name}:${h}')"`),
    'data-sov-tabindex="0"',
    'data-sov-autofocus',
    'data-sov-style="position:fixed;inset:0;z-index:2147483647"',
    'data-sov-contenteditable="true"',
    'data-sov-is="x-gadget"',
  ].join(' ');
/** Per element: the pack block its container shows (none: a pack by data-sov-content), a documented attribute, and the one it must become. */
const GADGETS = [
  ['tldr', 'souverainete-numerique#tldr', 'data-sov-tone="warning"', ['tone', 'warning']],
  ['list', 'souverainete-numerique#avantages', 'data-sov-layout="grid"', ['layout', 'grid']],
  ['table', 'souverainete-numerique#securite', 'data-sov-sortable', ['sortable', '']],
  ['checklist', 'souverainete-numerique#checklist', 'data-sov-storage-key="gadget"', ['storage-key', 'gadget']],
  ['faq', 'souverainete-numerique#faq', 'data-sov-searchable', ['searchable', '']],
  ['article', '', 'data-sov-content="souverainete-numerique"', ['content', 'souverainete-numerique']],
];

// The posts: [who, case, content]. Block content goes through do_blocks (no wpautop); classic
// content (no block markup) goes through wpautop.
const FAQ_QUESTION = block('fr', 'faq').items[0].question;
const POSTS = [
  {
    key: 'shortcode-block',
    user: 'author',
    content: `<!-- wp:paragraph -->\n<p>Introduction.</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:shortcode -->\n[souverain element="faq" content="souverainete-numerique#faq" searchable lang="fr"]\n<!-- /wp:shortcode -->\n\n<!-- wp:shortcode -->\n[souverain element="sov-tldr" content="souverainete-numerique"]\n<!-- /wp:shortcode -->`,
  },
  {
    key: 'shortcode-classic',
    user: 'author',
    content: `Introduction.\n\n[souverain element="table" content="souverainete-numerique#securite" sortable="1" stack_below="30rem"]\n\nConclusion.`,
  },
  {
    key: 'block',
    user: 'author',
    content: `<!-- wp:souverain/widget {"element":"checklist","content":"souverainete-numerique#checklist","heading-level":3,"lang":"fr"} /-->\n\n<!-- wp:souverain/widget {"element":"list","content":"souverainete-numerique#avantages","layout":"grid"} /-->`,
  },
  {
    key: 'tags-block',
    user: 'author',
    content: `<!-- wp:html -->\n<sov-table sortable lang="fr">\n  <table>\n    <caption>Comparatif</caption>\n    <thead><tr><th scope="col">Critère</th><th scope="col">Open source</th></tr></thead>\n    <tbody><tr><th scope="row">Audit</th><td>Code lisible par tous</td></tr></tbody>\n  </table>\n</sov-table>\n<!-- /wp:html -->`,
  },
  {
    key: 'hostile-classic',
    user: 'author',
    content: `<script>alert(1)</script>\n\n<sov-faq content="souverainete-numerique#faq" onclick="alert(2)"></sov-faq>\n\n[souverain element="faq" content="souverainete-numerique#faq" onmouseover="alert(3)" src="javascript:alert(4)"]\n\n[souverain element="faq" content='"><script>alert(5)</script>']\n\n[souverain element="<img src=x onerror=alert(6)>"]`,
  },
  {
    key: 'data-sov-block',
    user: 'author',
    content: `<!-- wp:html -->\n${cliHtml('souverainete-numerique#faq').replace('<div data-sov="faq">', '<div data-sov="faq" data-sov-searchable id="ma-faq" class="ma-classe" lang="fr">')}\n<!-- /wp:html -->`,
  },
  {
    key: 'data-sov-classic',
    user: 'author',
    content: `Introduction.\n\n${cliHtml('souverainete-numerique#checklist').replace('<input type="checkbox">', '<input type="checkbox" checked>').replace('<div data-sov="checklist">', '<div data-sov="checklist" lang="fr">')}\n\n${cliHtml('souverainete-numerique#avantages').replace('<div data-sov="list">', '<div data-sov="list" lang="fr">')}\n\n<div data-sov="tldr" data-sov-content="souverainete-numerique#tldr"></div>\n\nConclusion.`,
  },
  {
    key: 'ssr',
    user: 'author',
    content: `<!-- wp:shortcode -->\n[souverain element="faq" content="souverainete-numerique#faq" lang="fr" searchable single]\n<!-- /wp:shortcode -->\n\n<!-- wp:souverain/widget {"element":"table","content":"souverainete-numerique#securite","sortable":true,"stack-below":"30rem","lang":"fr"} /-->\n\n<!-- wp:souverain/widget {"element":"list","content":"souverainete-numerique#avantages","layout":"grid","heading-level":2} /-->\n\n<!-- wp:shortcode -->\n[souverain element="tldr" content="souverainete-numerique#tldr" lang="fr" heading-level="4"]\n<!-- /wp:shortcode -->`,
  },
  { key: 'plain', user: 'author', content: 'Nothing to upgrade here.' },
  {
    // The script gadget of SOV-2026-001: kses keeps any data-* on a div, so an Author could save
    // handlers, a style and focus as data-sov-* attributes; the loader must keep them inert.
    key: 'gadget',
    user: 'author',
    content: `<!-- wp:html -->\n${GADGETS.map(([name, ref, documented]) => (ref ? cliHtml(ref) : `<div data-sov="${name}"></div>`).replace(`<div data-sov="${name}">`, `<div data-sov="${name}" lang="fr" ${documented} ${gadget(name)}>`)).join('\n')}\n<!-- /wp:html -->`,
  },
  {
    key: 'admin-shortcode-classic',
    user: 'admin',
    content: `[souverain element="faq" content="souverainete-numerique#faq" single]`,
  },
  {
    key: 'admin-block',
    user: 'admin',
    content: `<!-- wp:souverain/widget {"element":"table","content":"souverainete-numerique#independance","sortable":true} /-->`,
  },
];

describe('WordPress plugin in a real WordPress', { skip, concurrency: false }, () => {
  const site = {};
  let dir, db, server, browser, saved;
  function php(args, input) {
    const r = spawnSync('php', [join(import.meta.dirname, 'wordpress/cli.php'), site.root, ...args], { input, encoding: 'utf8', env: { ...process.env, WP_TEST_HOME: site.home } });
    if (r.status === 0) return r.stdout;
    const log = existsSync(site.debugLog) ? readFileSync(site.debugLog, 'utf8').split('\n').slice(-20).join('\n') : '';
    throw new Error(`php cli.php ${args.join(' ')} failed (${r.status}):\n${r.stderr}\n${log}`);
  }

  before(async () => {
    const still = ensureDebianPackages(PACKAGES);
    assert.deepEqual(still, [], `Debian packages missing: ${still.join(' ')}`);
    assert.ok(existsSync(ZIP), `${ZIP} is missing: run \`npm run build\` first`);

    dir = mkdtempSync(join(tmpdir(), 'souverain-wp-'));
    // MariaDB: a private server on a socket, no network, no grant tables (nothing else can reach it).
    const data = join(dir, 'db');
    execFileSync('mariadb-install-db', ['--no-defaults', `--datadir=${data}`, '--user=root', '--skip-test-db', '--auth-root-authentication-method=normal'], { stdio: 'ignore' });
    site.socket = join(dir, 'mysqld.sock');
    db = daemon('/usr/sbin/mariadbd', ['--no-defaults', `--datadir=${data}`, `--socket=${site.socket}`, `--pid-file=${join(dir, 'mysqld.pid')}`, '--skip-networking', '--skip-grant-tables', '--user=root', '--innodb-buffer-pool-size=32M', '--innodb-flush-log-at-trx-commit=0', '--skip-log-bin'], join(dir, 'mariadbd.log'));
    await waitFor(() => {
      if (db.exited !== undefined) throw new Error(`mariadbd exited: ${readFileSync(join(dir, 'mariadbd.log'), 'utf8')}`);
      execFileSync('mariadb', ['--no-defaults', '-S', site.socket, '-u', 'root', '-e', 'CREATE DATABASE IF NOT EXISTS wordpress'], { stdio: 'ignore' });
      return true;
    }, 'MariaDB').catch((error) => {
      if (db.exited !== undefined) throw new Error(readFileSync(join(dir, 'mariadbd.log'), 'utf8'));
      throw error;
    });

    // WordPress: Debian's code, linked into a private document root with its own configuration
    // and wp-content (Debian's /etc/wordpress/config-<host>.php would be shared by every run).
    site.root = join(dir, 'site');
    mkdirSync(join(site.root, 'wp-content/plugins'), { recursive: true });
    mkdirSync(join(site.root, 'wp-content/uploads'));
    // The top-level scripts are copied: they find wp-config.php from their own folder (__DIR__).
    for (const name of readdirSync(WORDPRESS)) {
      if (['wp-config.php', 'wp-content', '.htaccess'].includes(name)) continue;
      if (name.endsWith('.php')) copyFileSync(join(WORDPRESS, name), join(site.root, name));
      else symlinkSync(join(WORDPRESS, name), join(site.root, name));
    }
    symlinkSync(`${WORDPRESS}/wp-content/themes`, join(site.root, 'wp-content/themes'));
    site.port = await freePort();
    site.home = `http://127.0.0.1:${site.port}`;
    site.debugLog = join(dir, 'debug.log');
    const salt = (name) => `define( '${name}', '${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}' );`;
    writeFileSync(
      join(site.root, 'wp-config.php'),
      `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:${site.socket}' );
define( 'WP_HOME', '${site.home}' );
define( 'WP_SITEURL', '${site.home}' );
define( 'WP_CONTENT_DIR', __DIR__ . '/wp-content' );
define( 'WP_CONTENT_URL', '${site.home}/wp-content' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', '${site.debugLog}' );
define( 'DISABLE_WP_CRON', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
${['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'].map(salt).join('\n')}
$table_prefix = 'wp_';
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`
    );
    php(['install']);

    // The plugin, as an administrator installs an uploaded zip: unpacked into wp-content/plugins.
    for (const [name, bytes] of Object.entries(unzipSync(readFileSync(ZIP)))) {
      const file = join(site.root, 'wp-content/plugins', name);
      mkdirSync(dirname(file), { recursive: true });
      if (!name.endsWith('/')) writeFileSync(file, bytes);
    }
    assert.deepEqual(JSON.parse(php(['activate'])), { active: true });
    saved = Object.fromEntries(
      JSON.parse(php(['save'], JSON.stringify(POSTS.map((p) => ({ user: p.user, title: p.key, content: p.content }))))).map((p) => [p.title, p])
    );
    server = daemon('php', ['-S', `127.0.0.1:${site.port}`, '-t', site.root], join(dir, 'php-server.log'));
    await waitFor(async () => (await fetch(`${site.home}/`)).ok, 'the PHP server');
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await stop(server);
    await stop(db);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const page = (key) => `${site.home}/?p=${saved[key].id}`;
  const html = async (key) => (await fetch(page(key))).text();

  /** Opens a post in Chromium; returns the page and the console errors and page errors seen. */
  async function open(key) {
    const tab = await browser.newPage();
    const errors = [];
    tab.on('console', (m) => {
      const url = m.location()?.url ?? '';
      // Not souverain's: WordPress's emoji script loads images from s.w.org (unreachable here, as
      // on any offline intranet), and the theme has no favicon.
      if (url.startsWith('https://s.w.org/') || url.endsWith('/favicon.ico')) return;
      if (m.type() === 'error' || m.type() === 'warn') errors.push(`${m.type()}: ${m.text()} (${url})`);
    });
    tab.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    tab.on('dialog', (d) => {
      errors.push(`dialog: ${d.message()}`);
      d.dismiss();
    });
    await tab.goto(page(key), { waitUntil: 'load' });
    await settle(tab);
    return { tab, errors };
  }

  const shadowText = (tab, selector) => tab.$eval(selector, shownText);

  test('the plugin files pass php -l', () => {
    const dirOf = join(site.root, 'wp-content/plugins/souverain');
    const files = execFileSync('find', [dirOf, '-name', '*.php'], { encoding: 'utf8' }).trim().split('\n');
    assert.ok(files.length >= 7, files.join('\n'));
    for (const file of files) assert.match(execFileSync('php', ['-l', file], { encoding: 'utf8' }), /No syntax errors/);
  });

  test('the Author has no unfiltered_html and the Administrator has it', () => {
    assert.equal(saved['shortcode-block'].unfilteredHtml, false);
    assert.equal(saved['admin-block'].unfilteredHtml, true);
  });

  test("the Author's saved content keeps the shortcodes, blocks and sov-* tags, and no <script>", () => {
    for (const post of POSTS.filter((p) => p.user === 'author')) assert.doesNotMatch(saved[post.key].stored, /<script/i, post.key);
    assert.equal(saved['shortcode-block'].stored, POSTS[0].content);
    assert.equal(saved['block'].stored, POSTS[2].content);
    assert.match(saved['tags-block'].stored, /<sov-table sortable lang="fr">/);
    assert.doesNotMatch(saved['hostile-classic'].stored, /onclick/);
    assert.match(saved['data-sov-block'].stored, /<div data-sov="faq" data-sov-searchable id="ma-faq" class="ma-classe" lang="fr">/);
    assert.match(saved['data-sov-classic'].stored, /<li id="effort-integration"><label><input type="checkbox" checked> /);
    assert.match(saved['hostile-classic'].stored, /<sov-faq content="souverainete-numerique#faq"><\/sov-faq>/);
  });

  test('shortcode in block content: the FAQ and TL;DR upgrade with the pack text, no console error', async () => {
    const { tab, errors } = await open('shortcode-block');
    try {
      assert.equal(await tab.$eval('sov-faq', (el) => el.getAttribute('lang') + ' ' + el.hasAttribute('searchable')), 'fr true');
      assert.ok((await shadowText(tab, 'sov-faq')).includes(FAQ_QUESTION));
      assert.ok(await tab.$eval('sov-faq', (el) => !!el.shadowRoot.querySelector('input[type="search"]')), 'searchable: a search field');
      // No `lang`: the site's default locale, en_US, gives the English pack.
      assert.equal(await tab.$eval('sov-tldr', (el) => el.getAttribute('lang')), 'en');
      assert.ok((await shadowText(tab, 'sov-tldr')).includes(plain(block('en', 'tldr').items[0])));
      assert.equal(await tab.$$eval('script[src*="souverain.js"]', (s) => s.length), 1, 'one module script for two elements');
      assert.deepEqual(errors, []);
    } finally {
      await tab.close();
    }
  });

  test('shortcode in classic content (wpautop): the table upgrades, sortable, with the English pack', async () => {
    const { tab, errors } = await open('shortcode-classic');
    try {
      assert.ok((await shadowText(tab, 'sov-table')).includes(block('en', 'securite').columns[1]), 'a column of the pack');
      assert.equal(await tab.$eval('sov-table', (el) => [el.hasAttribute('sortable'), el.getAttribute('stack-below')].join(' ')), 'true 30rem');
      assert.ok(await tab.$eval('sov-table', (el) => el.shadowRoot.querySelectorAll('th button, th [role="button"]').length > 0), 'sort buttons');
      assert.equal(await tab.$eval('sov-table', (el) => el.parentElement.localName), 'div', 'not wrapped in a <p> by wpautop');
      assert.deepEqual(errors, []);
    } finally {
      await tab.close();
    }
  });

  test('block (server-rendered): checklist and list upgrade with the pack text', async () => {
    const { tab, errors } = await open('block');
    try {
      assert.ok((await shadowText(tab, 'sov-checklist')).includes(plain(block('fr', 'checklist').items[0].text)));
      assert.equal(await tab.$eval('sov-checklist', (el) => el.shadowRoot.querySelectorAll('input[type="checkbox"]').length), block('fr', 'checklist').items.length);
      assert.equal(await tab.$eval('sov-list', (el) => el.getAttribute('layout')), 'grid');
      const list = block('en', 'avantages');
      const text = await shadowText(tab, 'sov-list');
      assert.ok(text.includes(list.items[0].icon), `the icon ${list.items[0].icon} survives WordPress's emoji script`);
      // As text or as WordPress's emoji image, the icon is in the element's decorative wrapper.
      const icon = await tab.$eval('sov-list li > [data-sov-icon]', (span) => [span.getAttribute('aria-hidden'), span.textContent.trim() || span.querySelector('img.emoji')?.alt].join(' '));
      assert.equal(icon, `true ${list.items[0].icon}`);
      assert.deepEqual(errors, []);
    } finally {
      await tab.close();
    }
  });

  test('sov-* tags written by an Author (kses allowlist, Custom HTML block) upgrade', async () => {
    const { tab, errors } = await open('tags-block');
    try {
      assert.ok((await shadowText(tab, 'sov-table')).includes('Code lisible par tous'));
      assert.equal(await tab.$$eval('script[src*="souverain.js"]', (s) => s.length), 1, 'the script is printed for hand-written tags');
      assert.deepEqual(errors, []);
    } finally {
      await tab.close();
    }
  });

  test('data-sov container in a Custom HTML block (block content): upgrades in place, keeps id and class', async () => {
    const { tab, errors } = await open('data-sov-block');
    try {
      assert.equal(await tab.$eval('#ma-faq', (div) => `${div.className} ${div.firstElementChild.localName} ${div.childElementCount}`), 'ma-classe sov-faq 1');
      assert.ok((await shadowText(tab, '#ma-faq > sov-faq')).includes(FAQ_QUESTION));
      assert.ok(await tab.$eval('#ma-faq > sov-faq', (el) => !!el.shadowRoot.querySelector('input[type="search"]')), 'data-sov-searchable: a search field');
      assert.deepEqual(errors, []);
    } finally {
      await tab.close();
    }
  });

  test('data-sov containers in classic content (wpautop): checklist keeps its checked box, emoji survive WordPress, a pack by data-sov-content', async (t) => {
    const { tab, errors } = await open('data-sov-classic');
    try {
      // WordPress swaps emoji for <img class="emoji"> when the browser fails its emoji test (headless
      // Chromium here does); wait until it has had its chance, then read the widgets again.
      await tab.waitForFunction(() => window._wpemojiSettings?.supports?.everything !== false || document.querySelector('img.emoji'));
      await settle(tab);
      t.diagnostic(`WordPress replaced ${await tab.$$eval('img.emoji', (els) => els.length)} emoji with images`);
      const checklist = await shadowText(tab, 'sov-checklist');
      assert.ok(checklist.includes('🛠'), checklist);
      assert.deepEqual(await tab.$eval('sov-checklist', (el) => [...el.shadowRoot.querySelectorAll('input[type="checkbox"]')].map((c) => c.checked).slice(0, 2)), [true, false]);
      const list = await shadowText(tab, 'sov-list');
      for (const item of block('fr', 'avantages').items) assert.ok(list.includes(item.icon), `icon ${item.icon} in: ${list}`);
      assert.ok((await shadowText(tab, 'sov-tldr')).includes(plain(block('en', 'tldr').items[0])));
      assert.deepEqual(errors, []);
    } finally {
      await tab.close();
    }
  });

  test('hostile input: no script runs, no event handler attribute, the bad element is named', async () => {
    const { tab, errors } = await open('hostile-classic');
    try {
      // The two elements left with a bad pack name and a relative `src` say so; nothing else is logged.
      assert.equal(errors.length, 2, errors.join('\n'));
      for (const error of errors) assert.match(error, /^error: \[souverain\] <sov-faq>: (unknown content pack|http:\/\/127\.0\.0\.1:\d+\/alert\(4\) returned HTML)/);
      assert.equal(await tab.$$eval('[onclick], [onmouseover], [onerror]', (els) => els.length), 0);
      assert.equal(await tab.$$eval('script', (els) => els.filter((s) => s.textContent.includes('alert(')).length), 0);
      assert.equal(await tab.$$eval('sov-faq[src^="javascript" i]', (els) => els.length), 0, 'javascript: removed from src');
      const body = await html('hostile-classic');
      assert.doesNotMatch(body, /alert\([56]\)<\/script>|onerror=alert/);
      assert.match(body, /<!-- Souverain: unknown element/);
    } finally {
      await tab.close();
    }
  });

  test("an Author's data-sov containers with data-sov-on…, -style, -tabindex, -autofocus (SOV-2026-001): kses keeps them, nothing runs for a visitor on hover, click or focus", async () => {
    // The premise: WordPress keeps the attacker's attributes for an Author.
    for (const attr of ['data-sov-onmouseover', 'data-sov-onclick', 'data-sov-onfocus', 'data-sov-style', 'data-sov-autofocus']) assert.match(saved.gadget.stored, new RegExp(attr), attr);
    const { tab, errors } = await open('gadget');
    try {
      await tab.evaluate(() => document.addEventListener('click', (e) => e.preventDefault(), true));
      assert.deepEqual(await tab.evaluate(() => window.__gadget ?? []), [], 'ran before any interaction (autofocus)');
      for (const [name, , , [attr, value]] of GADGETS) {
        const selector = `[data-sov="${name}"] > sov-${name}`;
        const el = await tab.$(selector);
        assert.ok(el, `${selector} upgraded`);
        await el.hover();
        await el.click();
        await tab.evaluate((s) => {
          const host = document.querySelector(s);
          host.focus();
          host.shadowRoot.querySelector('button, input, summary, a[href]')?.focus();
        }, selector);
        const names = await tab.$eval(selector, (e) => e.getAttributeNames());
        assert.deepEqual(names.filter((n) => /^on|^(style|tabindex|autofocus|contenteditable|is)$/.test(n)), [], `<sov-${name}> attributes: ${names}`);
        assert.equal(await tab.$eval(selector, (e, a) => e.getAttribute(a), attr), value, `data-sov-${attr} arrived`);
      }
      assert.deepEqual(await tab.evaluate(() => window.__gadget ?? []), []);
      assert.ok(await tab.$eval('[data-sov="faq"] > sov-faq', (el) => !!el.shadowRoot.querySelector('input[type="search"]')), 'data-sov-searchable: a search field');
      // One warning per container, naming what was not copied; nothing else logged.
      assert.equal(errors.length, GADGETS.length, errors.join('\n'));
      for (const error of errors) assert.match(error, /^warn: \[souverain\] <div data-sov="[a-z]+">: data-sov-onmouseover, .* not copied to <sov-[a-z]+>, which takes from a container only data-sov-/);
    } finally {
      await tab.close();
    }
  });

  test('the script is printed only on pages that use an element', async () => {
    assert.doesNotMatch(await html('plain'), /souverain\.js/);
    assert.match(await html('block'), /<script type="module" src="[^"]*\/wp-content\/plugins\/souverain\/assets\/souverain\.js\?ver=[^"]*" id="souverain-js-module"><\/script>/);
  });

  test('without JavaScript the pack text is in the HTML, inside the element', async () => {
    const faq = await html('shortcode-block');
    assert.match(faq, new RegExp(`<sov-faq [^>]*>[^]*?<summary>${escapeRegExp(escapeHtml(FAQ_QUESTION))}</summary>[^]*?</sov-faq>`));
    const table = await html('shortcode-classic');
    assert.match(table, new RegExp(`<sov-table [^>]*>[^]*?<caption>[^]*?</caption>[^]*?</sov-table>`));
    assert.ok(table.includes(escapeHtml(block('en', 'securite').columns[1])));
    const checklist = await html('block');
    assert.ok(checklist.includes(escapeHtml(plain(block('fr', 'checklist').items[0].text))));
  });

  test('pack blocks are served server-rendered: declarative shadow DOM with the plugin\'s linked stylesheets, the variant the attributes ask for', async () => {
    const body = await html('ssr');
    const base = `${site.home}/wp-content/plugins/souverain/assets/ssr/`;
    const faq = body.match(/<sov-faq [^>]*>/)[0];
    // Shown in place: no hash, nothing hydrates; its shadow root is the frame (search, controls).
    assert.match(faq, /^<sov-faq single searchable lang="fr" heading-level="3">$/, `no content attribute, the element shows the light DOM: ${faq}`);
    assert.ok(body.includes(`${faq}<template shadowroot="open" shadowrootmode="open"><link rel="stylesheet" href="${base}sov-faq.css"><noscript><link rel="stylesheet" href="${base}sov-faq.noscript.css"></noscript>`), body.slice(body.indexOf('<sov-faq'), body.indexOf('<sov-faq') + 400));
    assert.match(body, /<sov-table stack-below="30rem" sortable lang="fr" data-sov-hash="[^"]+"><template [^>]*shadowrootmode="open"/);
    // The list is shown in place: no hash, nothing hydrates; its shadow root is the frame.
    const list = body.match(/<sov-list heading-level="2" layout="grid" lang="en"><template [^>]*shadowrootmode="open"[^>]*>([^]*?)<\/template>\s*<h2>/);
    assert.ok(list, body.slice(body.indexOf('<sov-list'), body.indexOf('<sov-list') + 400));
    assert.match(list[1], /<slot/);
    assert.doesNotMatch(list[1], /<(ul|li|h2)\b/, 'no copy of the content in the shadow root');
    // No heading level 4 was pre-rendered: the plain fallback, rendered by the script.
    assert.match(body, /<sov-tldr heading-level="4" content="souverainete-numerique#tldr" lang="fr">\n(?!<template)/);
    const roots = body.match(/<template [^>]*shadowrootmode="open"[^>]*>[^]*?<\/template>/g);
    assert.equal(roots.length, 3);
    for (const root of roots) assert.doesNotMatch(root, /<style/i, 'linked stylesheets, no inline style: a CSP without unsafe-inline styles allows them');
    for (const file of ['sov-faq.css', 'sov-faq.noscript.css', 'sov-table.css', 'sov-list.css']) {
      const response = await fetch(`${base}${file}`);
      assert.equal(response.status, 200, file);
      assert.equal(await response.text(), readFileSync(`dist/ssr/${file}`, 'utf8'), file);
    }
  });

  test('server-rendered pack blocks without JavaScript: styled, every FAQ answer reachable', async () => {
    const tab = await openWithoutScripts(browser, page('ssr'));
    try {
      const seen = await tab.evaluate(() => {
        const visible = (el) => !!el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
        const faq = document.querySelector('sov-faq');
        return {
          defined: !!customElements.get('sov-faq'),
          roots: [...document.querySelectorAll('sov-faq, sov-table, sov-list')].map((el) => `${el.localName} ${!!el.shadowRoot} ${getComputedStyle(el).display}`),
          // Native details in the light DOM: each opens without a script.
          answers: [...faq.querySelectorAll(':scope > details')].map((details) => {
            details.querySelector('summary').click();
            return details.open && visible(details.querySelector(':scope > summary + *'));
          }),
          search: visible(faq.shadowRoot.querySelector('input[type="search"]')),
          tableHead: getComputedStyle(document.querySelector('sov-table').shadowRoot.querySelector('th')).fontWeight,
        };
      });
      assert.equal(seen.defined, false, 'no script ran');
      assert.deepEqual(seen.roots, ['sov-faq true block', 'sov-table true block', 'sov-list true block']);
      assert.ok(seen.answers.length > 1 && seen.answers.every(Boolean), `every answer opens and shows: ${seen.answers}`);
      assert.equal(seen.search, false, 'the search field, which needs a script, is hidden');
      assert.ok(Number(seen.tableHead) >= 600, `table header bold: ${seen.tableHead}`);
    } finally {
      await tab.close();
    }
  });

  test('server-rendered pack blocks with JavaScript: hydrated in place, no console error', async () => {
    const ignore = (url) => url.startsWith('https://s.w.org/') || url.endsWith('/favicon.ico');
    const { tab, messages, kept } = await openHydrating(browser, page('ssr'), { script: '/assets/souverain.js', selector: 'sov-faq, sov-table, sov-list', count: 3, ignore });
    try {
      assert.deepEqual(messages, []);
      assert.deepEqual(kept.filter((k) => !k.same), [], 'every element upgraded in place (the list and the FAQ: their light DOM kept)');
      assert.ok(kept.every((k) => k.nodes > 3), JSON.stringify(kept));
      await tab.evaluate(() => document.querySelector('sov-faq > details > summary').focus());
      await tab.keyboard.press('Enter');
      await tab.waitForFunction(() => document.querySelector('sov-faq > details').open && document.querySelector('sov-faq > details > [data-sov-copy]'));
      // The TL;DR with no pre-rendered variant renders in the browser from its pack, as before.
      assert.ok((await shadowText(tab, 'sov-tldr')).includes(plain(block('fr', 'tldr').items[0])));
    } finally {
      await tab.close();
    }
  });

  test('Administrator: shortcode in classic content and block upgrade', async () => {
    for (const [key, selector] of [
      ['admin-shortcode-classic', 'sov-faq'],
      ['admin-block', 'sov-table'],
    ]) {
      const { tab, errors } = await open(key);
      try {
        assert.ok((await shadowText(tab, selector)).length > 100, key);
        assert.deepEqual(errors, [], key);
      } finally {
        await tab.close();
      }
    }
  });

  test('a French site gives lang="fr" and the French pack', async () => {
    php(['locale', 'fr_FR']);
    const { tab, errors } = await open('shortcode-classic');
    try {
      assert.equal(await tab.$eval('sov-table', (el) => el.getAttribute('lang')), 'fr');
      assert.ok((await shadowText(tab, 'sov-table')).includes(block('fr', 'securite').columns[1]));
      assert.deepEqual(errors, []);
    } finally {
      await tab.close();
      php(['locale', '']);
    }
  });

  test("WordPress logged no PHP notice from the plugin", () => {
    const log = existsSync(site.debugLog) ? readFileSync(site.debugLog, 'utf8') : '';
    assert.deepEqual(log.split('\n').filter((line) => line.includes('plugins/souverain')), []);
  });
});
