// The benchmark's pages: for each workload, one page per candidate (native HTML, Souverain, the
// peers), all with the same content and the same measuring script. Written into dist/bench/.
import { readFileSync } from 'node:fs';
import { blockToHtml, escapeHtml } from '../dist/lib/content/html.js';
import { inlineText } from '../dist/lib/content/rich-text.js';
import { validateDocument } from '../dist/lib/content/schema.js';
import { renderBlock, renderDocument } from '../dist/ssr/index.js';

const items = (n, f) => Array.from({ length: n }, (_, i) => f(i + 1)).join('\n');
const q = (i) => `Question ${i} sur la souveraineté ?`;
const a = (i) => `Réponse ${i} : l’open source offre une transparence totale du code.`;
const point = (i) => `Point ${i} à vérifier`;

const SOV_TAGS = 'sov-tldr,sov-list,sov-table,sov-checklist,sov-faq,sov-article';

/**
 * Ready for Souverain: every element (also those inside another's shadow root) defined, updated
 * and showing its content, not the loading view (an element shown in place renders its frame
 * beside that view); checked once per frame while not.
 */
const sovReady = `const tags = ${JSON.stringify(SOV_TAGS)};
const found = (root, out = []) => { for (const el of root.querySelectorAll(tags)) { out.push(el); if (el.shadowRoot) found(el.shadowRoot, out); } return out; };
for (;;) {
  const els = found(document);
  await Promise.all([...new Set(els.map((el) => el.localName))].map((t) => customElements.whenDefined(t)));
  await Promise.all(els.map((el) => el.updateComplete));
  if (els.every((el) => el.shadowRoot?.querySelector('.root:not(.loading)') && !el.shadowRoot.querySelector('.loading')) && found(document).length === els.length) break;
  await new Promise((r) => requestAnimationFrame(r));
}`;

/** Ready for custom elements of a peer: defined and, for Lit-based ones, updated. */
const elementsReady = (tags) => `const els = [...document.querySelectorAll(${JSON.stringify(tags.join(','))})];
await Promise.all(${JSON.stringify(tags)}.map((t) => customElements.whenDefined(t)));
await Promise.all(els.map((el) => el.updateComplete));`;

const sov = { head: '<script type="module" src="/souverain.js"></script>', ready: sovReady };
const native = { head: '', ready: '' };
const peer = {
  lion: { head: '<script type="module" src="/bench/peers/lion-accordion.js"></script>', ready: elementsReady(['lion-accordion']) },
  shoelaceDetails: { head: '<link rel="stylesheet" href="/bench/peers/shoelace-light.css"><script type="module" src="/bench/peers/shoelace-details.js"></script>', ready: elementsReady(['sl-details']) },
  shoelaceCheckbox: { head: '<link rel="stylesheet" href="/bench/peers/shoelace-light.css"><script type="module" src="/bench/peers/shoelace-checkbox.js"></script>', ready: elementsReady(['sl-checkbox']) },
  govukAccordion: { head: '<link rel="stylesheet" href="/bench/peers/govuk-accordion.css"><script type="module" src="/bench/peers/govuk-accordion.js"></script>', ready: '', body: 'govuk-template__body govuk-frontend-supported' },
  govukTable: { head: '<link rel="stylesheet" href="/bench/peers/govuk-table.css">', ready: '', body: 'govuk-template__body govuk-frontend-supported' },
  govukCheckboxes: { head: '<link rel="stylesheet" href="/bench/peers/govuk-checkboxes.css"><script type="module" src="/bench/peers/govuk-checkboxes.js"></script>', ready: '', body: 'govuk-template__body govuk-frontend-supported' },
};

/** Candidates per workload at N items: { name: { head, ready, body, bodyClass } }. */
export const workloads = {
  faq: (n) => {
    const details = items(n, (i) => `<details><summary>${q(i)}</summary><p>${a(i)}</p></details>`);
    return {
      native: { ...native, body: `<div>${details}</div>` },
      souverain: { ...sov, body: `<sov-faq>${details}</sov-faq>` },
      // The same FAQ rendered by souverain/ssr (declarative shadow DOM), hydrated by souverain.js.
      'souverain SSR': { ...sov, body: renderBlock({ type: 'faq', items: Array.from({ length: n }, (_, i) => ({ question: q(i + 1), answer: a(i + 1) })) }, { lang: 'fr' }) },
      lion: { ...peer.lion, body: `<lion-accordion>${items(n, (i) => `<h3 slot="invoker"><button>${q(i)}</button></h3><p slot="content">${a(i)}</p>`)}</lion-accordion>` },
      shoelace: { ...peer.shoelaceDetails, body: `<div>${items(n, (i) => `<sl-details summary="${q(i)}"><p>${a(i)}</p></sl-details>`)}</div>` },
      'GOV.UK': {
        ...peer.govukAccordion,
        bodyClass: peer.govukAccordion.body,
        body: `<div class="govuk-accordion" data-module="govuk-accordion" id="acc">${items(n, (i) => `<div class="govuk-accordion__section"><div class="govuk-accordion__section-header"><h3 class="govuk-accordion__section-heading"><span class="govuk-accordion__section-button" id="acc-heading-${i}">${q(i)}</span></h3></div><div id="acc-content-${i}" class="govuk-accordion__section-content"><p class="govuk-body">${a(i)}</p></div></div>`)}</div>`,
      },
    };
  },
  table: (n) => {
    const head = '<caption>Tableau</caption><thead><tr><th scope="col">Aspect</th><th scope="col">Impact</th><th scope="col">Acteurs</th></tr></thead>';
    const rows = items(n, (i) => `<tr><th scope="row">Aspect ${i}</th><td>Impact ${i}</td><td>Acteur ${i}</td></tr>`);
    return {
      native: { ...native, body: `<table>${head}<tbody>${rows}</tbody></table>` },
      souverain: { ...sov, body: `<sov-table><table>${head}<tbody>${rows}</tbody></table></sov-table>` },
      'GOV.UK': {
        ...peer.govukTable,
        bodyClass: peer.govukTable.body,
        body: `<table class="govuk-table"><caption class="govuk-table__caption govuk-table__caption--m">Tableau</caption><thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Aspect</th><th scope="col" class="govuk-table__header">Impact</th><th scope="col" class="govuk-table__header">Acteurs</th></tr></thead><tbody class="govuk-table__body">${items(n, (i) => `<tr class="govuk-table__row"><th scope="row" class="govuk-table__header">Aspect ${i}</th><td class="govuk-table__cell">Impact ${i}</td><td class="govuk-table__cell">Acteur ${i}</td></tr>`)}</tbody></table>`,
      },
    };
  },
  checklist: (n) => {
    const list = `<h3>Checklist</h3><ul>${items(n, (i) => `<li><label><input type="checkbox"> ${point(i)}</label></li>`)}</ul>`;
    return {
      native: { ...native, body: list },
      souverain: { ...sov, body: `<sov-checklist persist="none">${list}</sov-checklist>` },
      shoelace: { ...peer.shoelaceCheckbox, body: `<h3>Checklist</h3><div>${items(n, (i) => `<div><sl-checkbox>${point(i)}</sl-checkbox></div>`)}</div>` },
      'GOV.UK': {
        ...peer.govukCheckboxes,
        bodyClass: peer.govukCheckboxes.body,
        body: `<div class="govuk-form-group"><fieldset class="govuk-fieldset"><legend class="govuk-fieldset__legend govuk-fieldset__legend--m"><h3 class="govuk-fieldset__heading">Checklist</h3></legend><div class="govuk-checkboxes" data-module="govuk-checkboxes">${items(n, (i) => `<div class="govuk-checkboxes__item"><input class="govuk-checkboxes__input" id="c-${i}" name="c" type="checkbox" value="${i}"><label class="govuk-label govuk-checkboxes__label" for="c-${i}">${point(i)}</label></div>`)}</div></fieldset></div>`,
      },
    };
  },
  // An icon list: no peer has one. The same points as authored HTML, and as inline JSON that the
  // element builds into the same HTML (the renderer's path).
  list: (n) => {
    const list = `<h3>Avantages</h3><ul>${items(n, (i) => `<li>🔐 <strong>Terme ${i}</strong> : ${point(i)}.</li>`)}</ul>`;
    const block = { type: 'list', title: 'Avantages', items: Array.from({ length: n }, (_, i) => ({ icon: '🔐', term: `Terme ${i + 1}`, text: `${point(i + 1)}.` })) };
    return {
      native: { ...native, body: list },
      souverain: { ...sov, body: `<sov-list>${list}</sov-list>` },
      // The same, with themes/fallback.css in the head: the points laid out once, as the element shows them.
      'souverain fallback.css': { ...sov, head: `<link rel="stylesheet" href="/themes/fallback.css">${sov.head}`, body: `<sov-list>${list}</sov-list>` },
      'souverain JSON': { ...sov, body: `<sov-list><script type="application/json">${JSON.stringify(block).replace(/</g, '\\u003c')}</script></sov-list>` },
    };
  },
};

/** The light DOM inside an element's tag: the same content as static HTML. */
const unwrap = (markup) => markup.replace(/^<sov-[a-z]+>\n([\s\S]*)\n<\/sov-[a-z]+>$/, '$1');

/** The bundled French pack, validated (strings parsed into the rich-text tree the CLI reads). */
function pack() {
  const result = validateDocument(JSON.parse(readFileSync(new URL('../dist/content/souverainete-numerique.fr.json', import.meta.url), 'utf8')));
  if (!result.ok) throw new Error('the bundled pack is invalid');
  return result.value;
}

/** Page-size workloads: the article (sov-article from its pack) and a CMS page with five widgets. */
export const pages = {
  article: () => {
    const doc = pack();
    // What the article renders, as the static HTML a server would send (the CLI's HTML).
    const staticHtml = `<article><h1>${escapeHtml(inlineText(doc.title))}</h1>\n${doc.blocks.map((b) => unwrap(blockToHtml(b, 3))).join('\n')}\n</article>`;
    return {
      native: { ...native, body: staticHtml },
      souverain: { ...sov, body: '<sov-article content="souverainete-numerique"></sov-article>' },
      'souverain SSR': { ...sov, body: renderDocument(doc, { lang: 'fr' }) },
    };
  },
  cms: () => {
    const { title, blocks } = pack();
    const first = (type) => blocks.find((b) => b.type === type);
    const paragraphs = blocks.filter((b) => b.type === 'paragraph');
    const h2 = (text) => ({ type: 'heading', level: 2, text: [text] });
    const page = [paragraphs[0], first('tldr'), h2('Contexte'), paragraphs[1], paragraphs[2], first('list'), paragraphs[3], first('table'), h2('En pratique'), paragraphs[4], first('checklist'), paragraphs[5], first('faq')];
    const render = (wrap) => `<main><h1>${escapeHtml(inlineText(title))}</h1>\n${page.map((b) => (wrap ? blockToHtml(b, 3) : unwrap(blockToHtml(b, 3)))).join('\n')}\n</main>`;
    return {
      native: { ...native, body: render(false) },
      // With themes/fallback.css, as the docs advise for authored HTML: the TL;DR is card-sized before it upgrades.
      souverain: { ...sov, head: `<link rel="stylesheet" href="/themes/fallback.css">${sov.head}`, body: render(true) },
    };
  },
};

/** A page: the observers (layout shifts, largest paint, long tasks), the candidate, and its ready signal. */
export const page = ({ head, ready, body, bodyClass }) => `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>bench</title>
<script>
window.__cls = 0; window.__lcp = 0; window.__long = [];
new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lcp = e.startTime; }).observe({ type: 'largest-contentful-paint', buffered: true });
new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });
</script>
${head}
<script type="module">
${ready}
await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
window.__ready = performance.now();
</script></head><body${bodyClass ? ` class="${bodyClass}"` : ''} style="font-family: sans-serif; max-width: 48rem; margin: 1rem auto">${body}</body></html>`;
