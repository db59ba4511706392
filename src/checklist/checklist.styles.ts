/** Styles of `<sov-checklist>`: full-row checkbox labels, a progress bar, the reset controls. */
import { css } from 'lit';
import { base } from '../styles/base.js';

export const checklistStyles = [
  base,
  css`
    .root {
      --_sov-checklist-check: var(--sov-checklist-check-color, var(--_sov-accent));
      --_sov-checklist-progress: var(--sov-checklist-progress-color, var(--_sov-accent));
    }
    .summary {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_sov-space-xs) var(--_sov-space-s);
      margin-block-end: var(--_sov-space-s);
      font-size: var(--_sov-font-size-s);
    }
    .caption {
      color: var(--_sov-muted);
    }
    .count {
      font-variant-numeric: tabular-nums;
      font-weight: 600;
    }
    .done {
      color: var(--_sov-success);
      font-weight: 600;
    }
    .bar {
      flex: 1 1 8rem;
      inline-size: auto;
      block-size: 0.625rem;
      margin: 0;
      border: 1px solid var(--_sov-border);
      border-radius: 999px;
      background: var(--_sov-raised);
      color: var(--_sov-checklist-progress);
      overflow: hidden;
      appearance: none;
    }
    .bar::-webkit-progress-bar {
      background: transparent;
    }
    .bar::-webkit-progress-value {
      background: var(--_sov-checklist-progress);
      transition: inline-size var(--_sov-duration);
    }
    .bar::-moz-progress-bar {
      background: var(--_sov-checklist-progress);
    }
    .list {
      gap: 2px;
      margin-block-end: var(--_sov-space-m);
    }
    .group {
      min-inline-size: 0;
      margin: 0;
      padding: 0;
      border: 0;
    }
    /*
     * The whole row is the label; the checkbox (and an emoji) sit in its start padding, so the
     * text needs no wrapper of its own and wraps in its own column.
     */
    .label {
      --_sov-checklist-box: 1.25em;
      position: relative;
      display: block;
      /* WCAG 2.5.8: the whole row is the target, at least 24 × 24 CSS pixels. */
      min-block-size: max(24px, 2em);
      padding: var(--_sov-space-xs) var(--_sov-space-s);
      padding-inline-start: calc(var(--_sov-space-s) * 2 + var(--_sov-checklist-box));
      line-height: 1.4;
      border-radius: var(--_sov-radius);
      cursor: pointer;
    }
    .label.iconic {
      padding-inline-start: calc(var(--_sov-space-s) * 3 + var(--_sov-checklist-box) + 1.25em);
    }
    .label:hover {
      background: var(--_sov-raised);
    }
    .checkbox {
      position: absolute;
      /* Centred on the first line of text (line-height 1.4). */
      inset-block-start: calc(var(--_sov-space-xs) + 0.075em);
      inset-inline-start: var(--_sov-space-s);
      inline-size: var(--_sov-checklist-box);
      block-size: var(--_sov-checklist-box);
      margin: 0;
      accent-color: var(--_sov-checklist-check);
      cursor: inherit;
    }
    .icon {
      position: absolute;
      inset-block-start: var(--_sov-space-xs);
      inset-inline-start: calc(var(--_sov-space-s) * 2 + var(--_sov-checklist-box));
      inline-size: 1.25em;
      line-height: 1.4;
      text-align: center;
    }
    .disabled .label {
      cursor: default;
      opacity: 0.6;
    }
    .disabled .label:hover {
      background: none;
    }
    .controls {
      margin: 0;
    }
    .button[aria-disabled='true'] {
      cursor: default;
      opacity: 0.6;
    }

    @media (forced-colors: active) {
      .bar {
        border-color: CanvasText;
        background: Canvas;
      }
      .bar::-webkit-progress-value {
        background: Highlight;
      }
      .bar::-moz-progress-bar {
        background: Highlight;
      }
      .label:hover {
        outline: 1px solid Highlight;
      }
      .disabled .label {
        color: GrayText;
        opacity: 1;
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .bar::-webkit-progress-value {
        transition: none;
      }
    }
    @media print {
      .bar {
        display: none;
      }
      .label {
        min-block-size: 0;
        break-inside: avoid;
      }
      .checkbox {
        print-color-adjust: exact;
        -webkit-print-color-adjust: exact;
      }
      .disabled .label {
        opacity: 1;
      }
    }
  `,
];
