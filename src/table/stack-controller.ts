/**
 * Measures `<sov-table>` for its two responsive decisions: whether the element's own inline size
 * is below its `stack-below` length (rows become cards), and whether the wide table overflows its
 * scroll box (the box then becomes a focusable, labelled region). Container query conditions
 * cannot read an attribute or a custom property, so one ResizeObserver watches the element's
 * width and the table; sizes are read only in its callback, after layout, so measuring never
 * forces a layout of its own.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { readonly hasUpdated: boolean };

/** A CSS length in `px`, `rem` or `em` (a bare number is px) converted to pixels; 40rem when unreadable. */
export function lengthToPx(value: string | null | undefined, host: Element): number {
  const match = /^\s*(\d*\.?\d+)\s*(px|rem|em)?\s*$/i.exec(value ?? '');
  const amount = match ? parseFloat(match[1]) : 40;
  const unit = match ? (match[2] ?? 'px').toLowerCase() : 'rem';
  if (unit === 'px') return amount;
  const fontSize = parseFloat(getComputedStyle(unit === 'rem' ? document.documentElement : host).fontSize);
  return amount * (Number.isFinite(fontSize) && fontSize > 0 ? fontSize : 16);
}

export class StackController implements ReactiveController {
  /** True when the element is narrower than the threshold. */
  stacked = false;
  /** True when the wide table overflows its scroll box, inline or block. */
  overflows = false;
  /** True when it overflows in the block direction (the sticky header is in use). */
  overflowsBlock = false;

  private observer?: ResizeObserver;
  private readonly observed = new Map<'ruler' | 'table', Element>();
  /** The element's inline size: 0 until measured (by `measureNow` or the observer), or while hidden. */
  width = 0;

  /**
   * `ruler` is an empty full-width element of the shadow tree: unlike the host, its size depends
   * on the inline size alone, so stacking (which changes the host's block size) never re-triggers
   * the observer in the same frame ("ResizeObserver loop completed with undelivered notifications").
   */
  constructor(
    private readonly host: Host,
    private readonly threshold: () => string | undefined,
    private readonly ruler: () => Element | null,
    private readonly scroller: () => HTMLElement | null
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver((entries) => this.measure(entries));
    if (this.host.hasUpdated) this.hostUpdated();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed.clear();
  }

  hostUpdated(): void {
    // The table is watched too: filtering or new content changes its size, not the element's.
    this.watch('ruler', this.ruler());
    this.watch('table', this.scroller()?.querySelector('table') ?? null);
  }

  /**
   * Measures the element's inline size now, before its first content render, so that render is
   * already stacked or not: deciding it only in the observer's first callback would lay the wide
   * table out once and then the cards, a layout shift of everything below. This reads layout (a
   * synchronous layout of the page, once per element; a horizontal writing mode is assumed, the
   * observer corrects it otherwise); the observer takes over from there. The overflow is left to
   * the observer (it needs the rendered table).
   */
  measureNow(): void {
    const style = getComputedStyle(this.host);
    this.width = this.host.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    this.stacked = this.width > 0 && this.narrow(this.width);
  }

  /** Whether the element, `width` wide, is below its stacking threshold. */
  private narrow(width: number): boolean {
    return width < lengthToPx(this.threshold(), this.host);
  }

  /** Measures again (the threshold changed): observing anew delivers a fresh notification. */
  remeasure(): void {
    const ruler = this.observed.get('ruler');
    if (!ruler || !this.observer) return;
    this.observer.unobserve(ruler);
    this.observer.observe(ruler);
  }

  private watch(key: 'ruler' | 'table', element: Element | null): void {
    const current = this.observed.get(key);
    if (current === (element ?? undefined) || !this.observer) return;
    if (current) this.observer.unobserve(current);
    if (element) {
      this.observed.set(key, element);
      this.observer.observe(element);
    } else this.observed.delete(key);
  }

  private measure(entries: ResizeObserverEntry[]): void {
    for (const entry of entries) {
      if (entry.target !== this.observed.get('ruler')) continue;
      const box = entry.contentBoxSize?.[0];
      this.width = box ? box.inlineSize : entry.contentRect.width;
    }
    // A hidden element (display: none, a closed <details>) measures 0: keep the last layout.
    if (!this.width) return;
    const stacked = this.narrow(this.width);
    const scroller = this.scroller();
    const overflowsInline = !stacked && !!scroller && scroller.scrollWidth > scroller.clientWidth + 1;
    const overflowsBlock = !stacked && !!scroller && scroller.scrollHeight > scroller.clientHeight + 1;
    const overflows = overflowsInline || overflowsBlock;
    if (stacked === this.stacked && overflows === this.overflows && overflowsBlock === this.overflowsBlock) return;
    this.stacked = stacked;
    this.overflows = overflows;
    this.overflowsBlock = overflowsBlock;
    this.host.requestUpdate();
  }
}
