// Size budgets in bytes, gzip -9 of the production build, enforced by `npm test`: each is the
// measured size plus 3 %, so any growth fails (the rule the Performance issue sets).
// Re-based on 2026-11-30 when `souverain.js` became a loader with a shared core chunk and one
// chunk per element, and the content model became a rich-text tree with a CommonMark-subset
// parser, limits, defect fixes and hydration support: the per-element static files grew by about
// 5 KB each (the parser alone is 2.85 KB against 1 KB before), and the new `first load` rows
// measure what a page with one element downloads through the loader.
// The targets of the Performance issue (9 KB for one element's first load, Lit included) are
// not met: Lit is 6.3 KB of it and the core chunk 26 KB; see docs/development.md.
export const targets = { 'souverain.js': 15 * 1024, element: 9 * 1024 };
export const budgets = {
  'souverain.js': 1165, // measured 1131 B + 3 %
  'chunks/core.js': 27639, // measured 26834 B + 3 %
  'chunks/sov-article.js': 1990, // measured 1932 B + 3 %
  'chunks/sov-tldr.js': 1741, // measured 1690 B + 3 %
  'chunks/sov-list.js': 1311, // measured 1273 B + 3 %
  'chunks/sov-table.js': 5633, // measured 5469 B + 3 %
  'chunks/sov-checklist.js': 4065, // measured 3947 B + 3 %
  'chunks/sov-faq.js': 5528, // measured 5367 B + 3 %
  'elements/sov-tldr.js': 21937, // measured 21298 B + 3 %
  'elements/sov-list.js': 21720, // measured 21087 B + 3 %
  'elements/sov-table.js': 25829, // measured 25077 B + 3 %
  'elements/sov-checklist.js': 26545, // measured 25772 B + 3 %
  'elements/sov-faq.js': 27372, // measured 26575 B + 3 %
  'elements/sov-article.js': 39988, // measured 38823 B + 3 %
  'first load: <sov-article>': 49072, // measured 47643 B + 3 %
  'first load: <sov-tldr>': 30545, // measured 29655 B + 3 %
  'first load: <sov-list>': 30115, // measured 29238 B + 3 %
  'first load: <sov-table>': 34437, // measured 33434 B + 3 %
  'first load: <sov-checklist>': 32869, // measured 31912 B + 3 %
  'first load: <sov-faq>': 34332, // measured 33332 B + 3 %
};
