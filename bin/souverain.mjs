#!/usr/bin/env node
// The `souverain` command line:
//   souverain html <pack-or-file.json>#<block-id>   prints the block as authored HTML (works without JavaScript)
//   souverain html --ssr …                          the same, server-rendered (souverain/ssr)
//   souverain validate <file.json>…                 validates article documents; exit code 1 on errors
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validateDocument, validateBlock, formatIssues } from '../dist/lib/content/schema.js';
import { blockToHtml } from '../dist/lib/content/html.js';

const usage = `Usage:
  souverain html <pack-id|file.json>[#block-id] [--lang fr|en] [--data-sov]
                [--ssr [--styles inline|link] [--stylesheet-base URL] [--toc]]
      Prints a block as the authored light-DOM HTML an element reads (paste it into a CMS;
      it reads well without JavaScript and upgrades when souverain.js is loaded). With
      --data-sov, inside <div data-sov="…"> containers instead of <sov-…> tags: the form
      that CMS filters (WordPress, DOMPurify, TinyMCE) keep. With --ssr, server-rendered:
      each element with its widget in a declarative shadow root (styled at first paint, read
      without JavaScript, hydrated by souverain.js), the authored HTML kept inside it; without
      #block-id, the whole document as <sov-article>. --styles link links the stylesheets of
      dist/ssr/ under --stylesheet-base instead of inline <style> (strict CSP). Needs the
      package @lit-labs/ssr.
  souverain validate <file.json>...
      Validates article documents (or single blocks); prints each problem with its path.
      Exit code 0 when all are valid, 1 otherwise.`;

function load(ref, lang) {
  const packFile = fileURLToPath(new URL(`../dist/content/${ref}.${lang}.json`, import.meta.url));
  const file = existsSync(ref) ? ref : existsSync(packFile) ? packFile : undefined;
  if (!file) throw new Error(`no file or pack named "${ref}"`);
  return { file, value: JSON.parse(readFileSync(file, 'utf8')) };
}

/** Removes `--name value` from args; returns the value. */
function option(args, name) {
  const index = args.indexOf(name);
  return index >= 0 ? args.splice(index, 2)[1] : undefined;
}

/** Removes `--name` from args; returns whether it was there. */
function flag(args, name) {
  const index = args.indexOf(name);
  if (index >= 0) args.splice(index, 1);
  return index >= 0;
}

async function html(args) {
  const lang = option(args, '--lang') ?? 'fr';
  if (flag(args, '--ssr')) {
    const styles = option(args, '--styles') ?? 'inline';
    const stylesheetBase = option(args, '--stylesheet-base');
    const toc = flag(args, '--toc');
    const [ref] = args;
    if (!ref) throw new Error(usage);
    let ssr;
    try {
      ssr = await import('../dist/ssr/index.js');
    } catch (error) {
      throw new Error(`--ssr needs the package @lit-labs/ssr (npm install @lit-labs/ssr): ${error.message}`);
    }
    const [name, id] = ref.split('#');
    const options = { lang, styles, stylesheetBase, toc };
    let out;
    if (!existsSync(name)) out = ssr.renderPack(ref, options);
    else {
      const { value } = load(name, lang);
      const doc = validateDocument(value);
      if (!doc.ok) throw new Error(`invalid document:\n${formatIssues(doc.issues)}`);
      const block = id && doc.value.blocks.find((b) => b.id === id);
      if (id && !block) throw new Error(`no block with id "${id}"`);
      out = block ? ssr.renderBlock(block, options) : ssr.renderDocument(value, options);
    }
    process.stdout.write(out + '\n');
    return 0;
  }
  const formIndex = args.indexOf('--data-sov');
  const form = formIndex >= 0 ? (args.splice(formIndex, 1), 'container') : 'element';
  const [ref] = args;
  if (!ref) throw new Error(usage);
  const [name, id] = ref.split('#');
  const { value } = load(name, lang);
  const doc = validateDocument(value);
  if (!doc.ok) throw new Error(`invalid document:\n${formatIssues(doc.issues)}`);
  const blocks = id ? doc.value.blocks.filter((b) => b.id === id) : doc.value.blocks;
  if (!blocks.length) throw new Error(`no block with id "${id}" (ids: ${doc.value.blocks.filter((b) => b.id).map((b) => b.id).join(', ')})`);
  process.stdout.write(blocks.map((b) => blockToHtml(b, 3, form, doc.value.lang)).join('\n\n') + '\n');
  return 0;
}

function validate(files) {
  if (!files.length) throw new Error(usage);
  let failures = 0;
  for (const file of files) {
    let value;
    try {
      value = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      console.error(`${file}: ${error.code === 'ENOENT' ? 'file not found' : `not valid JSON (${error.message})`}`);
      failures++;
      continue;
    }
    const result = value && typeof value === 'object' && 'blocks' in value ? validateDocument(value) : validateBlock(value);
    if (result.ok) console.log(`${file}: valid`);
    else {
      failures++;
      for (const line of formatIssues(result.issues).split('\n')) console.error(`${file}: ${line}`);
    }
  }
  return failures ? 1 : 0;
}

const [command, ...rest] = process.argv.slice(2);
try {
  if (command === 'html') process.exitCode = await html(rest);
  else if (command === 'validate') process.exitCode = validate(rest);
  else {
    console.log(usage);
    process.exitCode = command === '--help' || command === '-h' ? 0 : 2;
  }
} catch (error) {
  console.error(error.message);
  process.exitCode = 2;
}
