/**
 * Styles of `<sov-tldr>`. `tldrStyles` is the shadow root's: the card (an accent side border and
 * a light tint of the accent, per tone) around the slotted content, and the disclosure button.
 * `tldrContentStyles` is the content's, adopted into the document (or shadow root) that holds
 * the element, since the title and points are native HTML in its light DOM: each selector
 * starts from `sov-tldr >`, so nothing else on the page is touched, and a class of the site
 * still outweighs it. The check icon per point is drawn by CSS. Every default tone keeps the
 * icon at 3:1 and the text at 4.5:1 against the card on a light page (WCAG 1.4.11 and 1.4.3;
 * tested).
 */
import { css } from 'lit';
import { base } from '../styles/base.js';

export const tldrStyles = [
  base,
  css`
    .root {
      --_sov-tldr-tone: var(--_sov-muted);
      --_sov-tldr-accent: var(--sov-tldr-accent, var(--_sov-tldr-tone));
      margin: 0;
      padding: var(--_sov-space-m) var(--_sov-space-l);
      border: 1px solid color-mix(in srgb, var(--_sov-tldr-accent) 40%, transparent);
      border-inline-start: 0.375rem solid var(--_sov-tldr-accent);
      border-radius: var(--_sov-radius);
      background: var(--sov-tldr-background, color-mix(in srgb, var(--_sov-tldr-accent) 6%, transparent));
    }
    .tone-info {
      --_sov-tldr-tone: var(--_sov-accent);
    }
    .tone-success {
      --_sov-tldr-tone: var(--_sov-success);
    }
    .tone-warning {
      --_sov-tldr-tone: var(--_sov-warning);
    }
    .more {
      margin-block-start: var(--_sov-space-m);
      border-color: var(--_sov-tldr-accent);
      color: var(--_sov-tldr-accent);
    }
    .more:hover {
      background: color-mix(in srgb, var(--_sov-tldr-accent) 10%, transparent);
    }

    @media (forced-colors: active) {
      .root {
        border-color: CanvasText;
      }
      .more {
        border-color: ButtonText;
        color: ButtonText;
      }
    }
    @media print {
      .root {
        border-color: #000;
        background: none;
        break-inside: avoid;
      }
    }
  `,
];

export const tldrContentStyles = css`
  /* The title: the first child, or the built one (placed after any authored fallback). */
  sov-tldr > :is(h1, h2, h3, h4, h5, h6, p):is(:first-child, [data-sov-generated]) {
    margin: 0 0 var(--_sov-space-s);
    font-size: var(--_sov-font-size-l);
    line-height: 1.3;
  }
  /* A paragraph title (exposed as a heading) looks like one. */
  sov-tldr > p:is(:first-child, [data-sov-generated]) {
    font-weight: bold;
  }
  sov-tldr > :is(ul, ol) {
    display: grid;
    gap: var(--_sov-space-s);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /*
   * The check icon is generated content in the point's start padding: the ring is ::before and
   * the tick ::after, both drawn with borders (borders stay visible in forced colours, where
   * backgrounds and images may not). The tick is not mirrored in right-to-left text, as an
   * SVG would not be. The accent comes from the card, which the points inherit through the slot.
   */
  sov-tldr > :is(ul, ol) > li {
    --_sov-tldr-icon: 1.25em;
    position: relative;
    min-inline-size: 0;
    margin: 0;
    padding-inline-start: calc(var(--_sov-tldr-icon) + var(--_sov-space-s));
    line-height: 1.5;
  }
  sov-tldr > :is(ul, ol) > li::before,
  sov-tldr > :is(ul, ol) > li::after {
    content: '';
    position: absolute;
    box-sizing: border-box;
    border: 0 solid var(--_sov-tldr-accent);
  }
  /* Centred on the first line of text (line-height 1.5). */
  sov-tldr > :is(ul, ol) > li::before {
    inset-block-start: 0.125em;
    inset-inline-start: 0;
    inline-size: var(--_sov-tldr-icon);
    block-size: var(--_sov-tldr-icon);
    border-width: 0.125em;
    border-radius: 50%;
  }
  /* The tick: an L of two borders turned 45°, its corner where the SVG's path turned. */
  sov-tldr > :is(ul, ol) > li::after {
    inset-block-start: calc(0.125em + var(--_sov-tldr-icon) / 2 - 0.33em);
    inset-inline-start: calc(var(--_sov-tldr-icon) / 2 - 0.19em);
    inline-size: 0.38em;
    block-size: 0.66em;
    border-width: 0 0.15em 0.15em 0;
    border-radius: 0.04em;
    rotate: 45deg;
    translate: 0 -0.075em;
  }
  /* A point folded away (printed all the same), and a hidden check mark, stay hidden whatever a
     theme's display. */
  sov-tldr > :is(ul, ol) > li[hidden],
  sov-tldr > :is(ul, ol) > li > [data-sov-check] {
    display: none !important;
  }

  @media (forced-colors: active) {
    sov-tldr > :is(ul, ol) > li::before,
    sov-tldr > :is(ul, ol) > li::after {
      border-color: CanvasText;
    }
  }
  @media print {
    sov-tldr > :is(ul, ol) > li::before,
    sov-tldr > :is(ul, ol) > li::after {
      border-color: #000;
    }
    sov-tldr > :is(ul, ol) > li[data-sov-folded] {
      display: block !important;
    }
  }
`;
