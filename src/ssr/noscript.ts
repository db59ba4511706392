/**
 * Styles a server-rendered element adds, inside `<noscript>`, for readers with scripts disabled:
 * the FAQ's controls that need a script (search, expand/collapse all, the live region) are
 * hidden; its questions are native `<details>`, which open without one. With scripts enabled
 * the `<noscript>` is inert, so the first paint is the widget the script upgrades: nothing moves.
 */
export const NOSCRIPT_CSS: Record<string, string> = {
  'sov-faq': '.toolbar,.status,.empty{display:none!important}',
};
