/**
 * themes/fallback.css: the authored table, styled before `<sov-table>` is defined, takes the size
 * of the table or cards the element renders, so nothing below it moves when it upgrades. This file
 * defines `<sov-table>` only after measuring the authored HTML (nothing else here imports it).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { linkStylesheet, settled } from '../test-utils/helpers.js';

const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

/** Rows `from`..`to` of the test table. */
const rows = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => html`<tr><th scope="row">Aspect ${from + i}</th><td>Impact ${from + i}</td><td>Acteur ${from + i}</td></tr>`);

const table = (count: number) => html`<table>
  <caption>Tableau</caption>
  <thead><tr><th scope="col">Aspect</th><th scope="col">Impact</th><th scope="col">Acteurs</th></tr></thead>
  <tbody>${rows(1, count)}</tbody>
</table>`;

describe('themes/fallback.css with <sov-table>', () => {
  /** The layout shifts Chromium reported during the upgrade (the Layout Instability API); undefined elsewhere. */
  let shifts: string[] | undefined;

  it('gives the authored table the size of the upgraded one, wide, stacked and boxed', async () => {
    const link = await linkStylesheet('/themes/fallback.css');
    // Each case is followed by a paragraph: the element must keep its height, the paragraph its place.
    const wrapper = await fixture<HTMLElement>(html`<div style="font: 16px sans-serif">
      <div style="inline-size: 20rem"><sov-table id="stacked">${table(3)}</sov-table><p>Après</p></div>
      <div style="inline-size: 44rem"><sov-table id="wide">${table(3)}</sov-table><p>Après</p></div>
      <div style="inline-size: 44rem"><sov-table id="sortable" sortable>${table(2)}</sov-table><p>Après</p></div>
      <div style="inline-size: 44rem"><sov-table id="boxed">${table(60)}</sov-table><p>Après</p></div>
    </div>`);
    const tables = [...wrapper.querySelectorAll('sov-table')];
    expect(customElements.get('sov-table')).to.equal(undefined);
    const geometry = () =>
      tables.map((el) => ({ id: el.id, height: Math.round(el.getBoundingClientRect().height), after: Math.round(el.nextElementSibling!.getBoundingClientRect().top) }));
    await frame();
    const before = geometry();
    // Chromium reports each layout shift; the other engines have no such entries.
    type Shift = PerformanceEntry & { value: number; sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[] };
    const record = (entries: PerformanceEntry[]) => {
      for (const entry of entries as Shift[])
        for (const s of entry.sources) shifts!.push(`${s.node?.textContent?.trim().slice(0, 20)}: ${s.previousRect.y} → ${s.currentRect.y} (${entry.value.toFixed(4)})`);
    };
    const observer = PerformanceObserver.supportedEntryTypes.includes('layout-shift') ? new PerformanceObserver((list) => record(list.getEntries())) : undefined;
    if (observer) shifts = [];
    observer?.observe({ type: 'layout-shift' });
    await import('./sov-table.js');
    // The narrow table's first render is already the cards: a wide table laid out first, then
    // cards once a ResizeObserver reports the width, would move what follows twice.
    await (tables[0] as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(tables[0].shadowRoot!.querySelector('.root')!.classList.contains('stacked'), 'the first render is stacked').to.equal(true);
    for (const el of tables) await settled(el as HTMLElement & { updateComplete: Promise<boolean> });
    await frame();
    await frame();
    expect(tables[0].shadowRoot!.querySelector('.root.stacked'), 'the narrow table is stacked').to.exist;
    expect(tables[1].shadowRoot!.querySelector('.root.stacked'), 'the wide table is not').to.equal(null);
    expect(tables[3].shadowRoot!.querySelector('.root.sticky-header'), 'the long table scrolls in its box').to.exist;
    const after = geometry();
    for (let i = 0; i < tables.length; i++) {
      expect(after[i].height, `${before[i].id}: height`).to.be.closeTo(before[i].height, 1);
      expect(after[i].after, `${before[i].id}: what follows`).to.be.closeTo(before[i].after, 1);
    }
    if (observer) record(observer.takeRecords());
    observer?.disconnect();
    link.remove();
  });

  it('records no layout shift during the upgrade (Chromium)', function () {
    if (!shifts) this.skip();
    expect(shifts).to.deep.equal([]);
  });
});
