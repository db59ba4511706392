/**
 * themes/fallback.css: the authored TL;DR, styled before the element is defined, takes the size of
 * the card the element renders, so nothing below it moves when it upgrades. This file defines
 * `<sov-tldr>` only after measuring the authored HTML. A leading ✅ stays in the authored text
 * until the upgrade hides it, and its width depends on the fonts the machine has (an emoji font,
 * a fallback glyph): a point whose first line ends within that width of the card's edge can wrap
 * one word sooner before the upgrade (themes/fallback.css says so). The points here keep clear
 * of that, so what is measured is the card's own geometry: padding, border, title, gaps, line
 * height and the icon column of a point that wraps.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { linkStylesheet, settled } from '../test-utils/helpers.js';

describe('themes/fallback.css', () => {
  it('gives the authored TL;DR the size of the upgraded card (no layout shift)', async () => {
    const link = await linkStylesheet('/themes/fallback.css');
    const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: 36rem; font: 16px/1.4 sans-serif">
      <sov-tldr>
        <h3>Ce qu’il faut retenir</h3>
        <ul>
          <li>✅ Transparence + sécurité.</li>
          <li>L’open source brise le vendor lock-in : vous êtes libre de modifier, utiliser et migrer vos outils sans dépendance.</li>
          <li>Un point sans coche.</li>
        </ul>
      </sov-tldr>
      <p id="after">Après</p>
    </div>`);
    const el = wrapper.querySelector('sov-tldr')!;
    expect(customElements.get('sov-tldr')).to.equal(undefined);
    const before = { height: el.getBoundingClientRect().height, after: wrapper.querySelector('#after')!.getBoundingClientRect().top };
    await import('./sov-tldr.js');
    await settled(el as HTMLElement & { updateComplete: Promise<boolean> });
    expect(el.shadowRoot!.querySelector('[part~="base"]')).to.exist;
    expect(el.getBoundingClientRect().height).to.be.closeTo(before.height, 1);
    expect(wrapper.querySelector('#after')!.getBoundingClientRect().top).to.be.closeTo(before.after, 1);
    link.remove();
  });
});
