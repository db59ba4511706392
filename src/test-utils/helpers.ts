/**
 * Test helpers shared by every element's tests: console capture, waiting for content, reading
 * visible text from a shadow root.
 */
import { aTimeout, expect, waitUntil } from '@open-wc/testing';

/** Captures console.error/console.warn calls made while `fn` runs (and keeps them out of the output). */
export async function captureConsole<T>(fn: () => Promise<T> | T): Promise<{ result: T; errors: string[]; warnings: string[] }> {
  const errors: string[] = [];
  const warnings: string[] = [];
  const { error, warn } = console;
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    const result = await fn();
    return { result, errors, warnings };
  } finally {
    console.error = error;
    console.warn = warn;
  }
}

/** The element's shadow root (asserting it exists). */
export function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`<${el.localName}> has no shadow root`);
  return el.shadowRoot;
}

/**
 * The text an element shows, whitespace collapsed: its shadow root's, with each `<slot>`
 * replaced by the nodes assigned to it (the content an element shows in place, from its light
 * DOM) or by its fallback. Scripts and styles add nothing.
 */
export function shadowText(el: Element): string {
  return flatText(shadow(el)).replace(/\s+/g, ' ').trim();
}

function flatText(node: Node): string {
  if (node instanceof HTMLSlotElement) {
    const assigned = node.assignedNodes();
    return (assigned.length ? assigned : Array.from(node.childNodes)).map(flatText).join('');
  }
  if (node instanceof Text) return node.data;
  if (node instanceof Element && /^(script|style|template)$/.test(node.localName)) return '';
  if (node instanceof Element && node.shadowRoot) return flatText(node.shadowRoot);
  return Array.from(node.childNodes).map(flatText).join('');
}

/** Waits until the element has settled: not loading, update complete. */
export async function settled(el: Element & { updateComplete: Promise<unknown> }): Promise<void> {
  await el.updateComplete;
  await waitUntil(() => !shadow(el).querySelector('.loading'), 'element still loading', { timeout: 8000 });
  await el.updateComplete;
  await aTimeout(0);
}

/** Waits two frames: what a change of style or size leads to has been laid out and painted. */
export function twoFrames(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

/**
 * Checks an element's items (`[part~="item"]`): the first two `gap` pixels apart at 600px wide,
 * and the first and last as wide as the element once it narrows to 250px (with enough items,
 * the last is out of view, where `content-visibility` skips its contents).
 */
export async function expectItemsFollowWidth(el: HTMLElement, gap: number): Promise<void> {
  el.style.width = '600px';
  await twoFrames();
  const items = Array.from(shadow(el).querySelectorAll('[part~="item"]'));
  const [first, second] = items.map((item) => item.getBoundingClientRect());
  expect(second.top - first.bottom, 'gap').to.be.closeTo(gap, 0.5);
  el.style.width = '250px';
  await twoFrames();
  for (const item of [items[0], items.at(-1)!]) expect(item.getBoundingClientRect().width, 'item width').to.be.closeTo(250, 0.5);
}

/** A URL on the test server that answers `value` as JSON. */
export function jsonUrl(value: unknown): string {
  return `/__test/json?body=${encodeURIComponent(JSON.stringify(value))}`;
}

/** The error box, if shown. */
export function errorBox(el: Element): HTMLElement | null {
  return shadow(el).querySelector('[part~="error"]');
}

/** Links a stylesheet into the document; resolves with its `<link>` (to remove) once it has loaded. */
export function linkStylesheet(href: string): Promise<HTMLLinkElement> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  const loaded = new Promise<HTMLLinkElement>((resolve, reject) => {
    link.addEventListener('load', () => resolve(link));
    link.addEventListener('error', () => reject(new Error(`${href} did not load`)));
  });
  document.head.append(link);
  return loaded;
}
