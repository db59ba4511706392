/**
 * `<sov-faq>`: an FAQ as an accordion (WAI-ARIA Authoring Practices), with optional search,
 * "expand all / collapse all", deep links to each question, find-in-page support and opt-in
 * schema.org structured data. The class module registers nothing; `sov-faq.ts` does.
 */
import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { AnnounceController } from '../controllers/announce-controller.js';
import { ContentController, blockOf } from '../controllers/content-controller.js';
import { DeepLinkController } from '../controllers/deep-link-controller.js';
import { headingLevel, renderHeading } from '../content/heading.js';
import { inlineText, richText, type Inline } from '../content/rich-text.js';
import { child, readRich, readRichNodes, readText } from '../content/light-dom.js';
import { renderInline, renderRich } from '../content/render.js';
import type { FaqBlock, FaqItem } from '../content/schema.js';
import { fold, matcher } from '../content/search.js';
import { SovElement } from '../sov-element.js';
import { faqStyles } from './faq.styles.js';
import { hiddenUntilFound } from './hidden-until-found.js';
import { claimIds, releaseIds } from './item-ids.js';
import { answerNodes, authoredShape } from './native-form.js';
import { faqPage, scriptJson, writeJsonLd } from './json-ld.js';

/** Detail of `sov-toggle`: the item's id and its new state. */
export interface FaqToggleDetail {
  id: string;
  open: boolean;
}

const levelOf = (el: Element) => Number(el.tagName[1]);

/** Reads an optional title, then one `<details><summary>Question</summary>answer…</details>` (or one heading and its answer) per item. */
export function readFaq(host: HTMLElement): Partial<FaqBlock> | undefined {
  const shape = authoredShape(host);
  if (!shape) return undefined;
  const items = shape.questions
    ? shape.questions.map((question) => {
        return { ...(question.id ? { id: question.id } : {}), question: readText(question), answer: readRichNodes(answerNodes(question)) };
      })
    : shape.details.map((el) => {
        const summary = child(el, 'summary');
        return { ...(el.id ? { id: el.id } : {}), question: summary ? readText(summary) : [], answer: readRich(el, (node) => node === summary) };
      });
  const title = shape.title && readText(shape.title);
  return { type: 'faq', ...(title?.length ? { title } : {}), items };
}

/** The levels of the authored title and questions, which the rendered headings keep. */
function authoredLevels(host: Element): { title?: number; question?: number } {
  const shape = authoredShape(host);
  const summaryHeading = host.querySelector(':scope > details > summary > :is(h2, h3, h4, h5, h6)');
  return {
    ...(shape?.title ? { title: levelOf(shape.title) } : {}),
    ...(shape?.questions ? { question: levelOf(shape.questions[0]) } : summaryHeading ? { question: levelOf(summaryHeading) } : {}),
  };
}

/** Items rendered as the question's button text: a button cannot hold a link, so links become their label. */
function questionText(question: readonly Inline[]) {
  return question.some((node) => typeof node === 'object' && node.type === 'link') ? inlineText(question) : renderInline(question);
}

/**
 * One template per question heading level: an item (its heading, button and answer panel) is one
 * template instance whose bindings are only what differs between items or changes, instead of
 * three nested templates. Lit cannot bind a tag name, so the strings are this module's own
 * constants with the level's tag, split at each binding (`\0`) once per level and cached, so
 * Lit (and the server renderer) prepares each level once; `raw` marks the array as a template
 * strings array, as `lit/static-html.js` does. The values, in order: the item's `?hidden`; the
 * button's id, `aria-expanded` and `aria-controls`; the question; the panel's id, `role`,
 * `aria-labelledby`, `.inert` and `hidden`; the answer (and the copy row of an open one).
 */
const itemTemplates: TemplateStringsArray[] = [];

function itemStrings(level: number): TemplateStringsArray {
  const n = headingLevel(level);
  if (!itemTemplates[n]) {
    const parts = (
      '<div class="item" part="item" ?hidden=\0>' +
      `<h${n} class="question" part="question">` +
      '<button class="trigger" part="button" id="question-\0" type="button" aria-expanded=\0 aria-controls="answer-\0">\0</button>' +
      `</h${n}>` +
      '<div class="panel" part="answer" id="answer-\0" role=\0 aria-labelledby="question-\0" .inert=\0 hidden=\0>\0</div>' +
      '</div>'
    ).split('\0');
    itemTemplates[n] = Object.freeze(Object.assign(parts, { raw: parts })) as unknown as TemplateStringsArray;
  }
  return itemTemplates[n];
}

/** The search count waits for typing to pause; "link copied" goes away after a while. */
const ANNOUNCE_DELAY = 400;
const NOTE_DURATION = 5000;

/**
 * An FAQ accordion: each question is a heading holding a button that shows or hides its answer.
 *
 * @tagname sov-faq
 * @csspart base - The wrapper of everything.
 * @csspart heading - The FAQ's title.
 * @csspart controls - The "Expand all" and "Collapse all" buttons' container (3 items or more).
 * @csspart search - The search box (`searchable`).
 * @csspart status - The polite live region: number of results, "link copied".
 * @csspart empty - The message shown when no question matches the search.
 * @csspart item - Each question and its answer.
 * @csspart question - Each question's heading.
 * @csspart button - Each question's button; its chevron (decorative) is `::part(button)::after`.
 * @csspart answer - Each answer's panel.
 * @csspart copy - The "copy link to this question" button of an open answer.
 * @csspart error - The error message shown for invalid content.
 * @cssprop [--sov-faq-border-color=var(--sov-color-border)] - The lines between items.
 * @cssprop [--sov-faq-gap=0] - Space between items.
 * @fires {FaqToggleDetail} sov-toggle - When the reader opens or closes an item (button, expand/collapse all, find in page, a link to it); not for programmatic changes (detail `{ id, open }`).
 */
export class SovFaq extends SovElement<FaqBlock> {
  static override styles = faqStyles;

  protected override readonly contentSource = new ContentController<FaqBlock>(this, this.language, {
    ...blockOf<FaqBlock>('faq'),
    read: readFaq,
    structure: 'one <details><summary>question</summary>answer</details> per question, or a heading per question followed by its answer',
  });

  private readonly deepLink = new DeepLinkController(this);
  private readonly announcer = new AnnounceController(this);

  /** Heading level of the questions (2–6, default 3); an authored title `hN` makes it N+1, an `hN` in the summaries N. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel?: number;

  /** Only one answer open at a time. */
  @property({ type: Boolean, reflect: true }) single = false;

  /** Shows a search box that filters the questions and answers. */
  @property({ type: Boolean, reflect: true }) searchable = false;

  /** Writes schema.org `FAQPage` JSON-LD into the light DOM, for search engines. */
  @property({ attribute: 'structured-data', type: Boolean, reflect: true }) structuredData = false;

  @state() private opened = new Set<string>();
  /** Answers still animating closed: inert, so that Tab never stops in an answer going away. */
  @state() private closing = new Set<string>();
  @state() private query = '';
  @state() private copyNote?: { id: string; text: string };

  private block?: FaqBlock;
  private lastRead?: FaqBlock;
  private ids: string[] = [];
  /** Another FAQ was given an id this one holds as a slug: claim again. */
  private idsRevoked = false;
  /** Each item's question and answer text, folded: built the first time a search needs it. */
  private foldedTexts?: string[];
  private scrollTarget?: { id: string; focus: boolean };
  private closingWatched = new Set<string>();
  private jsonLdFor?: FaqBlock;

  /** One click and one `beforematch` listener for every item (see `handleItemEvent`). */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    root.addEventListener('click', this.handleItemEvent);
    root.addEventListener('beforematch', this.handleItemEvent);
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Ids were released and the JSON-LD removed on disconnect: claim and write them again.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    releaseIds(this);
    this.block = undefined;
    this.jsonLdFor = undefined;
    writeJsonLd(this, undefined);
  }

  protected override update(changed: PropertyValues<this>): void {
    this.syncItems();
    if (this.single && this.openItems.length > 1) this.opened = new Set(this.openItems.slice(0, 1));
    const link = this.deepLink.take(this.block ? this.ids : undefined);
    if (link) {
      const match = matcher(this.query);
      if (match && !match(this.texts[this.ids.indexOf(link.id)])) this.query = '';
      this.setOpen(link.id, true, true);
      this.scrollTarget = { id: link.id, focus: link.navigated };
    }
    super.update(changed);
  }

  protected override updated(): void {
    for (const id of this.closing) void this.releaseWhenClosed(id);
    const block = this.structuredData && this.isConnected ? this.block : undefined;
    if (block !== this.jsonLdFor) {
      this.jsonLdFor = block;
      writeJsonLd(this, block && scriptJson(faqPage(block.items)));
    }
    if (this.scrollTarget) {
      const { id, focus } = this.scrollTarget;
      this.scrollTarget = undefined;
      const button = this.shadowRoot?.getElementById(`question-${id}`);
      // No `behavior: 'smooth'`: the page's own `scroll-behavior` (and reduced motion) apply.
      button?.parentElement?.scrollIntoView({ block: 'start' });
      if (focus) button?.focus({ preventScroll: true });
    }
  }

  protected override serverUpdate(): void {
    this.syncItems();
  }

  /**
   * The item ids are part of the first render's state: ids are unique page-wide, so a FAQ whose
   * ids another one on the page already holds (the same FAQ twice) renders with renamed ids
   * rather than keep the server's duplicates.
   */
  protected override hydrationState(): string {
    return this.ids.join(' ');
  }

  /** Ids and search texts for the current content; authored `<details open>` start open. */
  private syncItems(): void {
    // A disconnected element claims no ids (it may still update once after removal).
    const block = (isServer || this.isConnected) && this.contentSource.state === 'ready' ? this.contentSource.value : undefined;
    if (block === this.block && !this.idsRevoked) return;
    this.block = block;
    this.idsRevoked = false;
    const items = block?.items ?? [];
    // Loading, error or disconnected: give the ids back so other FAQs on the page can use them.
    if (!block) releaseIds(this);
    this.ids = block ? claimIds(this, this, items.map((item) => ({ id: item.id, text: inlineText(item.question) })), this.handleIdsRevoked) : [];
    this.foldedTexts = undefined;
    // Authored `<details open>` apply once per reading of the light DOM, not on reconnection.
    if (block && block !== this.lastRead && this.contentSource.source === 'html') {
      this.lastRead = block;
      const details = Array.from(this.children).filter((el) => el.tagName === 'DETAILS');
      const authored = this.ids.filter((_, i) => details[i]?.hasAttribute('open'));
      if (authored.length) this.opened = new Set([...this.opened, ...authored]);
    }
  }

  /** Ends an answer's inert state once its closing transitions are over (at once without any). */
  private async releaseWhenClosed(id: string): Promise<void> {
    if (this.closingWatched.has(id)) return;
    this.closingWatched.add(id);
    await null; // after this update, so the transitions have started (and no update is scheduled within one)
    const panel = this.shadowRoot?.getElementById(`answer-${id}`);
    let running: Animation[];
    while (panel && (running = panel.getAnimations()).length) await Promise.allSettled(running.map((a) => a.finished));
    this.closingWatched.delete(id);
    if (!this.closing.has(id)) return;
    const closing = new Set(this.closing);
    closing.delete(id);
    this.closing = closing;
  }

  private readonly handleIdsRevoked = (): void => {
    this.idsRevoked = true;
    this.requestUpdate();
  };

  private get texts(): string[] {
    return (this.foldedTexts ??= (this.block?.items ?? []).map((item) => fold(`${inlineText(item.question)} ${richText(item.answer)}`)));
  }

  /** Ids of the items the search shows, in order (all of them, without folding anything, when there is no query). */
  private get visibleIds(): string[] {
    const match = matcher(this.query);
    if (!match) return this.ids;
    const texts = this.texts;
    return this.ids.filter((_, i) => match(texts[i]));
  }

  /** Applies a new set of open items; a reader's change fires `sov-toggle` for each item that changed. */
  private commit(next: Set<string>, user: boolean): void {
    const before = this.opened;
    this.opened = next;
    const closing = new Set([...this.closing].filter((id) => !next.has(id)));
    for (const id of before) if (!next.has(id)) closing.add(id);
    this.closing = closing;
    if (!user) return;
    for (const id of this.ids) {
      if (before.has(id) === next.has(id)) continue;
      this.dispatchEvent(new CustomEvent<FaqToggleDetail>('sov-toggle', { detail: { id, open: next.has(id) }, bubbles: true, composed: true }));
    }
  }

  private setOpen(id: string, open: boolean, user: boolean): void {
    const next = new Set(this.single && open ? [] : this.opened);
    if (open) next.add(id);
    else next.delete(id);
    this.commit(next, user);
  }

  private setAll(open: boolean, user: boolean, ids = this.ids): void {
    const next = new Set(this.opened);
    for (const id of ids) {
      if (open) next.add(id);
      else next.delete(id);
    }
    this.commit(next, user);
  }

  private handleSearch(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    const t = this.language.strings;
    this.copyNote = undefined;
    this.announcer.announce(() => (this.query.trim() ? t.results(this.visibleIds.length, this.ids.length) : ''), { delay: ANNOUNCE_DELAY });
  }

  private async handleCopy(id: string): Promise<void> {
    const url = new URL(location.href);
    url.hash = id;
    const t = this.language.strings;
    let text = t.linkCopied;
    try {
      await navigator.clipboard.writeText(url.href);
    } catch {
      text = t.copyFailed;
    }
    this.announcer.announce(text, { duration: NOTE_DURATION });
    // Also shown beside the button, where the reader looks, while the status region holds it.
    this.copyNote = { id, text };
  }

  /** Ids of the open items, in order. Setting it opens exactly those items (no event). */
  get openItems(): string[] {
    return this.ids.filter((id) => this.opened.has(id));
  }

  set openItems(ids: string[]) {
    this.commit(new Set(ids), false);
  }

  /** Opens an item (no event). */
  open(id: string): void {
    this.setOpen(id, true, false);
  }

  /** Closes an item (no event). */
  close(id: string): void {
    this.setOpen(id, false, false);
  }

  /** Toggles an item, or sets it with `force`; returns its new state (no event). */
  toggle(id: string, force?: boolean): boolean {
    const open = force ?? !this.opened.has(id);
    this.setOpen(id, open, false);
    return open;
  }

  /** Opens every item (no event). */
  expandAll(): void {
    this.setAll(true, false);
  }

  /** Closes every item (no event). */
  collapseAll(): void {
    this.setAll(false, false);
  }

  /**
   * One item: a heading with its button, and the answer, as one template instance (see
   * `itemStrings`). The chevron is the button's `::after`; the answer animates its own height (no
   * wrapper); clicks and `beforematch` are handled once for all items (`handleItemEvent`), which
   * read the item from the element's id.
   */
  private renderItem(item: FaqItem, id: string, level: number, region: boolean, shown: boolean): TemplateResult {
    const open = this.opened.has(id);
    // The copy row follows the answer: a closed answer has no part for it.
    const answer = open ? [renderRich(item.answer), this.renderCopyRow(id)] : renderRich(item.answer);
    return html(
      itemStrings(level),
      !shown,
      id,
      open,
      id,
      questionText(item.question),
      id,
      region ? 'region' : nothing,
      id,
      this.closing.has(id),
      hiddenUntilFound(!open),
      answer
    );
  }

  /** The "copy link" row, rendered only in open answers. */
  private renderCopyRow(id: string) {
    return html`<div class="copy-row" lang=${this.language.ui}>
      <button class="button copy" part="copy" type="button">${this.language.strings.copyLink}</button>
      ${this.copyNote?.id === id && this.announcer.text === this.copyNote.text ? html`<span class="note" aria-hidden="true">${this.copyNote.text}</span>` : nothing}
    </div>`;
  }

  /** The items' one listener: a question's button toggles it, a copy button copies its link, find in page opens. */
  private readonly handleItemEvent = (event: Event): void => {
    const target = event.target as Element;
    if (event.type === 'beforematch') {
      if (target.classList.contains('panel')) this.setOpen(target.id.slice('answer-'.length), true, true);
      return;
    }
    const button = target.closest('button');
    if (button?.classList.contains('trigger')) {
      const id = button.id.slice('question-'.length);
      this.setOpen(id, !this.opened.has(id), true);
    } else if (button?.classList.contains('copy')) {
      const panel = button.closest('.panel');
      if (panel) void this.handleCopy(panel.id.slice('answer-'.length));
    }
  };

  protected override renderContent() {
    // `this.block` is the content as synced in `update()` (none while disconnected).
    const block = this.block;
    if (!block) return nothing;
    const t = this.language.strings;
    const authored = this.contentSource.source === 'html' ? authoredLevels(this) : {};
    const authoredTitle = authored.title && authored.title >= 2 ? authored.title : undefined;
    const level = Math.min(6, Math.max(2, this.headingLevel ?? authored.question ?? (authoredTitle ? authoredTitle + 1 : 3)));
    const visible = new Set(this.visibleIds);
    const entries = block.items.map((item, i) => ({ item, id: this.ids[i] }));
    // APG: regions help only when few panels can be open at once; many regions clutter the landmarks.
    const region = block.items.length <= 6;
    return html`<div class="root" part="base">
      ${block.title ? renderHeading(authoredTitle ?? Math.max(2, level - 1), renderInline(block.title), 'heading') : nothing}
      ${this.searchable || (!this.single && block.items.length >= 3)
        ? html`<div class="toolbar" lang=${this.language.ui}>
            ${this.searchable
              ? html`<div class="search-field">
                  <label for="search">${t.searchQuestions}</label>
                  <input id="search" class="input" part="search" type="search" autocomplete="off" .value=${this.query} @input=${this.handleSearch} />
                </div>`
              : nothing}
            ${!this.single && block.items.length >= 3
              ? html`<div class="controls" part="controls">
                  <button class="button" type="button" @click=${() => this.setAll(true, true, [...visible])}>${t.expandAll}</button>
                  <button class="button" type="button" @click=${() => this.setAll(false, true, [...visible])}>${t.collapseAll}</button>
                </div>`
              : nothing}
          </div>`
        : nothing}
      <p class="status" part="status" role="status" lang=${this.language.ui}>${this.announcer.text}</p>
      ${visible.size ? nothing : html`<p class="empty" part="empty" lang=${this.language.ui}>${t.noResults}</p>`}
      <!-- Items the search filters out stay rendered but hidden, so that printing shows them all. -->
      <div class="items">${repeat(entries, ({ id }) => id, ({ item, id }) => this.renderItem(item, id, level, region, visible.has(id)))}</div>
    </div>`;
  }
}
