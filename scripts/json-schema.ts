// Converts the content model's valibot schema into the published JSON Schema. Text fields accept
// their input forms (a Markdown-subset string or the rich-text tree); the tree's node shapes are
// named definitions.
import { toJsonSchema } from '@valibot/to-json-schema';
import { DocumentSchema, InlineNodeSchema, RichNodeSchema } from '../src/content/schema.js';

export const jsonSchema = {
  $id: 'https://unpkg.com/souverain/dist/content.schema.json',
  title: 'Souverain article document',
  ...toJsonSchema(DocumentSchema, { errorMode: 'ignore', typeMode: 'input', definitions: { inlineNode: InlineNodeSchema, richNode: RichNodeSchema } }),
};
