/**
 * The global design tokens. Integrators set `--sov-*` custom properties (on `:root`, a
 * container or one element); every element reads them through private `--_sov-*` values
 * computed here on `:host`, with defaults that derive from the host page's own text colour
 * (`currentColor`), so the widgets fit light and dark pages alike without configuration; the
 * fixed colours use `light-dark()`, so a page that opts into `color-scheme: light dark` gets
 * the dark palette when the reader prefers it.
 */
import { css } from 'lit';

export const tokens = css`
  :host {
    --_sov-text: var(--sov-color-text, currentColor);
    --_sov-muted: var(--sov-color-muted, color-mix(in srgb, currentColor 78%, transparent));
    --_sov-surface: var(--sov-color-surface, transparent);
    --_sov-raised: var(--sov-color-surface-raised, color-mix(in srgb, currentColor 5%, transparent));
    --_sov-border: var(--sov-color-border, color-mix(in srgb, currentColor 45%, transparent));
    --_sov-accent: var(--sov-color-accent, light-dark(#0b57d0, #8ab4f8));
    --_sov-accent-text: var(--sov-color-accent-text, light-dark(#ffffff, #0b1b33));
    --_sov-focus: var(--sov-color-focus, var(--_sov-accent));
    --_sov-success: var(--sov-color-success, light-dark(#18753c, #6fd08c));
    --_sov-warning: var(--sov-color-warning, light-dark(#a14000, #ffb86b));
    --_sov-danger: var(--sov-color-danger, light-dark(#c9191e, #ff8a80));
    --_sov-radius: var(--sov-radius, 0.5rem);
    --_sov-space-xs: var(--sov-space-xs, 0.25rem);
    --_sov-space-s: var(--sov-space-s, 0.5rem);
    --_sov-space-m: var(--sov-space-m, 1rem);
    --_sov-space-l: var(--sov-space-l, 1.5rem);
    --_sov-font-size-s: var(--sov-font-size-s, 0.875em);
    --_sov-font-size-l: var(--sov-font-size-l, 1.25em);
    --_sov-duration: var(--sov-duration, 200ms);
  }

  @media (prefers-reduced-motion: reduce) {
    :host {
      --_sov-duration: 0s;
    }
  }
`;
