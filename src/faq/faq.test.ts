import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, emulateMedia, findAccessibilityNode, sendKeys } from '@web/test-runner-commands';
import './sov-faq.js';
import { SovFaq, type FaqToggleDetail } from './faq.js';
import { faqContentStyles } from './faq.styles.js';
import { contentSourceSuite } from '../test-utils/content-suite.js';
import { captureConsole, errorBox, settled, shadow, shadowText, twoFrames } from '../test-utils/helpers.js';

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

/** The slot that shows the items: the default one (authored HTML) or `sov-generated` (built from JSON). */
function contentSlot(el: SovFaq): HTMLSlotElement {
  return shadow(el).querySelector<HTMLSlotElement>('slot:not([name="sov-title"])')!;
}

/** The title shown, through the title's slot (before the toolbar). */
function titleOf(el: SovFaq): HTMLElement | undefined {
  return shadow(el).querySelector<HTMLSlotElement>('slot[name="sov-title"]')!.assignedElements()[0] as HTMLElement | undefined;
}

/** The items shown: the `<details>` of the light DOM assigned to the content slot. */
function items(el: SovFaq): HTMLDetailsElement[] {
  return contentSlot(el)
    .assignedElements()
    .filter((node): node is HTMLDetailsElement => node instanceof HTMLDetailsElement);
}

function summaryOf(details: Element): HTMLElement {
  return details.querySelector<HTMLElement>(':scope > summary')!;
}

function summaries(el: SovFaq): HTMLElement[] {
  return items(el).map(summaryOf);
}

function expanded(el: SovFaq): boolean[] {
  return items(el).map((d) => d.open);
}

const clean = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The questions a reader sees: the items that have a box, by their summary's text. */
function visibleQuestions(el: SovFaq): string[] {
  return items(el)
    .filter((d) => d.getClientRects().length > 0)
    .map((d) => clean(summaryOf(d).textContent));
}

/** The "copy link" row the element adds at the end of an open answer. */
function copyRow(details: Element): HTMLElement | null {
  return details.querySelector<HTMLElement>(':scope > [data-sov-copy]');
}

function status(el: SovFaq): string {
  return shadow(el).querySelector('[part~="status"]')!.textContent!.trim();
}

function controls(el: SovFaq): HTMLButtonElement[] {
  return Array.from(shadow(el).querySelectorAll<HTMLButtonElement>('[part~="controls"] button'));
}

function toggles(el: HTMLElement): FaqToggleDetail[] {
  const seen: FaqToggleDetail[] = [];
  el.addEventListener('sov-toggle', (e) => seen.push(e.detail));
  return seen;
}

/** Resolves once each of these `<details>` has had its (asynchronous, coalesced) `toggle` event. */
function toggleEvents(details: readonly HTMLDetailsElement[]): Promise<unknown> {
  return Promise.all(details.map((d) => oneEvent(d, 'toggle')));
}

/** What an element that is not connected yet holds once `markup` is parsed into it (as a CMS page's HTML: its scripts are inert). */
function authored(markup: string): SovFaq {
  const el = document.createElement('sov-faq');
  el.innerHTML = markup;
  return el;
}

async function connect(el: SovFaq): Promise<SovFaq> {
  (await fixture<HTMLElement>(html`<div></div>`)).append(el);
  await settled(el);
  return el;
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

/** The text of the style rules inside `@media` rules whose condition contains `condition`, in these sheets. */
function mediaRules(sheets: readonly CSSStyleSheet[], condition: string): string {
  return sheets
    .flatMap((sheet) => Array.from(sheet.cssRules))
    .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes(condition))
    .map((rule) => rule.cssText)
    .join('\n');
}

/** The shadow root's stylesheets, and the content's (adopted into the document). */
const shadowSheets = () => SovFaq.elementStyles.map((s) => (s instanceof CSSStyleSheet ? s : s.styleSheet!));
const contentSheets = () => [faqContentStyles.styleSheet!];

/** Puts `hash` in the URL without a history entry or a hashchange event; returns a restore function. */
function withHash(hash: string): () => void {
  const before = location.href;
  history.replaceState(history.state, '', `#${hash}`);
  return () => history.replaceState(history.state, '', before);
}

/** Every element and text node under `root`. */
function nodesUnder(root: Node): Node[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  const nodes: Node[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode);
  return nodes;
}

/**
 * A node as a short string ('none' without one). Nodes are compared by identity and named in
 * failures this way: a failing assertion whose actual value is a node of the page stalls the
 * test runner's report of it.
 */
function tag(node: Node | null | undefined): string {
  if (!node) return 'none';
  if (!(node instanceof Element)) return node.nodeName;
  return `<${node.localName}${node.id ? `#${node.id}` : ''}${Array.from(node.attributes, (a) => (a.name === 'id' ? '' : `[${a.name}]`)).join('')}>`;
}

/** Asserts that `actual` is the node `expected` itself. */
function expectSame(actual: Node | null | undefined, expected: Node | null | undefined, what = 'the same node'): void {
  expect(actual === expected, `${what}: ${tag(actual)} is not ${tag(expected)}`).to.equal(true);
}

/** Asserts that `actual` holds the nodes `expected` themselves, in order. */
function expectSameNodes(actual: readonly (Node | null)[], expected: readonly (Node | null)[], what = 'the same nodes'): void {
  const same = actual.length === expected.length && actual.every((node, i) => node === expected[i]);
  expect(same, `${what}: ${actual.map(tag).join(' ')} are not ${expected.map(tag).join(' ')}`).to.equal(true);
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
    it('turns a heading per question followed by its answer, as WYSIWYG editors write it, into <details> in place', async () => {
      const el = authored(`
        <h2>Questions</h2>
        <h3 id="cout">Combien ça coûte ?</h3>
        <p>Rien en licence.</p>
        <p>Le support se paie.</p>
        <h3>Et la <em>sécurité</em> ?</h3>
        <ul><li>audits</li><li>correctifs</li></ul>`);
      const [title, first, second] = Array.from(el.querySelectorAll('h2, h3'));
      const question = first.firstChild!;
      const em = second.querySelector('em')!;
      const answers = Array.from(el.querySelectorAll('p, ul'));
      await connect(el);
      expectSame(titleOf(el), title, 'the title');
      expect(title.textContent).to.equal('Questions');
      expect(items(el).map((d) => clean(summaryOf(d).textContent))).to.deep.equal(['Combien ça coûte ?', 'Et la sécurité ?']);
      expect(el.querySelectorAll(':scope > h3'), 'the question headings are gone').to.have.length(0);
      const [cout, securite] = items(el);
      expect(cout.id, 'the heading’s id is the item’s').to.equal('cout');
      expect(document.querySelectorAll('[id="cout"]')).to.have.length(1);
      expect(securite.id).to.equal('et-la-securite');
      // Moved, not copied: the author's nodes, now inside the details.
      expect(summaryOf(cout).firstChild).to.equal(question);
      expect(em.parentElement).to.equal(summaryOf(securite));
      expectSameNodes(answers.map((node) => node.parentElement), [cout, cout, securite], 'the answers’ items');
      expect(el.openItems).to.deep.equal([]);
      el.expandAll();
      await el.updateComplete;
      expect(cout.querySelectorAll(':scope > p:not([data-sov-copy])')).to.have.length(2);
      expect(securite.querySelectorAll('li')).to.have.length(2);
    });

    it('shows its content as native HTML in its light DOM, through its slots, with nothing of it in the shadow root', async () => {
      const el = await make(two);
      const title = titleOf(el)!;
      const shown = contentSlot(el).assignedElements();
      expect([title, ...shown].map((node) => node.localName)).to.deep.equal(['h2', 'details', 'details']);
      for (const node of [title, ...shown]) {
        expect(node.parentNode === el, `<${node.localName}> in the light DOM`).to.equal(true);
        expect(node.hasAttribute('data-sov-generated'), `<${node.localName}> marked as built`).to.equal(true);
      }
      expect(title.getAttribute('slot')).to.equal('sov-title');
      expect(shown.map((node) => node.getAttribute('slot'))).to.deep.equal(['sov-generated', 'sov-generated']);
      // The shadow root holds the frame only (no toolbar for two items): no copy of the text.
      expect(shadow(el).textContent!.trim()).to.equal('');
      expect(shadowText(el)).to.contain('Questions fréquentes').and.contain('Deuxième réponse, avec du code.');
    });

    it('keeps the author’s <details> and nodes themselves, and an author’s ids', async () => {
      const el = authored('<h3 id="titre">FAQ</h3><details id="a"><summary>Q <em>un</em> ?</summary><p>Réponse.</p><ul><li>point</li></ul></details><details><summary>Q deux ?</summary>Texte nu.</details>');
      const before = nodesUnder(el);
      await connect(el);
      const after = nodesUnder(el);
      expect(after.filter((node) => !before.includes(node)), 'nothing added to closed items').to.deep.equal([]);
      expect(before.every((node) => node.isConnected && el.contains(node)), 'every authored node still shown').to.equal(true);
      expectSameNodes(items(el), before.filter((node) => node instanceof HTMLDetailsElement), 'the items');
      expectSame(titleOf(el), before[0], 'the title');
      expect(items(el).map((d) => d.id)).to.deep.equal(['a', 'q-deux']);
      expect((before[0] as Element).id).to.equal('titre');
    });

    it('renders the title and one <details> per question, with rich questions and answers', async () => {
      const el = await make();
      const title = titleOf(el)!;
      expect(title.localName, 'the title one level above heading-level (3)').to.equal('h2');
      expect(title.textContent).to.equal('Questions fréquentes');
      expect(items(el)).to.have.length(3);
      const [first, second, third] = items(el);
      expect(summaryOf(first).querySelector('strong')!.textContent).to.equal('sécurité');
      expect(tag(el.querySelector(':scope > details :is(h1, h2, h3, h4, h5, h6)')), 'questions are not headings').to.equal('none');
      expect(first.querySelector(':scope > p em')!.textContent).to.equal('sûre');
      expect(Array.from(first.querySelectorAll(':scope > ul li')).map((li) => li.textContent)).to.deep.equal(['un point', 'un autre']);
      expect(second.querySelector('code')!.textContent).to.equal('du code');
      expect(third.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/');
    });

    it('renders the pack’s FAQ: its title and five questions, all closed', async () => {
      const el = await fixture<SovFaq>(html`<sov-faq content="souverainete-numerique#faq"></sov-faq>`);
      await settled(el);
      expect(titleOf(el)!.textContent).to.equal('FAQ : ce que vous devez savoir sur l’open source et la souveraineté numérique');
      expect(items(el)).to.have.length(5);
      expect(clean(summaryOf(items(el)[0]).textContent)).to.equal('Qu’est-ce que la souveraineté numérique ?');
      expect(expanded(el)).to.deep.equal([false, false, false, false, false]);
    });

    it('renders links in a question as text: the summary is the control, and holds no other', async () => {
      const el = await make({ items: [{ question: 'Voir [ce lien](https://example.org/) ?', answer: 'Oui.' }] });
      const summary = summaryOf(items(el)[0]);
      expect(tag(summary.querySelector('a'))).to.equal('none');
      expect(clean(summary.textContent)).to.equal('Voir ce lien ?');
      await expect(el).to.be.accessible();
    });

    it('puts the built title one level above `heading-level`', async () => {
      const el = await make();
      el.headingLevel = 4;
      await settled(el);
      expect(titleOf(el)!.localName).to.equal('h3');
      expect(el.querySelectorAll(':scope > :is(h1, h2, h4, h5, h6)')).to.have.length(0);
      expect(items(el)).to.have.length(3);
    });

    it('builds the title at every level (a fraction rounded), the items, their ids and behaviour unchanged', async () => {
      const el = await make();
      for (const [level, tag] of [
        [2, 'h2'],
        [5, 'h4'],
        [6, 'h5'],
        [4.6, 'h4'],
        [3, 'h2'],
      ] as const) {
        el.headingLevel = level;
        await settled(el);
        expect(titleOf(el)!.localName, `level ${level}`).to.equal(tag);
        expect(el.querySelectorAll(':scope > :is(h1, h2, h3, h4, h5, h6)'), `one title at level ${level}`).to.have.length(1);
        expect(items(el).map((d) => [d.id, summaryOf(d).parentElement === d])).to.deep.equal([
          [FIRST, true],
          ['deux', true],
          ['troisieme-question', true],
        ]);
      }
      el.setAttribute('heading-level', 'abc');
      await settled(el);
      expect(titleOf(el)!.localName, 'not a number: the default').to.equal('h2');
      const second = items(el)[1];
      let toggled = toggleEvents([second]);
      summaries(el)[1].click();
      await toggled;
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal([false, true, false]);
      expect(tag(copyRow(second)), 'the copy row of an open answer').to.not.equal('none');
      expectSame(second.lastElementChild, copyRow(second), 'the last child');
      toggled = toggleEvents([second]);
      summaries(el)[1].click();
      await toggled;
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal([false, false, false]);
      expect(tag(el.querySelector('[data-sov-copy]')), 'no copy row in a closed answer').to.equal('none');
      expect(clean(second.textContent)).to.equal('Deuxième question Deuxième réponse, avec du code.');
    });

    it('renders a lean item: the native details and nothing else, in the light DOM; nothing per item in the shadow root', async () => {
      // Nodes per closed item in the light DOM, and in the shadow root, measured between 10 and 30 items.
      const count = async (n: number) => {
        const el = await make({ items: Array.from({ length: n }, (_, i) => ({ question: `Question ${i} ?`, answer: `Réponse ${i}.` })) });
        const walk = (root: Node) => {
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
          let nodes = 0;
          while (walker.nextNode()) nodes++;
          return nodes;
        };
        return { light: walk(el), shadow: walk(shadow(el)), el };
      };
      const [ten, thirty] = [await count(10), await count(30)];
      // details, summary, p, their two texts, and the four whitespace texts of the printed form.
      expect((thirty.light - ten.light) / 20).to.be.at.most(9);
      expect(thirty.shadow).to.equal(ten.shadow);
      expect(tag(thirty.el.querySelector('details [data-sov-generated], svg')), 'nothing added to a closed item').to.equal('none');
    });

    it('keeps an authored title’s level and a heading an author put inside a summary', async () => {
      const a = await fixture<SovFaq>(html`<sov-faq><h3>FAQ</h3><details><summary>Q ?</summary>R.</details></sov-faq>`);
      await settled(a);
      expect(titleOf(a)!.localName).to.equal('h3');
      expect(titleOf(a)!.textContent).to.equal('FAQ');
      const b = await fixture<SovFaq>(html`<sov-faq><details><summary><h5>Q ?</h5></summary>R.</details></sov-faq>`);
      await settled(b);
      expect(tag(titleOf(b))).to.equal('none');
      expect(summaryOf(items(b)[0]).querySelector('h5')!.textContent).to.equal('Q ?');
    });

    it('gives the shown title slot="sov-title", shown and read before the toolbar', async () => {
      const el = await make(block, { searchable: true });
      const title = titleOf(el)!;
      expect(title.getAttribute('slot')).to.equal('sov-title');
      const input = shadow(el).querySelector('[part~="search"]')!;
      expect(title.assignedSlot!.compareDocumentPosition(input) & Node.DOCUMENT_POSITION_FOLLOWING, 'before the toolbar in the flat tree').to.not.equal(0);
      expect(title.getBoundingClientRect().bottom).to.be.at.most(input.getBoundingClientRect().top);
      expect(shadowText(el).indexOf('Questions fréquentes')).to.be.lessThan(shadowText(el).indexOf('Rechercher dans les questions'));
      const authoredFaq = await fixture<SovFaq>(html`<sov-faq searchable><h2>Écrite</h2><details><summary>Q ?</summary><p>R.</p></details></sov-faq>`);
      await settled(authoredFaq);
      expect(titleOf(authoredFaq)!.textContent).to.equal('Écrite');
      expect(titleOf(authoredFaq)!.getAttribute('slot')).to.equal('sov-title');
    });

    it('shows only the title of the source in effect, and the authored one again without it', async () => {
      const el = await fixture<SovFaq>(html`<sov-faq><h2>Écrite</h2><details><summary>Q écrite ?</summary><p>R.</p></details></sov-faq>`);
      await settled(el);
      const heading = el.querySelector('h2')!;
      el.data = block;
      await settled(el);
      expect(titleOf(el)!.textContent).to.equal('Questions fréquentes');
      expect(heading.hasAttribute('slot'), 'the authored title goes back where it was').to.equal(false);
      expect(shadowText(el)).to.contain('Deuxième question').and.not.contain('Écrite').and.not.contain('Q écrite');
      el.data = undefined;
      await settled(el);
      expectSame(titleOf(el), heading, 'the authored title');
      expect(shadowText(el)).to.contain('Écrite').and.contain('Q écrite ?').and.not.contain('Questions fréquentes');
      expect(el.querySelectorAll('[data-sov-generated]')).to.have.length(0);
    });

    it('picks up a <details> a framework adds later', async () => {
      const el = await fixture<SovFaq>(html`<sov-faq lang="fr"><details><summary>Un ?</summary><p>Oui.</p></details><details><summary>Deux ?</summary><p>Non.</p></details></sov-faq>`);
      await settled(el);
      expect(tag(shadow(el).querySelector('[part~="controls"]')), 'no controls for two items').to.equal('none');
      const added = document.createElement('details');
      added.innerHTML = '<summary>Trois ?</summary><p>Peut-être.</p>';
      el.append(added);
      await settled(el);
      await settled(el);
      expect(items(el)).to.have.length(3);
      expect(added.id).to.equal('trois');
      expect(controls(el)).to.have.length(2);
      controls(el)[0].click();
      await el.updateComplete;
      expect(el.openItems).to.deep.equal(['un', 'deux', 'trois']);
      expect(tag(copyRow(added))).to.not.equal('none');
    });
  });

  describe('light-DOM reader', () => {
    it('shows the author’s HTML as it is, takes the href off an unsafe link, and adds nothing executable', async () => {
      const w = window as unknown as { __faqPwned?: number };
      w.__faqPwned = 0;
      // Parsed as a CMS page's HTML is (a template literal would not carry this href past the linter); its script is inert, as after innerHTML.
      const el = authored(`
        <details id="riche">
          <summary>Une question <em>riche</em> ?</summary>
          <p>Un <em>paragraphe</em> avec <code>du code</code>, <a href="https://example.org/doc">un lien</a>
             et <a href="javascript:window.__faqPwned=1">un faux lien</a>, <a href="//evil.example/">un autre</a>.</p>
          <ul><li>premier</li><li>second</li></ul>
          <script>window.__faqPwned = 2</script>
          <p onclick="window.__faqPwned = 3" style="color: red">Cliquez.</p>
        </details>`);
      const before = nodesUnder(el);
      await connect(el);
      el.open('riche');
      await el.updateComplete;
      const details = items(el)[0];
      expect(summaryOf(details).querySelector('em')!.textContent).to.equal('riche');
      expect(details.querySelector(':scope > p em')!.textContent).to.equal('paragraphe');
      expect(details.querySelector(':scope > p code')!.textContent).to.equal('du code');
      const links = Array.from(details.querySelectorAll('a'));
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/doc', null, null]);
      expect(links.map((a) => a.textContent)).to.deep.equal(['un lien', 'un faux lien', 'un autre']);
      expect(Array.from(details.querySelectorAll('ul li')).map((li) => li.textContent)).to.deep.equal(['premier', 'second']);
      // The author's nodes, kept where they were: the page's own HTML, as the site's filter let it through.
      expect(before.every((node) => el.contains(node)), 'every authored node kept').to.equal(true);
      expectSame(details.querySelector('script'), before.find((node) => node instanceof HTMLScriptElement), 'the author’s script');
      // What the element added: the copy row of the open answer, and nothing that runs.
      const added = nodesUnder(el).filter((node): node is Element => node instanceof Element && !before.includes(node));
      expect(added.map((node) => node.localName)).to.deep.equal(['p', 'button']);
      expectSame(added[0], copyRow(details), 'the copy row');
      for (const node of added) {
        const attributes = Array.from(node.attributes, (a) => a.name);
        expect(attributes.filter((name) => /^on|^(href|src|style)$/.test(name)), `<${node.localName}> attributes`).to.deep.equal([]);
      }
      expect((added[1] as HTMLButtonElement).type).to.equal('button');
      expect(w.__faqPwned, 'nothing ran').to.equal(0);
    });

    it('uses the id of each <details> as the item id and starts <details open> open', async () => {
      const el = await fixture<SovFaq>(html`<sov-faq>
        <details id="premiere"><summary>Première ?</summary><p>Oui.</p></details>
        <details open><summary>Seconde ?</summary><p>Non.</p></details>
      </sov-faq>`);
      await settled(el);
      expect(expanded(el)).to.deep.equal([false, true]);
      expect(el.openItems).to.deep.equal(['seconde']);
      expect(items(el)[1].id).to.equal('seconde');
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
      expect(expanded(el)).to.deep.equal([false, false, false]);
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
      expect(el.toggle('inconnue')).to.equal(false);
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
      expect(items(a).map((d) => d.id)).to.deep.equal([FIRST, 'deux-2', 'troisieme-question']);
      expect(items(b).map((d) => d.id)).to.deep.equal([`${FIRST}-2`, 'deux-3', 'troisieme-question-2']);
      a.expandAll();
      expect(a.openItems).to.deep.equal([FIRST, 'deux-2', 'troisieme-question']);
      for (const id of [FIRST, 'deux', 'deux-2', 'deux-3']) expect(document.querySelectorAll(`[id="${id}"]`), id).to.have.length(1);
      a.remove();
      const c = document.createElement('sov-faq');
      c.data = block;
      wrapper.append(c);
      await settled(c);
      expect(items(c).map((d) => d.id)).to.deep.equal([FIRST, 'deux-2', 'troisieme-question']);
    });

    it('keeps an id an author gave, page-wide: another FAQ’s slug gives it up', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      const a = document.createElement('sov-faq');
      a.data = { items: [{ question: 'Deux', answer: 'Slug.' }] };
      const c = authored('<details><summary>Trois</summary><p>Slug écrit.</p></details>');
      wrapper.append(a, c);
      await settled(a);
      await settled(c);
      expect([items(a)[0].id, items(c)[0].id]).to.deep.equal(['deux', 'trois']);
      // Another FAQ comes with the same ids, given by its author.
      const b = authored('<details id="deux"><summary>Autre</summary><p>Donné.</p></details><details id="trois"><summary>Encore</summary><p>Donné.</p></details>');
      wrapper.append(b);
      await settled(b);
      await settled(a);
      await settled(c);
      expect(items(b).map((d) => d.id), 'never renamed').to.deep.equal(['deux', 'trois']);
      expect([items(a)[0].id, items(c)[0].id]).to.deep.equal(['deux-2', 'trois-2']);
      for (const id of ['deux', 'trois']) expect(document.querySelectorAll(`[id="${id}"]`), id).to.have.length(1);
      expectSame(document.getElementById('deux'), items(b)[0], '#deux');
      a.expandAll();
      expect(a.openItems).to.deep.equal(['deux-2']);
    });

    it('renames a JSON item’s id that another FAQ’s author gives, and keeps a slug it gave when the question is edited', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      const a = document.createElement('sov-faq');
      a.data = { items: [{ id: 'donne', question: 'Donné', answer: 'JSON.' }] };
      const c = authored('<details><summary>Slug</summary><p>Écrit.</p></details>');
      wrapper.append(a, c);
      await settled(a);
      await settled(c);
      const slug = items(c)[0];
      expect(slug.id).to.equal('slug');
      // The question is edited: the id it was given stays, links to it keep working.
      summaryOf(slug).textContent = 'Question modifiée';
      await settled(c);
      expect(slug.id).to.equal('slug');
      const b = authored('<details id="donne"><summary>Écrit</summary><p>Donné.</p></details>');
      wrapper.append(b);
      await settled(b);
      await settled(a);
      expect(items(b)[0].id).to.equal('donne');
      expect(items(a)[0].id, 'built from JSON: the element’s to rename').to.equal('donne-2');
      expect(document.querySelectorAll('[id="donne"]')).to.have.length(1);
    });

    it('gives up a slug another FAQ was given while it was away', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      const a = await connect(authored('<details><summary>Deux</summary><p>Slug.</p></details>'));
      expect(items(a)[0].id).to.equal('deux');
      const parent = a.parentElement!;
      a.remove();
      const b = document.createElement('sov-faq');
      b.data = { items: [{ id: 'deux', question: 'Autre', answer: 'Donné.' }] };
      wrapper.append(b);
      await settled(b);
      expect(items(b)[0].id).to.equal('deux');
      parent.append(a);
      await settled(a);
      expect(items(a)[0].id).to.equal('deux-2');
      expect(document.querySelectorAll('[id="deux"]')).to.have.length(1);
    });

    it('never renames an id the author wrote on a <details>, even one the page has already', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div><p id="pris">Un élément de la page.</p></div>`);
      const el = authored('<details id="pris"><summary>Pris ?</summary><p>Oui.</p></details><details><summary>Pris</summary><p>Slug.</p></details>');
      wrapper.append(el);
      await settled(el);
      const [given, slug] = items(el).map((d) => d.id);
      expect(given).to.equal('pris');
      expect(slug).to.match(/^pris-\d+$/);
      expect(document.querySelectorAll(`[id="${slug}"]`)).to.have.length(1);
    });

    it('in `single` mode keeps one answer open', async () => {
      const el = await make(block, { single: true });
      const seen = toggles(el);
      const [first, second] = items(el);
      let toggled = toggleEvents([first]);
      summaries(el)[0].click();
      await toggled;
      toggled = toggleEvents([first, second]);
      summaries(el)[1].click();
      await toggled;
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
      expect(tag(shadow(el).querySelector('[part~="controls"]')), 'no expand all in single mode').to.equal('none');
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
      const [expandAll, collapseAll] = controls(el);
      expect([expandAll.textContent, collapseAll.textContent]).to.deep.equal(['Tout déplier', 'Tout replier']);
      expandAll.click();
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal([true, true, true]);
      collapseAll.click();
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal([false, false, false]);
      el.lang = 'en';
      await aTimeout(0);
      await settled(el);
      expect(controls(el).map((b) => b.textContent)).to.deep.equal(['Expand all', 'Collapse all']);
      const small = await make(two);
      expect(tag(shadow(small).querySelector('[part~="controls"]'))).to.equal('none');
    });

    it('writes schema.org FAQPage JSON-LD into its light DOM with `structured-data`, and removes it', async () => {
      const el = await make(block, { structuredData: true });
      const script = el.querySelector<HTMLScriptElement>(':scope > script[type="application/ld+json"][data-sov-generated]')!;
      expect(tag(script)).to.not.equal('none');
      expect(JSON.parse(script.text)).to.deep.equal({
        '@context': 'https://schema.org',
        '@type': 'FAQPage',
        mainEntity: [
          { '@type': 'Question', name: 'Qu’est-ce que la sécurité ?', acceptedAnswer: { '@type': 'Answer', text: 'Une réponse sûre. un point un autre' } },
          { '@type': 'Question', name: 'Deuxième question', acceptedAnswer: { '@type': 'Answer', text: 'Deuxième réponse, avec du code.' } },
          { '@type': 'Question', name: 'Troisième question', acceptedAnswer: { '@type': 'Answer', text: 'Voir le site.' } },
        ],
      });
      // An open answer's copy row is the element's, not the answer's.
      el.open('deux');
      await el.updateComplete;
      expect(JSON.parse(el.querySelector<HTMLScriptElement>('script')!.text).mainEntity[1].acceptedAnswer.text).to.equal('Deuxième réponse, avec du code.');
      el.structuredData = false;
      await el.updateComplete;
      expect(tag(el.querySelector('script'))).to.equal('none');
      el.structuredData = true;
      await el.updateComplete;
      expect(el.querySelectorAll('script')).to.have.length(1);
      el.remove();
      expect(tag(el.querySelector('script')), 'removed on disconnect').to.equal('none');
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
      // The question's text as shown, whitespace (U+2028 and U+2029 are some) collapsed.
      expect(json.mainEntity[0].name).to.equal('</script><script>window.__faqX=1</script><!-- & fin');
      expect(json.mainEntity[0].acceptedAnswer.text).to.equal('</SCRIPT >&amp;');
      expect(w.__faqX).to.equal(undefined);
    });

    it('keeps authored content and its JSON-LD in step, without taking its own output for authored changes', async () => {
      const el = await fixture<SovFaq>(html`<sov-faq structured-data><details open><summary>Q ?</summary><p>R.</p></details></sov-faq>`);
      await settled(el);
      expect(expanded(el)).to.deep.equal([true]);
      expect(tag(copyRow(items(el)[0]))).to.not.equal('none');
      const toggled = toggleEvents(items(el));
      summaries(el)[0].click();
      await toggled;
      el.structuredData = false;
      await el.updateComplete;
      el.structuredData = true;
      await el.updateComplete;
      await aTimeout(0);
      await settled(el);
      expect(expanded(el), 'the reader’s choice stays').to.deep.equal([false]);
      expect(el.querySelectorAll('script')).to.have.length(1);
      expect(JSON.parse(el.querySelector('script')!.text).mainEntity[0]).to.deep.equal({ '@type': 'Question', name: 'Q ?', acceptedAnswer: { '@type': 'Answer', text: 'R.' } });
      el.querySelector('summary')!.textContent = 'Autre question ?';
      await aTimeout(0);
      await settled(el);
      expect(JSON.parse(el.querySelector('script')!.text).mainEntity[0].name).to.equal('Autre question ?');
      expect(el.querySelectorAll('script')).to.have.length(1);
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
          expect(el.querySelectorAll(':scope > details'), 'renders under Trusted Types').to.have.length(2);
          if (enforced) {
            expect(tag(script), 'skipped').to.equal('none');
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
    it('moves with Tab and Shift+Tab between questions; Enter and Space toggle; focus stays on the question', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div><button>avant</button><sov-faq lang="fr" .data=${two}></sov-faq></div>`);
      const el = wrapper.querySelector('sov-faq')!;
      await settled(el);
      const [first, second] = summaries(el);
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement === first, 'Tab reaches the first question').to.equal(true);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal([true, false]);
      expect(document.activeElement === first, 'focus stays on the question').to.equal(true);
      await sendKeys({ press: ' ' }); // "Space" is unknown to Firefox's WebDriver BiDi keyboard
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal([false, false]);
      expect(document.activeElement === first, 'focus stays on the question').to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement === second, 'Tab skips the closed answer').to.equal(true);
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal([false, true]);
      await shiftTab();
      expect(document.activeElement === first, 'Shift+Tab goes back').to.equal(true);
    });

    it('reaches an open answer’s content (its copy-link button) before the next question', async () => {
      const el = await make(two);
      el.open(FIRST);
      await el.updateComplete;
      summaries(el)[0].focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement === copyRow(items(el)[0])!.querySelector('button'), 'the copy button').to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement === summaries(el)[1], 'then the next question').to.equal(true);
    });

    it('renders answer links without a rel that means nothing without target', async () => {
      const el = await make();
      el.expandAll();
      await el.updateComplete;
      const link = el.querySelector<HTMLAnchorElement>('a[href="https://example.org/"]')!;
      expect(tag(link)).to.not.equal('none');
      expect(link.hasAttribute('rel')).to.equal(false);
      expect(link.hasAttribute('target')).to.equal(false);
    });

    it('reaches the link of an answer opened with Enter by pressing Tab at once', async () => {
      const el = await make({ items: [{ question: 'Un ?', answer: 'Voir [le site](https://example.org/).' }, { question: 'Deux ?', answer: 'Non.' }] });
      summaries(el)[0].focus();
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Tab' });
      const focused = document.activeElement!;
      expect(focused.localName).to.equal('a');
      expect(items(el)[0].contains(focused)).to.equal(true);
    });

    it('skips the content of an answer closed with Enter by pressing Tab at once', async () => {
      const el = await make({ items: [{ question: 'Un ?', answer: 'Voir [le site](https://example.org/).' }, { question: 'Deux ?', answer: 'Non.' }] });
      el.open('un');
      await el.updateComplete;
      summaries(el)[0].focus();
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Tab' });
      const focused = document.activeElement;
      expect(focused === summaries(el)[1], `focus on <${focused?.localName}>`).to.equal(true);
      expect(items(el)[1].id).to.equal('deux');
    });

    it('does not move focus with the arrow keys (the Authoring Practices dropped them)', async () => {
      const el = await make();
      summaries(el)[0].focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(document.activeElement === summaries(el)[0]).to.equal(true);
      await sendKeys({ press: 'End' });
      expect(document.activeElement === summaries(el)[0]).to.equal(true);
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
      expect(items(el).map((d) => [d.hidden, d.hasAttribute('data-sov-filtered')])).to.deep.equal([
        [false, false],
        [true, true],
        [true, true],
      ]);
      await waitUntil(() => status(el) === '1 résultat sur 3', 'count announced');
      expect(shadow(el).querySelector('[part~="status"]')!.getAttribute('role')).to.equal('status');
      await typeInSearch(el, 'RÉPONSE');
      expect(visibleQuestions(el)).to.have.length(2);
      await waitUntil(() => status(el) === '2 résultats sur 3', 'count announced');
      await typeInSearch(el, 'SITE');
      expect(visibleQuestions(el), 'matches answers').to.deep.equal(['Troisième question']);
      await typeInSearch(el, '');
      expect(visibleQuestions(el)).to.have.length(3);
      expect(tag(el.querySelector('[data-sov-filtered], details[hidden]'))).to.equal('none');
      expect(tag(shadow(el).querySelector('[part~="empty"]'))).to.equal('none');
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
      controls(el)[0].click();
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal([false, true, true]);
      await typeInSearch(el, '');
      controls(el)[1].click();
      await typeInSearch(el, 'deuxieme');
      controls(el)[0].click();
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal([false, true, false]);
    });

    it('leaves an item the author hid hidden', async () => {
      const el = await fixture<SovFaq>(html`<sov-faq lang="fr" searchable>
        <details><summary>Première question ?</summary><p>Oui.</p></details>
        <details hidden id="cachee"><summary>Question cachée ?</summary><p>Non.</p></details>
        <details><summary>Autre chose ?</summary><p>Peut-être.</p></details>
      </sov-faq>`);
      await settled(el);
      const hidden = el.querySelector<HTMLDetailsElement>('#cachee')!;
      expect(visibleQuestions(el)).to.deep.equal(['Première question ?', 'Autre chose ?']);
      // Matched or not by the search, it stays the author's to show.
      await typeInSearch(el, 'question');
      expect(visibleQuestions(el)).to.deep.equal(['Première question ?']);
      expect(hidden.hidden).to.equal(true);
      await typeInSearch(el, 'autre');
      expect(visibleQuestions(el)).to.deep.equal(['Autre chose ?']);
      expect(hidden.hidden).to.equal(true);
      expect(hidden.hasAttribute('data-sov-filtered'), 'not the search’s to show again').to.equal(false);
      await typeInSearch(el, '');
      expect(visibleQuestions(el)).to.deep.equal(['Première question ?', 'Autre chose ?']);
      expect(hidden.hidden).to.equal(true);
      controls(el)[0].click();
      await el.updateComplete;
      expect(hidden.open, 'expand all opens the questions shown').to.equal(false);
    });
  });

  describe('deep links', () => {
    it('opens and scrolls to the item the URL fragment names on load, as the reader’s change', async () => {
      const restore = withHash('deux');
      const scrolled: Element[] = [];
      const { scrollIntoView } = Element.prototype;
      Element.prototype.scrollIntoView = function (this: Element) {
        scrolled.push(this);
      };
      try {
        const el = document.createElement('sov-faq');
        el.lang = 'fr';
        el.data = block;
        const seen = toggles(el);
        await connect(el);
        expect(expanded(el)).to.deep.equal([false, true, false]);
        expectSameNodes(scrolled, [items(el)[1]], 'scrolled to');
        expect(seen).to.deep.equal([{ id: 'deux', open: true }]);
        expect(el.contains(document.activeElement), 'focus stays put on load').to.equal(false);
      } finally {
        Element.prototype.scrollIntoView = scrollIntoView;
        restore();
      }
    });

    it('opens an authored item the URL fragment names on load', async () => {
      const restore = withHash('cible');
      try {
        const el = await connect(authored('<details><summary>Autre ?</summary><p>Non.</p></details><details id="cible"><summary>Cible ?</summary><p>Oui.</p></details>'));
        expect(expanded(el)).to.deep.equal([false, true]);
      } finally {
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
        expect(shadow(el).querySelector<HTMLInputElement>('[part~="search"]')!.value, 'the search cleared').to.equal('');
        expect(document.activeElement === summaries(el)[2], 'focus on the question').to.equal(true);
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
        const second = items(el)[1];
        const row = copyRow(second)!;
        expectSame(second.lastElementChild, row, 'the last child');
        expect(row.localName).to.equal('p');
        expect(row.hasAttribute('data-sov-generated')).to.equal(true);
        expect(row.lang).to.equal('fr');
        const copy = row.querySelector('button')!;
        expect(copy.textContent).to.equal('Copier le lien vers cette question');
        copy.click();
        await waitUntil(() => status(el) === 'Lien copié', 'success announced');
        await el.updateComplete;
        const note = copy.nextElementSibling!;
        expect(note.textContent, 'shown beside the button').to.equal('Lien copié');
        expect(note.getAttribute('aria-hidden'), 'announced once, by the status').to.equal('true');
        const expected = new URL(location.href);
        expected.hash = 'deux';
        expect(copied).to.deep.equal([expected.href]);
        fail = true;
        copy.click();
        await waitUntil(() => status(el).startsWith('Copie impossible'), 'failure announced');
        el.close('deux');
        await el.updateComplete;
        expect(tag(copyRow(second)), 'removed when closed').to.equal('none');
      } finally {
        delete (navigator as unknown as Record<string, unknown>).clipboard;
      }
    });
  });

  describe('find in page', () => {
    it('keeps closed answers in the page, where find in page, links and the accessibility tree reach them', async () => {
      const el = await connect(
        authored('<details id="un"><summary>Un ?</summary><p>Oui.</p></details><details id="deux"><summary>Deux ?</summary><p id="detail">Deuxième réponse, <a href="https://example.org/">un lien</a>.</p></details>')
      );
      const second = items(el)[1];
      const answer = second.querySelector(':scope > p')!;
      // The answer is the content of a native <details>: not removed, hidden or inert, only not rendered.
      expect(el.contains(answer)).to.equal(true);
      expect(second.hidden || second.inert || answer.closest('[inert], [hidden]') !== null).to.equal(false);
      expect(answer.checkVisibility(), 'not rendered while closed').to.equal(false);
      expect(shadowText(el)).to.contain('Deuxième réponse, un lien.');
      // The browser opens it to show what the reader looks for (here a link to a paragraph of the
      // answer, as find in page does): the reader's change.
      const seen = toggles(el);
      const toggled = toggleEvents([second]);
      const before = location.href;
      try {
        location.hash = 'detail';
        await toggled;
      } finally {
        history.replaceState(history.state, '', before);
      }
      await el.updateComplete;
      expect(second.open).to.equal(true);
      expect(answer.checkVisibility()).to.equal(true);
      expect(seen).to.deep.equal([{ id: 'deux', open: true }]);
      expect(tag(copyRow(second)), 'an open answer’s copy row').to.not.equal('none');
    });
  });

  describe('events', () => {
    it('fires sov-toggle (bubbling, composed) with { id, open } for the reader’s changes', async () => {
      const el = await make();
      const event = oneEvent(el, 'sov-toggle');
      summaries(el)[1].click();
      const opened = await event;
      expect(opened.detail).to.deep.equal({ id: 'deux', open: true });
      expect(opened.bubbles && opened.composed).to.equal(true);
      const seen = toggles(el);
      const toggled = toggleEvents([items(el)[1]]);
      controls(el)[1].click();
      expect(seen).to.deep.equal([{ id: 'deux', open: false }]);
      await toggled;
      expect(seen, 'once').to.deep.equal([{ id: 'deux', open: false }]);
    });

    it('does not fire for programmatic changes', async () => {
      const el = await make();
      const seen = toggles(el);
      const toggled = toggleEvents(items(el));
      el.open('deux');
      el.toggle(FIRST);
      el.expandAll();
      el.collapseAll();
      el.openItems = ['deux'];
      el.close('deux');
      await toggled;
      await el.updateComplete;
      await aTimeout(0);
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
      el.open('deux');
      await el.updateComplete;
      expect(copyRow(items(el)[1])!.lang).to.equal('en');
      expect(copyRow(items(el)[1])!.textContent).to.equal('Copy the link to this question');
    });

    it('leaves each question’s state to the native <details>, with no ARIA to keep in step', async () => {
      const many = { items: Array.from({ length: 7 }, (_, i) => ({ question: `Question ${i + 1}`, answer: `Réponse ${i + 1}.` })) };
      const el = await make(many);
      const [first] = items(el);
      const summary = summaryOf(first);
      const answer = first.querySelector(':scope > p')!;
      expect(summary.tabIndex, 'each question is focusable').to.equal(0);
      for (const node of [first, summary, answer]) {
        const aria = Array.from(node.attributes, (a) => a.name).filter((name) => name === 'role' || name.startsWith('aria-'));
        expect(aria, `<${node.localName}>`).to.deep.equal([]);
      }
      expect(answer.checkVisibility(), 'a closed answer is not rendered').to.equal(false);
      summary.click();
      await el.updateComplete;
      expect(first.open).to.equal(true);
      expect(answer.checkVisibility(), 'an open answer is').to.equal(true);
      type Node = { role: string; name: string; expanded?: boolean; children: Node[] };
      const question = (tree: Node, name: string) => findAccessibilityNode<Node>(tree, (n) => n.name === name && n.role !== 'StaticText' && n.role !== 'text');
      // The engine updates its accessibility tree after the DOM, in steps: read it until it has
      // caught up with the click (the open question, and the others after it).
      let snapshot = (await a11ySnapshot({})) as unknown as Node & { unsupported?: string };
      if (snapshot.unsupported) {
        // Only an engine without an accessibility-tree command lands here (Firefox through
        // WebDriver BiDi, WebKit through classic WebDriver): the DOM is checked above.
        expect(snapshot.unsupported).to.match(/does not support CDP|not supported for browser type/);
        return;
      }
      const caughtUp = () => question(snapshot, 'Question 1')?.expanded === true && question(snapshot, 'Question 7') !== null;
      for (let tries = 0; tries < 50 && !caughtUp(); tries++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        snapshot = (await a11ySnapshot({})) as unknown as typeof snapshot;
      }
      expect(question(snapshot, 'Question 1')?.expanded, 'open').to.equal(true);
      expect(question(snapshot, 'Question 2'), 'a closed question is in the tree').to.exist;
      expect(question(snapshot, 'Question 2')!.role, 'the same control as an open one').to.equal(question(snapshot, 'Question 1')!.role);
      expect(question(snapshot, 'Question 2')!.expanded, 'closed').to.equal(false);
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
    it('exposes the documented parts, and none of the content’s', async () => {
      const el = await make(block, { searchable: true });
      el.open('deux');
      await el.updateComplete;
      for (const part of ['base', 'controls', 'search', 'status']) {
        expect(tag(shadow(el).querySelector(`[part~="${part}"]`)), part).to.not.equal('none');
      }
      await typeInSearch(el, 'introuvable');
      expect(tag(shadow(el).querySelector('[part~="empty"]')), 'empty').to.not.equal('none');
      for (const part of ['heading', 'item', 'question', 'button', 'answer', 'copy']) {
        expect(tag(shadow(el).querySelector(`[part~="${part}"]`)), `no ${part} part`).to.equal('none');
      }
      expect(tag(el.querySelector('[part]')), 'no part in the content').to.equal('none');
      // The chevron is generated content (no element, nothing in the accessibility tree).
      const summary = summaries(el)[0];
      expect(getComputedStyle(summary, '::after').content).to.equal('""');
      expect(tag(el.querySelector('svg'))).to.equal('none');
      expect(tag(shadow(el).querySelector('svg'))).to.equal('none');
    });

    it('renders a lean answer: the answer’s own nodes directly in the details, no wrapper', async () => {
      const el = await make();
      const [first] = items(el);
      expect(Array.from(first.children, (c) => c.localName)).to.deep.equal(['summary', 'p', 'ul']);
    });

    it('takes --sov-faq-border-color', async () => {
      const el = await make();
      el.style.setProperty('--sov-faq-border-color', 'rgb(255, 0, 0)');
      const [first, second] = items(el);
      expect(getComputedStyle(first).borderBlockEndColor).to.equal('rgb(255, 0, 0)');
      expect(getComputedStyle(first).borderBlockStartColor).to.equal('rgb(255, 0, 0)');
      expect(getComputedStyle(second).borderBlockEndColor).to.equal('rgb(255, 0, 0)');
    });

    it('takes --sov-faq-gap, and its items follow the element when it narrows, those out of view too', async () => {
      const el = await make({ type: 'faq', items: Array.from({ length: 60 }, (_, i) => ({ question: `Question ${i} ?`, answer: `Réponse ${i}.` })) });
      el.style.setProperty('--sov-faq-gap', '12px');
      el.style.width = '600px';
      await twoFrames();
      const all = items(el);
      const [first, second] = all.map((item) => item.getBoundingClientRect());
      expect(second.top - first.bottom, 'gap').to.be.closeTo(12, 0.5);
      el.style.width = '250px';
      await twoFrames();
      for (const item of [all[0], all.at(-1)!]) expect(item.getBoundingClientRect().width, 'item width').to.be.closeTo(250, 0.5);
    });

    it('has stylesheet rules that stop the chevron’s turn under reduced motion and print every answer without the toolbar', () => {
      expect(mediaRules(contentSheets(), 'prefers-reduced-motion')).to.match(/summary::after[^{]*\{[^}]*transition: none/);
      const print = mediaRules(contentSheets(), 'print');
      expect(print, 'filtered items printed').to.match(/details\[data-sov-filtered\][^{]*\{[^}]*display: block !important/);
      expect(print, 'skipped items printed').to.match(/details[^{]*\{[^}]*content-visibility: visible/);
      expect(print, 'no copy buttons').to.match(/\[data-sov-copy\][^{]*\{[^}]*display: none !important/);
      // Where the engine knows the pseudo-element (else the rule is dropped and the element opens the items for printing).
      if (CSS.supports('selector(::details-content)')) expect(print, 'closed answers printed').to.match(/::details-content[^{]*\{[^}]*content-visibility: visible/);
      expect(mediaRules(shadowSheets(), 'print')).to.match(/\.toolbar[^{]*\{[^}]*display: none !important/);
    });

    it('opens closed items for printing and closes them after, without an event', async () => {
      const el = await make();
      el.open('deux');
      await el.updateComplete;
      const seen = toggles(el);
      const toggled = toggleEvents([items(el)[0], items(el)[2]]);
      window.dispatchEvent(new Event('beforeprint'));
      expect(expanded(el)).to.deep.equal([true, true, true]);
      window.dispatchEvent(new Event('afterprint'));
      expect(expanded(el), 'the reader’s state again').to.deep.equal([false, true, false]);
      await toggled;
      await el.updateComplete;
      expect(seen).to.deep.equal([]);
    });

    it('turns the chevron only without reduced motion, and prints every answer without controls (emulated media)', async function () {
      // Media emulation is a Chromium (DevTools protocol) command; elsewhere the rules above are the check.
      if (!isChromium) this.skip();
      const el = await make(block, { searchable: true });
      await typeInSearch(el, 'deuxieme');
      const [first, second] = items(el);
      const answer = first.querySelector(':scope > p')!;
      const duration = () => parseFloat(getComputedStyle(summaryOf(first), '::after').transitionDuration.split(',')[0]);
      try {
        expect(duration(), 'turns').to.be.greaterThan(0);
        await emulateMedia({ reducedMotion: 'reduce' });
        expect(duration()).to.equal(0);
        await emulateMedia({ reducedMotion: 'no-preference', media: 'print' });
        expect(first.hidden, 'filtered out on screen').to.equal(true);
        expect(getComputedStyle(first).display).to.equal('block');
        expect(first.open, 'not opened: printed by the styles').to.equal(false);
        expect(answer.getBoundingClientRect().height, 'a closed answer printed').to.be.greaterThan(0);
        expect(getComputedStyle(second).contentVisibility).to.equal('visible');
        expect(getComputedStyle(shadow(el).querySelector('.toolbar')!).display).to.equal('none');
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
      const toggled = toggleEvents(items(el));
      summaries(el)[0].click();
      await toggled;
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal([false]);
      const other = await fixture<HTMLElement>(html`<section></section>`);
      other.append(el);
      await settled(el);
      expect(el.querySelectorAll('script')).to.have.length(1);
      expect(expanded(el)).to.deep.equal([false]);
      expect(tag(copyRow(items(el)[0]))).to.equal('none');
    });

    it('writes its JSON-LD again when reconnected, and claims its ids again', async () => {
      const el = await make(block, { structuredData: true });
      const parent = el.parentElement!;
      el.remove();
      expect(tag(el.querySelector('script'))).to.equal('none');
      parent.append(el);
      await settled(el);
      expect(el.querySelectorAll('script[data-sov-generated]')).to.have.length(1);
      const other = document.createElement('sov-faq');
      other.data = block;
      parent.append(other);
      await settled(other);
      expect(items(other).map((d) => d.id), 'the ids are taken again').to.deep.equal([`${FIRST}-2`, 'deux-2', 'troisieme-question-2']);
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
        expect(items(el)).to.deep.equal([]);
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
      expect(tag(el.querySelector('script'))).to.equal('none');
    });
  });
});

/** Resolves with the frame's window once its `<sov-faq>` module has loaded. */
async function waitForFrame(frame: HTMLIFrameElement): Promise<Window> {
  await waitUntil(() => frame.contentWindow?.customElements?.get('sov-faq'), 'module loaded in the frame', { timeout: 8000 });
  return frame.contentWindow!;
}
