/**
 * Styles of `<sov-faq>`: questions as full-width buttons between thin lines with a CSS chevron,
 * answers that open and close with a height transition (CSS only, none under reduced motion),
 * every answer expanded when printed.
 */
import { css } from 'lit';
import { base } from '../styles/base.js';

export const faqStyles = [
  base,
  css`
    .root {
      --_sov-faq-border: var(--sov-faq-border-color, var(--_sov-border));
      --_sov-faq-gap: var(--sov-faq-gap, 0);
    }
    .heading {
      margin-block-end: var(--_sov-space-m);
    }
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      justify-content: space-between;
      gap: var(--_sov-space-s) var(--_sov-space-m);
      margin-block-end: var(--_sov-space-m);
    }
    .toolbar .controls {
      margin: 0;
    }
    .search-field {
      display: grid;
      gap: var(--_sov-space-xs);
      flex: 1 1 16em;
    }
    .search-field label {
      font-size: var(--_sov-font-size-s);
      font-weight: 600;
    }
    .status {
      margin: 0 0 var(--_sov-space-s);
    }
    /* Kept in the accessibility tree when empty, so that screen readers track it as a live region. */
    .status:empty {
      margin: 0;
    }
    .empty {
      margin: 0;
      padding-block: var(--_sov-space-m);
      border-block-start: 1px solid var(--_sov-faq-border);
    }
    /* Items in block flow (a grid of a thousand rows lays out several times slower); the gap is a margin. */
    .item + .item {
      margin-block-start: var(--_sov-faq-gap);
    }
    /*
     * Items out of view are not laid out or painted until they come near it (a long FAQ costs its
     * visible part); the size they had last stands in for them. Find in page, the accessibility
     * tree and anchors still reach them. Paint containment clips at the item's edges, so the
     * question's focus ring is drawn inside its button.
     */
    .item {
      border-block-end: 1px solid var(--_sov-faq-border);
      content-visibility: auto;
      /* Only the height: a remembered width would keep a skipped item as wide as it was before the page narrowed. */
      contain-intrinsic-block-size: auto 2.75em;
    }
    .trigger:focus-visible {
      outline-offset: -2px;
    }
    .item:first-child {
      border-block-start: 1px solid var(--_sov-faq-border);
    }
    .question {
      margin: 0;
      font-size: inherit;
      line-height: 1.4;
    }
    /* The chevron is the button's ::after (no element per item), placed in its end padding. */
    .trigger {
      position: relative;
      display: block;
      inline-size: 100%;
      min-block-size: 2.75em;
      padding: var(--_sov-space-s) calc(var(--_sov-space-xs) + 1em + var(--_sov-space-m)) var(--_sov-space-s) var(--_sov-space-xs);
      border: 0;
      background: none;
      color: inherit;
      font: inherit;
      font-weight: 600;
      text-align: start;
      cursor: pointer;
    }
    .trigger:hover {
      text-decoration: underline;
      text-underline-offset: 0.2em;
    }
    /* A vertical chevron: it means "below", so it does not flip in right-to-left text. */
    .trigger::after {
      content: '';
      position: absolute;
      inset-block-start: 50%;
      inset-inline-end: calc(var(--_sov-space-xs) + 0.25em);
      inline-size: 0.45em;
      block-size: 0.45em;
      border: solid currentColor;
      border-width: 0 2px 2px 0;
      translate: 0 -70%;
      rotate: 45deg;
      transition: rotate var(--_sov-duration) ease, translate var(--_sov-duration) ease;
    }
    .trigger[aria-expanded='true']::after {
      translate: 0 -20%;
      rotate: 225deg;
    }

    /*
     * The answer animates its own height between 0 and auto (interpolate-size; where it is not
     * supported, it opens and closes at once). Closed, it is hidden; "until-found" (find in page)
     * hides with content-visibility instead of display, so display: none is set only for plain
     * hidden. Only closing transitions display and content-visibility (allow-discrete keeps the
     * panel shown until its height reaches 0; the element makes it inert meanwhile); opening
     * shows the content at once, so Tab right after Enter reaches it. @starting-style gives
     * opening a first frame to transition from. Inline padding keeps focus rings (2px + 2px
     * offset) inside the clipping box.
     */
    .panel {
      overflow: clip;
      padding: 0 var(--_sov-space-xs) var(--_sov-space-m);
      interpolate-size: allow-keywords;
      transition:
        block-size var(--_sov-duration) ease,
        padding-block-end var(--_sov-duration) ease;
    }
    .panel[hidden] {
      block-size: 0;
      padding-block-end: 0;
      transition:
        block-size var(--_sov-duration) ease,
        padding-block-end var(--_sov-duration) ease,
        display var(--_sov-duration) allow-discrete,
        content-visibility var(--_sov-duration) allow-discrete;
    }
    .panel[hidden]:not([hidden='until-found' i]) {
      display: none;
    }
    @starting-style {
      .panel:not([hidden]) {
        block-size: 0;
        padding-block-end: 0;
      }
    }
    .panel > :first-child {
      margin-block-start: 0;
    }
    .panel p,
    .panel ul,
    .panel ol {
      margin-block: 0 var(--_sov-space-s);
    }
    .copy-row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_sov-space-s);
      margin: var(--_sov-space-xs) 0 0;
    }
    .note {
      color: var(--_sov-muted);
      font-size: var(--_sov-font-size-s);
    }

    @media (forced-colors: active) {
      .item,
      .item:first-child,
      .empty {
        border-color: CanvasText;
      }
      .trigger {
        color: ButtonText;
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .panel,
      .panel[hidden],
      .trigger::after {
        transition: none;
      }
    }
    @media print {
      .toolbar,
      .status,
      .empty,
      .copy-row,
      .trigger::after {
        display: none !important;
      }
      .item[hidden] {
        display: block !important;
      }
      /* Transitions outrank even !important declarations: none may hold a closed state. */
      .panel,
      .panel[hidden],
      .trigger::after {
        transition: none;
      }
      .panel[hidden] {
        display: block !important;
        block-size: auto;
        padding-block-end: var(--_sov-space-m);
        content-visibility: visible !important;
      }
      .item {
        break-inside: avoid;
        content-visibility: visible;
      }
    }
  `,
];
