/**
 * A point's leading emoji, moved in place into a wrapper of its own: the article starts points
 * with an emoji that is decoration (🔐 in an icon list, ✅ in a TL;DR), and an element shown in
 * place must keep it out of what is read without copying the point. Shared by the list (which
 * shows the emoji in an icon column) and the TL;DR (which hides its check marks, as it draws
 * its own). Only the point's first node is looked at, so its text and formatting stay the
 * author's own nodes.
 */
import { splitEmoji } from './emoji.js';

export interface LeadingIcon {
  /** The attribute that marks the wrapper (`data-sov-icon`, `data-sov-check`). */
  attribute: string;
  /** Which leading emoji move into the wrapper. */
  accepts(icon: string): boolean;
  /** Makes the wrapper (it carries `attribute` and `data-sov-generated`). */
  create(doc: Document): HTMLElement;
  /** A point without an accepted emoji gets an empty wrapper (a bullet) when true, none when false. */
  always: boolean;
  /** A point that is nothing but the emoji keeps it in its text (when the wrapper hides it). */
  keepsLone: boolean;
}

/** What followed each wrapper when it was made: a change there means the point was rewritten. */
const wrapped = new WeakMap<Element, Node | null>();
const textAfter = new WeakMap<Element, string>();

/**
 * Gives a point its wrapper. A leading emoji (text, or an emoji image as WordPress puts one)
 * moves into it with the space after it; the point's text is not touched otherwise. Idempotent: a point left as it was is left alone. A
 * point rewritten after that (a framework set its text) is wrapped again: from its new text
 * when that starts with an accepted emoji and not with the text left after the old one (it was
 * set whole), else with its old emoji put back first; so an emoji never shows twice or is lost.
 */
export function wrapLeadingIcon(li: Element, icon: LeadingIcon): void {
  let first = li.firstChild;
  if (first instanceof Element && first.hasAttribute(icon.attribute)) {
    const next = first.nextSibling;
    if (wrapped.get(first) === next && (!(next instanceof Text) || next.data === textAfter.get(first))) return;
    const emoji = next instanceof Text ? splitEmoji(next.data)[0] : undefined;
    const again = emoji !== undefined && icon.accepts(emoji) && !next!.textContent!.startsWith(textAfter.get(first) ?? '\u0000');
    for (const node of Array.from(first.childNodes)) if (!again || node instanceof HTMLImageElement) li.insertBefore(node, next);
    first.remove();
    first = li.firstChild;
  }
  let moved: Node[] = [];
  if (first instanceof Text) {
    const [emoji, rest] = splitEmoji(first.data);
    if (emoji && icon.accepts(emoji) && (!icon.keepsLone || rest.trim() || first.nextSibling)) {
      // The emoji and the space after it move into the wrapper: the text still reads "🔐 Accès…",
      // and the space, at the end of the wrapper's box, adds no gap to its margin.
      const end = first.data.indexOf(emoji) + emoji.length;
      const space = /^[ \t\n\r\f]*/.exec(first.data.slice(end))![0];
      moved = [li.ownerDocument.createTextNode(emoji + space)];
      first.data = first.data.slice(end + space.length);
    }
  } else if (first instanceof HTMLImageElement && first.classList.contains('emoji') && icon.accepts(first.alt) && (!icon.keepsLone || first.nextSibling)) {
    moved = [first];
  }
  if (!moved.length && !icon.always) return;
  const span = icon.create(li.ownerDocument);
  span.append(...moved);
  li.insertBefore(span, li.firstChild);
  const after = span.nextSibling;
  wrapped.set(span, after);
  if (after instanceof Text) textAfter.set(span, after.data);
}
