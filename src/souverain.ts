/**
 * The bundle entry: registers every Souverain element and re-exports the public API
 * (element classes, content validation, pack and UI string registration).
 */
export * from './tldr/sov-tldr.js';
export * from './list/sov-list.js';
export * from './table/sov-table.js';
export * from './checklist/sov-checklist.js';
export * from './faq/sov-faq.js';
export * from './article/sov-article.js';
export { registerPack, ContentError } from './content/packs.js';
export { registerStrings, type Strings } from './i18n/strings.js';
export { validateDocument, validateBlock, formatIssues } from './content/schema.js';
export type * from './content/schema.js';
