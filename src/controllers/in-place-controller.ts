/**
 * Content shown in place: an element's content is native HTML in its light DOM, styled once
 * and laid out once, and its shadow root holds only what the widget adds around a `<slot>`.
 *
 * - Authored HTML (and server-rendered HTML, which is the same) is shown as it is, through the
 *   default slot: its nodes are never copied.
 * - Content from a JSON source (`data`, `src`, a pack, inline JSON) is built once into the
 *   native form by the one renderer (`blockNodes` → `toDom`: DOM calls, never `innerHTML`) and
 *   appended to the light DOM. Those nodes carry `data-sov-generated` (the readers and the
 *   content controller's observer leave them alone) and `slot="sov-generated"`, the slot the
 *   shadow root shows instead of the default one, so authored fallback content beside them is
 *   not shown twice. They go when the source changes, and stay when the element is moved.
 * - Content styles are adopted once into the document or shadow root the element is in (its
 *   light DOM lives there, out of reach of the element's own shadow styles), as constructed
 *   stylesheets: no `<style>` or `style="…"`, so a strict Content-Security-Policy is kept.
 * - `enhance` then adds the widget's behaviour and decoration to the content nodes, whichever
 *   source they came from, without that counting as an authored edit.
 */
import { unsafeCSS, type CSSResult, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { NativeNode } from '../content/native.js';
import { loadRenderer, rendererLoaded, type RendererModule } from '../content/renderer.js';
import { safeUrl } from '../content/url.js';
import type { ContentController } from './content-controller.js';

/** The slot name of content built from a JSON source. */
export const GENERATED_SLOT = 'sov-generated';
/** The attribute that marks the nodes an element generated itself. */
export const GENERATED = 'data-sov-generated';
/**
 * The slot of a title shown before the widget's controls (the FAQ's), from either source: the
 * element gives the shown title this slot, so the title is read before the search box.
 */
export const TITLE_SLOT = 'sov-title';

export interface InPlaceOptions<V> {
  /** The native HTML tree of a value from a JSON source, with the renderer (loaded on first need). */
  nodes(value: V, renderer: RendererModule): readonly NativeNode[];
  /** What else the tree depends on (heading level, language): the tree is built again when it changes. */
  signature?(): string;
  /** The content styles, adopted once per document or shadow root. */
  styles: CSSResult;
  /** Adds behaviour and decoration to the shown content elements, in place; called after every update, so it must be idempotent. */
  enhance?(content: readonly Element[]): void;
}

/**
 * The content styles for content shown as a slot's fallback: an element rendered on the server
 * inside another's shadow root (a list in `<sov-article>`) has no light DOM of its own, so its
 * content is its slot's fallback until the browser builds it into the light DOM. The same rules,
 * from `<tag> >` to `slot >`, in the element's shadow styles, style it there, before the script
 * and without one. Derived from the element's own constant stylesheet, never from content.
 */
export function slotFallbackStyles(tag: string, styles: CSSResult): CSSResult {
  // The build minifies the rules (`sov-list>ul`): the space is optional.
  const host = new RegExp(`\\b${tag}((?:\\[[^\\]]*\\])*)\\s*>`, 'g');
  return unsafeCSS(styles.cssText.replace(host, (_, attributes: string) => (attributes ? `:host(${attributes}) slot >` : 'slot >')));
}

/** Stylesheets adopted into each root, so a root that holds a thousand elements adopts once. */
function adopt(root: Node, styles: CSSResult): void {
  if (!(root instanceof Document || root instanceof ShadowRoot)) return;
  const sheet = styles.styleSheet;
  if (!sheet) return;
  // A shadow root Lit renders into may have its sheets replaced (a discarded server render):
  // checking the list itself, not a record of having adopted, adopts again then.
  if (root.adoptedStyleSheets.includes(sheet)) return;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

export class InPlaceController<V> implements ReactiveController {
  private generated: Element[] = [];
  private builtFor?: V;
  private builtSignature = '';
  private loading?: Promise<unknown>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly content: ContentController<V>,
    private readonly options: InPlaceOptions<V>
  ) {
    host.addController(this);
  }

  /** Settles once the renderer a JSON source needs is loaded and the content built (`updateComplete` waits for it). */
  get pending(): Promise<unknown> | undefined {
    return this.loading;
  }

  /** True when the content shown is built from a JSON source (the shadow root then shows the `sov-generated` slot). */
  get showsGenerated(): boolean {
    return this.content.state === 'ready' && this.content.source !== 'html';
  }

  /** The slot name the shadow root shows: `sov-generated` for built content, else the default slot. */
  get slot(): string | undefined {
    return this.showsGenerated ? GENERATED_SLOT : undefined;
  }

  /** The content elements shown: the built ones, or the author's (without script, style and template). */
  get elements(): Element[] {
    if (this.showsGenerated) return this.generated;
    return Array.from(this.host.children).filter((el) => !el.hasAttribute(GENERATED) && !/^(script|style|template)$/.test(el.localName) && (el.getAttribute('slot') ?? TITLE_SLOT) === TITLE_SLOT);
  }

  hostConnected(): void {
    adopt(this.host.getRootNode(), this.options.styles);
  }

  hostUpdated(): void {
    adopt(this.host.getRootNode(), this.options.styles);
    const { state, value } = this.content;
    if (this.showsGenerated && state === 'ready' && value !== undefined) {
      const signature = this.options.signature?.() ?? '';
      if (value !== this.builtFor || signature !== this.builtSignature || this.generated.some((el) => el.parentNode !== this.host)) {
        const renderer = rendererLoaded();
        if (renderer) this.build(value, signature, renderer);
        else this.load();
      }
    } else if (this.generated.length) {
      this.clear();
    }
    const elements = this.elements;
    if (!elements.length) return;
    this.content.withoutObserving(() => {
      // Authored links keep the one scheme allowlist, as the content read into a model did: a
      // link that fails it (javascript:, data:, a protocol-relative third-party host) keeps its
      // text and loses its href. Built content passed the same check in the renderer.
      if (!this.showsGenerated) for (const el of elements) for (const a of Array.from(el.querySelectorAll('a[href]'))) if (safeUrl(a.getAttribute('href')!) === undefined) a.removeAttribute('href');
      this.options.enhance?.(elements);
    });
  }

  /** Loads the renderer, then updates again; a failed load (a file not served) is an error the element shows. */
  private load(): void {
    if (this.loading) return;
    const loading = (this.loading = loadRenderer().then(
      () => this.host.requestUpdate(),
      (error: unknown) => {
        // Shown like any content failure (the error box, the authored fallback beside it) and
        // logged once; a change of source tries again.
        this.content.reportFailure((error as Error).message);
        this.host.requestUpdate();
      }
    ).finally(() => {
      if (this.loading === loading) this.loading = undefined;
    }));
  }

  private build(value: V, signature: string, renderer: RendererModule): void {
    this.clear();
    // Built nodes this element did not build (it was cloned, or its page restored from a
    // snapshot) would show twice: they go too.
    for (const el of Array.from(this.host.children)) if (el.hasAttribute(GENERATED) && el.hasAttribute('slot')) el.remove();
    const fragment = renderer.toDom(this.options.nodes(value, renderer), this.host.ownerDocument);
    // Whitespace between the top-level elements is dropped: a text node cannot be assigned to a
    // named slot, and the layout does not need it.
    for (const node of Array.from(fragment.childNodes)) {
      if (node instanceof Element) {
        node.setAttribute(GENERATED, '');
        node.setAttribute('slot', GENERATED_SLOT);
        this.generated.push(node);
      } else fragment.removeChild(node);
    }
    this.host.append(fragment);
    this.builtFor = value;
    this.builtSignature = signature;
  }

  private clear(): void {
    for (const el of this.generated) el.remove();
    this.generated = [];
    this.builtFor = undefined;
    this.builtSignature = '';
  }
}
