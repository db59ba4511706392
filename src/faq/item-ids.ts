/**
 * Page-wide item ids for FAQ items, so that `#id` in the URL names one item on the whole page.
 * Each connected FAQ claims its ids here and releases them on disconnect; an id already used
 * by another FAQ, or by an element of the page outside this FAQ, gets a -2, -3… suffix.
 */
import { isServer } from 'lit';
import { uniqueIds } from '../content/slug.js';

const claimed = new Map<object, readonly string[]>();

/** The ids that are not free: claimed by another owner, or an element id outside `scope`. */
class TakenIds extends Set<string> {
  constructor(
    private readonly owner: object,
    private readonly scope: Element
  ) {
    super();
  }

  override has(id: string): boolean {
    if (super.has(id)) return true;
    // On the server each element's ids are its own: no page to look into.
    if (isServer) return false;
    for (const [owner, ids] of claimed) if (owner !== this.owner && ids.includes(id)) return true;
    const root = this.scope.getRootNode();
    for (const doc of new Set([document, root])) {
      const el = 'getElementById' in doc ? (doc as Document | ShadowRoot).getElementById(id) : null;
      if (el && !this.scope.contains(el)) return true;
    }
    return false;
  }
}

/** Claims ids for `entries` (given id, else a slug of the text) on behalf of `owner`, an element in `scope`. */
export function claimIds(owner: object, scope: Element, entries: { id?: string | undefined; text: string }[]): string[] {
  claimed.delete(owner);
  const ids = uniqueIds(entries, new TakenIds(owner, scope));
  if (!isServer) claimed.set(owner, ids);
  return ids;
}

/** Releases the ids `owner` claimed. */
export function releaseIds(owner: object): void {
  claimed.delete(owner);
}
