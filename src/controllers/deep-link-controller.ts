/**
 * Follows the page's URL fragment to an item of an element: the fragment present when the
 * element first connects (a reader opened a shared link) and every later `hashchange` (a reader
 * followed an in-page link). The element's items live in its shadow root, where the browser's
 * own fragment navigation cannot reach them, so the element asks this controller, when it
 * updates, which of its item ids the fragment names, and opens and scrolls to that item itself.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface DeepLink {
  /** The item id the fragment names. */
  id: string;
  /** True when the reader navigated to it on this page (`hashchange`), false on page load. */
  navigated: boolean;
}

/** The current URL fragment, decoded, without `#`; `undefined` when there is none. */
/** The page's fragment, decoded (a malformed escape is kept as written rather than thrown). */
export function fragment(): string | undefined {
  const hash = location.hash.slice(1);
  if (!hash) return undefined;
  try {
    return decodeURIComponent(hash);
  } catch {
    return hash;
  }
}

export class DeepLinkController implements ReactiveController {
  private pending?: DeepLink;
  private started = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.handleHashChange);
    // Only the first connection reads the fragment of the page load: moving the element in
    // the DOM later must not scroll the page back to it.
    if (!this.started) {
      this.started = true;
      const id = fragment();
      if (id) this.pending = { id, navigated: false };
    }
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.handleHashChange);
  }

  /**
   * The pending link if it names one of `ids`. Pass `undefined` while the content is not
   * ready: the link waits for it. Once ids are given, the link is consumed either way.
   */
  take(ids: readonly string[] | undefined): DeepLink | undefined {
    if (!this.pending || !ids) return undefined;
    const link = this.pending;
    this.pending = undefined;
    return ids.includes(link.id) ? link : undefined;
  }

  private readonly handleHashChange = (): void => {
    const id = fragment();
    this.pending = id ? { id, navigated: true } : undefined;
    if (id) this.host.requestUpdate();
  };
}
