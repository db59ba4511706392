/**
 * `<sov-list>`: a list of points, each with a decorative icon (the article's emoji lists) and
 * an optional emphasised term. The class module registers nothing; `sov-list.ts` does.
 */
import { html, isServer, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ContentController, blockOf } from '../controllers/content-controller.js';
import { GENERATED, InPlaceController, slotFallbackStyles } from '../controllers/in-place-controller.js';
import { rendererLoaded, serverTemplates } from '../content/renderer.js';
import { readText, readTitledList } from '../content/light-dom.js';
import { splitEmojiNodes, splitTermNodes } from '../content/emoji.js';
import { wrapLeadingIcon, type LeadingIcon } from '../content/leading-icon.js';
import type { ListBlock, ListItem } from '../content/schema.js';
import { SovElement } from '../sov-element.js';
import { listContentStyles, listStyles } from './list.styles.js';

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

/** The attribute of the wrapper around an item's icon (or its bullet), which the content styles place. */
export const ICON = 'data-sov-icon';

/** A leading emoji of any kind moves into the icon column; a point without one gets a bullet. */
const LIST_ICON: LeadingIcon = {
  attribute: ICON,
  accepts: () => true,
  always: true,
  keepsLone: false,
  create(doc) {
    const span = doc.createElement('span');
    span.setAttribute(GENERATED, '');
    span.setAttribute(ICON, '');
    span.setAttribute('aria-hidden', 'true');
    return span;
  },
};

/**
 * Gives each point its icon in place (`wrapLeadingIcon`): a leading emoji (text, or an emoji
 * image as WordPress puts one) is moved into a wrapper hidden from assistive technology, as the
 * article's emoji are decoration; a point without one gets an empty wrapper, drawn as a bullet.
 */
export function enhanceList(content: readonly Element[]): void {
  const list = content.find((el) => el.localName === 'ul' || el.localName === 'ol');
  if (!list) return;
  // Safari drops list semantics from a list styled without markers; an author's own role stays.
  if (!list.hasAttribute('role')) list.setAttribute('role', 'list');
  for (const li of Array.from(list.children)) if (li.localName === 'li') wrapLeadingIcon(li, LIST_ICON);
}

/**
 * A list of points with a decorative icon each, and an optional term in bold. The points are
 * native HTML in the element's light DOM — the author's, or built from a JSON source — and the
 * element adds the icons' layout around them.
 *
 * @tagname sov-list
 * @slot - The content: a heading (or paragraph) and a `<ul>` of points, "🔐 Term : text".
 * @csspart base - The wrapper around the content.
 * @csspart error - The error message shown for invalid content.
 * @cssprop [--sov-list-icon-size=1.25em] - Size of the icons.
 * @cssprop [--sov-list-tile-min=14rem] - Minimum tile width in `grid` layout.
 */
export class SovList extends SovElement<ListBlock> {
  // The content styles for a server-rendered fallback too (inside `<sov-article>`).
  static override styles = [listStyles, slotFallbackStyles('sov-list', listContentStyles)];

  protected override readonly contentSource = new ContentController<ListBlock>(this, this.language, {
    ...blockOf<ListBlock>('list'),
    read: readList,
    // The authored list is shown as it is: a list with a point is all it needs.
    shownAsIs: (host) => (readTitledList(host)?.items.length ?? 0) > 0,
    structure: 'a heading or paragraph, then a <ul> of points',
  });

  private readonly inPlace = new InPlaceController<ListBlock>(this, this.contentSource, {
    nodes: (block, renderer) => renderer.blockNodes(block, this.levelFor(this.headingLevel, 3), this.language.lang),
    signature: () => `${this.levelFor(this.headingLevel, 3)} ${this.language.lang}`,
    styles: listContentStyles,
    enhance: enhanceList,
  });

  /** Level of the title heading (2–6) of content from a JSON source; an authored `h2`–`h6` sets it, and keeps its own level. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel?: number;

  /** `list` (default) or `grid`: tiles that reflow by the element's own width. */
  @property({ reflect: true }) layout: 'list' | 'grid' = 'list';

  /**
   * Set by `souverain/ssr` when it prints the content as light DOM beside the element's
   * declarative shadow root; an element rendered on the server without it (inside
   * `<sov-article>`) puts its content in the slot's fallback instead.
   * @internal
   */
  serverLightDom = false;

  protected override readonly hydrates = false;

  protected override inPlaceLoading(): Promise<unknown> | undefined {
    return this.inPlace.pending;
  }

  override render() {
    const value = this.contentSource.value;
    // On the server the slot is the default one (the light DOM printed beside it is the content),
    // with the content as its fallback when there is no light DOM.
    const renderer = isServer && !this.serverLightDom && value ? rendererLoaded() : undefined;
    const fallback = renderer ? serverTemplates(renderer.blockNodes(value!, this.levelFor(this.headingLevel, 3), this.language.lang)) : nothing;
    return html`${this.renderState()}<div class="root" part="base"><slot name=${ifDefined(isServer ? undefined : this.inPlace.slot)}>${fallback}</slot></div>`;
  }
}
