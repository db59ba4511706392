/**
 * The attribute allowlist, written once: which attribute names may be written onto an element
 * when the name comes from text the library does not control — a `data-sov-<name>` attribute of a
 * container (a CMS filter keeps any `data-*`), a shortcode's argument, a server-render option.
 * A name passes when the element documents it (the list generated from custom-elements.json) or
 * it is `lang` or `dir`, and it is never one of `FORBIDDEN_ATTRIBUTES`, whatever the manifest says
 * later. Anything else would turn inert data into behaviour: an event handler, a style, focus
 * (a script gadget, as in Lekies et al., "Code-Reuse Attacks for the Web", CCS 2017).
 */
import { elementAttributes } from './sanitize/attributes.generated.js';

export type ElementTag = keyof typeof elementAttributes;

/** Attributes that carry language and direction: kept through every form. */
export const LANGUAGE_ATTRIBUTES = ['lang', 'dir'] as const;

/**
 * Names that never cross from data to an element, even if an element documented one: they run
 * script (`on…`), restyle or cover the page (`style`), take focus without a click (`autofocus`,
 * `tabindex`, `popover`, `contenteditable`, `accesskey`), change what the element is (`is`,
 * `slot`, `part`, `exportparts`) or change how it is read or hidden (`hidden`, `inert`, `nonce`).
 */
export const FORBIDDEN_ATTRIBUTES = [
  'style',
  'is',
  'tabindex',
  'autofocus',
  'popover',
  'popovertarget',
  'popovertargetaction',
  'contenteditable',
  'accesskey',
  'slot',
  'part',
  'exportparts',
  'hidden',
  'inert',
  'nonce',
  'xmlns',
] as const;

const forbidden = new Set<string>(FORBIDDEN_ATTRIBUTES);

/** Whether a name is never written from data: an `on…` handler or one of `FORBIDDEN_ATTRIBUTES`. */
export function isForbiddenAttribute(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith('on') || forbidden.has(lower) || !/^[a-z][a-z0-9-]*$/.test(lower);
}

/** The element's documented attributes (empty for a tag that is not one of ours). */
export function documentedAttributes(tag: string): readonly string[] {
  return Object.hasOwn(elementAttributes, tag) ? elementAttributes[tag as ElementTag] : [];
}

/** The names that may be written onto `tag` from data: its documented attributes, `lang` and `dir`, minus the forbidden ones. */
export function allowedAttributes(tag: string): string[] {
  return [...documentedAttributes(tag), ...LANGUAGE_ATTRIBUTES].filter((name) => !isForbiddenAttribute(name));
}

/**
 * Whether `name` (lower case, as the HTML parser gives it) may be written onto `tag` from data.
 * `documented` is the element's list (the generated one unless given): the forbidden names are
 * refused whatever it holds.
 */
export function isAllowedAttribute(tag: string, name: string, documented: readonly string[] = documentedAttributes(tag)): boolean {
  if (isForbiddenAttribute(name)) return false;
  return (LANGUAGE_ATTRIBUTES as readonly string[]).includes(name) || documented.includes(name);
}

/**
 * Attributes a template author may also give an element written as a tag (a shortcode, a
 * server render): its identity and styling hooks. A container keeps its own `id` and `class`,
 * so they are never copied from `data-sov-id` or `data-sov-class`.
 */
export const HOST_ATTRIBUTES = ['id', 'class'] as const;

/** Whether `name` may be written onto `tag` by a shortcode or the server renderer: the container rule plus `id` and `class`. */
export function isAllowedTagAttribute(tag: string, name: string): boolean {
  return isAllowedAttribute(tag, name) || (HOST_ATTRIBUTES as readonly string[]).includes(name);
}

/** The message for a container's attributes that were not copied: what was refused, and what the element takes. */
export function refusedMessage(tag: string, refused: readonly string[]): string {
  return `[souverain] <div data-sov="${tag.slice(4)}">: ${refused.join(', ')} not copied to <${tag}>, which takes from a container only ${allowedAttributes(tag)
    .map((name) => `data-sov-${name}`)
    .join(', ')}.`;
}

/** What `upgradeContainer` needs of this module. */
export interface AttributePolicy {
  isAllowedAttribute(tag: string, name: string): boolean;
  refusedMessage(tag: string, refused: readonly string[]): string;
}
