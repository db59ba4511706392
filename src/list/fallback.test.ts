/**
 * themes/fallback.css: the authored icon list, styled before `<sov-list>` is defined, is laid out
 * as the element shows it, so nothing below it moves when it upgrades. This file defines
 * `<sov-list>` only after measuring the authored HTML.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { linkStylesheet, settled } from '../test-utils/helpers.js';

describe('themes/fallback.css with <sov-list>', () => {
  it('gives the authored list the layout of the upgraded element (no layout shift)', async () => {
    const link = await linkStylesheet('/themes/fallback.css');
    const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: 36rem; font: 16px/1.5 sans-serif">
      <sov-list>
        <h3>Les avantages</h3>
        <ul>
          <li>🔐 <strong>Accès complet au code</strong> : auditabilité totale.</li>
          <li>💸 <strong>Absence de coûts de licence</strong> : financement transparent.</li>
          <li>Un point sans icône.</li>
        </ul>
      </sov-list>
      <p id="after">Après</p>
    </div>`);
    // (A layout="grid" tile gains its icon row when it upgrades: fallback.css says so.)
    const lists = Array.from(wrapper.querySelectorAll('sov-list'));
    expect(customElements.get('sov-list')).to.equal(undefined);
    const measure = () => ({
      heights: lists.map((el) => Math.round(el.getBoundingClientRect().height)),
      points: lists.flatMap((el) => Array.from(el.querySelectorAll('li'), (li) => Math.round(li.getBoundingClientRect().top))),
      after: Math.round(wrapper.querySelector('#after')!.getBoundingClientRect().top),
    });
    const before = measure();
    // Without the stylesheet the browser's own list (bullets, indentation, margins) would be laid out first.
    expect(getComputedStyle(lists[0].querySelector('ul')!).listStyleType).to.equal('none');
    await import('./sov-list.js');
    for (const el of lists) await settled(el as HTMLElement & { updateComplete: Promise<boolean> });
    expect(lists[0].querySelector('[data-sov-icon]'), 'upgraded').to.exist;
    const after = measure();
    for (const [i, height] of after.heights.entries()) expect(height, `list ${i} height`).to.be.closeTo(before.heights[i], 1);
    for (const [i, top] of after.points.entries()) expect(top, `point ${i} top`).to.be.closeTo(before.points[i], 1);
    expect(after.after).to.be.closeTo(before.after, 1);
    link.remove();
  });
});
