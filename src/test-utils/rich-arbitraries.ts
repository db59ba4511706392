/**
 * fast-check arbitraries of the rich-text tree, shared by the reader's and the renderer's property
 * tests: text with spaces, newlines, Markdown and HTML characters, nested formatting, links.
 */
import fc from 'fast-check';
import type { Inline, Rich } from '../content/rich-text.js';

export interface RichArbitraryOptions {
  /** The text of text nodes. */
  text?: fc.Arbitrary<string>;
  /** The `href` values links take. */
  hrefs?: readonly string[];
}

/** `inlines` (one to four inline nodes) and `rich` (one to three paragraphs or lists). */
export function richArbitraries({ text = fc.stringMatching(/^[a-zé *_`[\]()<>&\n]{0,12}$/), hrefs = ['https://a.fr/x_(y)', '/page?q=1&r=2', 'mailto:a@b.fr', '#ancre'] }: RichArbitraryOptions = {}) {
  const { inline } = fc.letrec<{ inline: Inline; inlines: Inline[] }>((tie) => ({
    inline: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      text,
      fc.record({ type: fc.constantFrom('strong' as const, 'emphasis' as const), children: tie('inlines') as fc.Arbitrary<Inline[]> }),
      fc.record({ type: fc.constant('code' as const), text: fc.stringMatching(/^[a-z *`<]{1,8}$/) }),
      fc.record({ type: fc.constant('link' as const), href: fc.constantFrom(...hrefs), children: tie('inlines') as fc.Arbitrary<Inline[]> })
    ),
    inlines: fc.array(tie('inline') as fc.Arbitrary<Inline>, { maxLength: 3 }),
  }));
  const inlines = fc.array(inline, { minLength: 1, maxLength: 4 });
  const rich: fc.Arbitrary<Rich[]> = fc.array(
    fc.oneof(
      fc.record({ type: fc.constant('paragraph' as const), children: inlines }),
      fc.record({ type: fc.constant('list' as const), ordered: fc.boolean(), items: fc.array(inlines, { minLength: 1, maxLength: 3 }) })
    ),
    { minLength: 1, maxLength: 3 }
  );
  return { inlines, rich };
}
