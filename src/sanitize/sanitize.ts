/**
 * Filter presets for the HTML sanitizers and editors that CMSs run on their content: DOMPurify,
 * sanitize-html, TinyMCE and CKEditor 5. Each preset lets the elements through in both forms
 * (`<sov-faq searchable>` and the sanitizer-proof `<div data-sov="faq" data-sov-searchable>`),
 * with every documented attribute and the authored HTML the elements read (details/summary,
 * checkbox inputs, item ids), and nothing else: event handlers, scripts and `javascript:` URLs
 * stay out. The attribute lists come from custom-elements.json (`attributes.generated.ts`), so
 * a new attribute reaches every preset with the build. Plain data: no DOM, no dependency.
 */
import { elementAttributes } from './attributes.generated.js';

export { elementAttributes };

/** The element tags, `sov-tldr` … `sov-article`. */
export const elementTags = Object.keys(elementAttributes) as (keyof typeof elementAttributes)[];

/** The values of `data-sov` on a container: the element's name without `sov-`. */
export const containerNames = elementTags.map((tag) => tag.slice('sov-'.length));

/** Every documented attribute of any element. */
const allAttributes = [...new Set(elementTags.flatMap((tag) => elementAttributes[tag] as readonly string[]))].sort();

/** The container's attributes: `data-sov` and `data-sov-<attribute>` for each documented attribute. */
export const containerAttributes = ['data-sov', ...allAttributes.map((name) => `data-sov-${name}`)];

/** Global attributes kept on the elements and containers: identity, styling hooks, language. */
const globalAttributes = ['id', 'class', 'lang', 'dir', 'title'];

/** Attributes whose value an element fetches as a URL (checked for a safe scheme where the filter can). */
const urlAttributes = ['src', 'data-sov-src'];

/** Schemes allowed in links and `src` values: never `javascript:`, `data:` or `vbscript:`. */
const schemes = ['http', 'https', 'mailto'];

const tagPattern = new RegExp(`^(?:${elementTags.join('|')})$`);
const isDocumented = (name: string, tag?: string): boolean =>
  tag !== undefined && tag in elementAttributes ? (elementAttributes[tag as keyof typeof elementAttributes] as readonly string[]).includes(name) : allAttributes.includes(name);

/** The subset of DOMPurify's `Config` this preset sets. */
export interface DomPurifyPreset {
  CUSTOM_ELEMENT_HANDLING: {
    tagNameCheck: RegExp;
    attributeNameCheck: (attributeName: string, tagName?: string) => boolean;
    allowCustomizedBuiltInElements: false;
  };
  ALLOW_DATA_ATTR: false;
  ADD_ATTR: string[];
  ADD_URI_SAFE_ATTR: string[];
}

/**
 * DOMPurify config: `DOMPurify.sanitize(html, dompurify)`. The custom-element rule needs both
 * checks: with the tag check alone, DOMPurify drops every attribute (`content`, `searchable`…)
 * and the element renders nothing. Each element keeps only its own documented attributes.
 * DOMPurify's defaults already keep `<details>`, `<summary>`, `<label>` and `<input>`.
 * `data-*` attributes are limited to the container's and `data-id`: DOMPurify otherwise keeps
 * any `data-*` unchecked, so `data-sov-src="javascript:…"` would pass, as would the `data-*`
 * attributes other scripts of a site act on (script gadgets). Here `data-sov-src` gets
 * DOMPurify's URL check, like `src`. A site that needs more `data-*` adds them to `ADD_ATTR`.
 */
export const dompurify: DomPurifyPreset = {
  CUSTOM_ELEMENT_HANDLING: {
    tagNameCheck: tagPattern,
    attributeNameCheck: (attributeName, tagName) => isDocumented(attributeName.toLowerCase(), tagName?.toLowerCase()),
    allowCustomizedBuiltInElements: false,
  },
  ALLOW_DATA_ATTR: false,
  ADD_ATTR: [...containerAttributes, 'data-id'],
  // Values that are not URLs (`souverainete-numerique#faq`, a storage key with a colon) skip the URL check.
  ADD_URI_SAFE_ATTR: [...containerAttributes.filter((a) => !urlAttributes.includes(a)), 'data-id'],
};

/** sanitize-html 2.x defaults (`sanitizeHtml.defaults.allowedTags`), which the preset extends. */
const sanitizeHtmlDefaultTags = [
  'address', 'article', 'aside', 'footer', 'header', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hgroup', 'main', 'nav', 'section',
  'blockquote', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'hr', 'li', 'menu', 'ol', 'p', 'pre', 'ul',
  'a', 'abbr', 'b', 'bdi', 'bdo', 'br', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'mark', 'q', 'rb', 'rp', 'rt', 'rtc',
  'ruby', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr',
  'caption', 'col', 'colgroup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr',
];

type SanitizeHtmlAttribute = string | { name: string; multiple?: boolean; values: string[] };

/** The subset of sanitize-html's `IOptions` this preset sets. */
export interface SanitizeHtmlPreset {
  allowedTags: string[];
  allowedAttributes: Record<string, SanitizeHtmlAttribute[]>;
  allowedSchemes: string[];
  allowedSchemesAppliedToAttributes: string[];
  allowProtocolRelative: boolean;
}

/**
 * sanitize-html options: `sanitizeHtml(html, sanitizeHtml)`. Its defaults plus the elements, the
 * containers, `<details>`/`<summary>` (with `id`, `open`), checkbox inputs in labels, item ids
 * (`li[data-id]`, heading `id`), header-cell `scope`. Links and `src` values: http, https and
 * mailto only, relative URLs allowed, protocol-relative ones (another host) not.
 */
export const sanitizeHtml: SanitizeHtmlPreset = {
  allowedTags: [...sanitizeHtmlDefaultTags, ...elementTags, 'details', 'summary', 'label', 'input'],
  allowedAttributes: {
    a: ['href', 'name', 'target'],
    img: ['src', 'srcset', 'alt', 'title', 'width', 'height', 'loading'],
    ...Object.fromEntries(elementTags.map((tag) => [tag, [...globalAttributes, ...elementAttributes[tag]]])),
    div: [...globalAttributes, ...containerAttributes],
    details: ['id', 'open'],
    li: ['id', 'data-id'],
    ...Object.fromEntries(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((h) => [h, ['id']])),
    th: ['scope'],
    input: [{ name: 'type', values: ['checkbox'] }, 'checked', 'disabled'],
  },
  allowedSchemes: schemes,
  // sanitize-html's defaults, plus the container's `data-sov-src`.
  allowedSchemesAppliedToAttributes: [
    'href', 'src', 'cite', 'action', 'formaction', 'data', 'xlink:href', 'poster', 'background', 'ping', 'longdesc', 'usemap',
    'codebase', 'classid', 'archive', 'profile', 'manifest', 'itemid', 'dynsrc', 'lowsrc', 'data-sov-src',
  ],
  allowProtocolRelative: false,
};

/** The subset of TinyMCE's `init()` options this preset sets. */
export interface TinyMcePreset {
  custom_elements: string;
  extended_valid_elements: string;
  relative_urls: false;
  convert_urls: true;
  remove_script_host: false;
}

/**
 * TinyMCE `init()` options (spread them into the editor's options). `custom_elements` makes the
 * tags block elements that hold flow content, as a `div` does; `extended_valid_elements` gives
 * each its documented and global attributes. TinyMCE's default schema already keeps `<details>`,
 * checkbox inputs, `data-*` (so the containers) and removes `javascript:` URLs. URLs stay
 * absolute (`relative_urls: false`, host kept): TinyMCE's default rewrites `src` relative to the
 * editor page, which breaks on pages at another depth.
 */
export const tinymce: TinyMcePreset = {
  custom_elements: elementTags.join(','),
  extended_valid_elements: elementTags.map((tag) => `${tag}[${[...globalAttributes, ...elementAttributes[tag]].join('|')}]`).join(','),
  relative_urls: false,
  convert_urls: true,
  remove_script_host: false,
};

type GhsAttributes = Record<string, true | string | RegExp>;

/** The subset of CKEditor 5's editor config this preset sets (General HTML Support). */
export interface CkEditor5Preset {
  htmlSupport: { allow: { name: string | RegExp; attributes?: GhsAttributes; classes?: true }[] };
}

/**
 * A `src` value: relative, or http(s); never another scheme. Browsers drop tabs and line breaks
 * inside a URL and leading control characters, so `java\tscript:` counts as a scheme here too.
 */
const safeSrc = /^(?![\u0000-\u0020]*[a-z][a-z0-9+.\-\t\n\r]*:)|^[\u0000-\u0020]*https?:/i;

/**
 * CKEditor 5 config for the container form (merge into the editor config; needs the
 * GeneralHtmlSupport plugin): `<div data-sov>` with its `data-sov-*` attributes,
 * `<details>`/`<summary>`, checkbox inputs, item and heading ids. The `sov-*` tags are left
 * out on purpose: CKEditor keeps a custom element only through GHS's `$customElement` rule,
 * which stores its inner HTML as a raw, unfiltered string (`<sov-faq><img src=x
 * onerror=…></sov-faq>` survives) and shows it as an empty box in the editing view.
 */
export const ckeditor5: CkEditor5Preset = {
  htmlSupport: {
    allow: [
      {
        name: 'div',
        attributes: {
          'data-sov': new RegExp(`^(?:${containerNames.join('|')})$`),
          ...Object.fromEntries(containerAttributes.filter((a) => a !== 'data-sov').map((a) => [a, urlAttributes.includes(a) ? safeSrc : true])),
          id: true,
          lang: true,
        },
        classes: true,
      },
      { name: 'details', attributes: { id: true, open: true } },
      { name: 'summary' },
      { name: 'label' },
      { name: 'input', attributes: { type: 'checkbox', checked: true, disabled: true } },
      { name: 'li', attributes: { id: true, 'data-id': true } },
      { name: /^h[1-6]$/, attributes: { id: true } },
      { name: 'th', attributes: { scope: true } },
    ],
  },
};
