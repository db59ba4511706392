import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import './sov-article.js';
import { sliceEnds, type SovArticle } from './article.js';
import { loadPack } from '../content/packs.js';
import { loadSchema } from '../content/validator.js';
import type { ArticleDocument } from '../content/schema.js';
import { captureConsole, errorBox, jsonUrl, settled, shadow, twoFrames } from '../test-utils/helpers.js';

type Sov = HTMLElement & { updateComplete: Promise<unknown> };

async function settleDeep(el: Sov) {
  await settled(el);
  for (const child of Array.from(shadow(el).querySelectorAll<Sov>('sov-tldr, sov-list, sov-table, sov-checklist, sov-faq'))) await settled(child);
}

/** Every heading in reading order, through the composed elements' shadow roots: "h2 Text". */
function outline(el: Element): string[] {
  const out: string[] = [];
  const walk = (root: ParentNode) => {
    for (const node of Array.from(root.querySelectorAll('h1, h2, h3, h4, h5, h6, sov-tldr, sov-list, sov-table, sov-checklist, sov-faq'))) {
      if (node.localName.startsWith('sov-')) walk(node.shadowRoot!);
      else out.push(`${node.localName} ${node.textContent!.replace(/\s+/g, ' ').trim()}`);
    }
  };
  walk(shadow(el));
  return out;
}

const doc = {
  id: 'essai',
  lang: 'fr',
  title: 'Titre de l’essai',
  blocks: [
    { type: 'paragraph', text: 'Intro avec **gras** et [un lien](https://example.org/).' },
    { type: 'heading', id: 'partie-1', text: 'Première partie' },
    { type: 'list', title: 'Une liste', items: [{ text: 'Point' }] },
    { type: 'heading', text: 'Deuxième partie' },
    { type: 'table', caption: 'Un tableau', columns: ['A', 'B'], rows: [['1', '2']] },
  ],
};

describe('<sov-article>', () => {
  afterEach(() => {
    localStorage.removeItem('souverain:checklist:souverainete-numerique#checklist');
    if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  });

  describe('rendering', () => {
    it('renders every block of the pack in document order', async () => {
      const el = await fixture<SovArticle>(html`<sov-article content="souverainete-numerique"></sov-article>`);
      await settleDeep(el);
      const root = shadow(el);
      expect(root.querySelector('h1')!.textContent).to.equal('L’open source et la souveraineté numérique');
      expect(root.querySelectorAll('sov-tldr')).to.have.length(1);
      expect(root.querySelectorAll('sov-list')).to.have.length(3);
      expect(root.querySelectorAll('sov-table')).to.have.length(4);
      expect(root.querySelectorAll('sov-checklist')).to.have.length(1);
      expect(root.querySelectorAll('sov-faq')).to.have.length(1);
      expect(root.querySelectorAll('[part~="paragraph"]')).to.have.length(18);
      const order = Array.from(root.querySelector('article')!.children).map((c) => c.localName);
      expect(order.indexOf('sov-tldr')).to.be.lessThan(order.indexOf('h2'));
      expect(order.at(-1)).to.equal('sov-faq');
      for (const child of Array.from(root.querySelectorAll('sov-tldr, sov-list, sov-table, sov-checklist, sov-faq'))) expect(errorBox(child), child.localName).to.equal(null);
    });

    it('has a correct heading outline: one h1; the card, the sections and the FAQ at h2; block titles at h3', async () => {
      const el = await fixture<SovArticle>(html`<sov-article content="souverainete-numerique"></sov-article>`);
      await settleDeep(el);
      const headings = outline(el);
      expect(headings.filter((h) => h.startsWith('h1'))).to.have.length(1);
      expect(headings.filter((h) => h.startsWith('h2')).map((h) => h.slice(3))).to.deep.equal([
        'Allergique aux pavés ? Voilà ce qu’il faut retenir.',
        'Comment l’open source assure une indépendance technologique concrète',
        'Optimiser la sécurité numérique grâce à la transparence de l’open source',
        'Stimuler l’innovation et la compétitivité grâce aux modèles open source collaboratifs',
        'Choisir les bons partenaires et éviter les erreurs courantes en open source',
        'FAQ : ce que vous devez savoir sur l’open source et la souveraineté numérique',
      ]);
      // The FAQ's questions are the summaries of its native details, not headings.
      expect(headings.filter((h) => h.includes('Qu’est-ce que la souveraineté numérique ?'))).to.deep.equal([]);
      expect(shadow(el).querySelector('sov-faq')!.querySelector(':scope > details > summary')!.textContent).to.equal('Qu’est-ce que la souveraineté numérique ?');
      // No level is skipped going down.
      let previous = 1;
      for (const h of headings) {
        const level = Number(h[1]);
        expect(level, h).to.be.at.most(previous + 1);
        previous = level;
      }
      expect(headings).to.include('h3 Les avantages matériels et immatériels de cette liberté');
    });

    it('nests under the page outline with heading-level', async () => {
      const el = await fixture<SovArticle>(html`<sov-article heading-level="2" .data=${doc}></sov-article>`);
      await settleDeep(el);
      expect(outline(el)).to.deep.equal(['h2 Titre de l’essai', 'h3 Première partie', 'h4 Une liste', 'h3 Deuxième partie']);
    });

    it('keeps section ids unique against its own title and TOC ids', async () => {
      const el = await fixture<SovArticle>(html`<sov-article toc .data=${{ ...doc, blocks: [{ type: 'heading', text: 'Title' }, { type: 'heading', text: 'Toc title' }] }}></sov-article>`);
      await settleDeep(el);
      const ids = Array.from(shadow(el).querySelectorAll('[id]')).map((e) => e.id);
      expect(new Set(ids).size).to.equal(ids.length);
      expect(ids).to.include.members(['title', 'toc-title', 'title-2', 'toc-title-2']);
    });

    it('renders inline formatting in paragraphs through bindings', async () => {
      const el = await fixture<SovArticle>(html`<sov-article .data=${doc}></sov-article>`);
      await settleDeep(el);
      const p = shadow(el).querySelector('[part~="paragraph"] p')!;
      expect(p.querySelector('strong')!.textContent).to.equal('gras');
      expect(p.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/');
    });
  });

  describe('content sources', () => {
    it('renders from src', async () => {
      const el = await fixture<SovArticle>(html`<sov-article src=${jsonUrl(doc)}></sov-article>`);
      await settleDeep(el);
      expect(shadow(el).querySelector('h1')!.textContent).to.equal('Titre de l’essai');
    });

    it('picks the English pack from lang="en" on an ancestor, French by default', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div lang="en"><sov-article content="souverainete-numerique" toc></sov-article></div>`);
      const el = wrapper.querySelector<SovArticle>('sov-article')!;
      await settleDeep(el);
      expect(shadow(el).querySelector('h1')!.textContent).to.equal('Open source and digital sovereignty');
      expect(shadow(el).querySelector('article')!.getAttribute('lang')).to.equal('en');
      expect(shadow(el).querySelector('[part~="toc"]')!.textContent).to.contain('Contents');
      const faq = shadow(el).querySelector('sov-faq')!;
      expect(faq.shadowRoot!.textContent).to.contain('Expand all');
      wrapper.lang = 'fr';
      await aTimeout(0);
      await settleDeep(el);
      expect(shadow(el).querySelector('h1')!.textContent).to.equal('L’open source et la souveraineté numérique');
    });
  });

  describe('table of contents and deep links', () => {
    it('links each section by a stable id and moves focus to it', async () => {
      const el = await fixture<SovArticle>(html`<sov-article content="souverainete-numerique" toc></sov-article>`);
      await settleDeep(el);
      const nav = shadow(el).querySelector('nav[part~="toc"]')!;
      expect(nav.getAttribute('aria-labelledby')).to.equal('toc-title');
      const links = Array.from(nav.querySelectorAll('a'));
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['#independance-technologique', '#securite-transparence', '#innovation-competitivite', '#partenaires-erreurs']);
      links[1].focus();
      await sendKeys({ press: 'Enter' });
      await aTimeout(50);
      expect(location.hash).to.equal('#securite-transparence');
      expect(shadow(el).activeElement?.id).to.equal('securite-transparence');
    });

    it('opens a section named by the hash on hashchange', async () => {
      const el = await fixture<SovArticle>(html`<sov-article content="souverainete-numerique"></sov-article>`);
      await settleDeep(el);
      location.hash = '#innovation-competitivite';
      await aTimeout(50);
      expect(shadow(el).activeElement?.id).to.equal('innovation-competitivite');
    });

    it('has no axe violations', async () => {
      const el = await fixture<SovArticle>(html`<sov-article content="souverainete-numerique" toc></sov-article>`);
      await settleDeep(el);
      await expect(el).to.be.accessible();
    });
  });

  describe('a long document', () => {
    interface RenderState {
      blocks: number;
      partial: boolean;
      first: Element | undefined;
      task: number;
    }

    /**
     * Appends `el` to a fixture (with what `after` adds behind it) and records the article's
     * rendered blocks after every change until it has settled, with the number of other tasks
     * that had run by then (a timer chain counts them).
     */
    async function watchFirstRender(el: SovArticle, after = html``, onState?: (state: RenderState) => void): Promise<RenderState[]> {
      const states: RenderState[] = [];
      let task = 0;
      let counting = true;
      const tick = () => {
        task += 1;
        if (counting) setTimeout(tick);
      };
      setTimeout(tick);
      const container = await fixture<HTMLElement>(html`<div>${after}</div>`);
      container.prepend(el);
      const observer = new MutationObserver(() => {
        const article = el.shadowRoot!.querySelector('article');
        if (!article || states.at(-1)?.blocks === article.children.length) return;
        const state = { blocks: article.children.length, partial: article.classList.contains('partial'), first: article.children[1], task };
        states.push(state);
        onState?.(state);
      });
      observer.observe(el.shadowRoot!, { childList: true, subtree: true });
      await settled(el);
      observer.disconnect();
      counting = false;
      return states;
    }

    const pack = async () => (await loadPack('souverainete-numerique', 'fr')) as ArticleDocument;

    it('slices after each composed element; a short document is one slice', async () => {
      const blocks = (await pack()).blocks;
      const ends = sliceEnds(blocks);
      expect(ends.at(-1)).to.equal(blocks.length);
      expect(ends.length).to.equal(blocks.filter((b) => b.type !== 'paragraph' && b.type !== 'heading').length);
      for (const end of ends.slice(0, -1)) expect(blocks[end - 1].type).to.not.be.oneOf(['paragraph', 'heading']);
      expect(sliceEnds(doc.blocks as unknown as ArticleDocument['blocks'])).to.deep.equal([doc.blocks.length]);
      const prose = Array.from({ length: 30 }, () => blocks.find((b) => b.type === 'paragraph')!);
      const list = blocks.find((b) => b.type === 'list')!;
      expect(sliceEnds([...prose, list, list, list]), 'twelve prose blocks at most').to.deep.equal([12, 24, 31, 32, 33]);
    });

    it('renders its first render in slices, in later tasks, adding blocks at the end only', async () => {
      const el = document.createElement('sov-article') as SovArticle;
      el.setAttribute('content', 'souverainete-numerique');
      const states = await watchFirstRender(el);
      const total = 1 + (await pack()).blocks.length; // the title, then the blocks
      expect(states.length, 'several renders').to.be.greaterThan(2);
      expect(states.map((s) => s.blocks)).to.deep.equal([...states.map((s) => s.blocks)].sort((a, b) => a - b));
      expect(states.at(-1)!.blocks).to.equal(total);
      expect(states.map((s) => s.partial)).to.deep.equal(states.map((_, i) => i < states.length - 1));
      for (const state of states) expect(state.first, 'the first block stays the same node').to.equal(states[0].first);
      // Slices are added by a timer: other tasks run while they come (all of them in microtasks
      // of one task would leave the counter where it was).
      expect(states.at(-1)!.task, 'other tasks ran while the slices came').to.be.greaterThan(states[0].task);
    });

    it('renders a short document, or any document on a page opened on a fragment, at once', async () => {
      const short = document.createElement('sov-article') as SovArticle;
      short.data = doc;
      expect((await watchFirstRender(short)).map((s) => s.blocks)).to.deep.equal([1 + doc.blocks.length]);
      history.replaceState(null, '', '#autre-chose');
      const long = document.createElement('sov-article') as SovArticle;
      long.setAttribute('content', 'souverainete-numerique');
      const states = await watchFirstRender(long);
      expect(states.map((s) => s.blocks)).to.deep.equal([1 + (await pack()).blocks.length]);
    });

    it('shows every block at once when a table of contents link is followed before the last slice', async () => {
      const el = document.createElement('sov-article') as SovArticle;
      el.setAttribute('content', 'souverainete-numerique');
      el.toc = true;
      let clickedAt: number | undefined;
      await watchFirstRender(el, html``, (state) => {
        if (clickedAt !== undefined || !state.partial) return;
        clickedAt = state.blocks;
        shadow(el).querySelector<HTMLAnchorElement>('nav a[href="#partenaires-erreurs"]')!.click();
      });
      expect(clickedAt, 'clicked while the section was not rendered yet').to.be.lessThan(1 + (await pack()).blocks.length);
      await aTimeout(0);
      expect(location.hash).to.equal('#partenaires-erreurs');
      expect(shadow(el).activeElement?.id).to.equal('partenaires-erreurs');
    });

    it('renders the missing blocks at once before printing', async () => {
      const el = document.createElement('sov-article') as SovArticle;
      el.setAttribute('content', 'souverainete-numerique');
      let printed = false;
      const states = await watchFirstRender(el, html``, (state) => {
        if (printed || !state.partial) return;
        printed = true;
        window.dispatchEvent(new Event('beforeprint'));
      });
      expect(states.map((s) => s.blocks)).to.deep.equal([states[0].blocks, 1 + (await pack()).blocks.length]);
    });

    it('does not move what follows it while slices are added (Chromium)', async function () {
      if (!PerformanceObserver.supportedEntryTypes.includes('layout-shift')) this.skip();
      await loadSchema();
      const el = document.createElement('sov-article') as SovArticle;
      el.data = await pack();
      const shifts: string[] = [];
      type Shift = PerformanceEntry & { value: number; sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[] };
      const record = (entries: PerformanceEntry[]) => {
        for (const entry of entries as Shift[]) for (const s of entry.sources) shifts.push(`${s.node?.textContent?.trim().slice(0, 20)}: ${s.previousRect.y} → ${s.currentRect.y}`);
      };
      // A tall window: the first slices end inside it, with the paragraph after the article in view.
      await setViewport({ width: 800, height: 2400 });
      const observer = new PerformanceObserver((list) => record(list.getEntries()));
      observer.observe({ type: 'layout-shift' });
      try {
        const states = await watchFirstRender(el, html`<p>Après l’article.</p>`);
        await twoFrames();
        expect(states.length, 'rendered in slices').to.be.greaterThan(2);
      } finally {
        record(observer.takeRecords());
        observer.disconnect();
        await setViewport({ width: 800, height: 600 });
      }
      expect(shifts).to.deep.equal([]);
    });
  });

  describe('bad input', () => {
    it('shows an error with the path of a broken block and logs one error', async () => {
      const el = await fixture<SovArticle>(html`<sov-article></sov-article>`);
      const { errors } = await captureConsole(async () => {
        el.data = { ...doc, blocks: [...doc.blocks, { type: 'table', columns: ['A'], rows: [['1', '2']] }] };
        await settled(el);
      });
      expect(errorBox(el)!.textContent).to.contain('blocks[5].rows[0]');
      expect(errors).to.have.length(1);
    });

    it('refuses a #fragment', async () => {
      const { result: el } = await captureConsole(async () => {
        const a = await fixture<SovArticle>(html`<sov-article content="souverainete-numerique#faq"></sov-article>`);
        await settled(a);
        return a;
      });
      expect(errorBox(el)!.textContent).to.contain('renders a whole document');
    });
  });
});
