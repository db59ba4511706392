/**
 * `<sov-article>`: a whole article document rendered from its blocks, composing the other
 * elements (each block is passed as `data`), with a heading outline that nests in the host
 * page (`heading-level`) and an optional table of contents whose links reach headings inside
 * the shadow root.
 */
import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ContentController, wholeDocument } from '../controllers/content-controller.js';
import { fragment } from '../controllers/deep-link-controller.js';
import { renderHeading } from '../content/heading.js';
import { renderInline, renderRich } from '../content/render.js';
import { inlineText } from '../content/rich-text.js';
import { uniqueIds } from '../content/slug.js';
import type { ArticleDocument, Block, HeadingBlock } from '../content/schema.js';
import { SovElement } from '../sov-element.js';
import { articleStyles } from './article.styles.js';

/**
 * Storage keys of the document's checklists: `<doc id>#<block id>`. The first checklist without
 * an id keeps `<doc id>#checklist`, unless a block has that id; any other gets its place in the
 * document (`<doc id>#blocks[7]`, no id can be written so), so two never share their ticks.
 */
export function checklistKeys(doc: ArticleDocument): Map<Block, string> {
  const keys = new Map<Block, string>();
  let legacy = !doc.blocks.some((b) => b.id === 'checklist');
  doc.blocks.forEach((block, index) => {
    if (block.type !== 'checklist') return;
    let id = block.id;
    if (id === undefined) {
      id = legacy ? 'checklist' : `blocks[${index}]`;
      legacy = false;
    }
    keys.set(block, `${doc.id}#${id}`);
  });
  return keys;
}

/** Blocks rendered by the article itself; every other type is one of the composed elements. */
const isProse = (block: Block): block is Extract<Block, { type: 'paragraph' | 'heading' }> => block.type === 'paragraph' || block.type === 'heading';
/** A document this heavy (a prose block weighs 1, an element 2 plus one per item or row) renders in slices. */
const PROGRESSIVE_WEIGHT = 40;
/** …when it also composes this many elements: each element's first render is the costly part. */
const PROGRESSIVE_ELEMENTS = 3;
/** A slice ends after an element, or after this many prose blocks. */
const PROSE_PER_SLICE = 12;

/**
 * Where each slice of a long document's first render ends (block counts, the last one is the
 * number of blocks): the prose up to and including the next composed element, so that each
 * element's first render gets a task of its own and the page stays responsive while a long
 * article appears. `[blocks.length]` (one slice) for a document short enough to render at once.
 */
export function sliceEnds(blocks: readonly Block[]): number[] {
  let weight = 0;
  let elements = 0;
  for (const block of blocks) {
    if (isProse(block)) weight += 1;
    else {
      elements += 1;
      weight += 2 + (block.type === 'table' ? block.rows.length : block.items.length);
    }
  }
  if (weight < PROGRESSIVE_WEIGHT || elements < PROGRESSIVE_ELEMENTS) return [blocks.length];
  const ends: number[] = [];
  let prose = 0;
  blocks.forEach((block, index) => {
    prose = isProse(block) ? prose + 1 : 0;
    if ((prose === 0 || prose === PROSE_PER_SLICE) && index < blocks.length - 1) {
      ends.push(index + 1);
      prose = 0;
    }
  });
  ends.push(blocks.length);
  return ends;
}

/**
 * The whole article, composed of the Souverain elements, in document order.
 *
 * @tagname sov-article
 * @csspart base - The article wrapper.
 * @csspart title - The article title.
 * @csspart heading - Each section heading.
 * @csspart toc - The table of contents.
 * @csspart paragraph - Each paragraph.
 * @csspart error - The error message shown for invalid content.
 * @cssprop [--sov-article-max-width=48rem] - Maximum line length of the article column.
 */
export class SovArticle extends SovElement<ArticleDocument> {
  static override styles = articleStyles;

  protected override readonly contentSource = new ContentController<ArticleDocument>(this, this.language, {
    select: wholeDocument,
    structure: 'no authored HTML: <sov-article> takes a document from its content or src attribute, its data property or inline JSON',
  });

  /** Level of the article title (1–5); sections and blocks nest below it. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 1;

  /** Shows a table of contents linking to each section. */
  @property({ type: Boolean, reflect: true }) toc = false;

  private revealedOnLoad = false;
  private readonly handleHashChange = () => void this.showAll().then(() => this.revealHash());
  private readonly handleBeforePrint = () => void this.showAll();

  /**
   * A long document's first render comes in slices, one task each (see `sliceEnds`): `shown`
   * blocks are rendered, the next slice is added by a timer, and the blocks already there stay
   * (each slice adds at the end, so nothing on screen moves). While slices are missing, the
   * article keeps at least a viewport's height (the `partial` class), so that the page's content
   * after it is not pushed down in view. A server-rendered article, a page opened on a fragment
   * and printing render everything at once; so does any later document (another language).
   */
  private shown = Infinity;
  private slices: number[] = [];
  /** The document the slices were computed for; `undefined` before the first content. */
  private sliced?: ArticleDocument;
  private nextSlice?: ReturnType<typeof setTimeout>;
  private slicing?: { done: Promise<void>; resolve: () => void };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.handleHashChange);
    window.addEventListener('beforeprint', this.handleBeforePrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.handleHashChange);
    window.removeEventListener('beforeprint', this.handleBeforePrint);
  }

  /** After the controllers' `hostUpdate` (the content is read there), before rendering. */
  protected override update(changed: PropertyValues<this>): void {
    this.planSlices();
    super.update(changed);
  }

  private planSlices(): void {
    const doc = this.contentSource.state === 'ready' ? this.contentSource.value : undefined;
    if (!doc || doc === this.sliced) return;
    const first = this.sliced === undefined;
    this.sliced = doc;
    const progressive = first && !isServer && !this.hydrating && !fragment() && !matchMedia('print').matches;
    this.slices = progressive ? sliceEnds(doc.blocks) : [doc.blocks.length];
    this.shown = this.slices.length > 1 ? this.slices[0] : Infinity;
    if (this.shown === Infinity) this.endSlicing();
    else if (!this.slicing) {
      let resolve!: () => void;
      const done = new Promise<void>((r) => (resolve = r));
      this.slicing = { done, resolve };
    }
  }

  protected override updated(): void {
    if (this.shown !== Infinity) {
      this.nextSlice ??= setTimeout(() => this.addSlice());
    } else this.endSlicing();
    if (this.contentSource.state === 'ready' && !this.revealedOnLoad) {
      this.revealedOnLoad = true;
      this.revealHash();
    }
  }

  /** Also waits for the slices of a long document's first render. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.slicing) {
      await this.slicing.done;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  private addSlice(): void {
    this.nextSlice = undefined;
    const next = this.slices.find((end) => end > this.shown);
    this.shown = next === undefined || next >= this.slices.at(-1)! ? Infinity : next;
    this.requestUpdate();
  }

  private endSlicing(): void {
    clearTimeout(this.nextSlice);
    this.nextSlice = undefined;
    this.slicing?.resolve();
    this.slicing = undefined;
  }

  /** Renders the blocks still missing from a progressive first render, now. */
  private showAll(): Promise<unknown> {
    if (this.shown !== Infinity) {
      this.shown = Infinity;
      this.requestUpdate();
    }
    return this.updateComplete;
  }

  /** Scrolls to and focuses the section heading named by the page's hash, if it is ours. */
  private revealHash(): void {
    const id = fragment();
    if (!id) return;
    const target = this.renderRoot.querySelector<HTMLElement>(`[id="${CSS.escape(id)}"]`);
    if (!target) return;
    target.tabIndex = -1; // focusable by script only, so keyboard users continue from the section
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  }

  private handleTocClick(event: MouseEvent, id: string): void {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    history.pushState(null, '', `#${id}`);
    void this.showAll().then(() => this.revealHash());
  }

  private sectionIds(doc: ArticleDocument): Map<HeadingBlock, string> {
    const headings = doc.blocks.filter((b): b is HeadingBlock => b.type === 'heading');
    // `title` and `toc-title` are taken by the article's own title and table of contents.
    const ids = uniqueIds(headings.map((h) => ({ id: h.id, text: inlineText(h.text) })), new Set(['title', 'toc-title']));
    return new Map(headings.map((h, i) => [h, ids[i]]));
  }

  private renderBlock(block: Block, level: number, ids: Map<HeadingBlock, string>, keys: Map<Block, string>): TemplateResult | typeof nothing {
    switch (block.type) {
      case 'paragraph':
        return html`<div class="paragraph" part="paragraph">${renderRich(block.text)}</div>`;
      case 'heading':
        return renderHeading(level, renderInline(block.text), 'heading', ids.get(block), 'heading');
      case 'tldr':
        return html`<sov-tldr .data=${block} heading-level=${level}></sov-tldr>`;
      case 'list':
        return html`<sov-list .data=${block} heading-level=${level}></sov-list>`;
      case 'table':
        return html`<sov-table .data=${block}></sov-table>`;
      case 'checklist':
        return html`<sov-checklist .data=${block} heading-level=${level} storage-key=${keys.get(block)!}></sov-checklist>`;
      case 'faq':
        return html`<sov-faq .data=${block} heading-level=${level}></sov-faq>`;
    }
  }

  protected override renderContent(doc: ArticleDocument) {
    const top = Math.min(5, Math.max(1, this.headingLevel));
    const ids = this.sectionIds(doc);
    const keys = checklistKeys(doc);
    const t = this.language.strings;
    // Section headings sit one level below the title; a block's own title one below its section.
    let blockLevel = top + 1;
    const shown = Math.min(this.shown, doc.blocks.length);
    const blocks = doc.blocks.slice(0, shown).map((block) => {
      if (block.type === 'heading') {
        const level = Math.min(6, top + (block.level ?? 2) - 1);
        blockLevel = Math.min(6, level + 1);
        return this.renderBlock(block, level, ids, keys);
      }
      return this.renderBlock(block, blockLevel, ids, keys);
    });
    const sections = [...ids.entries()];
    return html`<article class=${shown < doc.blocks.length ? 'root partial' : 'root'} part="base" lang=${doc.lang} aria-labelledby="title">
      ${renderHeading(top, renderInline(doc.title), 'title', 'title', 'title')}
      ${this.toc && sections.length
        ? html`<nav class="toc" part="toc" aria-labelledby="toc-title" lang=${this.language.ui}>
            <p class="toc-title" id="toc-title">${t.toc}</p>
            <ol lang=${doc.lang}>
              ${sections.map(([h, id]) => html`<li><a href=${`#${id}`} @click=${(e: MouseEvent) => this.handleTocClick(e, id)}>${renderInline(h.text)}</a></li>`)}
            </ol>
          </nav>`
        : nothing}
      ${blocks}
    </article>`;
  }
}
