/**
 * Renders a heading at a level chosen at runtime. Lit cannot bind tag names, so a static
 * template per level keeps it free of `unsafeStatic` and of any string-built markup.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** A heading level as rendered: rounded into 1–6, 3 when it is not a number. */
export function headingLevel(level: number): number {
  return Math.min(6, Math.max(1, Math.round(level))) || 3;
}

export function renderHeading(level: number, content: unknown, part: string, id?: string, className = 'heading'): TemplateResult {
  switch (headingLevel(level)) {
    case 1:
      return html`<h1 class=${className} part=${part} id=${ifDefined(id)}>${content}</h1>`;
    case 2:
      return html`<h2 class=${className} part=${part} id=${ifDefined(id)}>${content}</h2>`;
    case 4:
      return html`<h4 class=${className} part=${part} id=${ifDefined(id)}>${content}</h4>`;
    case 5:
      return html`<h5 class=${className} part=${part} id=${ifDefined(id)}>${content}</h5>`;
    case 6:
      return html`<h6 class=${className} part=${part} id=${ifDefined(id)}>${content}</h6>`;
    default:
      return html`<h3 class=${className} part=${part} id=${ifDefined(id)}>${content}</h3>`;
  }
}
