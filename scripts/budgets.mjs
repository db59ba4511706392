// Size budgets in bytes, gzip -9 of the production build (issue: Performance).
export const budgets = {
  'souverain.js': 15 * 1024,
  element: 9 * 1024,
};
