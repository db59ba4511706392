/**
 * The base every Souverain element extends: the three content attributes shared by all of them
 * (`data`, `src`, `content`), language resolution, and the rendering of the loading and error
 * states, so every element behaves the same way on bad input. The per-element work (reading
 * the light DOM, rendering the model) lives in the subclasses and their controllers.
 */
import { adoptStyles, html, isServer, LitElement, nothing, ReactiveElement, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ContentController, MAX_ISSUES } from './controllers/content-controller.js';
import { LanguageController } from './controllers/language-controller.js';
import { child, headingLevel } from './content/light-dom.js';
import { whileHydrating } from './content/render.js';
import { HASH_ATTRIBUTE, hydrateLoaded, loadHydrate, renderHash, type Hydration } from './hydration.js';

const DEFER_HYDRATION = 'defer-hydration';

/**
 * The global tokens every element reads (see the README's Theming section).
 *
 * @cssprop [--sov-color-text=currentColor] - Body text colour.
 * @cssprop [--sov-color-muted=78% of the text colour] - Secondary text (counts, notes).
 * @cssprop [--sov-color-surface=transparent] - Background of inputs and cards.
 * @cssprop [--sov-color-surface-raised=5% tint of the text colour] - Tiles, table header, table of contents.
 * @cssprop [--sov-color-border=45% of the text colour] - Borders and input outlines (3:1 at least).
 * @cssprop [--sov-color-accent=light-dark(#0b57d0, #8ab4f8)] - Links, buttons, icons, progress, sort arrows.
 * @cssprop [--sov-color-accent-text=light-dark(#ffffff, #0b1b33)] - Text on the accent colour.
 * @cssprop [--sov-color-focus=the accent] - Focus ring.
 * @cssprop [--sov-color-success=light-dark(#18753c, #6fd08c)] - Success tone and completion.
 * @cssprop [--sov-color-warning=light-dark(#a14000, #ffb86b)] - Warning tone.
 * @cssprop [--sov-color-danger=light-dark(#c9191e, #ff8a80)] - Errors.
 * @cssprop [--sov-radius=0.5rem] - Corner radius.
 * @cssprop [--sov-space-xs=0.25rem] - Spacing scale, extra small.
 * @cssprop [--sov-space-s=0.5rem] - Spacing scale, small.
 * @cssprop [--sov-space-m=1rem] - Spacing scale, medium.
 * @cssprop [--sov-space-l=1.5rem] - Spacing scale, large.
 * @cssprop [--sov-font-size-s=0.875em] - Small text, relative to the page's font size.
 * @cssprop [--sov-font-size-l=1.25em] - Large text (titles), relative to the page's font size.
 * @cssprop [--sov-duration=200ms] - Duration of every transition; 0s under prefers-reduced-motion.
 */
export abstract class SovElement<V> extends LitElement {
  protected readonly language = new LanguageController(this);
  protected abstract readonly contentSource: ContentController<V>;

  /** Content as an object of the block's shape (takes precedence over every other source). */
  @property({ attribute: false }) data?: V | Record<string, unknown>;

  /** URL of a JSON document or block; `url#block-id` picks one block of a document. */
  @property({ reflect: true }) src?: string;

  /** A bundled content pack, `pack-id` or `pack-id#block-id`, e.g. `souverainete-numerique#faq`. */
  @property({ reflect: true }) content?: string;

  /** The heading level: the element's own `heading-level`, else an authored `h2`–`h6` child's, else `fallback`. */
  protected levelFor(own: number | undefined, fallback: number): number {
    return own ?? headingLevel(child(this, 'h2, h3, h4, h5, h6')) ?? fallback;
  }

  /**
   * Renders the ready content into the shadow root; the base class shows the loading and error
   * states. An element whose content is shown in place (its light DOM, through a slot) renders
   * its frame in `render()` instead and has none.
   */
  protected renderContent?(value: V): unknown;

  /** The loading or error view, or `undefined` when the content is ready. */
  protected renderState(): TemplateResult | undefined {
    const { state, error } = this.contentSource;
    const t = this.language.strings;
    if (state === 'error' && error) {
      return html`<div class="root error" part="error" role="alert" lang=${this.language.ui}>
        <p>${t.errorTitle}</p>
        <ul lang="en">
          <li>${error.message}</li>
          ${error.issues.slice(0, MAX_ISSUES).map((issue) => html`<li>${issue.path ? html`<code>${issue.path}</code>: ` : ''}${issue.message}</li>`)}
          ${error.issues.length > MAX_ISSUES ? html`<li>… and ${error.issues.length - MAX_ISSUES} more</li>` : ''}
        </ul>
      </div>`;
    }
    if (state === 'loading') {
      return html`<div class="root loading" role="status" lang=${this.language.ui}>${t.loading}</div>`;
    }
    return undefined;
  }

  /**
   * What the first render depends on besides the content and the language, for the hydration
   * check: an element whose first client render may differ from the server's for a reason other
   * than the content (the checklist's stored ticks) returns that state here.
   */
  protected hydrationState(): string {
    return '';
  }

  /**
   * The content as the first render uses it, for the hydration check: an element that drops or
   * derives parts of its content when rendering (the checklist drops a leading ✔️, which the
   * server's fallback HTML leaves out) returns that form, so that the same render hashes the same.
   */
  protected hydrationContent(value: V): unknown {
    return value;
  }

  /**
   * Server rendering runs only the constructor, `willUpdate` and `render` (no controllers, no
   * `update`): the element's `serverUpdate` derives what `update` would have, from the `data`
   * property, and the hash of what was rendered is written for the client to compare.
   */
  protected serverUpdate(): void {}

  private hydration?: Hydration;

  /**
   * False for an element whose content is shown in place: its server-rendered shadow root holds
   * only the frame (and, nested in another element, the content as the slot's fallback), so it is
   * rendered afresh over the server's instead of hydrated; its content is in the light DOM.
   */
  protected readonly hydrates: boolean = true;

  /** True until the first update of a server-rendered element has hydrated (or replaced) the server's markup. */
  protected get hydrating(): boolean {
    return this.hydration === 'pending';
  }

  /** Connected while the server-rendered parent has not hydrated yet (`defer-hydration`). */
  private deferred = false;

  /** Lit's server renderer writes `defer-hydration` on elements inside another's shadow root (not a public attribute). */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, DEFER_HYDRATION];
  }

  override connectedCallback(): void {
    // Inside a server-rendered parent, wait for the parent to hydrate (it removes the attribute).
    if (this.hasAttribute(DEFER_HYDRATION)) {
      this.deferred = true;
      return;
    }
    // A declarative shadow root from the server: hydrate it on the first update, if it matches.
    if ((this as { renderRoot?: unknown }).renderRoot === undefined && this.shadowRoot) this.hydration = this.hydrates ? 'pending' : 'none';
    super.connectedCallback();
  }

  override disconnectedCallback(): void {
    if (this.deferred) {
      this.deferred = false;
      return;
    }
    super.disconnectedCallback();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name === DEFER_HYDRATION) {
      if (value === null && this.deferred && this.isConnected) {
        this.deferred = false;
        this.connectedCallback();
      }
      return;
    }
    super.attributeChangedCallback(name, old, value);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!isServer) return;
    this.language.serverUpdate();
    this.contentSource.serverUpdate();
    this.serverUpdate();
    const hash = this.hydrates ? this.firstRenderHash() : undefined;
    if (hash) this.setAttribute(HASH_ATTRIBUTE, hash);
  }

  /**
   * A server-rendered shadow root is kept as it is: its styles came with it, and LitElement's own
   * method would point `renderOptions.renderBefore` at its first node, where Lit's later renders
   * would look for the part that hydration attaches to the root.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (this.hydration === 'pending' && this.shadowRoot) return this.shadowRoot;
    if (this.hydration === 'none' && this.shadowRoot) {
      // A server render of an element that does not hydrate: emptied, then rendered into.
      this.discardServerRender();
      return this.shadowRoot;
    }
    return super.createRenderRoot();
  }

  /**
   * Also waits while the content is validated with the schema loaded on first need, and while
   * content shown in place is built with the renderer loaded on first need (local code, not a
   * request for content), so that `el.data = …; await el.updateComplete` shows the content.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    for (let wait = this.contentSource.validation ?? this.inPlaceLoading(); wait; wait = this.contentSource.validation ?? this.inPlaceLoading()) {
      await wait.catch(() => undefined);
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /** What an element shown in place still loads to build its content (the renderer), if anything. */
  protected inPlaceLoading(): Promise<unknown> | undefined {
    return undefined;
  }

  /** The first update of a server-rendered element waits for Lit's hydration code, loaded on demand. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hydration === 'pending' && !hydrateLoaded()) return loadHydrate().then(() => super.scheduleUpdate());
    return super.scheduleUpdate();
  }

  /**
   * The first update of a server-rendered element hydrates its shadow root in place — the
   * server's nodes stay, Lit attaches its bindings and listeners to them — when the content
   * hash matches; otherwise (or when hydration throws) the shadow root is emptied and rendered
   * again. Done here rather than with Lit's global `litElementHydrateSupport` hook, which would
   * also patch every other Lit library loaded on the page after this one.
   */
  protected override update(changed: PropertyValues<this>): void {
    if (this.hydration !== 'pending') {
      super.update(changed);
      return;
    }
    if (this.contentSource.state === 'loading') {
      // The content is still loading or being validated: the server's markup stays as it is
      // (attributes are reflected) until it is ready, then the hash decides.
      this.updateWithoutRendering(changed);
      return;
    }
    const hydrate = this.checkHydration();
    if (!hydrate) {
      super.update(changed);
      return;
    }
    const value = this.render();
    this.renderOptions.isConnected = this.isConnected;
    this.updateWithoutRendering(changed);
    try {
      whileHydrating(() => hydrate(value, this.renderRoot, this.renderOptions));
      this.hydration = 'hydrated';
    } catch (error) {
      // The server's markup did not have the shape of this render: render afresh rather than
      // leave it half hydrated.
      this.hydration = 'mismatch';
      console.warn(`[souverain] <${this.localName}> could not hydrate its server-rendered markup (${(error as Error).message}); rendered again.`);
      this.discardServerRender();
      super.update(changed);
    }
  }

  /** What LitElement's update does besides rendering: reflecting properties to attributes. */
  private updateWithoutRendering(changed: PropertyValues<this>): void {
    (ReactiveElement.prototype as unknown as { update(this: ReactiveElement, changed: PropertyValues): void }).update.call(this, changed);
  }

  /**
   * Compares the hash the server wrote with the content this element has read, and returns
   * Lit's hydration when the server's markup can be kept. Another content (the page's HTML was
   * edited after rendering) re-renders with one warning; another state (stored ticks) re-renders
   * silently; without the hydration code (its file failed to load) the server's markup is
   * replaced too, since rendering over it would show everything twice.
   */
  private checkHydration(): ReturnType<typeof hydrateLoaded> {
    const hydrate = hydrateLoaded();
    const server = this.getAttribute(HASH_ATTRIBUTE);
    const client = this.firstRenderHash();
    if (hydrate && server === client) return hydrate;
    const [serverContent] = (server ?? '').split('.');
    const [clientContent] = (client ?? '').split('.');
    if (hydrate && serverContent !== clientContent) {
      console.warn(`[souverain] <${this.localName}${this.id ? `#${this.id}` : ''}>: the server-rendered markup does not match its content (${server ? 'content or language changed since it was rendered' : 'no content hash'}); rendered again.`);
    }
    this.hydration = hydrate ? 'mismatch' : 'none';
    this.discardServerRender();
    return undefined;
  }

  /** The hash of what the first render shows (the same on the server and in the browser), once the content is ready. */
  private firstRenderHash(): string | undefined {
    if (this.contentSource.state !== 'ready') return undefined;
    return renderHash(this.hydrationContent(this.contentSource.value!), this.language.lang, this.hydrationState());
  }

  /** Empties the server-rendered shadow root and renders into it as if there had been none. */
  private discardServerRender(): void {
    const root = this.shadowRoot!;
    delete (root as unknown as { _$litPart$?: unknown })._$litPart$;
    root.replaceChildren();
    adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
  }

  override render() {
    const value = this.contentSource.value;
    return this.renderState() ?? (value === undefined || !this.renderContent ? nothing : this.renderContent(value));
  }
}
