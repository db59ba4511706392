/**
 * Resolves an element's language from its nearest `lang` attribute, crossing shadow roots (an
 * element inside `<sov-article>`'s shadow tree follows the article's language), and updates the
 * host when any `lang` attribute on the page changes. One MutationObserver serves every element.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { onStringsChange, stringsFor, uiLanguage, type Strings } from '../i18n/strings.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly hasUpdated: boolean };

const hosts = new Set<LanguageController>();
let observer: MutationObserver | undefined;

// Strings registered (or replaced) later reach the elements already on the page.
onStringsChange(() => hosts.forEach((c) => c.refresh(true, true)));

function observe(controller: LanguageController) {
  hosts.add(controller);
  if (!observer) {
    observer = new MutationObserver(() => hosts.forEach((c) => c.refresh()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

function unobserve(controller: LanguageController) {
  hosts.delete(controller);
  if (!hosts.size) {
    observer?.disconnect();
    observer = undefined;
  }
}

/** The `lang` in effect for a node: the nearest ancestor's, through shadow hosts; "fr" when none. */
export function nearestLang(node: Node): string {
  let current: Node | null = node;
  while (current) {
    if (current instanceof Element) {
      const lang = current.closest('[lang]')?.getAttribute('lang');
      if (lang) return lang;
    }
    const root: Node = current.getRootNode();
    current = root instanceof ShadowRoot ? root.host : null;
  }
  return 'fr';
}

/** The language of the page being rendered on the server (set by `souverain/ssr`). */
export const serverLanguage = { lang: 'fr' };

export class LanguageController implements ReactiveController {
  /** The language in effect (a BCP 47 tag). */
  lang = 'fr';
  /** The UI language: "fr", "en" or a language added with `registerStrings`. */
  ui = 'fr';
  /** UI strings in that language. */
  strings: Strings = stringsFor('fr');

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    observe(this);
    // Reconnected under another `lang` (moved into an English container): update.
    this.refresh(this.host.hasUpdated);
  }

  hostUpdate(): void {
    // A `lang` inside a shadow tree (an element in <sov-article>) is out of the page observer's
    // reach; re-read it on every update, before the content controller picks a pack.
    this.refresh(false);
  }

  hostDisconnected(): void {
    unobserve(this);
  }

  /** Server rendering: the element's own `lang`, else the language the renderer was given. */
  serverUpdate(): void {
    const lang = this.host.getAttribute('lang') || serverLanguage.lang;
    this.lang = lang;
    this.ui = uiLanguage(lang);
    this.strings = stringsFor(lang);
  }

  /** Re-reads the language; requests an update when it changed (or, with `force`, when strings changed). */
  refresh(update = true, force = false): void {
    const lang = nearestLang(this.host);
    if (lang === this.lang && !force) return;
    this.lang = lang;
    this.ui = uiLanguage(lang);
    this.strings = stringsFor(lang);
    if (update) this.host.requestUpdate();
  }
}
