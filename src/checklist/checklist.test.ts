import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands';
import './sov-checklist.js';
import type { ChecklistChangeDetail, SovChecklist } from './checklist.js';
import { contentSourceSuite } from '../test-utils/content-suite.js';
import { captureConsole, errorBox, expectItemsFollowWidth, settled, shadow, shadowText } from '../test-utils/helpers.js';

const PREFIX = 'souverain:checklist:';
const isChromium = /Chrome\//.test(navigator.userAgent);

const block = {
  type: 'checklist',
  id: 'depart',
  title: 'Avant de partir',
  items: [{ text: '🔥 Couper le gaz' }, { id: 'lights', text: 'Éteindre les lumières', checked: true }, { text: 'Fermer la porte à clé' }],
};
const IDS = ['couper-le-gaz', 'lights', 'fermer-la-porte-a-cle'];

let counter = 0;
/** A storage key unique to one test. */
const newKey = () => `test-${Date.now()}-${counter++}`;

function clearKeys(): void {
  for (const area of [localStorage, sessionStorage]) {
    for (let i = area.length - 1; i >= 0; i--) {
      const key = area.key(i);
      if (key?.startsWith(PREFIX)) area.removeItem(key);
    }
  }
}

const boxes = (el: SovChecklist) => Array.from(shadow(el).querySelectorAll<HTMLInputElement>('input[part~="checkbox"]'));
const states = (el: SovChecklist) => boxes(el).map((b) => b.checked);
/** Whether the reader can use each checkbox (a disabled fieldset disables without the `disabled` property). */
const usable = (el: SovChecklist) => boxes(el).map((b) => !b.matches(':disabled'));
const part = (el: SovChecklist, name: string) => shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`)!;
const button = (el: SovChecklist, text: string) => Array.from(shadow(el).querySelectorAll<HTMLButtonElement>('[part~="button"]')).find((b) => b.textContent!.trim() === text);
const record = (key: string, area: Storage = localStorage) => JSON.parse(area.getItem(PREFIX + key) ?? 'null');
const active = (el: SovChecklist) => shadow(el).activeElement;

async function make(key = newKey(), data: Record<string, unknown> = block): Promise<SovChecklist> {
  const el = await fixture<SovChecklist>(html`<sov-checklist lang="fr" storage-key=${key} .data=${data}></sov-checklist>`);
  await settled(el);
  return el;
}

/** Records the sov-change events fired on the element. */
function changes(el: SovChecklist): ChecklistChangeDetail[] {
  const seen: ChecklistChangeDetail[] = [];
  el.addEventListener('sov-change', (e) => seen.push(e.detail));
  return seen;
}

/** Runs `fn` with `window.localStorage` itself throwing, as in a sandboxed iframe. */
async function withoutStorage<T>(fn: () => Promise<T>): Promise<T> {
  const own = Object.getOwnPropertyDescriptor(window, 'localStorage');
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  });
  try {
    return await fn();
  } finally {
    if (own) Object.defineProperty(window, 'localStorage', own);
    else delete (window as { localStorage?: Storage }).localStorage;
  }
}

/** Runs `fn` with `Storage.prototype.setItem` replaced. */
async function withSetItem<T>(replacement: (this: Storage, key: string, value: string, real: Storage['setItem']) => void, fn: () => Promise<T>): Promise<T> {
  const real = Storage.prototype.setItem;
  Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
    replacement.call(this, key, value, real);
  };
  try {
    return await fn();
  } finally {
    Storage.prototype.setItem = real;
  }
}

function otherTab(key: string, value: string | null, area: Storage = localStorage): void {
  // A write in this document fires no storage event here: dispatch the one another tab would cause.
  if (value === null) area.removeItem(PREFIX + key);
  else area.setItem(PREFIX + key, value);
  window.dispatchEvent(new StorageEvent('storage', { key: PREFIX + key, newValue: value, storageArea: area, url: location.href }));
}

function backupsOf(key: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < localStorage.length; i++) {
    const k = localStorage.key(i)!;
    if (k.startsWith(`${PREFIX}${key}:backup:`)) found.push(k);
  }
  return found;
}

describe('<sov-checklist>', () => {
  beforeEach(clearKeys);
  afterEach(clearKeys);

  contentSourceSuite({
    tag: 'sov-checklist',
    block,
    marker: 'Éteindre les lumières',
    authored: '<h3>Liste écrite</h3><ul><li>✔️ Relire le contrat</li><li><input type="checkbox" checked> Signer</li></ul>',
    htmlMarker: 'Relire le contrat',
    packRef: 'souverainete-numerique#checklist',
    packMarker: 'Ne pas sous-estimer l’effort d’intégration technique et de support.',
    invalid: { type: 'checklist', items: [{ checked: true }] },
    invalidPath: 'items[0].text',
    withText: (text) => ({ ...block, title: text, items: [{ text }] }),
  });

  describe('rendering', () => {
    it('renders a native checkbox inside a label per item, the emoji hidden from assistive technology', async () => {
      const el = await make();
      const items = Array.from(shadow(el).querySelectorAll('[part~="item"]'));
      expect(items).to.have.length(3);
      const label = items[0].querySelector('label[part~="label"]')!;
      expect(label.querySelector('input[type="checkbox"][part~="checkbox"]')).to.exist;
      const icon = label.querySelector('[part~="icon"]')!;
      expect(icon.textContent).to.equal('🔥');
      expect(icon.getAttribute('aria-hidden')).to.equal('true');
      expect(label.textContent).to.contain('Couper le gaz');
      expect(items[1].querySelector('[part~="icon"]')).to.equal(null);
      expect(states(el)).to.deep.equal([false, true, false]);
    });

    it('renders a lean item: the label holds the checkbox and the text, no wrapper', async () => {
      // Nodes added per item (elements, text and Lit's markers), measured between 10 and 30 items.
      const count = async (n: number) => {
        const el = await make(newKey(), { items: Array.from({ length: n }, (_, i) => ({ text: `Point ${i}` })) });
        const walker = document.createTreeWalker(shadow(el), NodeFilter.SHOW_ALL);
        let nodes = 0;
        while (walker.nextNode()) nodes++;
        return nodes;
      };
      const perItem = ((await count(30)) - (await count(10))) / 20;
      // li, label, input, the text and its marker, and the two markers of the keyed list (15 with a wrapper around the text).
      expect(perItem).to.be.at.most(7);
    });

    it('drops a leading check mark (the article’s ✔️) rather than show it beside an empty box', async () => {
      const el = await fixture<SovChecklist>(html`<sov-checklist persist="none" .data=${{ items: [{ text: '✔️ Relire' }, { text: '✅ Signer' }] }}></sov-checklist>`);
      await settled(el);
      expect(shadow(el).querySelector('[part~="icon"]')).to.equal(null);
      expect(shadowText(el)).not.to.match(/[✔✅]/u);
      expect(shadowText(el)).to.contain('Relire');
    });

    it('renders the title as a heading (level 3, or heading-level) that labels the group of checkboxes', async () => {
      const el = await make();
      const heading = shadow(el).querySelector('h3')!;
      expect(heading.textContent).to.equal('Avant de partir');
      const group = part(el, 'list').closest('[role="group"]')!;
      expect(group.getAttribute('aria-labelledby')).to.equal(heading.id);
      el.headingLevel = 2;
      await el.updateComplete;
      expect(shadow(el).querySelector('h2')).to.exist;
    });

    it('makes the whole row a target of at least 24 × 24 CSS pixels', async () => {
      const el = await make();
      const label = part(el, 'label');
      const box = label.getBoundingClientRect();
      expect(box.width).to.be.at.least(24);
      expect(box.height).to.be.at.least(24);
      // A real click on the text, at the row's end, away from the checkbox.
      await sendMouse({ type: 'click', position: [Math.round(box.right - 4), Math.round(box.top + box.height / 2)] });
      await el.updateComplete;
      expect(boxes(el)[0].checked).to.equal(true);
    });

    it('shows progress as text and as a named progress bar', async () => {
      const el = await make();
      const bar = part(el, 'progress') as HTMLProgressElement;
      expect(shadowText(el)).to.contain('1 / 3');
      expect(bar.tagName).to.equal('PROGRESS');
      expect(bar.max).to.equal(3);
      expect(bar.value).to.equal(1);
      expect(bar.labels![0].textContent).to.equal('Progression');
      expect(bar.getAttribute('aria-valuetext')).to.equal('1 sur 3 cochée');
      boxes(el)[0].click();
      await el.updateComplete;
      expect(shadowText(el)).to.contain('2 / 3');
      expect(bar.value).to.equal(2);
      expect(bar.getAttribute('aria-valuetext')).to.equal('2 sur 3 cochées');
    });

    it('shows a completion message when every item is checked', async () => {
      const el = await make();
      expect(shadowText(el)).not.to.contain('Tout est fait !');
      boxes(el)[0].click();
      boxes(el)[2].click();
      await el.updateComplete;
      expect(shadowText(el)).to.contain('3 / 3');
      expect(shadowText(el)).to.contain('Tout est fait !');
    });

    it('speaks English on an English page', async () => {
      const el = await fixture<SovChecklist>(html`<sov-checklist lang="en" persist="none" .data=${block}></sov-checklist>`);
      await settled(el);
      expect(button(el, 'Reset')).to.exist;
      expect(part(el, 'progress').getAttribute('aria-valuetext')).to.equal('1 of 3 checked');
    });
  });

  describe('light-DOM reader', () => {
    it('reads checked inputs, ids from id or data-id, and slugs the rest', async () => {
      const el = await fixture<SovChecklist>(html`<sov-checklist persist="none"><h2>Titre</h2><ul>
        <li id="first"><label><input type="checkbox" checked> Premier point</label></li>
        <li data-id="second">📄 Deuxième point</li>
        <li>Troisième point</li>
        <li>Troisième point</li>
      </ul></sov-checklist>`);
      await settled(el);
      expect(shadow(el).querySelector('h2')!.textContent).to.equal('Titre');
      expect(states(el)).to.deep.equal([true, false, false, false]);
      expect(part(el, 'icon').textContent).to.equal('📄');
      el.checked = ['first', 'second', 'troisieme-point', 'troisieme-point-2'];
      await el.updateComplete;
      expect(states(el)).to.deep.equal([true, true, true, true]);
      expect(el.checked).to.deep.equal(['first', 'second', 'troisieme-point', 'troisieme-point-2']);
    });
  });

  describe('properties', () => {
    it('gets and sets `checked` without firing sov-change, and saves it', async () => {
      const key = newKey();
      const el = await make(key);
      const seen = changes(el);
      expect(el.checked).to.deep.equal(['lights']);
      el.checked = ['couper-le-gaz', 'unknown'];
      await el.updateComplete;
      expect(states(el)).to.deep.equal([true, false, false]);
      expect(el.checked).to.deep.equal(['couper-le-gaz']);
      expect(record(key).items).to.deep.equal({ 'couper-le-gaz': true, lights: false, 'fermer-la-porte-a-cle': false });
      expect(seen).to.deep.equal([]);
    });

    it('names items by the ids authors gave, never giving one to an earlier slug', async () => {
      const el = await make(newKey(), { items: [{ text: 'Foo' }, { text: 'Foo' }, { id: 'foo-2', text: 'Bar' }] });
      el.checked = ['foo-2'];
      await el.updateComplete;
      expect(states(el)).to.deep.equal([false, false, true]);
      expect(el.checked).to.deep.equal(['foo-2']);
    });

    it('applies `checked` set before the content arrives', async () => {
      const el = document.createElement('sov-checklist');
      el.persist = 'none';
      el.checked = ['fermer-la-porte-a-cle'];
      expect(el.checked).to.deep.equal(['fermer-la-porte-a-cle']);
      el.data = block;
      const host = await fixture<HTMLElement>(html`<div></div>`);
      host.append(el);
      await settled(el);
      expect(states(el)).to.deep.equal([false, false, true]);
    });

    it('reset() unchecks everything without an event or an undo offer', async () => {
      const el = await make();
      const seen = changes(el);
      el.reset();
      await el.updateComplete;
      expect(states(el)).to.deep.equal([false, false, false]);
      expect(button(el, 'Annuler')).to.equal(undefined);
      expect(seen).to.deep.equal([]);
    });

    it('disables the checkboxes and buttons with `disabled`', async () => {
      const el = await make();
      el.disabled = true;
      await el.updateComplete;
      expect(usable(el).every((u) => !u)).to.equal(true);
      expect(button(el, 'Réinitialiser')!.disabled).to.equal(true);
      el.disabled = false;
      await el.updateComplete;
      expect(usable(el).every(Boolean)).to.equal(true);
    });
  });

  describe('keyboard', () => {
    it('reaches a checkbox with Tab and toggles it with Space', async () => {
      const el = await make();
      await sendKeys({ press: 'Tab' });
      expect(active(el)).to.equal(boxes(el)[0]);
      await sendKeys({ press: ' ' }); // "Space" is unknown to Firefox's WebDriver BiDi keyboard
      await el.updateComplete;
      expect(boxes(el)[0].checked).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(active(el)).to.equal(boxes(el)[1]);
      await sendKeys({ press: ' ' }); // "Space" is unknown to Firefox's WebDriver BiDi keyboard
      await el.updateComplete;
      expect(states(el)).to.deep.equal([true, false, false]);
    });

    it('resets with the keyboard, focuses Undo, and Undo restores and returns focus to Reset', async () => {
      const el = await make();
      boxes(el)[0].click();
      await el.updateComplete;
      const seen = changes(el);
      for (let i = 0; i < 4; i++) await sendKeys({ press: 'Tab' });
      expect(active(el)).to.equal(button(el, 'Réinitialiser'));
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(states(el)).to.deep.equal([false, false, false]);
      expect(active(el)).to.equal(button(el, 'Annuler'));
      await waitUntil(() => part(el, 'status').textContent!.trim() === 'Cases décochées.', 'reset announced');
      await sendKeys({ press: ' ' }); // "Space" is unknown to Firefox's WebDriver BiDi keyboard
      await el.updateComplete;
      expect(states(el)).to.deep.equal([true, true, false]);
      expect(button(el, 'Annuler')).to.equal(undefined);
      expect(active(el)).to.equal(button(el, 'Réinitialiser'));
      expect(seen.map((d) => d.checked)).to.deep.equal([[], ['couper-le-gaz', 'lights']]);
    });

    it('returns focus to Reset when the undo offer expires while focused', async () => {
      const el = await make();
      const expire: (() => void)[] = [];
      const realSetTimeout = window.setTimeout;
      // Hold back the long undo timer so the test controls when the offer expires.
      window.setTimeout = ((fn: () => void, ms?: number) => (ms && ms >= 5000 ? (expire.push(fn), 0) : realSetTimeout(fn, ms))) as typeof window.setTimeout;
      try {
        button(el, 'Réinitialiser')!.click();
        await el.updateComplete;
      } finally {
        window.setTimeout = realSetTimeout;
      }
      expect(active(el)).to.equal(button(el, 'Annuler'));
      expect(expire).to.have.length(1);
      expire[0]();
      await el.updateComplete;
      await aTimeout(0);
      expect(button(el, 'Annuler')).to.equal(undefined);
      expect(active(el)).to.equal(button(el, 'Réinitialiser'));
    });

    it('does nothing on Reset when nothing is checked, and says so with aria-disabled', async () => {
      const el = await make(newKey(), { ...block, items: [{ text: 'Seul' }] });
      const reset = button(el, 'Réinitialiser')!;
      expect(reset.getAttribute('aria-disabled')).to.equal('true');
      const seen = changes(el);
      reset.click();
      await el.updateComplete;
      expect(button(el, 'Annuler')).to.equal(undefined);
      expect(seen).to.deep.equal([]);
    });
  });

  describe('events', () => {
    it('fires sov-change (bubbling, composed) with the checked ids, total and completion', async () => {
      const el = await make();
      const events: CustomEvent<ChecklistChangeDetail>[] = [];
      document.addEventListener('sov-change', (e) => events.push(e), { once: true });
      boxes(el)[0].click();
      expect(events).to.have.length(1);
      expect(events[0].bubbles && events[0].composed).to.equal(true);
      expect(events[0].detail).to.deep.equal({ checked: ['couper-le-gaz', 'lights'], total: 3, complete: false });
      const seen = changes(el);
      boxes(el)[2].click();
      expect(seen).to.deep.equal([{ checked: IDS, total: 3, complete: true }]);
    });
    it('handles the checkboxes of items added and reordered after the first render with its one listener', async () => {
      const el = await make(newKey());
      el.data = { ...block, items: [block.items[2], { id: 'new', text: 'Nouveau point' }, block.items[0]] };
      await el.updateComplete;
      const seen = changes(el);
      boxes(el)[1].click();
      boxes(el)[2].click();
      expect(seen.map((d) => d.checked)).to.deep.equal([['new'], ['new', 'couper-le-gaz']]);
      expect(states(el)).to.deep.equal([false, true, true]);
    });
  });

  describe('announcements', () => {
    it('announces the final count once after several quick changes', async () => {
      const el = await make();
      const region = part(el, 'status');
      expect(region.getAttribute('role')).to.equal('status');
      const heard: string[] = [];
      const observer = new MutationObserver(() => {
        const text = region.textContent!.trim();
        if (text) heard.push(text);
      });
      observer.observe(region, { childList: true, subtree: true, characterData: true });
      boxes(el)[0].click();
      boxes(el)[1].click();
      boxes(el)[2].click();
      await el.updateComplete;
      await waitUntil(() => region.textContent!.trim() !== '', 'no announcement', { timeout: 5000 });
      observer.disconnect();
      expect(heard).to.deep.equal(['2 sur 3 cochées']);
    });

    it('announces completion', async () => {
      const el = await make();
      boxes(el)[0].click();
      boxes(el)[2].click();
      await waitUntil(() => part(el, 'status').textContent!.trim() !== '', 'no announcement', { timeout: 5000 });
      expect(part(el, 'status').textContent!.trim()).to.equal('3 sur 3 cochées. Tout est fait !');
    });
  });

  describe('persistence', () => {
    it('saves a versioned record keyed by item id and restores it in a re-created element', async () => {
      const key = newKey();
      const first = await make(key);
      boxes(first)[0].click();
      boxes(first)[1].click();
      const saved = record(key);
      expect(saved.v).to.equal(1);
      expect(saved.items).to.deep.equal({ 'couper-le-gaz': true, lights: false, 'fermer-la-porte-a-cle': false });
      expect(saved.updated).to.be.a('number');
      first.remove();
      const second = await make(key);
      expect(states(second)).to.deep.equal([true, false, false]);
    });

    it('keeps the states of the other items when items are added, removed or reordered', async () => {
      const key = newKey();
      localStorage.setItem(PREFIX + key, JSON.stringify({ v: 1, items: { 'couper-le-gaz': true, lights: false, 'fermer-la-porte-a-cle': true }, updated: 1 }));
      const changed = { ...block, items: [{ text: 'Nouveau point' }, block.items[2], block.items[1]] };
      const el = await make(key, changed);
      expect(states(el)).to.deep.equal([false, true, false]);
      boxes(el)[0].click();
      expect(record(key).items).to.deep.equal({ 'couper-le-gaz': true, lights: false, 'fermer-la-porte-a-cle': true, 'nouveau-point': true });
    });

    it('keys the bundled checklist by pack and block id, with or without the fragment', async () => {
      const a = await fixture<SovChecklist>(html`<sov-checklist content="souverainete-numerique#checklist"></sov-checklist>`);
      await settled(a);
      boxes(a)[0].click();
      const saved = JSON.parse(localStorage.getItem(`${PREFIX}content:souverainete-numerique#checklist`)!);
      expect(saved.items['effort-integration']).to.equal(true);
      a.remove();
      const b = await fixture<SovChecklist>(html`<sov-checklist content="souverainete-numerique"></sov-checklist>`);
      await settled(b);
      expect(boxes(b)[0].checked).to.equal(true);
    });

    it('uses sessionStorage with persist="session" and stores nothing with persist="none"', async () => {
      const key = newKey();
      const session = await fixture<SovChecklist>(html`<sov-checklist persist="session" storage-key=${key} .data=${block}></sov-checklist>`);
      await settled(session);
      boxes(session)[0].click();
      expect(record(key, sessionStorage).items['couper-le-gaz']).to.equal(true);
      expect(localStorage.getItem(PREFIX + key)).to.equal(null);
      const other = newKey();
      const none = await fixture<SovChecklist>(html`<sov-checklist persist="none" storage-key=${other} .data=${block}></sov-checklist>`);
      await settled(none);
      boxes(none)[0].click();
      expect(localStorage.getItem(PREFIX + other)).to.equal(null);
      expect(sessionStorage.getItem(PREFIX + other)).to.equal(null);
    });

    it('keeps two elements with the same key in sync, across tabs and on one page, without sov-change', async () => {
      const key = newKey();
      const a = await make(key);
      const b = await make(key);
      const seen = [...[a, b].map(changes)];
      otherTab(key, JSON.stringify({ v: 1, items: { 'couper-le-gaz': true, lights: false, 'fermer-la-porte-a-cle': true }, updated: Date.now() }));
      await a.updateComplete;
      await b.updateComplete;
      expect(states(a)).to.deep.equal([true, false, true]);
      expect(states(b)).to.deep.equal([true, false, true]);
      expect(seen.flat()).to.deep.equal([]);
      boxes(a)[1].click();
      await b.updateComplete;
      expect(states(b)).to.deep.equal([true, true, true]);
    });

    it('ignores other keys, and falls back to the content when another tab removes the record', async () => {
      const key = newKey();
      const el = await make(key);
      boxes(el)[0].click();
      otherTab(newKey(), JSON.stringify({ v: 1, items: { 'couper-le-gaz': false }, updated: 1 }));
      await el.updateComplete;
      expect(states(el)).to.deep.equal([true, true, false]);
      otherTab(key, null);
      await el.updateComplete;
      expect(states(el)).to.deep.equal([false, true, false]);
    });

    it('prefers the stored state over the content’s checked flags', async () => {
      const key = newKey();
      localStorage.setItem(PREFIX + key, JSON.stringify({ v: 1, items: { lights: false }, updated: 1 }));
      const el = await make(key);
      expect(states(el)).to.deep.equal([false, false, false]);
    });
  });

  describe('storage faults', () => {
    it('works in memory with one warning when reading localStorage itself throws', async () => {
      const key = newKey();
      const { warnings } = await withoutStorage(() =>
        captureConsole(async () => {
          const el = await make(key);
          const seen = changes(el);
          boxes(el)[0].click();
          boxes(el)[2].click();
          await el.updateComplete;
          expect(states(el)).to.deep.equal([true, true, true]);
          expect(shadowText(el)).to.contain('3 / 3');
          expect(seen).to.have.length(2);
          expect(errorBox(el)).to.equal(null);
        })
      );
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<sov-checklist>').and.contain('SecurityError');
    });

    it('works in memory with one warning when every storage method throws', async () => {
      const real = { getItem: Storage.prototype.getItem, setItem: Storage.prototype.setItem, removeItem: Storage.prototype.removeItem };
      const fail = () => {
        throw new DOMException('denied', 'SecurityError');
      };
      Object.assign(Storage.prototype, { getItem: fail, setItem: fail, removeItem: fail });
      try {
        const { warnings } = await captureConsole(async () => {
          const el = await make();
          boxes(el)[0].click();
          boxes(el)[0].click();
          boxes(el)[0].click();
          await el.updateComplete;
          expect(states(el)).to.deep.equal([true, true, false]);
        });
        expect(warnings).to.have.length(1);
      } finally {
        Object.assign(Storage.prototype, real);
      }
    });

    it('keeps working with one warning when a write exceeds the quota, and keeps the old record', async () => {
      const key = newKey();
      const old = JSON.stringify({ v: 1, items: { lights: true }, updated: 1 });
      localStorage.setItem(PREFIX + key, old);
      const { warnings } = await withSetItem(
        () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        },
        () =>
          captureConsole(async () => {
            const el = await make(key);
            boxes(el)[0].click();
            boxes(el)[2].click();
            await el.updateComplete;
            expect(states(el)).to.deep.equal([true, true, true]);
          })
      );
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('QuotaExceededError');
      expect(localStorage.getItem(PREFIX + key)).to.equal(old);
    });

    for (const [label, value] of [
      ['a corrupted value', '{"v":1,"items":{'],
      ['a foreign value', '["not", "ours"]'],
      ['a record from a future version', '{"v":2,"items":{"lights":"maybe"},"tags":[]}'],
    ]) {
      it(`keeps ${label}: never overwritten without a backup copy, one warning`, async () => {
        const key = newKey();
        localStorage.setItem(PREFIX + key, value);
        const { warnings } = await captureConsole(async () => {
          const el = await make(key);
          expect(states(el)).to.deep.equal([false, true, false]);
          expect(errorBox(el)).to.equal(null);
          expect(localStorage.getItem(PREFIX + key)).to.equal(value);
          boxes(el)[0].click();
          boxes(el)[0].click();
        });
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain('<sov-checklist>').and.contain(`${PREFIX}${key}:backup:`);
        const copies = backupsOf(key);
        expect(copies).to.have.length(1);
        expect(localStorage.getItem(copies[0])).to.equal(value);
        expect(record(key).v).to.equal(1);
      });
    }

    it('never writes over a value it cannot copy, and keeps working in memory', async () => {
      const key = newKey();
      localStorage.setItem(PREFIX + key, 'corrupted');
      const { warnings } = await withSetItem(
        function (k, v, real) {
          if (k.includes(':backup:')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          real.call(this, k, v);
        },
        () =>
          captureConsole(async () => {
            const el = await make(key);
            boxes(el)[0].click();
            await el.updateComplete;
            expect(states(el)).to.deep.equal([true, true, false]);
          })
      );
      expect(warnings).to.have.length(1);
      expect(localStorage.getItem(PREFIX + key)).to.equal('corrupted');
      expect(backupsOf(key)).to.deep.equal([]);
    });
  });

  describe('form participation', () => {
    it('submits one entry per checked id under its name', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><sov-checklist name="steps" persist="none" .data=${block}></sov-checklist></form>`);
      const el = form.querySelector('sov-checklist')!;
      await settled(el);
      expect(el.form).to.equal(form);
      expect(new FormData(form).getAll('steps')).to.deep.equal(['lights']);
      boxes(el)[0].click();
      await el.updateComplete;
      expect(new FormData(form).getAll('steps')).to.deep.equal(['couper-le-gaz', 'lights']);
    });

    it('is invalid with `required` until every item is checked', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><sov-checklist name="steps" required persist="none" .data=${block}></sov-checklist></form>`);
      const el = form.querySelector('sov-checklist')!;
      await settled(el);
      expect(el.willValidate).to.equal(true);
      expect(el.checkValidity()).to.equal(false);
      expect(form.checkValidity()).to.equal(false);
      expect(el.validity!.valueMissing).to.equal(true);
      expect(el.validationMessage).to.equal('Cochez toutes les cases.');
      boxes(el)[0].click();
      boxes(el)[2].click();
      await el.updateComplete;
      expect(el.checkValidity()).to.equal(true);
      expect(el.reportValidity()).to.equal(true);
      expect(form.checkValidity()).to.equal(true);
    });

    it('has validity and value right on every read, before the next render', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><sov-checklist name="steps" persist="none" .data=${block}></sov-checklist></form>`);
      const el = form.querySelector('sov-checklist')!;
      await settled(el);
      el.required = true;
      expect(el.checkValidity()).to.equal(false);
      expect(el.validity!.valueMissing).to.equal(true);
      expect(form.checkValidity()).to.equal(false);
      el.checked = IDS;
      expect(el.checkValidity()).to.equal(true);
      expect(el.reportValidity()).to.equal(true);
      el.required = false;
      el.checked = [];
      expect(el.validity!.valid).to.equal(true);
    });

    it('gives the form its value and validity as soon as script changes checked, required or name', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><sov-checklist name="steps" persist="none" .data=${block}></sov-checklist></form>`);
      const el = form.querySelector('sov-checklist')!;
      await settled(el);
      el.checked = ['couper-le-gaz'];
      expect(new FormData(form).getAll('steps')).to.deep.equal(['couper-le-gaz']);
      el.required = true;
      expect(form.checkValidity()).to.equal(false);
      el.checked = IDS;
      expect(form.checkValidity()).to.equal(true);
      el.name = 'etapes';
      expect(new FormData(form).getAll('etapes')).to.deep.equal(IDS);
      expect(new FormData(form).getAll('steps')).to.deep.equal([]);
      boxes(el)[1].click();
      expect(new FormData(form).getAll('etapes')).to.deep.equal(IDS.filter((id) => id !== 'lights'));
    });

    it('submits nothing while its content is invalid', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><sov-checklist name="steps" persist="none" .data=${block}></sov-checklist></form>`);
      const el = form.querySelector('sov-checklist')!;
      await settled(el);
      expect(new FormData(form).getAll('steps')).to.deep.equal(['lights']);
      await captureConsole(async () => {
        el.data = { items: [{ text: '' }] };
        await settled(el);
      });
      expect(errorBox(el)).to.exist;
      expect(new FormData(form).getAll('steps')).to.deep.equal([]);
    });

    it('restores the ticks the browser kept for the form (formStateRestoreCallback)', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><sov-checklist name="steps" persist="none" .data=${block}></sov-checklist></form>`);
      const el = form.querySelector('sov-checklist')!;
      await settled(el);
      el.formStateRestoreCallback(JSON.stringify(['couper-le-gaz', 'fermer-la-porte-a-cle']));
      await el.updateComplete;
      expect(states(el)).to.deep.equal([true, false, true]);
      expect(new FormData(form).getAll('steps')).to.deep.equal(['couper-le-gaz', 'fermer-la-porte-a-cle']);
      el.formStateRestoreCallback('not json');
      await el.updateComplete;
      expect(states(el)).to.deep.equal([true, false, true]);
    });

    it('restores the content’s initial state on form reset, and saves it', async () => {
      const key = newKey();
      localStorage.setItem(PREFIX + key, JSON.stringify({ v: 1, items: { 'couper-le-gaz': true, lights: false }, updated: 1 }));
      const form = await fixture<HTMLFormElement>(html`<form><sov-checklist name="steps" storage-key=${key} .data=${block}></sov-checklist></form>`);
      const el = form.querySelector('sov-checklist')!;
      await settled(el);
      expect(states(el)).to.deep.equal([true, false, false]);
      form.reset();
      await el.updateComplete;
      expect(states(el)).to.deep.equal([false, true, false]);
      expect(record(key).items).to.deep.equal({ 'couper-le-gaz': false, lights: true, 'fermer-la-porte-a-cle': false });
      expect(new FormData(form).getAll('steps')).to.deep.equal(['lights']);
    });

    it('is disabled inside a disabled fieldset', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><fieldset disabled><sov-checklist name="steps" persist="none" .data=${block}></sov-checklist></fieldset></form>`);
      const el = form.querySelector('sov-checklist')!;
      await settled(el);
      expect(usable(el).every((u) => !u)).to.equal(true);
      expect(new FormData(form).getAll('steps')).to.deep.equal([]);
      form.querySelector('fieldset')!.disabled = false;
      await aTimeout(0);
      await el.updateComplete;
      expect(usable(el).every(Boolean)).to.equal(true);
    });

    it('is not disabled inside the legend of a disabled fieldset', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><fieldset disabled><legend><sov-checklist name="steps" persist="none" .data=${block}></sov-checklist></legend></fieldset></form>`);
      const el = form.querySelector('sov-checklist')!;
      await settled(el);
      expect(usable(el).every(Boolean)).to.equal(true);
      expect(new FormData(form).getAll('steps')).to.deep.equal(['lights']);
    });
  });

  describe('accessibility', () => {
    it('puts its checkboxes in a group named by the title (APG checkbox pattern)', async function () {
      const el = await make();
      const group = shadow(el).querySelector('[role="group"]')!;
      expect(group).to.exist;
      expect(shadow(el).getElementById(group.getAttribute('aria-labelledby')!)!.textContent!.trim()).to.equal('Avant de partir');
      expect(group.querySelectorAll('input[type="checkbox"]')).to.have.length(3);
      // The accessibility tree itself, where the engine gives it (Chromium, through CDP).
      if (!isChromium) this.skip();
      el.id = 'ax-probe';
      type Node = { role: string; name?: string; children?: Node[] };
      const tree = await executeServerCommand<Node, { selector: string }>('a11y-tree', { selector: '#ax-probe >>> [role="group"]' });
      expect(tree.role).to.equal('group');
      expect(tree.name).to.equal('Avant de partir');
      const boxesInTree: string[] = [];
      const walk = (n: Node) => {
        if (n.role === 'checkbox') boxesInTree.push(n.name ?? '');
        n.children?.forEach(walk);
      };
      walk(tree);
      expect(boxesInTree).to.deep.equal(['Couper le gaz', 'Éteindre les lumières', 'Fermer la porte à clé']);
    });

    it('marks its English UI strings lang="en" in a page of another language (RGAA 8.7)', async () => {
      const el = await fixture<SovChecklist>(html`<sov-checklist lang="de" persist="none" .data=${block}></sov-checklist>`);
      await settled(el);
      const controls = shadow(el).querySelector('[part~="controls"]')!;
      expect(controls.getAttribute('lang')).to.equal('en');
      expect(controls.textContent).to.contain('Reset');
      expect(shadow(el).querySelector('.summary')!.getAttribute('lang')).to.equal('en');
    });

    it('has no axe violations when empty, partial, complete and offering undo', async () => {
      const el = await make(newKey(), { ...block, items: block.items.map(({ id, text }) => ({ ...(id ? { id } : {}), text })) });
      await expect(el).to.be.accessible();
      boxes(el)[0].click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      boxes(el)[1].click();
      boxes(el)[2].click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      button(el, 'Réinitialiser')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('has no axe violations for the bundled checklist', async () => {
      const el = await fixture<SovChecklist>(html`<sov-checklist persist="none" content="souverainete-numerique#checklist"></sov-checklist>`);
      await settled(el);
      await expect(el).to.be.accessible();
    });
  });

  describe('long lists', () => {
    const long = { type: 'checklist', items: Array.from({ length: 80 }, (_, i) => ({ text: `Point ${i + 1} à vérifier` })) };

    it('keeps its rows 2px apart and as wide as the element when it narrows, those out of view too', async () => {
      await expectItemsFollowWidth(await make(newKey(), long), 2);
    });

    it('toggles a row out of view once focused, with Space', async () => {
      const el = await make(newKey(), long);
      const last = boxes(el).at(-1)!;
      last.focus();
      expect(active(el)).to.equal(last);
      await sendKeys({ press: ' ' }); // "Space" is unknown to Firefox's WebDriver BiDi keyboard
      await el.updateComplete;
      expect(last.checked).to.equal(true);
      expect(states(el).filter(Boolean)).to.have.length(1);
      expect(last.getBoundingClientRect().height, 'laid out once focused').to.be.greaterThan(0);
    });
  });

  describe('parts and tokens', () => {
    it('exposes its parts', async () => {
      const el = await make();
      button(el, 'Réinitialiser')!.click();
      await el.updateComplete;
      for (const name of ['base', 'heading', 'list', 'item', 'label', 'checkbox', 'icon', 'progress', 'controls', 'button', 'status']) {
        expect(shadow(el).querySelector(`[part~="${name}"]`), name).to.exist;
      }
    });

    it('takes the checkbox and progress colours from custom properties', async () => {
      const el = await make();
      el.style.setProperty('--sov-checklist-check-color', 'rgb(1, 2, 3)');
      el.style.setProperty('--sov-checklist-progress-color', 'rgb(4, 5, 6)');
      expect(getComputedStyle(boxes(el)[0]).accentColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(part(el, 'progress')).color).to.equal('rgb(4, 5, 6)');
    });
  });

  describe('lifecycle', () => {
    it('stops listening to other tabs while disconnected and listens again when reconnected', async () => {
      const key = newKey();
      const el = await make(key);
      const parent = el.parentElement!;
      el.remove();
      otherTab(key, JSON.stringify({ v: 1, items: { 'couper-le-gaz': true }, updated: 1 }));
      await el.updateComplete;
      expect(states(el)).to.deep.equal([false, true, false]);
      parent.append(el);
      await el.updateComplete;
      otherTab(key, JSON.stringify({ v: 1, items: { 'fermer-la-porte-a-cle': true }, updated: 2 }));
      await el.updateComplete;
      expect(states(el)).to.deep.equal([false, true, true]);
    });

    it('drops the undo offer when disconnected', async () => {
      const el = await make();
      button(el, 'Réinitialiser')!.click();
      await el.updateComplete;
      expect(button(el, 'Annuler')).to.exist;
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      await el.updateComplete;
      expect(button(el, 'Annuler')).to.equal(undefined);
    });

    it('reloads the state when the storage key changes', async () => {
      const key = newKey();
      localStorage.setItem(PREFIX + key, JSON.stringify({ v: 1, items: { 'fermer-la-porte-a-cle': true }, updated: 1 }));
      const el = await make();
      el.storageKey = key;
      await el.updateComplete;
      expect(states(el)).to.deep.equal([false, true, true]);
    });
  });

  describe('bad input', () => {
    it('reports an invalid item id with its path', async () => {
      const el = await make();
      const { errors } = await captureConsole(async () => {
        el.data = { type: 'checklist', items: [{ id: '1 bad', text: 'x' }] };
        await settled(el);
      });
      expect(errorBox(el)!.textContent).to.contain('items[0].id');
      expect(errors).to.have.length(1);
    });

    it('reports two items given the same id with both paths', async () => {
      const { result: el, errors } = await captureConsole(() => make(newKey(), { items: [{ id: 'a', text: 'x' }, { id: 'a', text: 'y' }] }));
      expect(errorBox(el)).to.exist;
      expect(errorBox(el)!.textContent).to.contain('items[1].id: duplicate id "a" (also items[0])');
      expect(errors).to.have.length(1);
    });

    it('survives nonsense in `checked` and `persist`', async () => {
      const el = await make();
      el.setAttribute('persist', 'bogus');
      await settled(el);
      (el as unknown as { checked: unknown }).checked = 'lights';
      await el.updateComplete;
      expect(states(el)).to.deep.equal([false, false, false]);
      boxes(el)[0].click();
      expect(record(el.storageKey!).items['couper-le-gaz']).to.equal(true);
    });
  });
});
