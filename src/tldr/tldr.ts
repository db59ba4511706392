/**
 * `<sov-tldr>`: the summary card, a titled region of key points with a check icon each (drawn by CSS), an
 * optional tone and an optional "show more" disclosure. The class module registers nothing;
 * `sov-tldr.ts` does.
 */
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContentController, blockOf } from '../controllers/content-controller.js';
import { readText, readTitledList } from '../content/light-dom.js';
import { renderInline } from '../content/render.js';
import type { TldrBlock } from '../content/schema.js';
import { renderHeading } from '../content/heading.js';
import { isCheckMark, splitEmojiNodes } from '../content/emoji.js';
import type { Inline } from '../content/rich-text.js';
import { SovElement } from '../sov-element.js';
import { tldrStyles } from './tldr.styles.js';

export type TldrTone = 'neutral' | 'info' | 'success' | 'warning';

/** Detail of the `sov-toggle` event: the card's extra items were shown or hidden. */
export interface TldrToggleDetail {
  id: string;
  open: boolean;
}

const TONES = new Set<string>(['neutral', 'info', 'success', 'warning']);

/** The default number of points shown while a `collapsible` card is collapsed. */
const DEFAULT_VISIBLE = 2;

/**
 * Splits a leading check mark off a point: `[true, "L’open source…"]`, or `[false, text]`.
 * Other leading emoji are content and stay in the text. A point that is only a check mark
 * keeps it, so no point renders empty.
 */
export function splitCheck(nodes: readonly Inline[]): [boolean, Inline[]] {
  const [icon, rest] = splitEmojiNodes(nodes);
  return isCheckMark(icon) && rest.length ? [true, rest] : [false, [...nodes]];
}

/** Reads a heading (or paragraph) and a `<ul>`/`<ol>` of points. */
export function readTldr(host: HTMLElement): Partial<TldrBlock> | undefined {
  const authored = readTitledList(host);
  if (!authored) return undefined;
  return { type: 'tldr', ...(authored.title ? { title: authored.title } : {}), items: authored.items.map((li) => readText(li)) };
}

/**
 * A summary card: a region named by its title, with the key points and a check icon each.
 *
 * @tagname sov-tldr
 * @csspart base - The card, a `<section>` named by its title (a `region` landmark).
 * @csspart heading - The title.
 * @csspart list - The `<ul>` of points.
 * @csspart item - Each point; its check icon is generated content, the ring `::part(item)::before` and the tick `::part(item)::after` (coloured by `--sov-tldr-accent`).
 * @csspart button - The "show more" / "show less" disclosure button (`collapsible` only).
 * @csspart error - The error message shown for invalid content.
 * @cssprop [--sov-tldr-accent] - Accent of the card (side border, icons, button, background tint); defaults per `tone`: muted text, `--sov-color-accent`, `--sov-color-success` or `--sov-color-warning`.
 * @cssprop [--sov-tldr-background] - Background of the card; defaults to a 6% tint of the accent.
 * @fires {TldrToggleDetail} sov-toggle - The user expanded or collapsed a `collapsible` card (detail `{ id: 'more', open: boolean }`).
 */
export class SovTldr extends SovElement<TldrBlock> {
  static override styles = tldrStyles;

  protected override readonly contentSource = new ContentController<TldrBlock>(this, this.language, {
    ...blockOf<TldrBlock>('tldr'),
    read: readTldr,
    structure: 'a heading or paragraph, then a <ul> of points',
  });

  /** Level of the title heading (2–6); an authored `h2`–`h6` sets it; 2 by default. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel?: number;

  /** `neutral` (default), `info`, `success` or `warning`: the accent colour of the card. */
  @property({ reflect: true }) tone: TldrTone = 'neutral';

  /** Shows only the first `visible-items` points, with a "show more" disclosure button. */
  @property({ type: Boolean, reflect: true }) collapsible = false;

  /** Number of points shown while collapsed (at least 1; 2 by default). */
  @property({ attribute: 'visible-items', type: Number }) visibleItems = DEFAULT_VISIBLE;

  @state() private expanded = false;

  private handleToggle(): void {
    this.expanded = !this.expanded;
    // Focus stays on the button (APG disclosure pattern); only its state and label change.
    this.dispatchEvent(new CustomEvent<TldrToggleDetail>('sov-toggle', { detail: { id: 'more', open: this.expanded }, bubbles: true, composed: true }));
  }

  /**
   * One point: the `<li>` and its text, nothing else. The check icon is the item's `::before`
   * (the ring) and `::after` (the tick), drawn with borders; a point folded away gets the static
   * `hidden` of its own template, so an item has one binding, its text.
   */
  private renderItem(text: Inline[], hidden: boolean) {
    const [, rest] = splitCheck(text);
    const content = renderInline(rest);
    return hidden ? html`<li class="item" part="item" hidden>${content}</li>` : html`<li class="item" part="item">${content}</li>`;
  }

  protected override renderContent(block: TldrBlock) {
    const t = this.language.strings;
    const level = this.levelFor(this.headingLevel, 2);
    const tone = TONES.has(this.tone) ? this.tone : 'neutral';
    const visible = Number.isFinite(this.visibleItems) ? Math.max(1, Math.floor(this.visibleItems)) : DEFAULT_VISIBLE;
    const folds = this.collapsible && block.items.length > visible;
    const collapsed = folds && !this.expanded;
    return html`<section class="root tone-${tone}" part="base" aria-labelledby="heading">
      ${renderHeading(level, renderInline(block.title), 'heading', 'heading')}
      <ul class="list" part="list" id="list" role="list">
        ${block.items.map((text, index) => this.renderItem(text, collapsed && index >= visible))}
      </ul>
      ${folds
        ? html`<button class="button more" part="button" type="button" aria-expanded=${this.expanded ? 'true' : 'false'} aria-controls="list" lang=${this.language.ui} @click=${this.handleToggle}>
            ${this.expanded ? t.showLess : t.showMore}
          </button>`
        : nothing}
    </section>`;
  }
}
