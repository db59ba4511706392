/**
 * The shared base styles: elements keep the page's font and text colour but not its other
 * inherited text properties (alignment, indentation, letter case, spacing, white space).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../all.js';
import { settled } from '../test-utils/helpers.js';

type Sov = HTMLElement & { updateComplete: Promise<unknown> };

const faq = {
  type: 'faq',
  title: 'Questions fréquentes',
  items: [{ id: 'q1', question: 'Une question ?', answer: 'Une réponse assez longue pour occuper une ligne.' }],
};

describe('base styles', () => {
  it('reset inherited text properties other than font and colour', async () => {
    const page = await fixture<HTMLElement>(html`<div
      class="hostile"
      style="text-align: center; text-indent: 3em; text-transform: uppercase; letter-spacing: 4px; word-spacing: 12px; white-space: pre; font-family: serif; font-style: italic; color: rgb(10, 20, 30)"
    >
      <sov-faq .data=${faq}></sov-faq>
      <sov-table content="souverainete-numerique#securite"></sov-table>
    </div>`);
    for (const el of Array.from(page.querySelectorAll<Sov>('sov-faq, sov-table'))) await settled(el);
    // The FAQ's content is its light DOM, shown through its slot: it inherits from the element.
    const faqEl = page.querySelector('sov-faq')!;
    const tableRoot = page.querySelector('sov-table')!.shadowRoot!;
    const answer = faqEl.querySelector('details > p')!;
    const targets = [
      faqEl.querySelector(':scope > h2')!,
      faqEl.querySelector('details > summary')!,
      answer,
      faqEl.shadowRoot!.querySelector('[part~="status"]')!,
      tableRoot.querySelector('caption, th')!,
      tableRoot.querySelector('td')!,
    ];
    for (const target of targets) {
      const style = getComputedStyle(target);
      const name = `${target.localName}[part=${target.getAttribute('part') ?? ''}]`;
      expect(['start', 'left'], name).to.include(style.textAlign);
      expect(style.textIndent, name).to.equal('0px');
      expect(style.textTransform, name).to.equal('none');
      expect(['normal', '0px'], name).to.include(style.letterSpacing);
      expect(['normal', '0px'], name).to.include(style.wordSpacing);
      expect(style.whiteSpace === 'normal' || style.whiteSpaceCollapse === 'collapse', name).to.equal(true);
      // Font and colour still come from the page.
      expect(style.fontFamily, name).to.equal('serif');
      expect(style.fontStyle, name).to.equal('italic');
    }
    expect(getComputedStyle(answer).color).to.equal('rgb(10, 20, 30)');
  });

  it('lets styles set on the element itself win', async () => {
    const el = await fixture<Sov>(html`<sov-faq style="text-align: center" .data=${faq}></sov-faq>`);
    await settled(el);
    expect(getComputedStyle(el.querySelector('details > p')!).textAlign).to.equal('center');
  });
});
