import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import './sov-faq.js';
import { SovFaq, type FaqToggleDetail } from './faq.js';
import { contentSourceSuite } from '../test-utils/content-suite.js';
import { captureConsole, errorBox, expectItemsFollowWidth, settled, shadow, shadowText } from '../test-utils/helpers.js';

const block = {
  type: 'faq',
  title: 'Questions fréquentes',
  items: [
    { question: 'Qu’est-ce que la **sécurité** ?', answer: 'Une réponse *sûre*.\n\n- un point\n- un autre' },
    { id: 'deux', question: 'Deuxième question', answer: 'Deuxième réponse, avec `du code`.' },
    { question: 'Troisième question', answer: 'Voir [le site](https://example.org/).' },
  ],
};
const two = { ...block, items: block.items.slice(0, 2) };
const FIRST = 'qu-est-ce-que-la-securite';

const findable = 'onbeforematch' in document.body;

function buttons(el: SovFaq): HTMLButtonElement[] {
  return Array.from(shadow(el).querySelectorAll<HTMLButtonElement>('[part~="button"]'));
}

function panelOf(el: SovFaq, button: HTMLElement): HTMLElement {
  return shadow(el).getElementById(button.getAttribute('aria-controls')!)!;
}

function expanded(el: SovFaq): boolean[] {
  return buttons(el).map((b) => b.getAttribute('aria-expanded') === 'true');
}

function visibleQuestions(el: SovFaq): string[] {
  return Array.from(shadow(el).querySelectorAll<HTMLElement>('[part~="item"]'))
    .filter((item) => !item.hidden)
    .map((item) => item.querySelector('[part~="button"]')!.textContent!.replace(/\s+/g, ' ').trim());
}

function status(el: SovFaq): string {
  return shadow(el).querySelector('[part~="status"]')!.textContent!.trim();
}

function toggles(el: HTMLElement): FaqToggleDetail[] {
  const seen: FaqToggleDetail[] = [];
  el.addEventListener('sov-toggle', (e) => seen.push(e.detail));
  return seen;
}

async function make(data: Record<string, unknown> = block, attrs: Partial<Pick<SovFaq, 'single' | 'searchable' | 'structuredData'>> = {}): Promise<SovFaq> {
  const el = await fixture<SovFaq>(html`<sov-faq lang="fr" .data=${data} ?single=${attrs.single} ?searchable=${attrs.searchable} ?structured-data=${attrs.structuredData}></sov-faq>`);
  await settled(el);
  return el;
}

async function typeInSearch(el: SovFaq, text: string): Promise<void> {
  const input = shadow(el).querySelector<HTMLInputElement>('[part~="search"]')!;
  input.focus();
  input.select();
  if (text) await sendKeys({ type: text });
  else await sendKeys({ press: 'Backspace' });
  await el.updateComplete;
}

/** WebKit runs under WebDriver here, whose key command only presses (no separate down and up). */
const isWebDriver = !/(Chrome|Firefox)\//.test(navigator.userAgent);

/** Shift+Tab; WebDriver presses every key of the string together: its Shift and Tab code points. */
async function shiftTab(): Promise<void> {
  if (isWebDriver) {
    await sendKeys({ press: '\uE008\uE004' });
    return;
  }
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

/** Only Chromium's driver (CDP) emulates media features; Firefox's BiDi and WebKit's WebDriver lack it. */
const isChromium = /Chrome\//.test(navigator.userAgent);

/** The text of the style rules inside `@media` rules whose condition contains `condition`. */
function mediaRules(condition: string): string {
  const sheets = SovFaq.elementStyles.map((s) => (s instanceof CSSStyleSheet ? s : s.styleSheet!));
  return sheets
    .flatMap((sheet) => Array.from(sheet.cssRules))
    .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes(condition))
    .map((rule) => rule.cssText)
    .join('\n');
}

/** Puts `hash` in the URL without a history entry or a hashchange event; returns a restore function. */
function withHash(hash: string): () => void {
  const before = location.href;
  history.replaceState(history.state, '', `#${hash}`);
  return () => history.replaceState(history.state, '', before);
}

describe('<sov-faq>', () => {
  contentSourceSuite({
    tag: 'sov-faq',
    block,
    marker: 'Deuxième réponse',
    authored: '<h2>FAQ écrite</h2><details><summary>Question écrite ?</summary><p>Réponse écrite.</p></details>',
    htmlMarker: 'Réponse écrite.',
    packRef: 'souverainete-numerique#faq',
    packMarker: 'Qu’est-ce que la souveraineté numérique ?',
    invalid: { type: 'faq', items: [{ question: 'Sans réponse ?' }] },
    invalidPath: 'items[0].answer',
    withText: (text) => ({ ...block, title: text, items: [{ question: text, answer: text }] }),
  });

  describe('rendering', () => {
    it('reads a heading per question followed by its answer, as WYSIWYG editors write it', async () => {
      const el = await fixture<SovFaq>(html`<sov-faq>
        <h2>Questions</h2>
        <h3 id="cout">Combien ça coûte ?</h3>
        <p>Rien en licence.</p>
        <p>Le support se paie.</p>
        <h3>Et la <em>sécurité</em> ?</h3>
        <ul><li>audits</li><li>correctifs</li></ul>
      </sov-faq>`);
      await settled(el);
      const root = shadow(el);
      expect(root.querySelector('h2')!.textContent!.trim()).to.equal('Questions');
      const buttons = Array.from(root.querySelectorAll('h3 button'));
      expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal(['Combien ça coûte ?', 'Et la sécurité ?']);
      expect(el.openItems).to.deep.equal([]);
      el.expandAll();
      await el.updateComplete;
      const panels = root.querySelectorAll('[part~="answer"]');
      expect(panels[0].querySelectorAll('p')).to.have.length(2);
      expect(panels[1].querySelectorAll('li')).to.have.length(2);
      expect(root.getElementById('question-cout')).to.exist;
    });

    it('renders the title, each question as a heading holding a button, and rich answers', async () => {
      const el = await make();
      const root = shadow(el);
      expect(root.querySelector('h2[part~="heading"]')!.textContent).to.equal('Questions fréquentes');
      const headings = Array.from(root.querySelectorAll('h3[part~="question"]'));
      expect(headings).to.have.length(3);
      expect(headings.map((h) => h.children[0].tagName)).to.deep.equal(['BUTTON', 'BUTTON', 'BUTTON']);
      expect(headings[0].querySelector('strong')!.textContent).to.equal('sécurité');
      const answer = panelOf(el, buttons(el)[0]);
      expect(answer.querySelector('p em')!.textContent).to.equal('sûre');
      expect(Array.from(answer.querySelectorAll('ul li')).map((li) => li.textContent)).to.deep.equal(['un point', 'un autre']);
      expect(panelOf(el, buttons(el)[1]).querySelector('code')!.textContent).to.equal('du code');
      expect(panelOf(el, buttons(el)[2]).querySelector('a')!.getAttribute('href')).to.equal('https://example.org/');
    });

    it('renders the pack’s FAQ: its title and five questions, all closed', async () => {
      const el = await fixture<SovFaq>(html`<sov-faq content="souverainete-numerique#faq"></sov-faq>`);
      await settled(el);
      expect(shadow(el).querySelector('[part~="heading"]')!.textContent).to.equal('FAQ : ce que vous devez savoir sur l’open source et la souveraineté numérique');
      expect(buttons(el)).to.have.length(5);
      expect(buttons(el)[0].textContent!.trim()).to.equal('Qu’est-ce que la souveraineté numérique ?');
      expect(expanded(el)).to.deep.equal([false, false, false, false, false]);
    });

    it('renders links in a question as text: a button cannot hold a link', async () => {
      const el = await make({ items: [{ question: 'Voir [ce lien](https://example.org/) ?', answer: 'Oui.' }] });
      expect(buttons(el)[0].querySelector('a')).to.equal(null);
      expect(buttons(el)[0].textContent!.trim()).to.equal('Voir ce lien ?');
    });

    it('puts questions at `heading-level` and the title one level above', async () => {
      const el = await make();
      el.headingLevel = 4;
      await el.updateComplete;
      expect(shadow(el).querySelectorAll('h4[part~="question"]')).to.have.length(3);
      expect(shadow(el).querySelector('h3[part~="heading"]')).to.exist;
    });

    it('renders questions at every level from 2 to 6 (a fraction rounded), their buttons, ids and panels unchanged', async () => {
      const el = await make();
      for (const level of [2, 5, 6, 4.6, 3]) {
        el.headingLevel = level;
        await el.updateComplete;
        const tag = `h${Math.round(level)}`;
        const questions = Array.from(shadow(el).querySelectorAll('[part~="question"]'));
        expect(questions.map((q) => q.localName), `level ${level}`).to.deep.equal([tag, tag, tag]);
        expect(questions.map((q) => [q.className, q.children.length, q.children[0].id])).to.deep.equal([
          ['question', 1, `question-${FIRST}`],
          ['question', 1, 'question-deux'],
          ['question', 1, 'question-troisieme-question'],
        ]);
      }
      buttons(el)[1].click();
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal([false, true, false]);
      expect(panelOf(el, buttons(el)[1]).getAttribute('aria-labelledby')).to.equal('question-deux');
      expect(panelOf(el, buttons(el)[1]).querySelector('[part~="copy"]')).to.exist;
      buttons(el)[1].click();
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal([false, false, false]);
      expect(shadow(el).querySelector('[part~="copy"]'), 'no copy row in a closed answer').to.equal(null);
      expect(panelOf(el, buttons(el)[1]).textContent!.trim()).to.equal('Deuxième réponse, avec du code.');
    });

    it('renders a lean item: one template for the heading, button and panel, no part for the copy row of a closed answer', async () => {
      // Nodes added per closed item (elements, text and Lit's markers), measured between 10 and 30 items.
      const count = async (n: number) => {
        const el = await make({ items: Array.from({ length: n }, (_, i) => ({ question: `Question ${i} ?`, answer: `Réponse ${i}.` })) });
        const walker = document.createTreeWalker(shadow(el), NodeFilter.SHOW_ALL);
        let nodes = 0;
        while (walker.nextNode()) nodes++;
        return nodes;
      };
      const perItem = ((await count(30)) - (await count(10))) / 20;
      // 17 with the heading and the button as templates of their own and a part for the copy row of every answer.
      expect(perItem).to.be.at.most(14);
    });

    it('takes levels from an authored title (questions one below) or from headings in the summaries', async () => {
      const a = await fixture<SovFaq>(html`<sov-faq><h3>FAQ</h3><details><summary>Q ?</summary>R.</details></sov-faq>`);
      await settled(a);
      expect(shadow(a).querySelector('h3[part~="heading"]')!.textContent).to.equal('FAQ');
      expect(shadow(a).querySelector('h4[part~="question"]')).to.exist;
      const b = await fixture<SovFaq>(html`<sov-faq><details><summary><h5>Q ?</h5></summary>R.</details></sov-faq>`);
      await settled(b);
      expect(shadow(b).querySelector('h5[part~="question"]')!.textContent!.trim()).to.equal('Q ?');
    });
  });

  describe('light-DOM reader', () => {
    it('keeps paragraphs, lists, links, emphasis and code; drops scripts, handlers, styles and unsafe links', async () => {
      const w = window as unknown as { __faqPwned?: number };
      w.__faqPwned = 0;
      // A string fixture is parsed like a CMS page's HTML (its script is inert, as after innerHTML).
      const el = await fixture<SovFaq>(`<sov-faq>
        <details id="riche">
          <summary>Une question <em>riche</em> ?</summary>
          <p>Un <em>paragraphe</em> avec <code>du code</code>, <a href="https://example.org/doc">un lien</a>
             et <a href="javascript:window.__faqPwned=1">un faux lien</a>.</p>
          <ul><li>premier</li><li>second</li></ul>
          <script>window.__faqPwned = 2</script>
          <p onclick="window.__faqPwned = 3" style="color: red">Cliquez.</p>
          <img alt="" onerror="window.__faqPwned = 4">
        </details>
      </sov-faq>`);
      await settled(el);
      el.open('riche');
      await el.updateComplete;
      const panel = panelOf(el, buttons(el)[0]);
      expect(buttons(el)[0].querySelector('em')!.textContent).to.equal('riche');
      expect(panel.querySelector('p em')!.textContent).to.equal('paragraphe');
      expect(panel.querySelector('p code')!.textContent).to.equal('du code');
      const links = Array.from(panel.querySelectorAll('a'));
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/doc']);
      expect(panel.textContent).to.contain('un faux lien');
      expect(Array.from(panel.querySelectorAll('ul li')).map((li) => li.textContent)).to.deep.equal(['premier', 'second']);
      expect(panel.querySelector('script, img, [onclick], [style]')).to.equal(null);
      expect(panel.textContent).to.contain('Cliquez.');
      buttons(el)[0].click();
      (panel.querySelector('p:last-of-type') as HTMLElement | null)?.click();
      expect(w.__faqPwned).to.equal(0);
    });

    it('uses the id of each <details> as the item id and starts <details open> open', async () => {
      const el = await fixture<SovFaq>(html`<sov-faq>
        <details id="premiere"><summary>Première ?</summary><p>Oui.</p></details>
        <details open><summary>Seconde ?</summary><p>Non.</p></details>
      </sov-faq>`);
      await settled(el);
      expect(expanded(el)).to.deep.equal([false, true]);
      expect(el.openItems).to.deep.equal(['seconde']);
      el.expandAll();
      expect(el.openItems).to.deep.equal(['premiere', 'seconde']);
    });
  });

  describe('properties', () => {
    it('opens and closes items with open(), close(), toggle(), expandAll(), collapseAll() and openItems', async () => {
      const el = await make();
      el.open('deux');
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal([false, true, false]);
      el.close('deux');
      expect(el.toggle(FIRST)).to.equal(true);
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal([true, false, false]);
      expect(el.toggle(FIRST, true)).to.equal(true);
      expect(el.toggle(FIRST)).to.equal(false);
      el.expandAll();
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal([true, true, true]);
      expect(el.openItems).to.deep.equal([FIRST, 'deux', 'troisieme-question']);
      el.collapseAll();
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal([false, false, false]);
      el.openItems = ['troisieme-question', 'deux'];
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal([false, true, true]);
    });

    it('makes ids from the questions, accents folded, unique on the page, released on disconnect', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div><p id="deux">Un élément de la page.</p></div>`);
      const a = document.createElement('sov-faq');
      const b = document.createElement('sov-faq');
      a.data = block;
      b.data = block;
      wrapper.append(a, b);
      await settled(a);
      await settled(b);
      a.expandAll();
      b.expandAll();
      expect(a.openItems).to.deep.equal([FIRST, 'deux-2', 'troisieme-question']);
      expect(b.openItems).to.deep.equal([`${FIRST}-2`, 'deux-3', 'troisieme-question-2']);
      a.remove();
      const c = document.createElement('sov-faq');
      c.data = block;
      wrapper.append(c);
      await settled(c);
      c.expandAll();
      expect(c.openItems).to.deep.equal([FIRST, 'deux-2', 'troisieme-question']);
    });

    it('keeps an id an author gave, page-wide: another FAQ’s slug gives it up', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      const a = document.createElement('sov-faq');
      const b = document.createElement('sov-faq');
      a.data = { items: [{ question: 'Deux', answer: 'Slug.' }] };
      b.data = { items: [{ id: 'deux', question: 'Autre', answer: 'Donné.' }] };
      wrapper.append(a);
      await settled(a);
      a.expandAll();
      expect(a.openItems).to.deep.equal(['deux']);
      wrapper.append(b);
      await settled(b);
      await settled(a);
      b.expandAll();
      expect(b.openItems).to.deep.equal(['deux']);
      expect(shadow(b).getElementById('question-deux')).to.exist;
      expect(shadow(a).getElementById('question-deux')).to.equal(null);
      expect(shadow(a).getElementById('question-deux-2')).to.exist;
    });

    it('in `single` mode keeps one answer open', async () => {
      const el = await make(block, { single: true });
      const seen = toggles(el);
      buttons(el)[0].click();
      await el.updateComplete;
      buttons(el)[1].click();
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal([false, true, false]);
      expect(seen).to.deep.equal([
        { id: FIRST, open: true },
        { id: FIRST, open: false },
        { id: 'deux', open: true },
      ]);
      el.open('troisieme-question');
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal([false, false, true]);
      expect(shadow(el).querySelector('[part~="controls"]'), 'no expand all in single mode').to.equal(null);
    });

    it('keeps only the first open answer when `single` is turned on', async () => {
      const el = await make();
      el.openItems = ['deux', 'troisieme-question'];
      el.single = true;
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal([false, true, false]);
    });

    it('has "Tout déplier" and "Tout replier" buttons from 3 items, in the page’s language', async () => {
      const el = await make();
      const controls = shadow(el).querySelector('[part~="controls"]')!;
      const [expandAll, collapseAll] = Array.from(controls.querySelectorAll('button'));
      expect([expandAll.textContent, collapseAll.textContent]).to.deep.equal(['Tout déplier', 'Tout replier']);
      expandAll.click();
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal([true, true, true]);
      collapseAll.click();
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal([false, false, false]);
      el.lang = 'en';
      await aTimeout(0);
      await el.updateComplete;
      expect(Array.from(controls.querySelectorAll('button')).map((b) => b.textContent)).to.deep.equal(['Expand all', 'Collapse all']);
      const small = await make(two);
      expect(shadow(small).querySelector('[part~="controls"]')).to.equal(null);
    });

    it('writes schema.org FAQPage JSON-LD into its light DOM with `structured-data`, and removes it', async () => {
      const el = await make(block, { structuredData: true });
      const script = el.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"][data-sov-generated]')!;
      expect(script).to.exist;
      expect(JSON.parse(script.text)).to.deep.equal({
        '@context': 'https://schema.org',
        '@type': 'FAQPage',
        mainEntity: [
          { '@type': 'Question', name: 'Qu’est-ce que la sécurité ?', acceptedAnswer: { '@type': 'Answer', text: 'Une réponse sûre.\n\nun point\nun autre' } },
          { '@type': 'Question', name: 'Deuxième question', acceptedAnswer: { '@type': 'Answer', text: 'Deuxième réponse, avec du code.' } },
          { '@type': 'Question', name: 'Troisième question', acceptedAnswer: { '@type': 'Answer', text: 'Voir le site.' } },
        ],
      });
      el.structuredData = false;
      await el.updateComplete;
      expect(el.querySelector('script')).to.equal(null);
      el.structuredData = true;
      await el.updateComplete;
      expect(el.querySelectorAll('script')).to.have.length(1);
      el.remove();
      expect(el.querySelector('script'), 'removed on disconnect').to.equal(null);
    });

    it('serialises JSON-LD so that content cannot close the script element', async () => {
      const w = window as unknown as { __faqX?: number };
      const question = '</script><script>window.__faqX=1</script><!-- & \u2028 \u2029 fin';
      const el = await make({ items: [{ question, answer: '</SCRIPT >&amp;' }] }, { structuredData: true });
      const scripts = el.querySelectorAll('script');
      expect(scripts).to.have.length(1);
      const text = (scripts[0] as HTMLScriptElement).text;
      expect(text).not.to.match(/[<>&\u2028\u2029]/);
      const json = JSON.parse(text);
      expect(json.mainEntity[0].name).to.equal(question);
      expect(json.mainEntity[0].acceptedAnswer.text).to.equal('</SCRIPT >&amp;');
      expect(w.__faqX).to.equal(undefined);
    });

    it('keeps authored content and its JSON-LD in step, without taking its own output for authored changes', async () => {
      const el = await fixture<SovFaq>(html`<sov-faq structured-data><details open><summary>Q ?</summary><p>R.</p></details></sov-faq>`);
      await settled(el);
      expect(expanded(el)).to.deep.equal([true]);
      buttons(el)[0].click();
      el.structuredData = false;
      await el.updateComplete;
      el.structuredData = true;
      await el.updateComplete;
      await aTimeout(0);
      await el.updateComplete;
      expect(expanded(el), 'the reader’s choice stays').to.deep.equal([false]);
      expect(JSON.parse(el.querySelector('script')!.text).mainEntity[0].name).to.equal('Q ?');
      el.querySelector('summary')!.textContent = 'Autre question ?';
      await aTimeout(0);
      await settled(el);
      expect(JSON.parse(el.querySelector('script')!.text).mainEntity[0].name).to.equal('Autre question ?');
    });

    it('under Trusted Types, uses the "souverain" policy, or skips JSON-LD with one warning where the page forbids it', async () => {
      for (const allowed of [true, false]) {
        const frame = document.createElement('iframe');
        const module = new URL('./sov-faq.ts', import.meta.url).pathname;
        // Test-only page: its CSP enforces Trusted Types (in browsers that have them).
        frame.srcdoc = `<!doctype html><meta http-equiv="Content-Security-Policy" content="require-trusted-types-for 'script'; trusted-types lit-html${allowed ? ' souverain' : ''}">
          <script>window.litIssuedWarnings = new Set(['dev-mode']);</script>
          <script type="module" src="${module}"></script><body lang="fr"></body>`;
        document.body.append(frame);
        try {
          const win = await waitForFrame(frame);
          const warnings: string[] = [];
          (win as unknown as { console: Console }).console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
          const el = win.document.createElement('sov-faq') as SovFaq;
          el.data = two;
          el.structuredData = true;
          win.document.body.append(el);
          await el.updateComplete;
          const script = el.querySelector<HTMLScriptElement>('script[type="application/ld+json"]');
          const enforced = 'trustedTypes' in win && !allowed;
          expect(shadow(el).querySelectorAll('[part~="button"]'), 'renders under Trusted Types').to.have.length(2);
          if (enforced) {
            expect(script, 'skipped').to.equal(null);
            expect(warnings).to.have.length(1);
            expect(warnings[0]).to.contain('<sov-faq>').and.contain('souverain');
            el.structuredData = false;
            await el.updateComplete;
            el.structuredData = true;
            await el.updateComplete;
            expect(warnings, 'warns once').to.have.length(1);
          } else {
            expect(JSON.parse(script!.text).mainEntity).to.have.length(2);
            expect(warnings).to.deep.equal([]);
          }
        } finally {
          frame.remove();
        }
      }
    });
  });

  describe('keyboard', () => {
    it('moves with Tab and Shift+Tab between questions; Enter and Space toggle; focus stays on the button', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div><button>avant</button><sov-faq lang="fr" .data=${two}></sov-faq></div>`);
      const el = wrapper.querySelector('sov-faq')!;
      await settled(el);
      const [first, second] = buttons(el);
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(first);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(first.getAttribute('aria-expanded')).to.equal('true');
      expect(shadow(el).activeElement).to.equal(first);
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(first.getAttribute('aria-expanded')).to.equal('false');
      expect(shadow(el).activeElement).to.equal(first);
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(second);
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(second.getAttribute('aria-expanded')).to.equal('true');
      await shiftTab();
      expect(shadow(el).activeElement).to.equal(first);
    });

    it('reaches an open answer’s content (its copy-link button) before the next question', async () => {
      const el = await make(two);
      el.open(FIRST);
      await el.updateComplete;
      // WebKit may skip a focusable element while its panel is still growing: wait for the end.
      await Promise.all(shadow(el).getAnimations().map((a) => a.finished));
      buttons(el)[0].focus();
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement!.getAttribute('part')).to.equal('copy');
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(buttons(el)[1]);
    });

    it('renders answer links without a rel that means nothing without target', async () => {
      const el = await make();
      el.expandAll();
      await el.updateComplete;
      const link = shadow(el).querySelector<HTMLAnchorElement>('a[href="https://example.org/"]')!;
      expect(link).to.exist;
      expect(link.hasAttribute('rel')).to.equal(false);
      expect(link.hasAttribute('target')).to.equal(false);
    });

    it('reaches the link of an answer opened with Enter by pressing Tab at once', async () => {
      const el = await make({ items: [{ question: 'Un ?', answer: 'Voir [le site](https://example.org/).' }, { question: 'Deux ?', answer: 'Non.' }] });
      buttons(el)[0].focus();
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Tab' });
      const focused = shadow(el).activeElement!;
      expect(focused.localName, focused.outerHTML).to.equal('a');
      expect(panelOf(el, buttons(el)[0]).contains(focused)).to.equal(true);
    });

    it('skips the content of an answer closed with Enter by pressing Tab at once', async () => {
      const el = await make({ items: [{ question: 'Un ?', answer: 'Voir [le site](https://example.org/).' }, { question: 'Deux ?', answer: 'Non.' }] });
      el.open('un');
      await el.updateComplete;
      await Promise.all(shadow(el).getAnimations().map((a) => a.finished));
      buttons(el)[0].focus();
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Tab' });
      const focused = shadow(el).activeElement;
      expect(`${focused?.localName}#${focused?.id}`).to.equal('button#question-deux');
      // Once closed, the answer is findable again (not inert).
      await waitUntil(() => !panelOf(el, buttons(el)[0]).inert, 'the closed answer stays inert', { timeout: 3000 });
    });

    it('does not move focus with the arrow keys (the Authoring Practices dropped them)', async () => {
      const el = await make();
      buttons(el)[0].focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(shadow(el).activeElement).to.equal(buttons(el)[0]);
      await sendKeys({ press: 'End' });
      expect(shadow(el).activeElement).to.equal(buttons(el)[0]);
    });
  });

  describe('search', () => {
    it('filters questions and answers as you type, ignoring accents and case, and announces the count', async () => {
      const el = await make(block, { searchable: true });
      const input = shadow(el).querySelector<HTMLInputElement>('[part~="search"]')!;
      expect(input.type).to.equal('search');
      expect(input.labels![0].textContent).to.equal('Rechercher dans les questions');
      await typeInSearch(el, 'securite');
      expect(visibleQuestions(el)).to.deep.equal(['Qu’est-ce que la sécurité ?']);
      await waitUntil(() => status(el) === '1 résultat sur 3', 'count announced');
      expect(shadow(el).querySelector('[part~="status"]')!.getAttribute('role')).to.equal('status');
      await typeInSearch(el, 'RÉPONSE');
      expect(visibleQuestions(el)).to.have.length(2);
      await waitUntil(() => status(el) === '2 résultats sur 3', 'count announced');
      await typeInSearch(el, 'SITE');
      expect(visibleQuestions(el), 'matches answers').to.deep.equal(['Troisième question']);
      await typeInSearch(el, '');
      expect(visibleQuestions(el)).to.have.length(3);
      expect(shadow(el).querySelector('[part~="empty"]')).to.equal(null);
    });

    it('shows an empty state and announces no result', async () => {
      const el = await make(block, { searchable: true });
      await typeInSearch(el, 'introuvable');
      expect(visibleQuestions(el)).to.deep.equal([]);
      expect(shadow(el).querySelector('[part~="empty"]')!.textContent).to.equal('Aucune question ne correspond à votre recherche.');
      await waitUntil(() => status(el) === 'Aucun résultat', 'announced');
    });

    it('expands and collapses only the questions shown', async () => {
      const el = await make(block, { searchable: true });
      await typeInSearch(el, 'question');
      shadow(el).querySelector<HTMLButtonElement>('[part~="controls"] button')!.click();
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal([false, true, true]);
    });
  });

  describe('deep links', () => {
    it('opens and scrolls to the item the URL fragment names on load', async () => {
      const restore = withHash('deux');
      const scrolled: Element[] = [];
      const { scrollIntoView } = Element.prototype;
      Element.prototype.scrollIntoView = function (this: Element) {
        scrolled.push(this);
      };
      try {
        const el = await make();
        expect(expanded(el)).to.deep.equal([false, true, false]);
        expect(scrolled).to.deep.equal([buttons(el)[1].parentElement]);
        expect(shadow(el).activeElement, 'focus stays put on load').to.equal(null);
      } finally {
        Element.prototype.scrollIntoView = scrollIntoView;
        restore();
      }
    });

    it('follows later fragment changes, moving focus to the question, even past the search', async () => {
      const el = await make(block, { searchable: true });
      await typeInSearch(el, 'securite');
      const before = location.href;
      try {
        const event = oneEvent(el, 'sov-toggle');
        location.hash = 'troisieme-question';
        expect((await event).detail).to.deep.equal({ id: 'troisieme-question', open: true });
        await el.updateComplete;
        expect(expanded(el)).to.deep.equal([false, false, true]);
        expect(visibleQuestions(el)).to.have.length(3);
        expect(shadow(el).activeElement).to.equal(buttons(el)[2]);
      } finally {
        history.replaceState(history.state, '', before);
      }
    });

    it('ignores fragments that name no item', async () => {
      const restore = withHash('autre-chose');
      try {
        const el = await make();
        expect(expanded(el)).to.deep.equal([false, false, false]);
      } finally {
        restore();
      }
    });

    it('copies a link to an open question and announces it', async () => {
      const el = await make();
      const copied: string[] = [];
      let fail = false;
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: (text: string) => (fail ? Promise.reject(new Error('denied')) : (copied.push(text), Promise.resolve())) },
      });
      try {
        el.open('deux');
        await el.updateComplete;
        const copy = shadow(el).querySelector<HTMLButtonElement>('[part~="copy"]')!;
        expect(copy.textContent).to.equal('Copier le lien vers cette question');
        copy.click();
        await waitUntil(() => status(el) === 'Lien copié', 'success announced');
        expect(copy.nextElementSibling!.textContent, 'shown beside the button').to.equal('Lien copié');
        const expected = new URL(location.href);
        expected.hash = 'deux';
        expect(copied).to.deep.equal([expected.href]);
        fail = true;
        copy.click();
        await waitUntil(() => status(el).startsWith('Copie impossible'), 'failure announced');
      } finally {
        delete (navigator as unknown as Record<string, unknown>).clipboard;
      }
    });
  });

  describe('find in page', () => {
    it(findable ? 'keeps closed answers findable and opens one on beforematch' : 'hides closed answers with plain hidden where until-found is unsupported', async () => {
      const el = await make();
      const seen = toggles(el);
      const panel = panelOf(el, buttons(el)[1]);
      if (!findable) {
        expect(panel.getAttribute('hidden')).to.equal('');
        return;
      }
      expect(panel.getAttribute('hidden')).to.equal('until-found');
      panel.dispatchEvent(new Event('beforematch', { bubbles: true }));
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal([false, true, false]);
      expect(panel.hasAttribute('hidden')).to.equal(false);
      expect(seen).to.deep.equal([{ id: 'deux', open: true }]);
    });
  });

  describe('events', () => {
    it('fires sov-toggle (bubbling, composed) with { id, open } for the reader’s changes', async () => {
      const el = await make();
      setTimeout(() => buttons(el)[1].click());
      const event = await oneEvent(el, 'sov-toggle');
      expect(event.detail).to.deep.equal({ id: 'deux', open: true });
      expect(event.bubbles && event.composed).to.equal(true);
      const seen = toggles(el);
      shadow(el).querySelectorAll<HTMLButtonElement>('[part~="controls"] button')[1].click();
      expect(seen).to.deep.equal([{ id: 'deux', open: false }]);
    });

    it('does not fire for programmatic changes', async () => {
      const el = await make();
      const seen = toggles(el);
      el.open('deux');
      el.toggle(FIRST);
      el.expandAll();
      el.collapseAll();
      el.openItems = ['deux'];
      el.close('deux');
      await el.updateComplete;
      expect(seen).to.deep.equal([]);
    });
  });

  describe('accessibility', () => {
    it('marks its English UI strings lang="en" in a page of another language (RGAA 8.7)', async () => {
      const el = await fixture<SovFaq>(html`<sov-faq lang="de" searchable .data=${block}></sov-faq>`);
      await settled(el);
      const toolbar = shadow(el).querySelector('.toolbar')!;
      expect(toolbar.getAttribute('lang')).to.equal('en');
      expect(toolbar.textContent).to.contain('Expand all');
      expect(shadow(el).querySelector('[part~="status"]')!.getAttribute('lang')).to.equal('en');
    });

    it('exposes each button’s state and the panel it controls, labelled by the button', async () => {
      const el = await make();
      const [button] = buttons(el);
      const panel = panelOf(el, button);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(panel.getAttribute('part')).to.equal('answer');
      expect(panel.getAttribute('role')).to.equal('region');
      expect(panel.getAttribute('aria-labelledby')).to.equal(button.id);
      expect(panel.hasAttribute('hidden'), 'closed panels are out of the accessibility tree').to.equal(true);
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(panel.hasAttribute('hidden')).to.equal(false);
    });

    it('drops the region role when there are more than 6 items', async () => {
      const many = { items: Array.from({ length: 7 }, (_, i) => ({ question: `Question ${i + 1}`, answer: 'Réponse.' })) };
      const el = await make(many);
      expect(shadow(el).querySelector('[role="region"]')).to.equal(null);
      expect(panelOf(el, buttons(el)[0]).getAttribute('aria-labelledby')).to.equal(buttons(el)[0].id);
    });

    it('has no axe violations closed, open, filtered and filtered to nothing', async () => {
      const el = await make(block, { searchable: true });
      await expect(el).to.be.accessible();
      el.expandAll();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      await typeInSearch(el, 'deuxieme');
      await waitUntil(() => status(el) !== '', 'announced');
      await expect(el).to.be.accessible();
      await typeInSearch(el, 'introuvable');
      await waitUntil(() => status(el) === 'Aucun résultat', 'announced');
      await expect(el).to.be.accessible();
    });

    it('has no axe violations with the pack’s FAQ in English', async () => {
      const el = await fixture<SovFaq>(html`<sov-faq lang="en" searchable content="souverainete-numerique#faq"></sov-faq>`);
      await settled(el);
      expect(shadowText(el)).to.contain('Expand all');
      await expect(el).to.be.accessible();
    });
  });

  describe('parts and tokens', () => {
    it('exposes the documented parts', async () => {
      const el = await make(block, { searchable: true });
      el.open('deux');
      await el.updateComplete;
      for (const part of ['base', 'heading', 'controls', 'search', 'status', 'item', 'question', 'button', 'answer', 'copy']) {
        expect(shadow(el).querySelector(`[part~="${part}"]`), part).to.exist;
      }
      // The chevron is generated content (no element, nothing in the accessibility tree).
      const button = shadow(el).querySelector('[part~="button"]')!;
      expect(getComputedStyle(button, '::after').content).to.equal('""');
      expect(shadow(el).querySelector('svg')).to.equal(null);
    });

    it('renders a lean item: no element for the chevron, no wrapper in the answer', async () => {
      // Nodes added per closed item (elements, text and Lit's markers), measured between 10 and 30 items.
      const count = async (n: number) => {
        const items = Array.from({ length: n }, (_, i) => ({ question: `Question ${i}`, answer: `Réponse ${i}` }));
        const el = await make({ type: 'faq', items });
        const walker = document.createTreeWalker(shadow(el), NodeFilter.SHOW_ALL);
        let nodes = 0;
        while (walker.nextNode()) nodes++;
        return nodes;
      };
      const perItem = ((await count(30)) - (await count(10))) / 20;
      expect(perItem).to.be.at.most(17); // 22 with an SVG chevron and two wrappers in each answer
      const el = await make();
      const panel = panelOf(el, buttons(el)[0]);
      expect(panel.firstElementChild!.localName).to.equal('p');
    });

    it('takes --sov-faq-border-color', async () => {
      const el = await make();
      el.style.setProperty('--sov-faq-border-color', 'rgb(255, 0, 0)');
      const item = shadow(el).querySelector('[part~="item"]')!;
      expect(getComputedStyle(item).borderBlockEndColor).to.equal('rgb(255, 0, 0)');
    });

    it('takes --sov-faq-gap, and its items follow the element when it narrows, those out of view too', async () => {
      const el = await make({ type: 'faq', items: Array.from({ length: 60 }, (_, i) => ({ question: `Question ${i} ?`, answer: `Réponse ${i}.` })) });
      el.style.setProperty('--sov-faq-gap', '12px');
      await expectItemsFollowWidth(el, 12);
    });

    it('has stylesheet rules that stop animations under reduced motion and print every answer without controls', () => {
      expect(mediaRules('prefers-reduced-motion')).to.match(/\.panel[^{]*\{[^}]*transition: none/);
      const print = mediaRules('print');
      expect(print).to.match(/\.panel\[hidden\][^{]*\{[^}]*display: block !important/);
      expect(print).to.match(/\.panel\[hidden\][^{]*\{[^}]*block-size: auto/);
      expect(print).to.match(/content-visibility: visible !important/);
      expect(print).to.match(/\.toolbar[^{]*\{[^}]*display: none !important/);
    });

    it('animates only without reduced motion, and prints every answer without controls (emulated media)', async function () {
      // Media emulation is a Chromium (DevTools protocol) command; elsewhere the rules above are the check.
      if (!isChromium) this.skip();
      const el = await make();
      const panel = panelOf(el, buttons(el)[0]);
      try {
        await emulateMedia({ reducedMotion: 'reduce' });
        expect(getComputedStyle(panel).transitionDuration.split(',')[0].trim()).to.equal('0s');
        await emulateMedia({ reducedMotion: 'no-preference', media: 'print' });
        expect(getComputedStyle(panel).display).to.equal('block');
        expect(getComputedStyle(panel).contentVisibility).to.equal('visible');
        expect(panel.getBoundingClientRect().height).to.be.greaterThan(0);
        expect(getComputedStyle(shadow(el).querySelector('[part~="controls"]')!).display).to.equal('none');
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference', media: 'screen' });
      }
    });
  });

  describe('lifecycle', () => {
    it('stops following the fragment while disconnected and starts again when reconnected', async () => {
      const el = await make();
      const parent = el.parentElement!;
      const before = location.href;
      try {
        el.remove();
        location.hash = 'deux';
        await aTimeout(20);
        parent.append(el);
        await settled(el);
        expect(expanded(el)).to.deep.equal([false, false, false]);
        location.hash = 'troisieme-question';
        await waitUntil(() => expanded(el)[2], 'followed after reconnection');
      } finally {
        history.replaceState(history.state, '', before);
      }
    });

    it('keeps an authored-open answer the reader closed closed when moved, with structured data', async () => {
      const el = await fixture<SovFaq>(html`<sov-faq structured-data><details open><summary>Q ?</summary><p>R.</p></details></sov-faq>`);
      await settled(el);
      expect(expanded(el)).to.deep.equal([true]);
      buttons(el)[0].click();
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal([false]);
      const other = await fixture<HTMLElement>(html`<section></section>`);
      other.append(el);
      await settled(el);
      expect(el.querySelectorAll('script')).to.have.length(1);
      expect(expanded(el)).to.deep.equal([false]);
    });

    it('writes its JSON-LD again when reconnected', async () => {
      const el = await make(block, { structuredData: true });
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      await settled(el);
      expect(el.querySelectorAll('script[data-sov-generated]')).to.have.length(1);
    });
  });

  describe('bad input', () => {
    const cases: [string, unknown, string][] = [
      ['no items', { type: 'faq', items: [] }, 'items'],
      ['an item without a question', { items: [{ answer: 'Réponse.' }] }, 'items[0].question'],
      ['an empty answer', { items: [{ question: 'Q ?', answer: '' }] }, 'items[0].answer'],
      ['a question of the wrong type', { items: [{ question: 42, answer: 'R.' }] }, 'items[0].question'],
      ['an unknown field', { items: [{ question: 'Q ?', answer: 'R.', open: true }] }, 'items[0].open'],
    ];
    for (const [name, data, path] of cases) {
      it(`reports ${name} with its path`, async () => {
        const { result: el, errors } = await captureConsole(() => make(data as Record<string, unknown>));
        expect(errorBox(el)!.textContent).to.contain(path);
        expect(errors).to.have.length(1);
        expect(errors[0]).to.contain('<sov-faq>');
      });
    }

    it('reports authored HTML with a question heading but no answer, or a <details> without a summary', async () => {
      const { result: a } = await captureConsole(async () => {
        const el = await fixture<SovFaq>(html`<sov-faq><h2>FAQ</h2></sov-faq>`);
        await settled(el);
        return el;
      });
      expect(errorBox(a)!.textContent).to.contain('items[0].answer');
      const { result: b } = await captureConsole(async () => {
        const el = await fixture<SovFaq>(html`<sov-faq><details><p>Réponse sans question.</p></details></sov-faq>`);
        await settled(el);
        return el;
      });
      expect(errorBox(b)!.textContent).to.contain('items[0].question');
    });

    it('writes no JSON-LD for invalid content', async () => {
      const { result: el } = await captureConsole(() => make({ items: [] }, { structuredData: true }));
      expect(el.querySelector('script')).to.equal(null);
    });
  });
});

/** Resolves with the frame's window once its `<sov-faq>` module has loaded. */
async function waitForFrame(frame: HTMLIFrameElement): Promise<Window> {
  await waitUntil(() => frame.contentWindow?.customElements?.get('sov-faq'), 'module loaded in the frame', { timeout: 8000 });
  return frame.contentWindow!;
}
