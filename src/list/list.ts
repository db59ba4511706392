/**
 * `<sov-list>`: a list of points, each with a decorative icon (the article's emoji lists) and
 * an optional emphasised term. The class module registers nothing; `sov-list.ts` does.
 */
import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { ContentController, blockOf } from '../controllers/content-controller.js';
import { readText, readTitledList } from '../content/light-dom.js';
import { splitEmojiNodes, splitTermNodes } from '../content/emoji.js';
import { renderInline } from '../content/render.js';
import type { ListBlock, ListItem } from '../content/schema.js';
import { renderHeading } from '../content/heading.js';
import { SovElement } from '../sov-element.js';
import { listStyles } from './list.styles.js';

/** Reads a heading (or paragraph) and a `<ul>`/`<ol>` of "🔐 Term : text" items. */
export function readList(host: HTMLElement): Partial<ListBlock> | undefined {
  const authored = readTitledList(host);
  if (!authored) return undefined;
  const items = authored.items.map((li): ListItem => {
    const [icon, rest] = splitEmojiNodes(readText(li));
    const [term, text] = splitTermNodes(rest);
    return { ...(icon ? { icon } : {}), ...(term ? { term } : {}), text };
  });
  return { type: 'list', ...(authored.title ? { title: authored.title } : {}), items };
}

/**
 * A list of points with a decorative icon each, and an optional term in bold.
 *
 * @tagname sov-list
 * @csspart base - The wrapper of the title and list.
 * @csspart heading - The title.
 * @csspart list - The `<ul>`.
 * @csspart item - Each point.
 * @csspart icon - Each point's icon (hidden from assistive technology).
 * @csspart term - Each point's emphasised term.
 * @csspart error - The error message shown for invalid content.
 * @cssprop [--sov-list-icon-size=1.25em] - Size of the icons.
 * @cssprop [--sov-list-tile-min=14rem] - Minimum tile width in `grid` layout.
 */
export class SovList extends SovElement<ListBlock> {
  static override styles = listStyles;

  protected override readonly contentSource = new ContentController<ListBlock>(this, this.language, {
    ...blockOf<ListBlock>('list'),
    read: readList,
    structure: 'a heading or paragraph, then a <ul> of points',
  });

  /** Level of the title heading (2–6); an authored `h2`–`h6` sets it. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel?: number;

  /** `list` (default) or `grid`: tiles that reflow by the element's own width. */
  @property({ reflect: true }) layout: 'list' | 'grid' = 'list';

  private renderItem(item: ListItem) {
    const colon = this.language.ui.split('-')[0] === 'fr' ? '\u00a0: ' : ': ';
    return html`<li class="item" part="item">
      ${item.icon
        ? html`<span class="icon" part="icon" aria-hidden="true">${item.icon}</span>`
        : html`<span class="icon bullet" part="icon" aria-hidden="true"></span>`}
      <span class="text">${item.term ? html`<strong class="term" part="term">${renderInline(item.term)}</strong>${colon}` : nothing}${renderInline(item.text)}</span>
    </li>`;
  }

  protected override renderContent(block: ListBlock) {
    const level = this.levelFor(this.headingLevel, 3);
    return html`<div class="root ${this.layout === 'grid' ? 'grid' : ''}" part="base">
      ${block.title ? renderHeading(level, renderInline(block.title), 'heading') : nothing}
      <ul class="list" part="list" role="list">
        ${block.items.map((item) => this.renderItem(item))}
      </ul>
    </div>`;
  }
}
