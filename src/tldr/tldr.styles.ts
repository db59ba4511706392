/**
 * Styles of `<sov-tldr>`: a card with an accent side border and a light tint of the accent,
 * a check icon per point drawn by CSS, and the tone accents. Every default tone keeps the icon at 3:1 and
 * the text at 4.5:1 against the card on a light page (WCAG 1.4.11 and 1.4.3; tested).
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
    /*
     * The check icon is generated content in the item's start padding: the ring is ::before and
     * the tick ::after, both drawn with borders (borders stay visible in forced colours, where
     * backgrounds and images may not). The tick is not mirrored in right-to-left text, as an
     * SVG would not be.
     */
    .item {
      --_sov-tldr-icon: 1.25em;
      position: relative;
      min-inline-size: 0;
      padding-inline-start: calc(var(--_sov-tldr-icon) + var(--_sov-space-s));
      line-height: 1.5;
    }
    .item::before,
    .item::after {
      content: '';
      position: absolute;
      box-sizing: border-box;
      border: 0 solid var(--_sov-tldr-accent);
    }
    /* Centred on the first line of text (line-height 1.5). */
    .item::before {
      inset-block-start: 0.125em;
      inset-inline-start: 0;
      inline-size: var(--_sov-tldr-icon);
      block-size: var(--_sov-tldr-icon);
      border-width: 0.125em;
      border-radius: 50%;
    }
    /* The tick: an L of two borders turned 45°, its corner where the SVG's path turned. */
    .item::after {
      inset-block-start: calc(0.125em + var(--_sov-tldr-icon) / 2 - 0.33em);
      inset-inline-start: calc(var(--_sov-tldr-icon) / 2 - 0.19em);
      inline-size: 0.38em;
      block-size: 0.66em;
      border-width: 0 0.15em 0.15em 0;
      border-radius: 0.04em;
      rotate: 45deg;
      translate: 0 -0.075em;
    }
    .item[hidden] {
      display: none;
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
      .root,
      .item::before,
      .item::after {
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
      .item::before,
      .item::after {
        border-color: #000;
      }
      .item[hidden] {
        display: block;
      }
    }
  `,
];
