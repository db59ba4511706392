/**
 * Styles of `<sov-table>`: a table in its own scroll box with a sticky header row, or, when
 * the element is narrow (class `stacked`, set by measuring it), one card per row. The stacked
 * rules apply on screen only, so print always gets the whole table.
 */
import { css } from 'lit';
import { base } from '../styles/base.js';

export const tableStyles = [
  base,
  css`
    :host {
      /* Inline-size containment: the element's width never depends on its content, so stacking cannot feed back into the measurement. */
      container-type: inline-size;
    }
    .root {
      --_sov-table-border: var(--sov-table-border-color, var(--_sov-border));
      --_sov-table-stripe: var(--sov-table-stripe, color-mix(in srgb, currentColor 4%, transparent));
      --_sov-table-header-bg: var(--sov-table-header-background, var(--_sov-raised));
    }
    .ruler {
      block-size: 0;
    }
    .filter-label {
      font-weight: 600;
    }
    .controls .status {
      margin: 0;
    }
    /* The filter box sits between the caption and the table it filters, closer to the table than to what is above. */
    .controls {
      margin-block-end: var(--_sov-space-s);
    }
    .scroll {
      max-block-size: var(--sov-table-max-height, 80vh);
      overflow: auto;
    }
    .table {
      inline-size: 100%;
      border-collapse: separate;
      border-spacing: 0;
    }
    caption,
    .caption {
      padding-block-end: var(--_sov-space-s);
      font-weight: 700;
      text-align: start;
    }
    th,
    td {
      padding: var(--_sov-space-s) var(--_sov-space-m);
      border-block-end: 1px solid var(--_sov-table-border);
      text-align: start;
      vertical-align: top;
      overflow-wrap: break-word;
    }
    thead th {
      position: sticky;
      inset-block-start: 0;
      z-index: 1;
      border-block-end-width: 2px;
      background: var(--_sov-table-header-bg);
      font-weight: 700;
    }
    /* Rows scroll under the sticky header: give it an opaque backdrop, the page's own surface or Canvas. */
    .sticky-header thead th {
      background: linear-gradient(var(--_sov-table-header-bg), var(--_sov-table-header-bg)), var(--sov-color-surface, Canvas);
      color: var(--sov-color-text, CanvasText);
    }
    tbody th {
      font-weight: 600;
    }
    tbody tr:nth-child(even) {
      background: var(--_sov-table-stripe);
    }
    .sort {
      display: inline-flex;
      align-items: center;
      gap: var(--_sov-space-xs);
      inline-size: 100%;
      min-block-size: 24px;
      margin: 0;
      padding: 0;
      border: 0;
      background: none;
      color: inherit;
      font: inherit;
      text-align: start;
      cursor: pointer;
    }
    .sort:hover span:first-child {
      text-decoration: underline;
    }
    .icon {
      flex: none;
      margin-inline-start: auto;
      font-weight: 400;
    }
    [aria-sort] .icon {
      color: var(--_sov-accent);
    }
    th:not([aria-sort]) .icon {
      opacity: 0.6;
    }
    .label {
      font-weight: 600;
    }
    .empty {
      margin: var(--_sov-space-m) 0 0;
      color: var(--_sov-muted);
    }

    @media screen {
      .stacked :where(.table, thead, tbody, tr, th, td, caption) {
        display: block;
      }
      .stacked .scroll {
        max-block-size: none;
        overflow: visible;
      }
      .stacked :where(th, td) {
        padding: var(--_sov-space-xs) 0;
        border: 0;
        overflow-wrap: anywhere;
      }
      /* Column headers stay in the accessibility tree (cells keep their headers), out of sight. */
      .stacked:not(.sortable) thead {
        position: absolute;
        inline-size: 1px;
        block-size: 1px;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
      }
      /* Sortable: the header row becomes a bar of sort buttons above the cards. */
      .stacked.sortable thead tr {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_sov-space-xs);
        margin-block-end: var(--_sov-space-s);
      }
      .stacked.sortable thead th {
        position: static;
        padding: 0 var(--_sov-space-s);
        border: 1px solid var(--_sov-table-border);
        border-radius: var(--_sov-radius);
        background: none;
        font-weight: 400;
      }
      .stacked tbody tr {
        margin-block-end: var(--_sov-space-s);
        padding: var(--_sov-space-s) var(--_sov-space-m);
        border: 1px solid var(--_sov-table-border);
        border-radius: var(--_sov-radius);
        background: none;
      }
      .stacked tbody th {
        margin-block-end: var(--_sov-space-xs);
        padding-block-end: var(--_sov-space-s);
        border-block-end: 1px solid var(--_sov-table-border);
      }
    }

    @media (forced-colors: active) {
      th,
      td,
      .stacked tbody tr,
      .stacked.sortable thead th {
        border-color: CanvasText;
      }
      thead th,
      .sticky-header thead th {
        background: Canvas;
        color: CanvasText;
      }
      [aria-sort] .icon {
        color: CanvasText;
      }
      th:not([aria-sort]) .icon {
        opacity: 1;
      }
    }
    @media print {
      .scroll {
        max-block-size: none;
        overflow: visible;
      }
      thead th {
        position: static;
        background: none;
      }
      tr {
        break-inside: avoid;
      }
      .icon,
      .label,
      .empty {
        display: none;
      }
    }
  `,
];
