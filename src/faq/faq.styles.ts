/**
 * Styles of `<sov-faq>`. `faqStyles` is the shadow root's: the frame around the slotted items,
 * the toolbar (search, expand/collapse all), the live region and the empty message.
 * `faqContentStyles` is the content's, adopted into the document (or shadow root) that holds the
 * element, since the items are native `<details>` in its light DOM: each selector starts from
 * `sov-faq >`, so nothing else on the page is touched, and a class of the site still outweighs
 * it. Questions are full-width summaries between thin lines with a CSS chevron; every answer is
 * printed.
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

    @media (forced-colors: active) {
      .empty {
        border-color: CanvasText;
      }
    }
    @media print {
      .toolbar,
      .status,
      .empty {
        display: none !important;
      }
    }
  `,
];

export const faqContentStyles = css`
  /* The title: the first child, or the built one (placed after any authored fallback). */
  sov-faq > :is(h1, h2, h3, h4, h5, h6):is(:first-child, [data-sov-generated]) {
    margin: 0 0 var(--_sov-space-m);
    font-size: var(--_sov-font-size-l);
    line-height: 1.3;
  }
  /*
   * Items in block flow. Those out of view are not laid out or painted until they come near it
   * (a long FAQ costs its visible part); the size they had last stands in for them. Find in
   * page, the accessibility tree and anchors still reach them. Paint containment clips at the
   * item's edges, so the question's focus ring is drawn inside it.
   */
  sov-faq > details {
    margin: 0;
    padding: 0;
    border: 0;
    border-block-end: 1px solid var(--_sov-faq-border);
    content-visibility: auto;
    /* Only the height: a remembered width would keep a skipped item as wide as it was before the page narrowed. */
    contain-intrinsic-block-size: auto 2.75em;
  }
  sov-faq > details:first-of-type {
    border-block-start: 1px solid var(--_sov-faq-border);
  }
  sov-faq > details + details {
    margin-block-start: var(--_sov-faq-gap);
  }
  /* The chevron is the summary's ::after, placed in its end padding; the native marker goes. */
  sov-faq > details > summary {
    position: relative;
    display: block;
    box-sizing: border-box;
    min-block-size: 2.75em;
    margin: 0;
    padding: var(--_sov-space-s) calc(var(--_sov-space-xs) + 1em + var(--_sov-space-m)) var(--_sov-space-s) var(--_sov-space-xs);
    font-weight: 600;
    line-height: 1.4;
    list-style: none;
    cursor: pointer;
  }
  sov-faq > details > summary::-webkit-details-marker {
    display: none;
  }
  sov-faq > details > summary:hover {
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  sov-faq > details > summary:focus-visible {
    outline: 2px solid var(--_sov-focus);
    outline-offset: -2px;
  }
  /* A heading an author put in the summary reads as the question. */
  sov-faq > details > summary > :is(h2, h3, h4, h5, h6) {
    display: inline;
    margin: 0;
    font-size: inherit;
    line-height: inherit;
  }
  /* A vertical chevron: it means "below", so it does not flip in right-to-left text. */
  sov-faq > details > summary::after {
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
  sov-faq > details[open] > summary::after {
    translate: 0 -20%;
    rotate: 225deg;
  }
  /* The answer: what follows the summary. Inline padding keeps focus rings inside the item. */
  sov-faq > details > :not(summary) {
    margin-block: 0 var(--_sov-space-s);
    margin-inline: 0;
    padding-inline: var(--_sov-space-xs);
  }
  sov-faq > details > :is(ul, ol) {
    padding-inline-start: calc(var(--_sov-space-xs) + 1.5em);
  }
  sov-faq > details > :last-child:not(summary) {
    margin-block-end: var(--_sov-space-m);
  }
  sov-faq > details > [data-sov-copy] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_sov-space-s);
    margin-block-start: var(--_sov-space-xs);
  }
  sov-faq > details > [data-sov-copy] > button {
    min-block-size: 2.75em;
    padding: var(--_sov-space-xs) var(--_sov-space-m);
    border: 1px solid var(--_sov-accent);
    border-radius: var(--_sov-radius);
    background: transparent;
    color: var(--_sov-accent);
    font: inherit;
    font-size: var(--_sov-font-size-s);
    cursor: pointer;
  }
  sov-faq > details > [data-sov-copy] > button:hover {
    background: color-mix(in srgb, var(--_sov-accent) 8%, transparent);
  }
  sov-faq > details > [data-sov-copy] > button:focus-visible {
    outline: 2px solid var(--_sov-focus);
    outline-offset: 2px;
  }
  sov-faq > details > [data-sov-copy] > span {
    color: var(--_sov-muted);
    font-size: var(--_sov-font-size-s);
  }
  /* An item the search filters out stays hidden whatever a theme's display (and is printed). */
  sov-faq > details[data-sov-filtered] {
    display: none !important;
  }

  @media (forced-colors: active) {
    sov-faq > details,
    sov-faq > details:first-of-type {
      border-color: CanvasText;
    }
    sov-faq > details > [data-sov-copy] > button {
      border-color: ButtonText;
      color: ButtonText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    sov-faq > details > summary::after {
      transition: none;
    }
  }
  @media print {
    sov-faq > details[data-sov-filtered] {
      display: block !important;
    }
    sov-faq > details {
      break-inside: avoid;
      content-visibility: visible;
    }
    sov-faq > details > summary::after,
    sov-faq > details > [data-sov-copy] {
      display: none !important;
    }
    /* Every answer is printed, closed ones too (the element also opens them for printing where
       this pseudo-element is unknown). */
    sov-faq > details::details-content {
      content-visibility: visible;
      block-size: auto;
    }
  }
`;
