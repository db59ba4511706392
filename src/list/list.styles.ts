/** Styles of `<sov-list>`: a list of points with a decorative icon, or tiles in `grid` layout. */
import { css } from 'lit';
import { base } from '../styles/base.js';

export const listStyles = [
  base,
  css`
    :host {
      container-type: inline-size;
    }
    .root {
      --_sov-list-icon-size: var(--sov-list-icon-size, 1.25em);
    }
    .item {
      display: flex;
      gap: var(--_sov-space-s);
      align-items: baseline;
    }
    .icon {
      flex: none;
      inline-size: var(--_sov-list-icon-size);
      font-size: var(--_sov-list-icon-size);
      line-height: 1;
      text-align: center;
    }
    .bullet {
      inline-size: 0.4em;
      block-size: 0.4em;
      margin-inline: calc((var(--_sov-list-icon-size) - 0.4em) / 2);
      border-radius: 50%;
      background: var(--_sov-accent);
      align-self: center;
    }
    .term {
      font-weight: 700;
    }
    .grid .list {
      grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--sov-list-tile-min, 14rem)), 1fr));
      gap: var(--_sov-space-m);
    }
    .grid .item {
      flex-direction: column;
      padding: var(--_sov-space-m);
      border: 1px solid var(--_sov-border);
      border-radius: var(--_sov-radius);
      background: var(--_sov-raised);
    }
    .grid .icon {
      font-size: calc(var(--_sov-list-icon-size) * 1.5);
      inline-size: auto;
    }

    @media (forced-colors: active) {
      .bullet {
        background: CanvasText;
      }
      .grid .item {
        border-color: CanvasText;
      }
    }
    @media print {
      .grid .list {
        display: block;
      }
      .grid .item {
        break-inside: avoid;
        margin-block-end: var(--_sov-space-s);
        background: none;
      }
    }
  `,
];
