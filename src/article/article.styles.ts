/** Styles of `<sov-article>`: a readable column, the table of contents, spacing between blocks. */
import { css } from 'lit';
import { base } from '../styles/base.js';

export const articleStyles = [
  base,
  css`
    .root {
      max-inline-size: var(--sov-article-max-width, 48rem);
      line-height: 1.6;
    }
    /* While a long article's first render is still adding blocks (each slice adds at the end),
       the page's content after it stays out of view rather than moving down. */
    .partial {
      min-block-size: 100vh;
    }
    .root > * + * {
      margin-block-start: var(--_sov-space-l);
    }
    .title {
      margin-block: 0 var(--_sov-space-m);
      font-size: calc(var(--_sov-font-size-l) * 1.6);
      line-height: 1.2;
    }
    .heading {
      margin-block: calc(var(--_sov-space-l) * 1.5) 0;
      font-size: calc(var(--_sov-font-size-l) * 1.2);
      line-height: 1.25;
      scroll-margin-block-start: var(--_sov-space-l);
    }
    .heading:focus {
      outline: none;
    }
    .heading:focus-visible {
      outline: 2px solid var(--_sov-focus);
    }
    p {
      margin-block: 0;
    }
    .toc {
      padding: var(--_sov-space-m);
      border-inline-start: 0.25rem solid var(--_sov-accent);
      background: var(--_sov-raised);
      border-radius: var(--_sov-radius);
    }
    .toc-title {
      margin: 0 0 var(--_sov-space-s);
      font-size: 1em;
    }
    .toc ol {
      margin: 0;
      padding-inline-start: var(--_sov-space-l);
    }
    .toc li + li {
      margin-block-start: var(--_sov-space-xs);
    }

    @media (forced-colors: active) {
      .toc {
        border-color: CanvasText;
      }
    }
    @media print {
      .toc {
        display: none;
      }
      .root {
        max-inline-size: none;
      }
    }
  `,
];
