/**
 * The base every Souverain element extends: the three content attributes shared by all of them
 * (`data`, `src`, `content`), language resolution, and the rendering of the loading and error
 * states, so every element behaves the same way on bad input. The per-element work (reading
 * the light DOM, rendering the model) lives in the subclasses and their controllers.
 */
import { adoptStyles, html, isServer, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ContentController, MAX_ISSUES } from './controllers/content-controller.js';
import { LanguageController } from './controllers/language-controller.js';
import { child, headingLevel } from './content/light-dom.js';
import { HASH_ATTRIBUTE, renderHash, type Hydration } from './hydration.js';

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

  /** Renders the ready content; the base class shows the loading and error states. */
  protected abstract renderContent(value: V): unknown;

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
   * Server rendering runs only the constructor, `willUpdate` and `render` (no controllers, no
   * `update`): the element's `serverUpdate` derives what `update` would have, from the `data`
   * property, and the hash of what was rendered is written for the client to compare.
   */
  protected serverUpdate(): void {}

  private hydration?: Hydration;

  override connectedCallback(): void {
    // A declarative shadow root from the server: hydrate it on the first update, if it matches.
    if ((this as { renderRoot?: unknown }).renderRoot === undefined && this.shadowRoot) this.hydration = 'pending';
    super.connectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!isServer) return;
    this.language.serverUpdate();
    this.contentSource.serverUpdate();
    this.serverUpdate();
    if (this.contentSource.state === 'ready') this.setAttribute(HASH_ATTRIBUTE, renderHash(this.contentSource.value, this.language.lang, this.hydrationState()));
  }

  protected override update(changed: PropertyValues<this>): void {
    if (this.hydration === 'pending') this.checkHydration();
    try {
      super.update(changed);
    } catch (error) {
      // The server's markup did not have the shape of this render (the client opened an item
      // the server rendered closed): render afresh rather than leave it half hydrated.
      if (this.hydration !== 'pending') throw error;
      this.hydration = 'mismatch';
      console.warn(`[souverain] <${this.localName}> could not hydrate its server-rendered markup (${(error as Error).message}); rendered again.`);
      this.discardServerRender();
      super.update(changed);
    }
    if (this.hydration === 'pending') this.hydration = 'hydrated';
  }

  /**
   * Compares the hash the server wrote with the content this element has read. Another content
   * (the page's HTML was edited after rendering) re-renders with one warning; another state
   * (stored ticks) re-renders silently; without Lit's hydration support the server's markup is
   * replaced too, since rendering over it would show everything twice.
   */
  private checkHydration(): void {
    const server = this.getAttribute(HASH_ATTRIBUTE);
    const needsHydration = (this as unknown as { _$needsHydration?: boolean })._$needsHydration;
    if (!needsHydration) {
      this.hydration = 'none';
      this.discardServerRender();
      return;
    }
    const client = this.contentSource.state === 'ready' ? renderHash(this.contentSource.value, this.language.lang, this.hydrationState()) : undefined;
    if (server === client) return;
    const [serverContent] = (server ?? '').split('.');
    const [clientContent] = (client ?? '').split('.');
    if (serverContent !== clientContent) {
      console.warn(`[souverain] <${this.localName}${this.id ? `#${this.id}` : ''}>: the server-rendered markup does not match its content (${server ? 'content or language changed since it was rendered' : 'no content hash'}); rendered again.`);
    }
    this.hydration = 'mismatch';
    this.discardServerRender();
  }

  /** Empties the server-rendered shadow root and renders into it as if there had been none. */
  private discardServerRender(): void {
    const root = this.shadowRoot!;
    (this as unknown as { _$needsHydration?: boolean })._$needsHydration = false;
    delete (root as unknown as { _$litPart$?: unknown })._$litPart$;
    root.replaceChildren();
    adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
  }

  override render() {
    const value = this.contentSource.value;
    return this.renderState() ?? (value === undefined ? nothing : this.renderContent(value));
  }
}
