/**
 * The sanitizer-proof form: `<div data-sov="faq" data-sov-content="…" data-sov-searchable>`
 * holding the same authored HTML an element reads. CMS filters keep `div` and `data-*` where
 * they strip unknown tags, so this form reaches the page; here it becomes the element.
 *
 * Upgrading a container puts a `<sov-faq>` inside it, gives it the container's `data-sov-*`
 * attributes without their prefix (a present boolean is true), and moves the authored children
 * into it: they are moved, never copied, so the content exists once and is read once. The
 * container keeps its `id`, classes and place in the layout. Upgrading is idempotent.
 *
 * Only the element's documented attributes (and `lang`, `dir`) cross, through the allowlist in
 * `attributes.ts`: the filters that keep this form keep any `data-*`, so `data-sov-onclick` or
 * `data-sov-style` must stay inert data on the container. Each container that carries another
 * `data-sov-*` name gets one console warning naming it and the element's list.
 */
import type { AttributePolicy } from './attributes.js';

/** The names `data-sov` takes: the element's tag without `sov-`. */
export const CONTAINER_NAMES = ['tldr', 'list', 'table', 'checklist', 'faq', 'article'] as const;
export type ContainerName = (typeof CONTAINER_NAMES)[number];

export const CONTAINER_SELECTOR = '[data-sov]';

const upgraded = new WeakSet<Element>();
const warned = new WeakSet<Element>();

/** The element name a container asks for, or `undefined` (with one warning) when it names none. */
export function containerName(container: Element): ContainerName | undefined {
  const name = (container.getAttribute('data-sov') ?? '').trim().toLowerCase().replace(/^sov-/, '');
  if ((CONTAINER_NAMES as readonly string[]).includes(name)) return name as ContainerName;
  if (!warned.has(container)) {
    warned.add(container);
    console.warn(`[souverain] data-sov="${container.getAttribute('data-sov')}" names no element; use one of: ${CONTAINER_NAMES.join(', ')}.`);
  }
  return undefined;
}

/**
 * Upgrades one container: returns its element (created now or earlier), or `undefined` when
 * the container names no element. `policy` is the allowlist of attributes.ts, which lives in the
 * core chunk (the loader imports nothing from it statically).
 */
export function upgradeContainer(container: Element, policy: AttributePolicy): HTMLElement | undefined {
  const name = containerName(container);
  if (!name) return undefined;
  const tag = `sov-${name}`;
  const first = container.firstElementChild;
  if (upgraded.has(container) && first?.localName === tag) return first as HTMLElement;
  // Another copy of the bundle may have upgraded it already: the element is its only child element.
  if (first?.localName === tag && container.childElementCount === 1) {
    upgraded.add(container);
    return first as HTMLElement;
  }
  const el = container.ownerDocument.createElement(tag);
  const refused: string[] = [];
  for (const attr of Array.from(container.attributes)) {
    const match = /^data-sov-(.+)$/.exec(attr.name);
    if (!match) continue;
    if (policy.isAllowedAttribute(tag, match[1])) el.setAttribute(match[1], attr.value);
    else refused.push(attr.name);
  }
  if (refused.length && !warned.has(container)) {
    warned.add(container);
    console.warn(policy.refusedMessage(tag, refused));
  }
  el.append(...Array.from(container.childNodes));
  container.append(el);
  upgraded.add(container);
  return el;
}

/** The containers in `root` (and `root` itself), optionally only those of one name. */
export function findContainers(root: ParentNode, name?: ContainerName): Element[] {
  const found: Element[] = root instanceof Element && root.matches(CONTAINER_SELECTOR) ? [root] : [];
  found.push(...Array.from(root.querySelectorAll(CONTAINER_SELECTOR)));
  return name ? found.filter((el) => (el.getAttribute('data-sov') ?? '').trim().toLowerCase().replace(/^sov-/, '') === name) : found;
}
