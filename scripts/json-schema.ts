// Converts the content model's valibot schema into the published JSON Schema.
import { toJsonSchema } from '@valibot/to-json-schema';
import { DocumentSchema } from '../src/content/schema.js';

export const jsonSchema = {
  $id: 'https://unpkg.com/souverain/dist/content.schema.json',
  title: 'Souverain article document',
  ...toJsonSchema(DocumentSchema, { errorMode: 'ignore' }),
};
