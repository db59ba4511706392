/// <reference types="node" />
/**
 * `souverain/ssr`: renders blocks, whole article documents and bundled pack blocks to HTML on
 * the server (Node), with Lit's server renderer. Each element comes out with its finished
 * widget in a declarative shadow root (`<template shadowrootmode="open">`), its styles, a hash
 * of what was rendered (for the client's hydration check), and the authored HTML of the block
 * as light DOM: what search engines index, what browsers without declarative shadow DOM show,
 * and what the element reads when its script hydrates it.
 *
 * Uses `@lit-labs/ssr` (a dependency; only this entry imports it). Built by rollup
 * into `dist/ssr/index.js` with the browser bundles' template transforms (see rollup.config.mjs):
 * pack files are read from `dist/content/`, beside it.
 */
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, type CSSResultOrNative, type LitElement, type TemplateResult } from 'lit';
import './globals.js';
import '../all.js';
import { blockToHtml, escapeHtml } from '../content/html.js';
import { packLanguage } from '../content/packs.js';
import * as schema from '../content/schema.js';
import { formatIssues, validateBlock, validateDocument, type ArticleDocument, type Block } from '../content/schema.js';
import { provideSchema } from '../content/validator.js';
import * as renderer from '../content/html.js';
import { nativeTemplate } from '../content/native-lit.js';
import { provideRenderer } from '../content/renderer.js';
import { inlineText } from '../content/rich-text.js';
import { serverLanguage } from '../controllers/language-controller.js';
import { NOSCRIPT_CSS } from './noscript.js';
import { HOST_ATTRIBUTES, allowedAttributes, isAllowedTagAttribute } from '../attributes.js';

// The elements validate `data` synchronously while rendering, and an element nested in another
// renders its content as its slot's fallback.
provideSchema(schema);
provideRenderer(renderer, nativeTemplate);

export interface RenderOptions {
  /** The language of the page (`fr` or `en`, or any BCP 47 tag): UI strings and pack variant. Default `fr`. */
  lang?: string;
  /**
   * `inline` (default): each shadow root holds its `<style>`. `link`: each shadow root links the
   * stylesheet `stylesheets()` returns for its element (`dist/ssr/sov-faq.css`) under
   * `stylesheetBase`, for pages whose Content-Security-Policy forbids inline styles.
   */
  styles?: 'inline' | 'link';
  /** URL of the folder holding the element stylesheets, ending with `/` (required with `styles: 'link'`). */
  stylesheetBase?: string;
  /** Heading level of a block's title (2–6; default 3). For a document: the article title's level (default 1). */
  headingLevel?: number;
  /** A document's table of contents. */
  toc?: boolean;
  /**
   * More attributes of the element, rendered as the browser would (`{ searchable: true }`,
   * `{ layout: 'grid' }`): `true` writes the attribute bare, `false` leaves it out. Only the
   * element's documented attributes, `dir`, `id` and `class` are taken (never `on…`, `style`,
   * `tabindex`…: see attributes.ts), others throw; `lang`, `heading-level`, `content`, `src` and the hydration attributes are set by
   * the other options and cannot be given here.
   */
  attributes?: Record<string, string | number | boolean | null | undefined>;
}

const RESERVED = new Set(['lang', 'heading-level', 'content', 'src', 'data-sov-hash', 'defer-hydration', 'toc']);

/** The extra attributes as HTML (` searchable layout="grid"`), names checked and values escaped. */
function extraAttributes(tag: string, attributes: RenderOptions['attributes']): string {
  let out = '';
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === false || value === null || value === undefined) continue;
    if (RESERVED.has(name)) throw new Error(`the attribute "${name}" is set by the render options, not by attributes`);
    // The allowlist of attributes.ts: documented attributes, lang, dir, id, class; never on…, style, tabindex…
    if (!isAllowedTagAttribute(tag, name)) throw new Error(`"${name}" is not an attribute of <${tag}> (it takes ${[...allowedAttributes(tag), ...HOST_ATTRIBUTES].join(', ')})`);
    out += value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`;
  }
  return out;
}

type ElementBlock = Exclude<Block, { type: 'paragraph' | 'heading' }>;
const TAGS: Record<ElementBlock['type'] | 'article', string> = {
  tldr: 'sov-tldr',
  list: 'sov-list',
  table: 'sov-table',
  checklist: 'sov-checklist',
  faq: 'sov-faq',
  article: 'sov-article',
};

/** Each element's styles as one stylesheet, exactly as Lit's server renderer inlines them. */
export function stylesheets(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const tag of Object.values(TAGS)) {
    const ctor = customElements.get(tag) as unknown as typeof LitElement;
    out[`${tag}.css`] = (ctor.elementStyles as CSSResultOrNative[]).map((s) => (s as { cssText: string }).cssText).join('');
  }
  for (const [tag, css] of Object.entries(NOSCRIPT_CSS)) out[`${tag}.noscript.css`] = css;
  return out;
}

let styleToFile: Map<string, string> | undefined;

/**
 * Lit's renderer writes `<style>` in every shadow root; this replaces it with a link to the
 * element's stylesheet when asked, and adds the styles that apply when scripts are disabled
 * (`<noscript>` is markup only then; with scripts it stays inert text).
 */
function finish(markup: string, options: RenderOptions): string {
  const link = options.styles === 'link';
  if (link && !options.stylesheetBase) throw new Error('styles: "link" needs stylesheetBase, the URL of the folder of the element stylesheets');
  const base = options.stylesheetBase ?? '';
  styleToFile ??= new Map(Object.entries(stylesheets()).map(([file, css]) => [`<style>${css}</style>`, file]));
  return markup.replace(/(<template [^>]*shadowrootmode="open"[^>]*>)(<style>[\s\S]*?<\/style>)/g, (whole: string, open: string, style: string) => {
    const file = styleToFile!.get(style);
    if (!file) return whole;
    const tag = file.slice(0, -4);
    const noscript = NOSCRIPT_CSS[tag] === undefined ? '' : `<noscript>${link ? `<link rel="stylesheet" href="${escapeHtml(`${base}${tag}.noscript.css`)}">` : `<style>${NOSCRIPT_CSS[tag]}</style>`}</noscript>`;
    return `${open}${link ? `<link rel="stylesheet" href="${escapeHtml(base + file)}">` : style}${noscript}`;
  });
}

/** Renders a template with one element at its top and puts `light` inside that element. */
function renderElement(template: TemplateResult, tag: string, light: string, options: RenderOptions, lang: string): string {
  const previous = serverLanguage.lang;
  serverLanguage.lang = lang;
  let markup: string;
  try {
    markup = collectResultSync(render(template));
  } finally {
    serverLanguage.lang = previous;
  }
  // The page-level template's markers: nothing on the page hydrates it as a template.
  markup = markup
    .replace(/^<!--lit-part [^>]*-->(<!--lit-node \d+-->)?/, '')
    .replace(/<!--\/lit-part-->$/, '')
    .replace(/^<(sov-[a-z]+)\s+/, '<$1 ');
  // Lit's renderer writes a `.checked=${false}` property binding as the attribute
  // `checked="false"`, which HTML reads as checked: drop it (text and attribute values are
  // escaped, so the string occurs nowhere else).
  markup = markup.replaceAll(' checked="false"', '');
  const close = `</${tag}>`;
  if (!markup.endsWith(close)) throw new Error(`unexpected server output for <${tag}>`);
  return finish(`${markup.slice(0, -close.length)}${light}${close}`, options);
}

/**
 * The page-level template of one element with its extra attributes as static text (checked
 * and escaped by `extraAttributes`). It is built as strings rather than written as a tagged
 * literal because its attributes vary; it is never hydrated (its markers are removed).
 */
function hostTemplate(tag: string, bindings: string[], extra: string, values: unknown[]): TemplateResult {
  const strings = [`<${tag} ${bindings[0]}`, ...bindings.slice(1).map((b) => ` ${b}`), `${extra}></${tag}>`];
  return html(Object.assign(strings, { raw: strings }) as unknown as TemplateStringsArray, ...values);
}

/** The blocks whose element shows its content in place, as its light DOM (the others still render a copy in their shadow root). */
const SHOWN_IN_PLACE = new Set<ElementBlock['type']>(['list', 'tldr', 'faq']);

function elementTemplate(block: ElementBlock, lang: string, level: number, extra: string): TemplateResult {
  const tag = TAGS[block.type];
  if (block.type === 'table') return hostTemplate(tag, ['.data=', 'lang='], extra, [block, lang]);
  // An element shown in place is told that its content is the light DOM printed beside it, so
  // its declarative shadow root holds the frame only.
  if (SHOWN_IN_PLACE.has(block.type)) return hostTemplate(tag, ['.data=', 'lang=', 'heading-level=', '.serverLightDom='], extra, [block, lang, level, true]);
  return hostTemplate(tag, ['.data=', 'lang=', 'heading-level='], extra, [block, lang, level]);
}

/** The authored HTML inside an element's tag (`blockToHtml` without the tag). */
function lightDom(block: ElementBlock, level: number, lang: string): string {
  const full = blockToHtml(block, level, 'element', lang);
  const tag = TAGS[block.type];
  return full.slice(`<${tag}>`.length, -`</${tag}>`.length);
}

/**
 * One block as HTML: an element with its declarative shadow root and its authored HTML as
 * light DOM; a paragraph or heading block as plain HTML. Throws on invalid content.
 */
export function renderBlock(block: unknown, options: RenderOptions = {}): string {
  const result = validateBlock(block);
  if (!result.ok) throw new Error(`invalid block:\n${formatIssues(result.issues)}`);
  const value = result.value;
  const level = Math.min(6, Math.max(2, options.headingLevel ?? 3));
  if (value.type === 'paragraph' || value.type === 'heading') return blockToHtml(value, level);
  const lang = options.lang ?? 'fr';
  let light = lightDom(value, level, lang);
  // The FAQ's title is shown before its toolbar, in a slot of its own (as the element gives it).
  if (value.type === 'faq') light = light.replace(/^(\s*<h[2-6])>/, '$1 slot="sov-title">');
  return renderElement(elementTemplate(value, lang, level, extraAttributes(TAGS[value.type], options.attributes)), TAGS[value.type], light, options, lang);
}

/** JSON inside `<script>`: `<` escaped so that no `</script>` or `<!--` can end it early. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/**
 * A whole article document as `<sov-article>`: the rendered article in its shadow root, the
 * document as inline JSON (what the element reads when it hydrates) and, as light DOM for
 * search engines and browsers without declarative shadow DOM, the title and every block's
 * authored HTML (plain HTML: no element tags, so nothing in it is upgraded twice).
 */
export function renderDocument(doc: unknown, options: RenderOptions = {}): string {
  const result = validateDocument(doc);
  if (!result.ok) throw new Error(`invalid document:\n${formatIssues(result.issues)}`);
  const value: ArticleDocument = result.value;
  const top = Math.min(5, Math.max(1, options.headingLevel ?? 1));
  const lang = options.lang ?? value.lang ?? 'fr';
  const fallback = [`<h${top}>${escapeHtml(inlineText(value.title))}</h${top}>`];
  let level = top + 1;
  for (const block of value.blocks) {
    if (block.type === 'heading') {
      const h = Math.min(6, top + (block.level ?? 2) - 1);
      level = Math.min(6, h + 1);
      fallback.push(blockToHtml({ ...block, level: h }, level));
    } else if (block.type === 'paragraph') {
      fallback.push(blockToHtml(block, level));
    } else {
      fallback.push(`<div>${lightDom(block, level, value.lang ?? lang)}</div>`);
    }
  }
  const light = `<script type="application/json">${scriptJson(doc)}</script><div lang="${escapeHtml(value.lang)}">${fallback.join('\n')}</div>`;
  const template = hostTemplate('sov-article', ['.data=', 'lang=', 'heading-level=', '?toc='], extraAttributes('sov-article', options.attributes), [value, lang, top, !!options.toc]);
  // Blocks inside the article follow the document's language, as in the browser.
  return renderElement(template, 'sov-article', light, options, value.lang ?? lang);
}

/** Reads a bundled pack's document in a language (its closest variant). */
export function readPack(id: string, lang = 'fr'): unknown {
  const variant = packLanguage(id, lang);
  const file = variant && fileURLToPath(new URL(`../content/${id}.${variant}.json`, import.meta.url));
  if (!file || !existsSync(file)) throw new Error(`no content pack named "${id}"`);
  return JSON.parse(readFileSync(file, 'utf8')) as unknown;
}

/**
 * A bundled pack, `pack-id#block-id` (one block) or `pack-id` (the whole document as an
 * article), in `options.lang`: `renderPack('souverainete-numerique#faq', { lang: 'en' })`.
 */
export function renderPack(ref: string, options: RenderOptions = {}): string {
  const [id, blockId] = ref.split('#');
  const doc = readPack(id, options.lang ?? 'fr');
  if (!blockId) return renderDocument(doc, options);
  const result = validateDocument(doc);
  if (!result.ok) throw new Error(`invalid pack "${id}":\n${formatIssues(result.issues)}`);
  const block = result.value.blocks.find((b) => b.id === blockId);
  if (!block) throw new Error(`no block with id "${blockId}" in "${id}" (ids: ${result.value.blocks.flatMap((b) => (b.id ? [b.id] : [])).join(', ')})`);
  return renderBlock(block, options);
}
