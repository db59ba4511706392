/**
 * `<sov-tldr>`: the summary card, a titled region of key points with a check icon each (drawn by CSS), an
 * optional tone and an optional "show more" disclosure. Its content is native HTML in its light DOM. The class module registers nothing;
 * `sov-tldr.ts` does.
 */
import { html, isServer, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ContentController, blockOf } from '../controllers/content-controller.js';
import { GENERATED, InPlaceController, slotFallbackStyles } from '../controllers/in-place-controller.js';
import { rendererLoaded, serverTemplates } from '../content/renderer.js';
import { readText, readTitledList } from '../content/light-dom.js';
import type { TldrBlock } from '../content/schema.js';
import { isCheckMark } from '../content/emoji.js';
import { wrapLeadingIcon, type LeadingIcon } from '../content/leading-icon.js';
import { SovElement } from '../sov-element.js';
import { tldrContentStyles, tldrStyles } from './tldr.styles.js';

export type TldrTone = 'neutral' | 'info' | 'success' | 'warning';

/** Detail of the `sov-toggle` event: the card's extra items were shown or hidden. */
export interface TldrToggleDetail {
  id: string;
  open: boolean;
}

const TONES = new Set<string>(['neutral', 'info', 'success', 'warning']);

/** The default number of points shown while a `collapsible` card is collapsed. */
const DEFAULT_VISIBLE = 2;

/** Reads a heading (or paragraph) and a `<ul>`/`<ol>` of points. */
export function readTldr(host: HTMLElement): Partial<TldrBlock> | undefined {
  const authored = readTitledList(host);
  if (!authored) return undefined;
  return { type: 'tldr', ...(authored.title ? { title: authored.title } : {}), items: authored.items.map((li) => readText(li)) };
}

/** The attribute of the wrapper a leading check mark moves into: hidden, as the card draws its own. */
export const CHECK = 'data-sov-check';

const CHECK_MARK: LeadingIcon = {
  attribute: CHECK,
  accepts: isCheckMark,
  always: false,
  // A point that is nothing but a check mark keeps it rather than show empty.
  keepsLone: true,
  create(doc) {
    const span = doc.createElement('span');
    span.setAttribute(GENERATED, '');
    span.setAttribute(CHECK, '');
    span.hidden = true;
    return span;
  },
};

/** The attribute of a point this element folded away (an author's own `hidden` point is left as it is). */
const FOLDED = 'data-sov-folded';
/** Attributes this element added to the author's nodes, so it can take them back. */
const added = new WeakMap<Element, string[]>();

function addAttribute(el: Element, name: string, value: string): void {
  if (el.hasAttribute(name) && !added.get(el)?.includes(name)) return;
  el.setAttribute(name, value);
  const names = added.get(el) ?? [];
  if (!names.includes(name)) added.set(el, [...names, name]);
}

function removeAdded(el: Element, name: string): void {
  const names = added.get(el);
  if (!names?.includes(name)) return;
  el.removeAttribute(name);
  added.set(el, names.filter((n) => n !== name));
}

let titles = 0;

/**
 * A summary card: a region named by its title, with the key points and a check icon each. The
 * title and points are native HTML in the element's light DOM — the author's, or built from a
 * JSON source — and the card's frame and disclosure button are in its shadow root.
 *
 * @tagname sov-tldr
 * @slot - The content: a heading (or paragraph) for the title, then a `<ul>` or `<ol>` of points.
 * @csspart base - The card around the title, the points and the button.
 * @csspart button - The "show more" / "show less" disclosure button (`collapsible` only).
 * @csspart error - The error message shown for invalid content.
 * @cssprop [--sov-tldr-accent] - Accent of the card (side border, icons, button, background tint); defaults per `tone`: muted text, `--sov-color-accent`, `--sov-color-success` or `--sov-color-warning`.
 * @cssprop [--sov-tldr-background] - Background of the card; defaults to a 6% tint of the accent.
 * @fires {TldrToggleDetail} sov-toggle - The user expanded or collapsed a `collapsible` card (detail `{ id: 'more', open: boolean }`).
 */
export class SovTldr extends SovElement<TldrBlock> {
  // The content styles for a server-rendered fallback too (inside `<sov-article>`).
  static override styles = [tldrStyles, slotFallbackStyles('sov-tldr', tldrContentStyles)];

  protected override readonly contentSource = new ContentController<TldrBlock>(this, this.language, {
    ...blockOf<TldrBlock>('tldr'),
    read: readTldr,
    // The authored card is shown as it is: a title and a point are all it needs (without a
    // title the reader runs, and explains the error).
    shownAsIs: (host) => {
      const authored = readTitledList(host);
      return !!authored?.title && authored.items.length > 0;
    },
    structure: 'a heading or paragraph, then a <ul> of points',
  });

  private readonly inPlace = new InPlaceController<TldrBlock>(this, this.contentSource, {
    nodes: (block, renderer) => renderer.blockNodes(block, this.levelFor(this.headingLevel, 2), this.language.lang),
    signature: () => `${this.levelFor(this.headingLevel, 2)} ${this.language.lang}`,
    styles: tldrContentStyles,
    enhance: (content) => this.enhance(content),
  });

  /** Level of the title heading (2–6) of content from a JSON source, or of an authored `<p>` title; an authored `h2`–`h6` sets it, and keeps its own level; 2 by default. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel?: number;

  /** `neutral` (default), `info`, `success` or `warning`: the accent colour of the card. */
  @property({ reflect: true }) tone: TldrTone = 'neutral';

  /** Shows only the first `visible-items` points, with a "show more" disclosure button. */
  @property({ type: Boolean, reflect: true }) collapsible = false;

  /** Number of points shown while collapsed (at least 1; 2 by default). */
  @property({ attribute: 'visible-items', type: Number }) visibleItems = DEFAULT_VISIBLE;

  /**
   * Set by `souverain/ssr` when it prints the content as light DOM beside the element's
   * declarative shadow root; an element rendered on the server without it (inside
   * `<sov-article>`) puts its content in the slot's fallback instead.
   * @internal
   */
  serverLightDom = false;

  protected override readonly hydrates = false;

  @state() private expanded = false;

  protected override inPlaceLoading(): Promise<unknown> | undefined {
    return this.inPlace.pending;
  }

  private handleToggle(): void {
    this.expanded = !this.expanded;
    // Focus stays on the button (APG disclosure pattern); only its state and label change.
    this.dispatchEvent(new CustomEvent<TldrToggleDetail>('sov-toggle', { detail: { id: 'more', open: this.expanded }, bubbles: true, composed: true }));
  }

  private get visible(): number {
    return Number.isFinite(this.visibleItems) ? Math.max(1, Math.floor(this.visibleItems)) : DEFAULT_VISIBLE;
  }

  /** The number of points shown: the built block's, or the author's list's. */
  private pointCount(): number {
    if (this.contentSource.state !== 'ready') return 0;
    if (this.inPlace.showsGenerated) return this.contentSource.value?.items.length ?? 0;
    return readTitledList(this)?.items.length ?? 0;
  }

  /**
   * Enhances the shown title and points in place: the host becomes a region named by the title
   * (the title lives in the light DOM, where an `aria-labelledby` in the shadow root cannot
   * reach it), a `<p>` title is exposed as a heading, a leading check mark is hidden (the card
   * draws one for every point), and the points past `visible-items` are folded away with
   * `hidden` while collapsed.
   */
  private enhance(content: readonly Element[]): void {
    const index = content.findIndex((el) => el.localName === 'ul' || el.localName === 'ol');
    if (index < 0) return;
    const list = content[index];
    const title = content.slice(0, index).find((el) => /^(h[1-6]|p)$/.test(el.localName) && el.textContent!.trim());
    if (title) {
      if (!title.id) {
        let id: string;
        do id = `sov-tldr-title-${++titles}`;
        while (this.ownerDocument.getElementById(id));
        addAttribute(title, 'id', id);
      }
      if (title.localName === 'p') {
        addAttribute(title, 'role', 'heading');
        addAttribute(title, 'aria-level', String(this.levelFor(this.headingLevel, 2)));
      }
      // An author's own role or name for the card stays.
      if (!this.hasAttribute('aria-label')) {
        addAttribute(this, 'role', 'region');
        addAttribute(this, 'aria-labelledby', title.id);
      }
    }
    if (!list.hasAttribute('role')) list.setAttribute('role', 'list');
    const collapsed = this.collapsible && !this.expanded;
    const visible = this.visible;
    Array.from(list.children)
      .filter((li) => li.localName === 'li')
      .forEach((li, i) => {
        wrapLeadingIcon(li, CHECK_MARK);
        if (collapsed && i >= visible) {
          if (!li.hasAttribute('hidden')) li.setAttribute(FOLDED, '');
          if (li.hasAttribute(FOLDED)) li.setAttribute('hidden', '');
        } else if (li.hasAttribute(FOLDED)) {
          li.removeAttribute('hidden');
          li.removeAttribute(FOLDED);
        }
      });
  }

  override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    // Not a card while it shows nothing of its own (an error, no content): no empty landmark.
    if (this.contentSource.state !== 'ready' || !this.inPlace.elements.length) {
      removeAdded(this, 'role');
      removeAdded(this, 'aria-labelledby');
    }
  }

  override render() {
    const t = this.language.strings;
    const tone = TONES.has(this.tone) ? this.tone : 'neutral';
    const folds = this.collapsible && this.pointCount() > this.visible;
    const value = this.contentSource.value;
    // On the server the slot is the default one (the light DOM printed beside it is the content),
    // with the content as its fallback when there is no light DOM.
    const renderer = isServer && !this.serverLightDom && value ? rendererLoaded() : undefined;
    const fallback = renderer ? serverTemplates(renderer.blockNodes(value!, this.levelFor(this.headingLevel, 2), this.language.lang)) : nothing;
    const button = folds
      ? html`<button class="button more" part="button" type="button" aria-expanded=${this.expanded ? 'true' : 'false'} lang=${this.language.ui} @click=${this.handleToggle}>
          ${this.expanded ? t.showLess : t.showMore}
        </button>`
      : nothing;
    return html`${this.renderState()}<div class="root tone-${tone}" part="base"><slot name=${ifDefined(isServer ? undefined : this.inPlace.slot)}>${fallback}</slot>${button}</div>`;
  }
}
