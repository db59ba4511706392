/**
 * Styles a server-rendered element adds, inside `<noscript>`, for readers with scripts disabled:
 * then nothing can open an FAQ answer, so every answer is shown (as in print) and the controls
 * that need a script (search, expand/collapse, the chevrons drawn by `.trigger::after`) are hidden;
 * items are all rendered, as in print (no `content-visibility: auto`). With scripts enabled the
 * `<noscript>` is inert, so the first paint is the widget the script hydrates: nothing moves.
 */
export const NOSCRIPT_CSS: Record<string, string> = {
  'sov-faq':
    '.toolbar,.status,.empty,.copy-row{display:none!important}.trigger{cursor:auto}.trigger::after{display:none}.panel,.panel[hidden]{transition:none}.panel[hidden]{display:block!important;block-size:auto!important;padding-block-end:var(--_sov-space-m);content-visibility:visible!important}.item{content-visibility:visible}',
};
