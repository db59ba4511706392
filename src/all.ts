/**
 * Registers every Souverain element and re-exports the main entry: the module behind
 * `import 'souverain/all.js'` and the single-file bundle `dist/souverain.js`.
 */
import './tldr/sov-tldr.js';
import './list/sov-list.js';
import './table/sov-table.js';
import './checklist/sov-checklist.js';
import './faq/sov-faq.js';
import './article/sov-article.js';

export * from './souverain.js';
