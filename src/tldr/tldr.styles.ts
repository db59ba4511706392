/**
 * Styles of `<sov-tldr>`: a card with an accent side border and a light tint of the accent,
 * a check icon per point, and the tone accents. Every default tone keeps the icon at 3:1 and
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
    .item {
      display: flex;
      gap: var(--_sov-space-s);
      align-items: flex-start;
    }
    .item[hidden] {
      display: none;
    }
    .icon {
      flex: none;
      inline-size: 1.25em;
      block-size: 1.25em;
      /* Centres the icon on the first line of text (line-height 1.5). */
      margin-block-start: 0.125em;
      color: var(--_sov-tldr-accent);
    }
    .text {
      min-inline-size: 0;
      line-height: 1.5;
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
      .icon {
        color: CanvasText;
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
      .icon {
        color: #000;
      }
      .item[hidden] {
        display: flex;
      }
    }
  `,
];
