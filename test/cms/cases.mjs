// Shared by the filter-preset tests: the widget markup every preset must keep (each element in
// both forms, every documented attribute set), the hostile inputs none may let through, and the
// checks, run on each filter's output parsed the way a browser parses a page.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { JSDOM } from 'jsdom';

export const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));

/** tag -> [{ name, boolean }] from custom-elements.json. */
export const documented = Object.fromEntries(
  manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .map((d) => [d.tagName, (d.attributes ?? []).map((a) => ({ name: a.name, boolean: a.type?.text === 'boolean' }))])
);

// A plausible value per attribute; an attribute added later gets 'x' and is still checked.
const VALUES = {
  content: 'souverainete-numerique#faq',
  src: 'https://example.org/packs/faq.json',
  'heading-level': '3',
  persist: 'local',
  'storage-key': 'guide-1',
  name: 'etapes',
  layout: 'grid',
  'row-headers': 'first',
  'sort-column': '1',
  'sort-direction': 'descending',
  'stack-below': '40rem',
  tone: 'info',
  'visible-items': '3',
};
export const valueOf = (attr) => (attr.boolean ? '' : (VALUES[attr.name] ?? 'x'));

// The authored HTML each element reads (the same inside a tag or a container).
const INNER = {
  'sov-faq': '<h2 id="faq-titre">Questions</h2><details id="q1" open><summary>Pourquoi ?</summary><p>Parce que <a href="https://example.org/">le code</a>.</p></details><details id="q2"><summary>Comment ?</summary><ul><li>Ainsi</li></ul></details>',
  'sov-checklist': '<h3 id="liste">Étapes</h3><ul><li data-id="un"><label><input type="checkbox" checked> Auditer</label></li><li id="deux"><label><input type="checkbox"> Former</label></li></ul>',
  'sov-table': '<table><caption>Comparatif</caption><thead><tr><th scope="col">Outil</th><th scope="col">Licence</th></tr></thead><tbody><tr><th scope="row">A</th><td>MIT</td></tr></tbody></table>',
  'sov-list': '<h3>Atouts</h3><ul><li>🔐 Sécurité : audits</li><li>🌍 Souveraineté : choix</li></ul>',
  'sov-tldr': '<p><strong>En bref</strong></p><ul><li>Un</li><li>Deux</li></ul>',
  'sov-article': '<p>Lire l’article complet</p>',
};

const attrText = (tag, prefix) => documented[tag].map((a) => (a.boolean ? ` ${prefix}${a.name}` : ` ${prefix}${a.name}="${valueOf(a)}"`)).join('');

/** Each element as a tag and as a container, all documented attributes set. */
export function widgetCases() {
  return Object.keys(documented).flatMap((tag) => [
    { name: `<${tag}>`, form: 'tag', tag, html: `<${tag} id="w-${tag}"${attrText(tag, '')}>${INNER[tag] ?? ''}</${tag}>` },
    { name: `<div data-sov="${tag.slice(4)}">`, form: 'container', tag, html: `<div data-sov="${tag.slice(4)}" id="c-${tag}"${attrText(tag, 'data-sov-')}>${INNER[tag] ?? ''}</div>` },
  ]);
}

/** Containers with only authored HTML (no pack, no URL), and a text each must show once upgraded. */
export function authoredContainers() {
  const text = { 'sov-faq': 'Pourquoi ?', 'sov-checklist': 'Auditer', 'sov-table': 'MIT', 'sov-list': 'Sécurité', 'sov-tldr': 'Deux' };
  return Object.keys(text).map((tag) => ({ tag, text: text[tag], html: `<div data-sov="${tag.slice(4)}">${INNER[tag]}</div>` }));
}

const S = 'window.__sovXss=1';

/** Hostile inputs: the hardening suite's strings, and attacks through the widget markup itself. */
export async function hostileCases() {
  const { outputFiles } = await build({ entryPoints: [new URL('../../src/test-utils/payloads.ts', import.meta.url).pathname], write: false, format: 'esm', logLevel: 'error' });
  const { textPayloads, urlPayloads } = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
  const viaWidgets = [
    `<sov-faq content="souverainete-numerique" onclick="${S}" onmouseover="${S}"></sov-faq>`,
    `<sov-faq><img src=x onerror="${S}"><details ontoggle="${S}" open><summary onclick="${S}">Q</summary><p>R</p></details></sov-faq>`,
    `<sov-faq src="javascript:${S}"></sov-faq>`,
    `<sov-faq src=" java&#x09;script:${S}"></sov-faq>`,
    `<sov-faq><script>${S}</script><script type="application/json">{"type":"faq","items":[]}</script></sov-faq>`,
    `<sov-checklist><ul><li data-id="a"><label><input type="checkbox" autofocus onfocus="${S}"> x</label></li></ul></sov-checklist>`,
    `<sov-checklist><ul><li><input type="image" src="javascript:${S}"><input type="text" value="x" onfocus="${S}"></li></ul></sov-checklist>`,
    `<sov-table><table><caption onclick="${S}">c</caption><tbody><tr><td><a href="javascript:${S}">x</a></td></tr></tbody></table></sov-table>`,
    `<div data-sov="faq" onclick="${S}" data-sov-src="javascript:${S}" data-sov-content="souverainete-numerique"><details><summary>Q</summary><a href="JaVaScRiPt:${S}">R</a></details></div>`,
    `<div data-sov="faq" data-sov-src="java&#x09;script:${S}"></div>`,
    `<div data-sov="list" data-sov-src="data:text/html,<script>${S}</script>"></div>`,
    `<div data-sov="faq"><svg onload="${S}"><script>${S}</script></svg><iframe srcdoc="<script>${S}</script>"></iframe></div>`,
    `<sov-faq is="x-evil" onclick="${S}"></sov-faq><x-evil onclick="${S}">x</x-evil><sov-evil onclick="${S}">x</sov-evil>`,
    `<sov-faq><template><img src=x onerror="${S}"></template><noscript><p title="</noscript><img src=x onerror=${S}>"></noscript></sov-faq>`,
    `<sov-faq undocumented="1" style="position:fixed;inset:0" content="x"></sov-faq>`,
  ];
  return [
    ...textPayloads.filter((p) => p.length < 1000),
    ...urlPayloads.map((u) => `<a href="${u.replace(/"/g, '&quot;')}">lien</a>`),
    ...urlPayloads.map((u) => `<div data-sov="faq" data-sov-src="${u.replace(/"/g, '&quot;')}"></div>`),
    ...viaWidgets,
  ];
}

const parse = (html) => new JSDOM(`<!doctype html><body>${html}`).window.document;

const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'srcdoc', 'data-sov-src', 'background', 'lowsrc', 'dynsrc']);
const unsafeUrl = (value) => /^(?:javascript|vbscript|data):/i.test(value.replace(/[\u0000-\u0020]/g, ''));

/** Everything in a filter's output that could run script: an empty list for safe output. */
export function dangers(html) {
  const doc = parse(html);
  const found = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (['script', 'object', 'embed', 'base', 'meta', 'link'].includes(el.localName)) found.push(`<${el.localName}>`);
      // TinyMCE keeps iframes emptied and sandboxed: only one that could load or run something counts.
      if (['iframe', 'frame'].includes(el.localName) && (el.hasAttribute('src') || el.hasAttribute('srcdoc') || !el.hasAttribute('sandbox') || /allow-scripts/.test(el.getAttribute('sandbox')))) found.push(`<${el.localName}>`);
      for (const attr of el.attributes) {
        if (/^on/i.test(attr.name)) found.push(`${el.localName}[${attr.name}]`);
        if (URL_ATTRIBUTES.has(attr.name.toLowerCase()) && unsafeUrl(attr.value)) found.push(`${el.localName}[${attr.name}="${attr.value.slice(0, 40)}"]`);
      }
      if (el.localName === 'template') walk(el.content);
    }
  };
  walk(doc.body);
  // Elements that are not ours and not HTML: a custom element passed wholesale.
  for (const el of doc.body.querySelectorAll('*')) {
    if (el.localName.includes('-') && !(el.localName in documented)) found.push(`<${el.localName}> (not a souverain element)`);
    if (el.localName in documented) {
      const allowed = new Set([...documented[el.localName].map((a) => a.name), 'id', 'class', 'lang', 'dir', 'title']);
      // `style` and an emptied `is` are DOMPurify's own defaults on every element, not the preset's.
      for (const attr of el.attributes) if (!allowed.has(attr.name) && attr.name !== 'style' && !(attr.name === 'is' && !attr.value)) found.push(`${el.localName}[${attr.name}] (undocumented)`);
    }
  }
  return found;
}

/** What the widget markup lost in a filter's output: an empty list when it all survived. */
export function losses(html, widget) {
  const doc = parse(html);
  const source = parse(widget.html);
  const lost = [];
  const select = widget.form === 'tag' ? widget.tag : `div[data-sov="${widget.tag.slice(4)}"]`;
  const el = doc.querySelector(select);
  if (!el) return [`${select} removed`];
  for (const attr of documented[widget.tag]) {
    const name = widget.form === 'tag' ? attr.name : `data-sov-${attr.name}`;
    if (!el.hasAttribute(name)) lost.push(`[${name}] removed`);
    else if (!attr.boolean && el.getAttribute(name) !== valueOf(attr)) lost.push(`[${name}] changed to "${el.getAttribute(name)}"`);
  }
  if (el.id !== source.body.firstElementChild.id) lost.push('id changed');
  // The authored structure the element reads.
  // CKEditor 5 moves a table's caption into <figure><figcaption> (the elements read both).
  const shapes = ['details', 'details[id]', 'details[open]', 'summary', 'input[type="checkbox"]', 'input[checked]', 'li[data-id]', 'li[id]', 'h2[id]', 'h3[id]', 'table', 'caption, figure > figcaption', 'th', 'ul > li', 'a[href^="https:"]'];
  for (const shape of shapes) {
    const want = source.body.firstElementChild.querySelectorAll(shape).length;
    const got = el.querySelectorAll(shape).length;
    if (got < want) lost.push(`${shape}: ${got} of ${want}`);
  }
  // Editors add line breaks between blocks and CKEditor moves captions: compare the characters.
  const bare = (node) => [...node.textContent.replace(/\s+/g, '')].sort().join('');
  if (bare(el) !== bare(source.body.firstElementChild)) lost.push(`text changed: "${el.textContent.trim().slice(0, 80)}"`);
  return lost;
}
