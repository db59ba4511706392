// Eleventy plugin for Souverain: shortcodes that write an element in either form, and a
// transform that adds the module script once to each HTML page that has an element.
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
// `<div data-sov="faq" data-sov-…>` instead of `<sov-faq …>`. Values are escaped; names are
// checked, and an unknown element or an `on…` name stops the build with a message.

const NAMES = ['tldr', 'list', 'table', 'checklist', 'faq', 'article'];
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

/** The HTML of one element: `<sov-faq …>inner</sov-faq>`, or its container form. */
export function souverainHtml(element, args = [], inner = '', defaults = {}) {
  const name = String(element ?? '').toLowerCase().replace(/^sov-/, '');
  if (!NAMES.includes(name)) throw new Error(`souverain: element "${element}" is not one of ${NAMES.join(', ')}`);
  const { form = defaults.form ?? 'tag', ...attrs } = attributesOf(args);
  if (form !== 'tag' && form !== 'container') throw new Error(`souverain: form "${form}" is not "tag" or "container"`);
  let text = '';
  for (const [key, value] of Object.entries(attrs)) {
    if (!/^[a-z][a-z0-9-]*$/.test(key) || key.startsWith('on')) throw new Error(`souverain: "${key}" is not an attribute name`);
    if (value === false || value === 'false' || value === undefined || value === null) continue;
    const attr = form === 'container' ? `data-sov-${key}` : key;
    text += value === true || value === 'true' ? ` ${attr}` : ` ${attr}="${escape(value)}"`;
  }
  return form === 'container' ? `<div data-sov="${name}"${text}>${inner}</div>` : `<sov-${name}${text}>${inner}</sov-${name}>`;
}

const USES = /<sov-(?:tldr|list|table|checklist|faq|article)[\s>]|\sdata-sov=["']?(?:sov-)?(?:tldr|list|table|checklist|faq|article)\b/;

/**
 * @param {object} eleventyConfig
 * @param {{ src?: string, form?: 'tag' | 'container', script?: boolean }} [options]
 *   `src`: the module script's URL (default `/souverain/souverain.js`); `form`: the default form;
 *   `script: false` leaves adding the script to your layout.
 */
export default function souverain(eleventyConfig, options = {}) {
  const { src = '/souverain/souverain.js', form = 'tag', script = true } = options;
  eleventyConfig.addShortcode('souverain', (element, ...args) => souverainHtml(element, args, '', { form }));
  eleventyConfig.addPairedShortcode('souverainBlock', (inner, element, ...args) => souverainHtml(element, args, inner, { form }));
  if (!script) return;
  const tag = `<script type="module" src="${escape(src)}"></script>`;
  eleventyConfig.addTransform('souverain-script', function (content, outputPath) {
    const file = this?.page?.outputPath ?? outputPath;
    if (typeof file !== 'string' || !file.endsWith('.html') || !USES.test(content) || content.includes(tag)) return content;
    return content.includes('</body>') ? content.replace('</body>', `${tag}\n</body>`) : `${content}\n${tag}\n`;
  });
}
