/**
 * The package's main entry, free of side effects: the element classes, content validation,
 * pack and UI string registration. Importing it registers no element (`souverain/all.js` does, and so do the
 * `souverain/sov-*.js` entries), so a server or a build can validate content without touching
 * `customElements`. The type-only imports bring the tag and event maps along.
 */
import type {} from './tldr/sov-tldr.js';
import type {} from './list/sov-list.js';
import type {} from './table/sov-table.js';
import type {} from './checklist/sov-checklist.js';
import type {} from './faq/sov-faq.js';
import type {} from './article/sov-article.js';

export { SovTldr, type TldrTone, type TldrToggleDetail } from './tldr/tldr.js';
export { SovList } from './list/list.js';
export { SovTable, type SovSortDetail } from './table/table.js';
export { SovChecklist, type ChecklistChangeDetail } from './checklist/checklist.js';
export { SovFaq, type FaqToggleDetail } from './faq/faq.js';
export { SovArticle } from './article/article.js';
export { registerPack, ContentError } from './content/packs.js';
export { registerStrings, type Strings } from './i18n/strings.js';
export { validateDocument, validateBlock, formatIssues } from './content/schema.js';
export type * from './content/schema.js';
