/**
 * `<sov-faq>`: an FAQ of native `<details>`, shown in place in the light DOM, with optional
 * search, "expand all / collapse all", deep links to each question, a "copy link" button per
 * open answer and opt-in schema.org structured data. The class module registers nothing; `sov-faq.ts` does.
 */
import { html, isServer, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { AnnounceController } from '../controllers/announce-controller.js';
import { ContentController, blockOf } from '../controllers/content-controller.js';
import { DeepLinkController } from '../controllers/deep-link-controller.js';
import { GENERATED, GENERATED_SLOT, InPlaceController, slotFallbackStyles, TITLE_SLOT } from '../controllers/in-place-controller.js';
import { rendererLoaded, serverTemplates } from '../content/renderer.js';
import { child, readRich, readRichNodes, readText } from '../content/light-dom.js';
import type { FaqBlock } from '../content/schema.js';
import { fold, matcher } from '../content/search.js';
import { SovElement } from '../sov-element.js';
import { faqContentStyles, faqStyles } from './faq.styles.js';
import { claimIds, releaseIds } from './item-ids.js';
import { answerNodes, authoredShape, normaliseFaq } from './native-form.js';
import { faqPageOf, scriptJson, writeJsonLd } from './json-ld.js';

/** Detail of `sov-toggle`: the item's id and its new state. */
export interface FaqToggleDetail {
  id: string;
  open: boolean;
}

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

/** The attribute of an item the search filters out (hidden; printed all the same). */
const FILTERED = 'data-sov-filtered';
/** The attribute of the "copy link" row this element adds at the end of an open answer. */
const COPY = 'data-sov-copy';

/** The search count waits for typing to pause; "link copied" goes away after a while. */
const ANNOUNCE_DELAY = 400;
const NOTE_DURATION = 5000;

/** An item's question and answer as text, whitespace collapsed (the search and JSON-LD read it). */
function itemText(details: Element): { question: string; answer: string } {
  const summary = child(details, 'summary');
  let answer = '';
  for (let node = details.firstChild; node; node = node.nextSibling) {
    if (node === summary || (node instanceof Element && node.hasAttribute(GENERATED))) continue;
    answer += ` ${node.textContent ?? ''}`;
  }
  const clean = (text: string) => text.replace(/\s+/g, ' ').trim();
  return { question: clean(summary?.textContent ?? ''), answer: clean(answer) };
}

/** True when authored HTML is an FAQ the element can show as it is (else it is read, to explain what is wrong). */
function shownAsIs(host: HTMLElement): boolean {
  const shape = authoredShape(host);
  if (!shape) return false;
  if (shape.questions) return shape.questions.every((q) => q.textContent!.trim() && answerNodes(q).some((n) => n.textContent!.trim()));
  return shape.details.every((d) => child(d, 'summary')?.textContent!.trim());
}

/**
 * An FAQ: one native `<details>` per question, in the element's light DOM — the author's, or
 * built from a JSON source — with, around them in its shadow root, the search box,
 * "expand all / collapse all" and a live region.
 *
 * @tagname sov-faq
 * @slot - The content: an optional title heading, then one `<details><summary>Question</summary>answer…</details>` per question (or a heading per question followed by its answer, turned into that form in place).
 * @csspart base - The wrapper of everything.
 * @csspart controls - The "Expand all" and "Collapse all" buttons' container (3 items or more).
 * @csspart search - The search box (`searchable`).
 * @csspart status - The polite live region: number of results, "link copied".
 * @csspart empty - The message shown when no question matches the search.
 * @csspart error - The error message shown for invalid content.
 * @cssprop [--sov-faq-border-color=var(--sov-color-border)] - The lines between items.
 * @cssprop [--sov-faq-gap=0] - Space between items.
 * @fires {FaqToggleDetail} sov-toggle - When the reader opens or closes an item (its summary, expand/collapse all, find in page, a link to it); not for programmatic changes (detail `{ id, open }`).
 */
export class SovFaq extends SovElement<FaqBlock> {
  // The content styles for a server-rendered fallback too (inside `<sov-article>`).
  static override styles = [faqStyles, slotFallbackStyles('sov-faq', faqContentStyles)];

  protected override readonly contentSource = new ContentController<FaqBlock>(this, this.language, {
    ...blockOf<FaqBlock>('faq'),
    read: readFaq,
    // The authored FAQ is shown as it is (a heading per question is turned into <details> in
    // place first): well-formed, it is not read into a model.
    shownAsIs,
    structure: 'one <details><summary>question</summary>answer</details> per question, or a heading per question followed by its answer',
  });

  private readonly inPlace = new InPlaceController<FaqBlock>(this, this.contentSource, {
    nodes: (block, renderer) => renderer.blockNodes(block, this.questionLevel(), this.language.lang),
    signature: () => `${this.questionLevel()} ${this.language.lang}`,
    styles: faqContentStyles,
    enhance: (content) => this.enhance(content),
  });

  private readonly deepLink = new DeepLinkController(this);
  private readonly announcer = new AnnounceController(this);

  /** Level of the title heading of content from a JSON source, one above this (2–6, default 3: the title is an `h2`), as `souverain html` prints it; an authored title keeps its own level. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel?: number;

  /** Only one answer open at a time. */
  @property({ type: Boolean, reflect: true }) single = false;

  /** Shows a search box that filters the questions and answers. */
  @property({ type: Boolean, reflect: true }) searchable = false;

  /** Writes schema.org `FAQPage` JSON-LD into the light DOM, for search engines. */
  @property({ attribute: 'structured-data', type: Boolean, reflect: true }) structuredData = false;

  /**
   * Set by `souverain/ssr` when it prints the content as light DOM beside the element's
   * declarative shadow root; an element rendered on the server without it (inside
   * `<sov-article>`) puts its content in the slot's fallback instead.
   * @internal
   */
  serverLightDom = false;

  protected override readonly hydrates = false;

  @state() private query = '';
  @state() private copyNote?: { id: string; text: string };

  /** The items, in order, as of the last update. */
  private items: HTMLDetailsElement[] = [];
  /** The states this element set itself: their `toggle` events are not the reader's. */
  private readonly expected = new WeakMap<HTMLDetailsElement, boolean>();
  private claimedFor: HTMLDetailsElement[] = [];
  /** The ids this element gave its items (a slug, or a built item's id): the others are the author's. */
  private readonly assignedIds = new WeakMap<HTMLDetailsElement, string>();
  private idsRevoked = false;
  private jsonLd?: string;
  private linkTarget?: HTMLDetailsElement;
  private linkFocus = false;

  constructor() {
    super();
    // `toggle` does not bubble: caught on its way down to the items.
    this.addEventListener('toggle', this.handleToggle, true);
    this.addEventListener('click', this.handleClick);
  }

  protected override inPlaceLoading(): Promise<unknown> | undefined {
    return this.inPlace.pending;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.handlePrint);
    window.addEventListener('afterprint', this.handlePrint);
    // Ids were released and the JSON-LD removed on disconnect: claim and write them again.
    if (this.hasUpdated) {
      this.claimedFor = [];
      this.requestUpdate();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.handlePrint);
    window.removeEventListener('afterprint', this.handlePrint);
    releaseIds(this);
    this.jsonLd = undefined;
    writeJsonLd(this, undefined);
  }

  /** The level given to the renderer: that of the questions, the title one above. */
  private questionLevel(): number {
    const title = this.contentSource.source === 'html' ? child(this, 'h2, h3, h4, h5, h6') : undefined;
    // Rounded (the title is built as h<level - 1>), and 3 for a value that is not a number.
    return Math.min(6, Math.max(3, Math.round(this.headingLevel ?? (title ? Number(title.tagName[1]) + 1 : 3)) || 3));
  }

  /**
   * Enhances the shown items in place: a heading per question becomes `<details>` (authored
   * HTML, once), each item gets a page-wide unique id (an author's is kept), `single` keeps one
   * open, a link to an item opens it, the search hides the items it filters out, an open
   * answer gets its "copy link" row, and the JSON-LD follows.
   */
  private enhance(content: readonly Element[]): void {
    if (!this.inPlace.showsGenerated && normaliseFaq(this)) content = this.inPlace.elements;
    const items = content.filter((el): el is HTMLDetailsElement => el instanceof HTMLDetailsElement);
    this.items = items;
    // The title goes to the slot before the toolbar, so it is read (and shown) first; a title no
    // longer shown (the source changed) goes back where it was.
    const first = items[0] ? content.indexOf(items[0]) : content.length;
    const title = content.slice(0, first).find((el) => /^h[1-6]$/.test(el.localName));
    for (const el of Array.from(this.children)) {
      if (el === title || el.getAttribute('slot') !== TITLE_SLOT) continue;
      if (el.hasAttribute(GENERATED)) el.setAttribute('slot', GENERATED_SLOT);
      else el.removeAttribute('slot');
    }
    title?.setAttribute('slot', TITLE_SLOT);
    this.claimItemIds(items);
    if (this.single) {
      const open = items.filter((d) => d.open);
      for (const d of open.slice(1)) this.setOpen(d, false);
    }
    // A link waiting for the items (the page's own fragment, on load).
    if (!this.linkTarget) this.takeLink();
    const target = this.linkTarget;
    this.linkTarget = undefined;
    if (target && !target.open) this.userSet([target], true, false);
    for (const d of items) {
      const shown = this.found(d);
      if (!shown && !d.hasAttribute('hidden')) d.setAttribute(FILTERED, '');
      if (d.hasAttribute(FILTERED)) d.hidden = !shown;
      if (shown) d.removeAttribute(FILTERED);
      this.syncCopyRow(d);
    }
    this.syncJsonLd(items);
    if (target?.isConnected) {
      const summary = child(target, 'summary') as HTMLElement | undefined;
      // No `behavior: 'smooth'`: the page's own `scroll-behavior` (and reduced motion) apply.
      target.scrollIntoView({ block: 'start' });
      if (this.linkFocus) summary?.focus({ preventScroll: true });
    }
  }

  /**
   * Takes the link to an item (the URL's fragment), once the items are known: the item is
   * opened, scrolled to and, after a navigation, focused by the next enhancement. A search that
   * hides it is cleared (before rendering, when the items are already known).
   */
  private takeLink(): void {
    const link = this.items.length ? this.deepLink.take(this.items.map((d) => d.id)) : undefined;
    if (!link) return;
    const target = this.item(link.id);
    if (!target) return;
    if (this.query && !this.found(target)) this.query = '';
    this.linkTarget = target;
    this.linkFocus = link.navigated;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.takeLink();
  }

  /** Ids unique on the page: an item without one gets a slug of its question; an author's id is kept; ids built from JSON are the element's to rename. */
  private claimItemIds(items: HTMLDetailsElement[]): void {
    if (!this.isConnected) return;
    if (!this.idsRevoked && items.length === this.claimedFor.length && items.every((d, i) => d === this.claimedFor[i] && d.id)) return;
    this.idsRevoked = false;
    const generated = this.inPlace.showsGenerated;
    // The ids given: the JSON items' own, or the author's — not a slug this element gave, which
    // is its to give again (and to give up).
    const model = generated ? this.contentSource.value?.items : undefined;
    const given = items.map((d, i) => (generated ? model?.[i]?.id : d.id && this.assignedIds.get(d) !== d.id ? d.id : undefined));
    // An author's id is never renamed: another FAQ's item that has it because that FAQ gave it
    // (its items are in the page too) gives it up first, and that FAQ claims again.
    if (!generated) {
      const root = this.getRootNode() as Document | ShadowRoot;
      for (const id of given) {
        for (const other of id ? Array.from(root.querySelectorAll<HTMLDetailsElement>(`sov-faq > details[id="${CSS.escape(id)}"]`)) : []) {
          const owner = other.parentElement;
          if (!(owner instanceof SovFaq) || owner === this || owner.assignedIds.get(other) !== id) continue;
          other.removeAttribute('id');
          releaseIds(owner);
          owner.handleIdsRevoked();
        }
      }
    }
    // A slug it gave stays the item's while free, even if the question was edited since.
    const text = (d: HTMLDetailsElement) => (!generated && this.assignedIds.get(d) === d.id ? d.id : itemText(d).question);
    const ids = claimIds(this, this, items.map((d, i) => ({ id: given[i], text: text(d) })), this.handleIdsRevoked);
    items.forEach((d, i) => {
      if (!generated && given[i]) return;
      d.id = ids[i];
      this.assignedIds.set(d, ids[i]);
    });
    this.claimedFor = [...items];
  }

  private readonly handleIdsRevoked = (): void => {
    this.idsRevoked = true;
    this.requestUpdate();
  };

  private found(details: Element): boolean {
    const match = matcher(this.query);
    if (!match) return true;
    const { question, answer } = itemText(details);
    return match(fold(`${question} ${answer}`));
  }

  /** The "copy link" row at the end of an open answer, with its note while the status holds it. */
  private syncCopyRow(details: HTMLDetailsElement): void {
    let row = details.querySelector<HTMLElement>(`:scope > [${COPY}]`);
    if (!details.open) {
      row?.remove();
      return;
    }
    const t = this.language.strings;
    if (!row) {
      row = this.ownerDocument.createElement('p');
      row.setAttribute(GENERATED, '');
      row.setAttribute(COPY, '');
      const button = this.ownerDocument.createElement('button');
      button.type = 'button';
      row.append(button);
    }
    if (row !== details.lastElementChild) details.append(row);
    row.lang = this.language.ui;
    const button = row.firstElementChild!;
    if (button.textContent !== t.copyLink) button.textContent = t.copyLink;
    const note = this.copyNote?.id === details.id && this.announcer.text === this.copyNote.text ? this.copyNote.text : '';
    let span = button.nextElementSibling;
    if (note && !span) {
      span = this.ownerDocument.createElement('span');
      span.setAttribute('aria-hidden', 'true');
      row.append(span);
    }
    if (span && !note) span.remove();
    else if (span && span.textContent !== note) span.textContent = note;
  }

  private syncJsonLd(items: HTMLDetailsElement[]): void {
    const json = this.structuredData && this.isConnected && this.contentSource.state === 'ready' && items.length ? scriptJson(faqPageOf(items.map(itemText))) : undefined;
    if (json === this.jsonLd) return;
    this.jsonLd = json;
    writeJsonLd(this, json);
  }

  override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    // Not ready (an error, loading): no JSON-LD of content that is not shown.
    if (this.contentSource.state !== 'ready' || !this.inPlace.elements.length) this.syncJsonLd([]);
  }

  /** Sets an item's state without that counting as the reader's (no event). */
  private setOpen(details: HTMLDetailsElement, open: boolean): void {
    if (details.open === open) return;
    this.expected.set(details, open);
    details.open = open;
  }

  /** The reader changed these items (expand or collapse all, a link): set, and `sov-toggle` for each. */
  private userSet(items: HTMLDetailsElement[], open: boolean, update = true): void {
    for (const d of items) {
      if (d.open === open) continue;
      if (open && this.single) for (const other of this.items) if (other !== d && other.open) this.userSet([other], false, false);
      this.setOpen(d, open);
      this.fireToggle(d);
    }
    if (update) this.requestUpdate();
  }

  private fireToggle(details: HTMLDetailsElement): void {
    this.dispatchEvent(new CustomEvent<FaqToggleDetail>('sov-toggle', { detail: { id: details.id, open: details.open }, bubbles: true, composed: true }));
  }

  /** An item opened or closed: by the reader (its summary, find in page), or by this element. */
  private readonly handleToggle = (event: Event): void => {
    const details = event.target;
    if (!(details instanceof HTMLDetailsElement) || details.parentElement !== this) return;
    const expected = this.expected.get(details);
    this.expected.delete(details);
    if (expected !== details.open) {
      if (details.open && this.single) for (const other of this.items) if (other !== details && other.open) this.userSet([other], false, false);
      this.fireToggle(details);
    }
    this.requestUpdate();
  };

  /** Items opened only to be printed, closed again after (no event: the reader did not open them). */
  private printed: HTMLDetailsElement[] = [];

  /** Every answer is printed: closed items open for printing (the print styles do it where `::details-content` exists). */
  private readonly handlePrint = (event: Event): void => {
    if (event.type === 'beforeprint') {
      this.printed = this.items.filter((d) => !d.open);
      for (const d of this.printed) this.setOpen(d, true);
    } else {
      for (const d of this.printed) this.setOpen(d, false);
      this.printed = [];
    }
  };

  private readonly handleClick = (event: Event): void => {
    const button = (event.target as Element).closest?.(`[${COPY}] > button`);
    const details = button?.closest('details');
    if (details?.parentElement === this) void this.handleCopy(details.id);
  };

  private handleSearch(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    const t = this.language.strings;
    this.copyNote = undefined;
    this.announcer.announce(() => (this.query.trim() ? t.results(this.items.filter((d) => this.found(d)).length, this.items.length) : ''), { delay: ANNOUNCE_DELAY });
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

  /** The authored items: `<details>`, or questions still to turn into them. */
  private authoredCount(): number {
    const shape = authoredShape(this);
    return shape ? (shape.questions?.length ?? shape.details.length) : 0;
  }

  private item(id: string): HTMLDetailsElement | undefined {
    return this.items.find((d) => d.id === id);
  }

  /** Ids of the open items, in order. Setting it opens exactly those items (no event). */
  get openItems(): string[] {
    return this.items.filter((d) => d.open).map((d) => d.id);
  }

  set openItems(ids: string[]) {
    const open = new Set(ids);
    for (const d of this.items) this.setOpen(d, open.has(d.id));
    this.requestUpdate();
  }

  /** Opens an item (no event). */
  open(id: string): void {
    this.toggle(id, true);
  }

  /** Closes an item (no event). */
  close(id: string): void {
    this.toggle(id, false);
  }

  /** Toggles an item, or sets it with `force`; returns its new state (no event). */
  toggle(id: string, force?: boolean): boolean {
    const details = this.item(id);
    if (!details) return false;
    const open = force ?? !details.open;
    if (open && this.single) for (const other of this.items) if (other !== details) this.setOpen(other, false);
    this.setOpen(details, open);
    this.requestUpdate();
    return open;
  }

  /** Opens every item (no event). */
  expandAll(): void {
    for (const d of this.items) this.setOpen(d, true);
    this.requestUpdate();
  }

  /** Closes every item (no event). */
  collapseAll(): void {
    for (const d of this.items) this.setOpen(d, false);
    this.requestUpdate();
  }

  override render() {
    const t = this.language.strings;
    const value = this.contentSource.value;
    // On the server the slot is the default one (the light DOM printed beside it is the content),
    // with the content as its fallback when there is no light DOM.
    const renderer = isServer && !this.serverLightDom && value ? rendererLoaded() : undefined;
    const nodes = renderer ? renderer.blockNodes(value!, this.questionLevel(), this.language.lang) : [];
    // The title's fallback in the title's slot, as the light DOM's title is once upgraded.
    const titled = typeof nodes[1] === 'object' && /^h[1-6]$/.test(nodes[1].tag);
    const titleFallback = renderer && titled ? serverTemplates(nodes.slice(0, 2)) : nothing;
    const fallback = renderer ? serverTemplates(titled ? nodes.slice(2) : nodes) : nothing;
    const ready = this.contentSource.state === 'ready';
    // Counted from the content: built nodes come after this render.
    const count = !ready ? 0 : this.inPlace.showsGenerated || isServer ? (value?.items.length ?? 0) : this.authoredCount();
    const matching = this.query.trim() ? this.items.filter((d) => this.found(d)).length : count;
    const controls = ready && !this.single && count >= 3;
    const shown = () => this.items.filter((d) => !d.hidden);
    return html`${this.renderState()}<div class="root" part="base"><slot name=${TITLE_SLOT}>${titleFallback}</slot>${ready && (this.searchable || controls)
        ? html`<div class="toolbar" lang=${this.language.ui}>
            ${this.searchable
              ? html`<div class="search-field">
                  <label for="search">${t.searchQuestions}</label>
                  <input id="search" class="input" part="search" type="search" autocomplete="off" .value=${this.query} @input=${this.handleSearch} />
                </div>`
              : nothing}
            ${controls
              ? html`<div class="controls" part="controls">
                  <button class="button" type="button" @click=${() => this.userSet(shown(), true)}>${t.expandAll}</button>
                  <button class="button" type="button" @click=${() => this.userSet(shown(), false)}>${t.collapseAll}</button>
                </div>`
              : nothing}
          </div>`
        : nothing}<p class="status" part="status" role="status" lang=${this.language.ui}>${this.announcer.text}</p>${ready && count && !matching ? html`<p class="empty" part="empty" lang=${this.language.ui}>${t.noResults}</p>` : nothing}<slot name=${ifDefined(isServer ? undefined : this.inPlace.slot)}>${fallback}</slot></div>`;
  }
}
