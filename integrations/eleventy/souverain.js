// Eleventy plugin for Souverain: shortcodes that write an element in either form, and a
// transform that adds the module script once to each HTML page that has an element. An element
// whose `content` names a block of a bundled pack is server-rendered (souverain/ssr): the widget
// in a declarative shadow root, styled before any script runs, and the block's HTML as light DOM.
//
//   import souverain from 'souverain/eleventy';
//   export default (eleventyConfig) => eleventyConfig.addPlugin(souverain, { src: '/souverain/souverain.js' });
//
//   {% souverain "faq", "content=souverainete-numerique#faq", "searchable" %}
//   {% souverainBlock "checklist", "storage-key=etapes" %}<h3>Étapes</h3><ul>…</ul>{% endsouverainBlock %}
//
// Attributes come as "name=value" or "name" strings (Liquid, Nunjucks, WebC, JavaScript) or as
// one object ({ searchable: true }, Nunjucks and JavaScript); `true` writes the attribute
// without a value, `false` leaves it out; "form=container" writes the sanitizer-proof
// `<div data-sov="faq" data-sov-…>` instead of `<sov-faq …>`. Values are escaped; names go
// through the package's one attribute allowlist (dist/lib/attributes.js): the element's
// documented attributes, `lang`, `dir`, and `id`/`class` (written on the container itself in the
// container form). Any other name — `on…`, `style`, `tabindex`… — or an unknown element stops the
// build with a message.

import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HOST_ATTRIBUTES, allowedAttributes, isAllowedTagAttribute } from '../../dist/lib/attributes.js';

const NAMES = ['tldr', 'list', 'table', 'checklist', 'faq', 'article'];
/** The server renderer and its stylesheets, in the package's dist/ (built beside this file). */
const SSR_MODULE = new URL('../../dist/ssr/index.js', import.meta.url);
const SSR_STYLES = fileURLToPath(new URL('../../dist/ssr/', import.meta.url));
const ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (text) => String(text).replace(/[&<>"']/g, (c) => ESC[c]);

function attributesOf(args) {
  const out = {};
  for (const arg of args) {
    if (arg === undefined || arg === null || arg === '') continue;
    if (typeof arg === 'object') Object.assign(out, arg);
    else {
      const text = String(arg);
      const eq = text.indexOf('=');
      if (eq === -1) out[text.trim()] = true;
      else out[text.slice(0, eq).trim()] = text.slice(eq + 1);
    }
  }
  return out;
}

/** The element name and its attributes, checked (what both forms and the server render share). */
function parse(element, args, defaults) {
  const name = String(element ?? '').toLowerCase().replace(/^sov-/, '');
  if (!NAMES.includes(name)) throw new Error(`souverain: element "${element}" is not one of ${NAMES.join(', ')}`);
  const { form = defaults.form ?? 'tag', ...attrs } = attributesOf(args);
  if (form !== 'tag' && form !== 'container') throw new Error(`souverain: form "${form}" is not "tag" or "container"`);
  const tag = `sov-${name}`;
  for (const key of Object.keys(attrs)) {
    if (!isAllowedTagAttribute(tag, key)) throw new Error(`souverain: "${key}" is not an attribute of <${tag}> (it takes ${[...allowedAttributes(tag), ...HOST_ATTRIBUTES].join(', ')})`);
  }
  return { name, form, attrs };
}

const isOn = (value) => !(value === false || value === 'false' || value === undefined || value === null);

/** The HTML of one element: `<sov-faq …>inner</sov-faq>`, or its container form. */
export function souverainHtml(element, args = [], inner = '', defaults = {}) {
  const { name, form, attrs } = parse(element, args, defaults);
  let text = '';
  for (const [key, value] of Object.entries(attrs)) {
    if (!isOn(value)) continue;
    // A container keeps its own id and class; the element's attributes cross with data-sov-.
    const attr = form === 'container' && !HOST_ATTRIBUTES.includes(key) ? `data-sov-${key}` : key;
    text += value === true || value === 'true' ? ` ${attr}` : ` ${attr}="${escape(value)}"`;
  }
  return form === 'container' ? `<div data-sov="${name}"${text}>${inner}</div>` : `<sov-${name}${text}>${inner}</sov-${name}>`;
}

/**
 * The server-rendered element for a pack reference (`content="pack#block"`, or `content="pack"`:
 * the pack's first block of the element's type, the whole document for `article`), or
 * `undefined` when the element is not one to render on the server: container form, `src`, no
 * `content`, or a pack the package does not bundle (one registered in the browser).
 * `ssr` is the loaded souverain/ssr module.
 */
export function souverainSsrHtml(ssr, element, args = [], defaults = {}) {
  const { name, form, attrs } = parse(element, args, defaults);
  const { content, src, lang: langAttr, 'heading-level': level, toc, ...rest } = attrs;
  if (form !== 'tag' || !isOn(content) || content === true || isOn(src)) return undefined;
  const ref = String(content);
  const hash = ref.indexOf('#');
  const id = hash < 0 ? ref : ref.slice(0, hash);
  const blockId = hash < 0 ? '' : decodeURIComponent(ref.slice(hash + 1));
  const lang = isOn(langAttr) && langAttr !== true ? String(langAttr) : defaults.lang ?? 'fr';
  let doc;
  try {
    doc = ssr.readPack(id, lang);
  } catch (error) {
    if (/^no content pack named/.test(error.message)) return undefined;
    throw error;
  }
  const attributes = Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, value === 'true' ? true : value === 'false' ? false : value]));
  const options = { lang, styles: defaults.styles, stylesheetBase: defaults.stylesheetBase, attributes };
  if (isOn(level) && level !== true) options.headingLevel = Number(level);
  if (name === 'article') {
    if (blockId) throw new Error(`souverain: <sov-article content="${ref}">: an article shows a whole pack, without #block`);
    return newlineAfterStartTag(ssr.renderDocument(doc, { ...options, toc: isOn(toc) }));
  }
  const blocks = Array.isArray(doc?.blocks) ? doc.blocks : [];
  const block = blockId ? blocks.find((b) => b.id === blockId) : blocks.find((b) => b.type === name);
  if (!block) throw new Error(`souverain: <sov-${name} content="${ref}">: ${blockId ? `no block with id "${blockId}"` : `no "${name}" block`} in the pack "${id}" (${lang})`);
  if (block.type !== name) throw new Error(`souverain: <sov-${name} content="${ref}">: "${blockId}" is a "${block.type}" block, expected "${name}"`);
  return newlineAfterStartTag(ssr.renderBlock(block, options));
}

/**
 * The element's start tag on a line of its own: in Markdown, a line holding only a tag starts
 * an HTML block (kept as it is), where a longer line would start a paragraph, and a `<p>` around
 * the element would be closed by the first heading or list inside it.
 */
const newlineAfterStartTag = (html) => html.replace(/^(<sov-[a-z]+[^>]*>)/, '$1\n');

const USES = /<sov-(?:tldr|list|table|checklist|faq|article)[\s>]|\sdata-sov=["']?(?:sov-)?(?:tldr|list|table|checklist|faq|article)\b/;

/**
 * @param {object} eleventyConfig
 * @param {{ src?: string, form?: 'tag' | 'container', script?: boolean, ssr?: boolean, styles?: 'inline' | 'link', stylesheetBase?: string, lang?: string }} [options]
 *   `src`: the module script's URL (default `/souverain/souverain.js`); `form`: the default form;
 *   `script: false` leaves adding the script to your layout; `ssr: false` writes pack blocks as
 *   empty elements the script fills; `styles: 'link'` links the element stylesheets (copied to
 *   the output under `stylesheetBase`, default the script's folder + `ssr/`) instead of inline
 *   `<style>`; `lang`: the language of pack blocks without a `lang` attribute on pages without a
 *   `lang` in their data (default `fr`).
 */
export default function souverain(eleventyConfig, options = {}) {
  const { src = '/souverain/souverain.js', form = 'tag', script = true, ssr: serverRender = true, styles = 'inline', lang = 'fr' } = options;
  if (styles !== 'inline' && styles !== 'link') throw new Error(`souverain: styles "${styles}" is not "inline" or "link"`);
  const stylesheetBase = options.stylesheetBase ?? `${src.slice(0, src.lastIndexOf('/') + 1)}ssr/`;
  let ssr;
  if (serverRender) {
    eleventyConfig.on('eleventy.before', async () => {
      try {
        ssr ??= await import(SSR_MODULE.href);
      } catch (error) {
        throw new Error(`souverain: server rendering could not load Lit's server renderer, @lit-labs/ssr (a dependency of souverain: reinstall it), or pass { ssr: false } to the plugin (${error.message})`, { cause: error });
      }
    });
    if (styles === 'link' && /^\/(?!\/)/.test(stylesheetBase)) {
      // The stylesheets the shadow roots link to, where their URL says (a root-relative URL).
      eleventyConfig.on('eleventy.after', ({ directories, dir }) => {
        const target = join(directories?.output ?? dir.output, ...stylesheetBase.split('/').filter(Boolean));
        mkdirSync(target, { recursive: true });
        for (const file of readdirSync(SSR_STYLES).filter((f) => f.endsWith('.css'))) cpSync(join(SSR_STYLES, file), join(target, file));
      });
    }
  }
  /**
   * The page's `lang` data (multilingual sites set it), read from the shortcode's context: Liquid
   * keeps the data in `ctx.environments`, Nunjucks and JavaScript templates in `ctx`.
   */
  const pageLang = (context) => {
    const data = context?.ctx?.environments ?? context?.ctx;
    return typeof data?.lang === 'string' && data.lang ? data.lang : lang;
  };
  const defaultsOf = (context) => ({ form, styles, stylesheetBase, lang: pageLang(context) });
  const render = (context, element, args, inner) => {
    const defaults = defaultsOf(context);
    return (ssr && souverainSsrHtml(ssr, element, args, defaults)) ?? souverainHtml(element, args, inner, defaults);
  };
  eleventyConfig.addShortcode('souverain', function (element, ...args) {
    return render(this, element, args, '');
  });
  eleventyConfig.addPairedShortcode('souverainBlock', function (inner, element, ...args) {
    return render(this, element, args, inner);
  });
  if (!script) return;
  const tag = `<script type="module" src="${escape(src)}"></script>`;
  eleventyConfig.addTransform('souverain-script', function (content, outputPath) {
    const file = this?.page?.outputPath ?? outputPath;
    if (typeof file !== 'string' || !file.endsWith('.html') || !USES.test(content) || content.includes(tag)) return content;
    return content.includes('</body>') ? content.replace('</body>', `${tag}\n</body>`) : `${content}\n${tag}\n`;
  });
}
