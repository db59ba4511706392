/**
 * Styles a server-rendered element adds, inside `<noscript>`, for readers with scripts disabled:
 * then nothing can open an FAQ answer, so every answer is shown (as in print) and the controls
 * that need a script (search, expand/collapse, chevrons) are hidden. With scripts enabled the
 * `<noscript>` is inert, so the first paint is the widget the script hydrates: nothing moves.
 */
export const NOSCRIPT_CSS: Record<string, string> = {
  'sov-faq':
    '.toolbar,.status,.empty,.copy-row,.icon{display:none!important}.trigger{cursor:auto}.panel,.icon{transition:none}.panel[hidden]{display:grid!important;grid-template-rows:1fr;content-visibility:visible!important}',
};
