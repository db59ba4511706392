/**
 * Page-wide item ids for FAQ items, so that `#id` in the URL names one item on the whole page.
 * Each connected FAQ claims its ids here and releases them on disconnect. An id the author gave
 * is kept: a slug of another FAQ that holds it gives it up (that FAQ is asked to claim again), and
 * slugs avoid every id claimed on the page. A given id is changed (-2, -3…) only when another FAQ
 * was given the same id, or an element of the page outside this FAQ has it.
 */
import { isServer } from 'lit';
import { slugify, uniqueId } from '../content/slug.js';

interface Claim {
  ids: ReadonlySet<string>;
  /** The ids the author gave (kept against other FAQs' slugs). */
  given: ReadonlySet<string>;
  /** Asks the owner to claim again: one of its slugs was taken by an id an author gave. */
  revoke: () => void;
}

const claimed = new Map<object, Claim>();

/** The ids that are not free: claimed by another owner, or an element id outside `scope`. */
class TakenIds extends Set<string> {
  /** While true, other owners' slugs do not count: an author's id outranks them. */
  given = true;

  /** The document, and the shadow root the FAQ is in when it is in one. */
  private readonly roots: (Document | ShadowRoot)[];

  constructor(
    private readonly owner: object,
    private readonly scope: Element
  ) {
    super();
    // On the server there is no page (and no ShadowRoot class).
    const root = isServer ? undefined : scope.getRootNode();
    this.roots = isServer ? [] : root instanceof ShadowRoot ? [document, root] : [document];
  }

  override has(id: string): boolean {
    if (super.has(id)) return true;
    // On the server each element's ids are its own: no page to look into.
    if (isServer) return false;
    for (const [owner, claim] of claimed) {
      if (owner !== this.owner && claim.ids.has(id) && (!this.given || claim.given.has(id))) return true;
    }
    for (const root of this.roots) {
      const el = root.getElementById(id);
      if (el && !this.scope.contains(el) && !this.fallbacks().some((host) => host.contains(el))) return true;
    }
    return false;
  }

  private hosts?: Element[];

  /**
   * The Souverain elements this FAQ is rendered inside (an article): their light DOM is their
   * fallback (the server's HTML for readers without scripts), never shown beside their shadow
   * root, so the ids it holds for those readers do not make this FAQ rename its items.
   */
  private fallbacks(): Element[] {
    if (!this.hosts) {
      this.hosts = [];
      for (let root = this.scope.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) {
        if (root.host.localName.startsWith('sov-')) this.hosts.push(root.host);
      }
    }
    return this.hosts;
  }
}

/**
 * Claims ids for `entries` (given id, else a slug of the text) on behalf of `owner`, an element in
 * `scope`. `revoke` is called later if another FAQ is given an id this claim holds as a slug.
 */
export function claimIds(owner: object, scope: Element, entries: { id?: string | undefined; text: string }[], revoke: () => void = () => {}): string[] {
  claimed.delete(owner);
  const taken = new TakenIds(owner, scope);
  const ids = new Array<string>(entries.length);
  const given = new Set<string>();
  // Ids are only added during this claim: the next suffix to try per base is remembered.
  const next = new Map<string, number>();
  entries.forEach(({ id }, i) => {
    if (id !== undefined) given.add((ids[i] = uniqueId(id, taken, next)));
  });
  taken.given = false;
  entries.forEach(({ id, text }, i) => {
    if (id === undefined) ids[i] = uniqueId(slugify(text), taken, next);
  });
  if (isServer) return ids;
  claimed.set(owner, { ids: new Set(ids), given, revoke });
  for (const [other, claim] of claimed) {
    if (other === owner) continue;
    for (const id of given) {
      if (claim.ids.has(id) && !claim.given.has(id)) {
        claim.revoke();
        break;
      }
    }
  }
  return ids;
}

/** Releases the ids `owner` claimed. */
export function releaseIds(owner: object): void {
  claimed.delete(owner);
}
