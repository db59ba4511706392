/**
 * The content model, defined once. The valibot schemas below are the single source of the
 * TypeScript types (`InferOutput`), of runtime validation with precise error paths
 * (`blocks[3].rows[2]: expected 3 cells, got 2`) and of the published JSON Schema
 * (`dist/content.schema.json`, written by `scripts/json-schema.mjs` from `DocumentSchema`).
 *
 * Text fields hold "inline text" (see `inline.ts`): plain text with `**strong**`, `*emphasis*`,
 * `` `code` `` and `[links](https://…)`; "rich text" fields also take blank-line separated
 * paragraphs and `- ` lists.
 */
import * as v from 'valibot';

const Id = v.pipe(
  v.string(),
  v.regex(/^[A-Za-z][\w-]*$/, 'expected an id of letters, digits, "-" or "_", starting with a letter'),
  v.description('Stable identifier: letters, digits, "-" or "_", starting with a letter.')
);

/** Inline text: a non-empty string in the inline format. */
const Inline = v.pipe(
  v.string(),
  v.nonEmpty('expected non-empty text'),
  v.description('Inline text: **strong**, *emphasis*, `code`, [label](https://url).')
);

/** Rich text: inline text plus blank-line paragraphs and "- " / "1. " lists. */
const Rich = v.pipe(
  v.string(),
  v.nonEmpty('expected non-empty text'),
  v.description('Rich text: inline text, paragraphs separated by a blank line, "- " or "1. " lists.')
);

function items<T extends v.GenericSchema>(item: T) {
  return v.pipe(v.array(item), v.nonEmpty('expected at least one item'));
}

export const ParagraphSchema = v.strictObject({
  type: v.literal('paragraph'),
  id: v.optional(Id),
  text: Rich,
});

export const HeadingSchema = v.strictObject({
  type: v.literal('heading'),
  id: v.optional(Id),
  level: v.optional(v.pipe(v.number(), v.integer(), v.minValue(2), v.maxValue(6))),
  text: Inline,
});

export const TldrSchema = v.strictObject({
  type: v.literal('tldr'),
  id: v.optional(Id),
  title: Inline,
  items: items(Inline),
});

export const ListItemSchema = v.strictObject({
  icon: v.optional(v.pipe(v.string(), v.maxLength(16, 'expected a short icon (an emoji)'))),
  term: v.optional(Inline),
  text: Inline,
});

export const ListSchema = v.strictObject({
  type: v.literal('list'),
  id: v.optional(Id),
  title: v.optional(Inline),
  items: items(ListItemSchema),
});

export const TableSchema = v.pipe(
  v.strictObject({
    type: v.literal('table'),
    id: v.optional(Id),
    caption: v.optional(Inline),
    columns: v.pipe(v.array(Inline), v.nonEmpty('expected at least one column')),
    rows: items(v.array(v.string())),
    rowHeaders: v.optional(v.picklist(['first', 'none'])),
  }),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const { columns, rows } = dataset.value;
    rows.forEach((row, index) => {
      if (row.length !== columns.length) {
        addIssue({
          message: `expected ${columns.length} cells, got ${row.length}`,
          path: [
            { type: 'object', origin: 'value', input: dataset.value, key: 'rows', value: rows },
            { type: 'array', origin: 'value', input: rows, key: index, value: row },
          ],
        });
      }
    });
  })
);

/** Rejects two items of one block given the same id: `items[3].id: duplicate id "foo" (also items[1])`. */
export function distinctItemIds<T extends { items: { id?: string | undefined }[] }>() {
  return v.rawCheck<T>(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const { items } = dataset.value;
    const first = new Map<string, number>();
    items.forEach((item, index) => {
      if (item.id === undefined) return;
      const seen = first.get(item.id);
      if (seen === undefined) {
        first.set(item.id, index);
        return;
      }
      addIssue({
        message: `duplicate id "${item.id}" (also items[${seen}])`,
        path: [
          { type: 'object', origin: 'value', input: dataset.value, key: 'items', value: items },
          { type: 'array', origin: 'value', input: items, key: index, value: item },
          { type: 'object', origin: 'value', input: item, key: 'id', value: item.id },
        ],
      });
    });
  });
}

export const ChecklistItemSchema = v.strictObject({
  id: v.optional(Id),
  text: Inline,
  checked: v.optional(v.boolean()),
});

export const ChecklistSchema = v.pipe(
  v.strictObject({
    type: v.literal('checklist'),
    id: v.optional(Id),
    title: v.optional(Inline),
    items: items(ChecklistItemSchema),
  }),
  distinctItemIds()
);

export const FaqItemSchema = v.strictObject({
  id: v.optional(Id),
  question: Inline,
  answer: Rich,
});

export const FaqSchema = v.pipe(
  v.strictObject({
    type: v.literal('faq'),
    id: v.optional(Id),
    title: v.optional(Inline),
    items: items(FaqItemSchema),
  }),
  distinctItemIds()
);

export const BlockSchema = v.variant('type', [
  ParagraphSchema,
  HeadingSchema,
  TldrSchema,
  ListSchema,
  TableSchema,
  ChecklistSchema,
  FaqSchema,
]);

const Lang = v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'expected a BCP 47 language tag such as "fr" or "en"'));

export const DocumentSchema = v.strictObject({
  $schema: v.optional(v.string()),
  id: Id,
  lang: Lang,
  title: Inline,
  blocks: items(BlockSchema),
});

/**
 * A document's envelope with its blocks unchecked: an element that shows one block validates
 * the envelope and that block only (with its `blocks[i]` path), so its bundle carries only its
 * own block schema, and one broken block of a pack does not hide the others.
 */
const EnvelopeSchema = v.strictObject({
  $schema: v.optional(v.string()),
  id: Id,
  lang: Lang,
  title: Inline,
  blocks: items(v.looseObject({ type: v.string(), id: v.optional(v.string()) })),
});

export type ParagraphBlock = v.InferOutput<typeof ParagraphSchema>;
export type HeadingBlock = v.InferOutput<typeof HeadingSchema>;
export type TldrBlock = v.InferOutput<typeof TldrSchema>;
export type ListItem = v.InferOutput<typeof ListItemSchema>;
export type ListBlock = v.InferOutput<typeof ListSchema>;
export type TableBlock = v.InferOutput<typeof TableSchema>;
export type ChecklistItem = v.InferOutput<typeof ChecklistItemSchema>;
export type ChecklistBlock = v.InferOutput<typeof ChecklistSchema>;
export type FaqItem = v.InferOutput<typeof FaqItemSchema>;
export type FaqBlock = v.InferOutput<typeof FaqSchema>;
export type Block = v.InferOutput<typeof BlockSchema>;
export type BlockType = Block['type'];
export type ArticleDocument = v.InferOutput<typeof DocumentSchema>;

/** One problem found in content, with the path to it (`blocks[3].rows[2]`). */
export interface ContentIssue {
  path: string;
  message: string;
}

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; issues: ContentIssue[] };

function formatPath(path: v.IssuePathItem[] | undefined): string {
  let out = '';
  for (const item of path ?? []) {
    const key = item.key;
    out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  }
  return out;
}

function toIssues(issues: v.BaseIssue<unknown>[]): ContentIssue[] {
  return issues.map((issue) => ({
    path: formatPath(issue.path),
    message: issue.message.replace(/^Invalid (\w+): /, (_m, what: string) => `invalid ${what}: `),
  }));
}

function run<T>(schema: v.GenericSchema<unknown, T>, input: unknown): ValidationResult<T> {
  const result = v.safeParse(schema, input);
  return result.success ? { ok: true, value: result.output } : { ok: false, issues: toIssues(result.issues) };
}

/** Validates an article document. */
export function validateDocument(input: unknown): ValidationResult<ArticleDocument> {
  return run(DocumentSchema, input);
}

/** Validates a block of any type. */
export function validateBlock(input: unknown): ValidationResult<Block> {
  return run(BlockSchema, input);
}

/** Validates a document's envelope (id, lang, title, a non-empty list of typed blocks). */
export function validateEnvelope(input: unknown): ValidationResult<v.InferOutput<typeof EnvelopeSchema>> {
  return run(EnvelopeSchema, input);
}

/**
 * Validates a block expected to be of `type` against that type's schema. A plain object
 * without `type` is accepted as that type, so `el.data = { items: [...] }` works. `prefix`
 * is prepended to issue paths (`blocks[3]`).
 */
export function validateBlockOf<T extends Block>(
  schema: v.GenericSchema<unknown, T>,
  type: T['type'],
  input: unknown,
  prefix = ''
): ValidationResult<T> {
  if (input && typeof input === 'object' && !Array.isArray(input)) {
    const record = input as Record<string, unknown>;
    if (record.type === undefined) input = { ...record, type };
    else if (record.type !== type) {
      return { ok: false, issues: [{ path: prefix ? `${prefix}.type` : 'type', message: `expected a "${type}" block, got "${String(record.type)}"` }] };
    }
  }
  const result = run(schema, input);
  if (result.ok || !prefix) return result;
  return { ok: false, issues: result.issues.map((i) => ({ ...i, path: i.path ? `${prefix}${i.path.startsWith('[') ? '' : '.'}${i.path}` : prefix })) };
}

/** Formats issues one per line: `blocks[3].rows[2]: expected 3 cells, got 2`. */
export function formatIssues(issues: ContentIssue[]): string {
  return issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)).join('\n');
}
