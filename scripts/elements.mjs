// The elements and their entry points: one list shared by the build, the size table and the docs.
export const elements = [
  { tag: 'sov-tldr', dir: 'tldr' },
  { tag: 'sov-list', dir: 'list' },
  { tag: 'sov-table', dir: 'table' },
  { tag: 'sov-checklist', dir: 'checklist' },
  { tag: 'sov-faq', dir: 'faq' },
  { tag: 'sov-article', dir: 'article' },
];
