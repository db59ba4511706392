/**
 * Styles every element shares: display, the error box, buttons and inputs, the focus ring,
 * visually hidden text, and the forced-colours, reduced-motion and print rules. Adopted as a
 * constructed stylesheet (no `style` attributes), so it works under a strict CSP.
 */
import { css } from 'lit';
import { tokens } from './tokens.js';

export const base = [
  tokens,
  css`
    /* Fonts and the text colour come from the page; the other inherited text properties a page
       may set (a centred, indented, upper-case or letter-spaced article column) are reset, so
       every part of an element reads the same. Styles set on the element itself still win. */
    :host {
      display: block;
      text-align: start;
      text-align-last: auto;
      text-indent: 0;
      text-transform: none;
      text-shadow: none;
      letter-spacing: normal;
      word-spacing: normal;
      white-space: normal;
      word-break: normal;
      hyphens: manual;
      cursor: auto;
    }
    :host([hidden]) {
      display: none !important;
    }
    :where(*, *::before, *::after) {
      box-sizing: border-box;
    }
    :where(.root) {
      color: var(--_sov-text);
    }
    /* A block's title (list, TL;DR, checklist, FAQ) and its bulletless list of points. */
    :where(.heading) {
      margin: 0 0 var(--_sov-space-s);
      font-size: var(--_sov-font-size-l);
      line-height: 1.3;
    }
    :where(.list) {
      display: grid;
      gap: var(--_sov-space-s);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    :where(.visually-hidden) {
      position: absolute !important;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    :where(a) {
      color: var(--sov-color-link, var(--_sov-accent));
    }
    :where(code) {
      font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
      font-size: 0.9em;
    }
    :where(.button) {
      display: inline-flex;
      align-items: center;
      gap: var(--_sov-space-xs);
      min-block-size: 2.75em;
      min-inline-size: 24px;
      padding: var(--_sov-space-xs) var(--_sov-space-m);
      border: 1px solid var(--_sov-accent);
      border-radius: var(--_sov-radius);
      background: transparent;
      color: var(--_sov-accent);
      font: inherit;
      font-size: var(--_sov-font-size-s);
      cursor: pointer;
    }
    :where(.button:hover) {
      background: color-mix(in srgb, var(--_sov-accent) 8%, transparent);
    }
    :where(.input) {
      min-block-size: 2.75em;
      inline-size: 100%;
      max-inline-size: 30em;
      padding: var(--_sov-space-xs) var(--_sov-space-s);
      border: 1px solid var(--_sov-border);
      border-radius: var(--_sov-radius);
      background: var(--_sov-surface);
      color: inherit;
      font: inherit;
    }
    :where(:focus-visible) {
      outline: 2px solid var(--_sov-focus);
      outline-offset: 2px;
    }
    :where(.controls) {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_sov-space-s);
      margin-block-end: var(--_sov-space-m);
    }
    :where(.status) {
      color: var(--_sov-muted);
      font-size: var(--_sov-font-size-s);
    }
    :where(.error) {
      padding: var(--_sov-space-m);
      border: 1px solid var(--_sov-danger);
      border-inline-start-width: 0.375rem;
      border-radius: var(--_sov-radius);
      color: var(--_sov-text);
    }
    :where(.error p) {
      margin: 0;
      font-weight: 600;
    }
    :where(.error ul) {
      margin: var(--_sov-space-s) 0 0;
      padding-inline-start: var(--_sov-space-l);
      font-size: var(--_sov-font-size-s);
    }
    :where(.error code) {
      font-weight: 600;
    }
    :where(.loading) {
      color: var(--_sov-muted);
    }

    @media (forced-colors: active) {
      :where(:focus-visible) {
        outline-color: Highlight;
      }
      :where(.button) {
        border-color: ButtonText;
        color: ButtonText;
      }
      :where(.error) {
        border-color: CanvasText;
      }
    }
    @media print {
      :where(.controls, .button, .input) {
        display: none !important;
      }
      :where(.root) {
        color: #000;
      }
    }
  `,
];
