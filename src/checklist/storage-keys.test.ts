/**
 * Default storage keys of checklists that name none: two on one page never share a record. In
 * a file of its own because the warning is given once per page.
 */
import { expect, fixture, html } from '@open-wc/testing';
import './sov-checklist.js';
import '../article/sov-article.js';
import type { SovChecklist } from './checklist.js';
import { captureConsole, settled, shadow } from '../test-utils/helpers.js';

const PREFIX = 'souverain:checklist:';

function clearKeys(): void {
  for (let i = localStorage.length - 1; i >= 0; i--) {
    const key = localStorage.key(i);
    if (key?.startsWith(PREFIX)) localStorage.removeItem(key);
  }
}

const boxes = (el: Element) => Array.from(shadow(el).querySelectorAll<HTMLInputElement>('input[part~="checkbox"]'));
const states = (el: Element) => boxes(el).map((b) => b.checked);

describe('<sov-checklist> default storage keys', () => {
  beforeEach(clearKeys);
  afterEach(clearKeys);

  it('gives two authored checklists without id their own records, stable across reloads, and warns once', async () => {
    const page = () => html`<div>
      <sov-checklist><h3>A</h3><ul><li>Un</li><li>Deux</li></ul></sov-checklist>
      <sov-checklist><h3>B</h3><ul><li>Un</li><li>Deux</li></ul></sov-checklist>
      <sov-checklist><h3>C</h3><ul><li>Un</li><li>Deux</li></ul></sov-checklist>
    </div>`;
    const { result: first, warnings } = await captureConsole(async () => {
      const wrapper = await fixture<HTMLElement>(page());
      const lists = Array.from(wrapper.querySelectorAll<SovChecklist>('sov-checklist'));
      for (const el of lists) await settled(el);
      return lists;
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('storage-key');
    boxes(first[0])[0].click();
    boxes(first[1])[1].click();
    await Promise.all(first.map((el) => el.updateComplete));
    expect(first.map(states)).to.deep.equal([[true, false], [false, true], [false, false]]);
    expect(localStorage.getItem(`${PREFIX}html:${location.pathname}`)).to.contain('"un":true');
    // The page loads again: each list finds its own ticks.
    first[0].parentElement!.remove();
    const { result: again, warnings: later } = await captureConsole(async () => {
      const wrapper = await fixture<HTMLElement>(page());
      const lists = Array.from(wrapper.querySelectorAll<SovChecklist>('sov-checklist'));
      for (const el of lists) await settled(el);
      return lists;
    });
    expect(later).to.deep.equal([]);
    expect(again.map(states)).to.deep.equal([[true, false], [false, true], [false, false]]);
  });

  it('gives two checklists fed by `data` without ids their own records', async () => {
    const data = { items: [{ text: 'Un' }, { text: 'Deux' }] };
    const wrapper = await fixture<HTMLElement>(html`<div><sov-checklist .data=${data}></sov-checklist><sov-checklist .data=${data}></sov-checklist></div>`);
    const [a, b] = Array.from(wrapper.querySelectorAll<SovChecklist>('sov-checklist'));
    await settled(a);
    await settled(b);
    boxes(a)[0].click();
    await b.updateComplete;
    expect(states(a)).to.deep.equal([true, false]);
    expect(states(b)).to.deep.equal([false, false]);
  });

  it('gives two checklist blocks without ids of one article their own records', async () => {
    const doc = {
      id: 'essai',
      lang: 'fr',
      title: 'Essai',
      blocks: [
        { type: 'checklist', items: [{ text: 'Un' }, { text: 'Deux' }] },
        { type: 'checklist', items: [{ text: 'Un' }, { text: 'Deux' }] },
      ],
    };
    const el = await fixture<HTMLElement & { data: unknown; updateComplete: Promise<unknown> }>(html`<sov-article .data=${doc}></sov-article>`);
    await settled(el);
    const [a, b] = Array.from(shadow(el).querySelectorAll<SovChecklist>('sov-checklist'));
    await settled(a);
    await settled(b);
    boxes(a)[0].click();
    await b.updateComplete;
    expect(states(a)).to.deep.equal([true, false]);
    expect(states(b)).to.deep.equal([false, false]);
    expect(localStorage.getItem(`${PREFIX}essai#checklist`)).to.contain('"un":true');
  });
});
