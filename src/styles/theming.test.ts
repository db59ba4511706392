/**
 * The token system across every element: one override reaches all of them, the presets meet
 * WCAG AA computed in the browser, and forced colours, right-to-left, print and reduced motion
 * behave. Media emulation uses Chromium's DevTools protocol; in other engines the same rules are
 * checked in the adopted stylesheets.
 */
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../all.js';
import { contrast, over, resolveColor } from '../test-utils/color.js';
import { settled } from '../test-utils/helpers.js';

type Sov = HTMLElement & { updateComplete: Promise<unknown> };

const emulate = (media: Record<string, string>) => executeServerCommand<boolean, Record<string, string>>('sov-emulate-media', media);

const gallery = () => html`<div>
  <sov-tldr content="souverainete-numerique" tone="info" collapsible></sov-tldr>
  <sov-list content="souverainete-numerique#avantages"></sov-list>
  <sov-table content="souverainete-numerique#securite" sortable filterable></sov-table>
  <sov-checklist content="souverainete-numerique" persist="none"></sov-checklist>
  <sov-faq content="souverainete-numerique" searchable></sov-faq>
</div>`;

async function settleAll(root: HTMLElement) {
  for (const el of Array.from(root.querySelectorAll<Sov>('sov-tldr, sov-list, sov-table, sov-checklist, sov-faq'))) await settled(el);
}

function hasMediaRule(el: Element, media: RegExp): boolean {
  return el.shadowRoot!.adoptedStyleSheets.some((sheet) => Array.from(sheet.cssRules).some((r) => r instanceof CSSMediaRule && media.test(r.conditionText ?? r.media.mediaText)));
}

const COLOR_PROPS = ['color', 'background-color', 'border-top-color', 'border-inline-start-color', 'outline-color', 'accent-color', 'fill', 'text-decoration-color'];

describe('theming', () => {
  afterEach(async () => {
    await emulate({ media: '', forcedColors: 'none', reducedMotion: 'no-preference', colorScheme: 'light' });
    document.querySelectorAll('style[data-preset]').forEach((s) => s.remove());
  });

  it('one global token reaches every element, and nothing else changes', async () => {
    const wrapper = await fixture<HTMLElement>(gallery());
    // A list point without an emoji gets an accent-coloured bullet (the pack's points all have one).
    wrapper.querySelector<HTMLElement & { data: unknown }>('sov-list')!.data = { items: [{ text: 'Point sans icône' }, { icon: '🔐', text: 'Avec icône' }] };
    await settleAll(wrapper);
    // The table shows the accent on the sorted column's arrow.
    wrapper.querySelector('sov-table')!.shadowRoot!.querySelector<HTMLButtonElement>('th button')!.click();
    await settleAll(wrapper);
    wrapper.style.setProperty('--sov-color-accent', 'rgb(1, 2, 3)');
    await aTimeout(0);
    for (const el of Array.from(wrapper.children)) {
      // What the element draws: its shadow root, and the content it shows in place (light DOM), pseudo-elements included.
      const nodes = [...Array.from(el.shadowRoot!.querySelectorAll('*')), ...Array.from(el.querySelectorAll('*'))];
      const hits = nodes.filter((n) =>
        [null, '::before', '::after'].some((pseudo) => {
          const cs = getComputedStyle(n, pseudo);
          return COLOR_PROPS.some((p) => cs.getPropertyValue(p).includes('rgb(1, 2, 3)'));
        })
      );
      expect(hits.length, `${el.localName} uses the accent token`).to.be.greaterThan(0);
      // Body text keeps the page's colour.
      expect(getComputedStyle(el.shadowRoot!.querySelector('[part~="base"]') ?? el.shadowRoot!.firstElementChild!).color).not.to.equal('rgb(1, 2, 3)');
    }
  });

  describe('presets meet WCAG AA', () => {
    for (const [preset, extra] of [
      ['default', ''],
      ['dark', ''],
      ['high-contrast', ''],
      ['dsfr', ''],
      ['dsfr', '/demo/dsfr-vars.css'],
    ] as const) {
      it(`${preset}${extra ? ' with DSFR variables on the page' : ''}`, async () => {
        for (const url of [extra, `/themes/${preset}.css`].filter(Boolean)) {
          const style = document.createElement('style');
          style.dataset.preset = '';
          style.textContent = await (await fetch(url)).text();
          document.head.append(style);
        }
        const el = await fixture<Sov>(html`<sov-faq content="souverainete-numerique"></sov-faq>`);
        await settled(el);
        const page = over(resolveColor('Canvas', el), [255, 255, 255, 1]);
        const surface = over(resolveColor('var(--_sov-surface)', el), page);
        const raised = over(resolveColor('var(--_sov-raised)', el), surface);
        const color = (name: string) => over(resolveColor(`var(${name})`, el), surface);
        for (const [bg, bgName] of [[surface, 'surface'], [raised, 'raised surface']] as const) {
          expect(contrast(color('--_sov-text'), bg), `text on ${bgName}`).to.be.at.least(4.5);
          expect(contrast(color('--_sov-muted'), bg), `muted text on ${bgName}`).to.be.at.least(4.5);
          expect(contrast(color('--_sov-accent'), bg), `accent on ${bgName}`).to.be.at.least(4.5);
          expect(contrast(color('--_sov-focus'), bg), `focus ring on ${bgName}`).to.be.at.least(3);
          expect(contrast(color('--_sov-border'), bg), `border on ${bgName}`).to.be.at.least(3);
          for (const role of ['--_sov-success', '--_sov-warning', '--_sov-danger']) expect(contrast(color(role), bg), `${role} on ${bgName}`).to.be.at.least(4.5);
        }
        expect(contrast(over(resolveColor('var(--_sov-accent-text)', el), page), color('--_sov-accent')), 'accent text on accent').to.be.at.least(4.5);
      });
    }

    it('follows prefers-color-scheme when the page opts in with color-scheme', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div class="scheme"><sov-faq content="souverainete-numerique"></sov-faq></div>`);
      const el = wrapper.querySelector<Sov>('sov-faq')!;
      await settled(el);
      const light = resolveColor('var(--_sov-accent)', el);
      wrapper.style.colorScheme = 'dark';
      const dark = resolveColor('var(--_sov-accent)', el);
      expect(dark).not.to.deep.equal(light);
      expect(contrast(dark, [18, 18, 18, 1])).to.be.at.least(4.5);
    });
  });

  it('keeps focus, state and sort arrows visible in forced colours', async () => {
    const wrapper = await fixture<HTMLElement>(gallery());
    await settleAll(wrapper);
    const faq = wrapper.querySelector('sov-faq')!;
    const table = wrapper.querySelector('sov-table')!;
    if (!(await emulate({ forcedColors: 'active' }))) {
      for (const el of Array.from(wrapper.children)) expect(hasMediaRule(el, /forced-colors:\s*active/), `${el.localName} has forced-colors rules`).to.equal(true);
      return;
    }
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    // Focus by keyboard (Tab from the search box) so :focus-visible applies.
    faq.shadowRoot!.querySelector<HTMLInputElement>('input')!.focus();
    await sendKeys({ press: 'Tab' });
    const ring = getComputedStyle(faq.shadowRoot!.activeElement!);
    expect(ring.outlineStyle).not.to.equal('none');
    expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
    const icon = table.shadowRoot!.querySelector('[part~="icon"]');
    if (icon) expect(getComputedStyle(icon).visibility).to.equal('visible');
    const box = wrapper.querySelector('sov-checklist')!.shadowRoot!.querySelector('input[type="checkbox"]')!;
    expect(getComputedStyle(box).forcedColorAdjust).not.to.equal('none');
  });

  it('mirrors in right-to-left', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div dir="rtl"><sov-list content="souverainete-numerique#avantages"></sov-list></div>`);
    const list = wrapper.querySelector<Sov>('sov-list')!;
    await settled(list);
    const item = list.querySelector(':scope > ul > li')!;
    const icon = item.querySelector('[data-sov-icon]')!.getBoundingClientRect();
    const range = document.createRange();
    range.setStartAfter(item.querySelector('[data-sov-icon]')!);
    range.setEndAfter(item.lastChild!);
    const text = range.getBoundingClientRect();
    expect(icon.left).to.be.greaterThan(text.left);
    expect(icon.right).to.be.closeTo(item.getBoundingClientRect().right, 1);
  });

  it('prints without controls, with every FAQ answer shown', async () => {
    const wrapper = await fixture<HTMLElement>(gallery());
    await settleAll(wrapper);
    if (!(await emulate({ media: 'print' }))) {
      for (const el of Array.from(wrapper.children)) expect(hasMediaRule(el, /print/), `${el.localName} has print rules`).to.equal(true);
      return;
    }
    expect(matchMedia('print').matches).to.equal(true);
    for (const el of Array.from(wrapper.children)) {
      for (const control of Array.from(el.shadowRoot!.querySelectorAll('[part~="controls"], [part~="search"], .button'))) {
        expect(getComputedStyle(control).display, `${el.localName} ${control.getAttribute('part') ?? control.className}`).to.equal('none');
      }
    }
    // The FAQ's answers are the first node after each summary of its native details, closed or not.
    const answers = Array.from(wrapper.querySelector('sov-faq')!.querySelectorAll(':scope > details > summary + *'));
    expect(answers.length).to.equal(5);
    for (const a of answers) expect(a.getBoundingClientRect().height, 'answer printed').to.be.greaterThan(0);
  });

  it('zeroes transitions under prefers-reduced-motion', async () => {
    const el = await fixture<Sov>(html`<sov-faq content="souverainete-numerique"></sov-faq>`);
    await settled(el);
    if (!(await emulate({ reducedMotion: 'reduce' }))) {
      expect(hasMediaRule(el, /prefers-reduced-motion:\s*reduce/)).to.equal(true);
      return;
    }
    const duration = resolveDuration(el);
    expect(duration).to.equal('0s');
    await emulate({ reducedMotion: 'no-preference' });
    expect(resolveDuration(el)).not.to.equal('0s');
  });
});

function resolveDuration(el: Element): string {
  return getComputedStyle(el.shadowRoot!.querySelector('[part~="base"]') ?? el).getPropertyValue('--_sov-duration').trim();
}
