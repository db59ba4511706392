/** Options of the Souverain Eleventy plugin. */
export interface SouverainEleventyOptions {
  /** The module script's URL (default `/souverain/souverain.js`). */
  src?: string;
  /** The form shortcodes write by default: `<sov-faq>` (`tag`) or `<div data-sov="faq">` (`container`). */
  form?: 'tag' | 'container';
  /** `false` leaves adding the script to your layout. */
  script?: boolean;
  /** Server-render shortcodes whose `content` names a bundled pack block (default `true`; needs `@lit-labs/ssr`). */
  ssr?: boolean;
  /** Server-rendered styles: `inline` (default) or `link` (for a CSP without `'unsafe-inline'` styles). */
  styles?: 'inline' | 'link';
  /** With `styles: 'link'`: the URL of the stylesheets (default the script's folder + `ssr/`); a root-relative URL is filled in the output. */
  stylesheetBase?: string;
  /** The language of pack blocks without a `lang` attribute on pages without `lang` data (default `fr`). */
  lang?: string;
}
/** Adds the `souverain` and `souverainBlock` shortcodes and the script transform. */
export default function souverain(eleventyConfig: unknown, options?: SouverainEleventyOptions): void;
/** The HTML of one element in either form (what the shortcodes write). */
export function souverainHtml(element: string, args?: unknown[], inner?: string, defaults?: { form?: 'tag' | 'container' }): string;
/** The server-rendered element for a bundled pack block, or `undefined` when the shortcode is not one to render on the server. `ssr` is the `souverain/ssr` module. */
export function souverainSsrHtml(ssr: unknown, element: string, args?: unknown[], defaults?: { form?: 'tag' | 'container'; lang?: string; styles?: 'inline' | 'link'; stylesheetBase?: string }): string | undefined;
