/** Options of the Souverain Eleventy plugin. */
export interface SouverainEleventyOptions {
  /** The module script's URL (default `/souverain/souverain.js`). */
  src?: string;
  /** The form shortcodes write by default: `<sov-faq>` (`tag`) or `<div data-sov="faq">` (`container`). */
  form?: 'tag' | 'container';
  /** `false` leaves adding the script to your layout. */
  script?: boolean;
}
/** Adds the `souverain` and `souverainBlock` shortcodes and the script transform. */
export default function souverain(eleventyConfig: unknown, options?: SouverainEleventyOptions): void;
/** The HTML of one element in either form (what the shortcodes write). */
export function souverainHtml(element: string, args?: unknown[], inner?: string, defaults?: { form?: 'tag' | 'container' }): string;
