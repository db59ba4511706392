/**
 * Styles of `<sov-list>`. `listStyles` is the shadow root's: the frame around the slotted
 * content. `listContentStyles` is the content's, adopted into the document (or shadow root)
 * that holds the element, since the points are native HTML in its light DOM: each selector
 * starts from `sov-list >`, so nothing else on the page is touched, and keeps the specificity
 * of two type selectors, which a theme's `ul` or `li` rule does not outweigh while a class of
 * the site (`.entry-content ul`) still can, as the site's typography should. Each icon hangs in
 * its point's inline-start padding, so the text of a point flows as the author wrote it.
 */
import { css } from 'lit';
import { base } from '../styles/base.js';

export const listStyles = [
  base,
  css`
    :host {
      container-type: inline-size;
    }
  `,
];

export const listContentStyles = css`
  /* The title: the first child, or the built one (placed after any authored fallback). */
  sov-list > :is(h1, h2, h3, h4, h5, h6, p):is(:first-child, [data-sov-generated]) {
    margin-block: 0 var(--_sov-space-s);
  }
  sov-list > :is(ul, ol) {
    display: grid;
    gap: var(--_sov-space-s);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* A hanging indent: the icon starts the first line in the point's inline-start padding, on
     the text's baseline, and the following lines align with the text. */
  sov-list > :is(ul, ol) > li {
    margin: 0;
    padding-inline-start: calc(var(--sov-list-icon-size, 1.25em) + var(--_sov-space-s));
    text-indent: calc(-1 * (var(--sov-list-icon-size, 1.25em) + var(--_sov-space-s)));
  }
  sov-list > :is(ul, ol) > li > * {
    text-indent: 0;
  }
  sov-list > :is(ul, ol) > li > [data-sov-icon] {
    display: inline-block;
    inline-size: var(--sov-list-icon-size, 1.25em);
    margin-inline-end: var(--_sov-space-s);
    font-size: var(--sov-list-icon-size, 1.25em);
    line-height: 1;
    text-align: center;
  }
  sov-list > :is(ul, ol) > li > [data-sov-icon] > img {
    inline-size: 1em;
    block-size: 1em;
    margin: 0;
    vertical-align: -0.1em;
  }
  sov-list > :is(ul, ol) > li > [data-sov-icon]:empty::before {
    content: '';
    display: inline-block;
    inline-size: 0.4em;
    block-size: 0.4em;
    border-radius: 50%;
    background: var(--_sov-accent);
    vertical-align: 0.1em;
  }
  sov-list[layout='grid'] > :is(ul, ol) {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--sov-list-tile-min, 14rem)), 1fr));
    gap: var(--_sov-space-m);
  }
  sov-list[layout='grid'] > :is(ul, ol) > li {
    padding: var(--_sov-space-m);
    text-indent: 0;
    border: 1px solid var(--_sov-border);
    border-radius: var(--_sov-radius);
    background: var(--_sov-raised);
  }
  sov-list[layout='grid'] > :is(ul, ol) > li > [data-sov-icon] {
    display: block;
    inline-size: auto;
    margin-block-end: var(--_sov-space-xs);
    font-size: calc(var(--sov-list-icon-size, 1.25em) * 1.5);
    text-align: start;
  }

  @media (forced-colors: active) {
    sov-list > :is(ul, ol) > li > [data-sov-icon]:empty::before {
      background: CanvasText;
    }
    sov-list[layout='grid'] > :is(ul, ol) > li {
      border-color: CanvasText;
    }
  }
  @media print {
    sov-list[layout='grid'] > :is(ul, ol) {
      display: block;
    }
    sov-list[layout='grid'] > :is(ul, ol) > li {
      break-inside: avoid;
      margin-block-end: var(--_sov-space-s);
      background: none;
    }
  }
`;
