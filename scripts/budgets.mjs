// Size budgets in bytes, gzip -9 of the production build, enforced by `npm test`.
// The Performance issue's targets are 15 KB for souverain.js and 9 KB per element. After
// optimisation (per-element block validation, CSS minification) they are not met: Lit alone is
// 6.3 KB and the content validation 1.5–3.4 KB; see the README's Size section. As the issue
// prescribes, each budget is the measured size plus 3 %, so any growth fails.
export const targets = { 'souverain.js': 15 * 1024, element: 9 * 1024 };
export const budgets = {
  'souverain.js': 32781, // measured 31826 B + 3 %
  'elements/sov-tldr.js': 16262, // measured 15788 B + 3 %
  'elements/sov-list.js': 16088, // measured 15619 B + 3 %
  'elements/sov-table.js': 20033, // measured 19449 B + 3 %
  'elements/sov-checklist.js': 20129, // measured 19542 B + 3 %
  'elements/sov-faq.js': 20451, // measured 19855 B + 3 %
  'elements/sov-article.js': 32723, // measured 31769 B + 3 %
};
