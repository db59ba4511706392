/**
 * The base every Souverain element extends: the three content attributes shared by all of them
 * (`data`, `src`, `content`), language resolution, and the rendering of the loading and error
 * states, so every element behaves the same way on bad input. The per-element work (reading
 * the light DOM, rendering the model) lives in the subclasses and their controllers.
 */
import { html, LitElement, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ContentController, MAX_ISSUES } from './controllers/content-controller.js';
import { LanguageController } from './controllers/language-controller.js';

export abstract class SovElement<V> extends LitElement {
  protected readonly language = new LanguageController(this);
  protected abstract readonly contentSource: ContentController<V>;

  /** Content as an object of the block's shape (takes precedence over every other source). */
  @property({ attribute: false }) data?: V | Record<string, unknown>;

  /** URL of a JSON document or block; `url#block-id` picks one block of a document. */
  @property({ reflect: true }) src?: string;

  /** A bundled content pack, `pack-id` or `pack-id#block-id`, e.g. `souverainete-numerique#faq`. */
  @property({ reflect: true }) content?: string;

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
}
