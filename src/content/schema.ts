/**
 * The content model, defined once. The valibot schemas below are the single source of the
 * TypeScript types (`InferOutput`), of runtime validation with precise error paths
 * (`blocks[3].rows[2]: expected 3 cells, got 2`) and of the published JSON Schema
 * (`dist/content.schema.json`, written by `scripts/json-schema.mjs` from `DocumentSchema`).
 *
 * Text fields take the Markdown subset of `inline.ts` (`**strong**`, `*emphasis*`, `` `code` ``,
 * `[links](https://…)`; rich text adds paragraphs and lists) or the rich-text tree of
 * `rich-text.ts` itself. Strings are parsed once, here: every validated block holds trees, and
 * `LIMITS` bounds every length and depth before any parsing.
 */
import * as v from 'valibot';
import { parseInline, parseRich } from './inline.js';
import { inlineText, richText, type Inline, type Rich } from './rich-text.js';
import { ID_PATTERN, LIMITS } from './limits.js';
import type { ContentIssue, ValidationResult } from './issues.js';

export { LIMITS };
export { formatIssues, type ContentIssue, type ValidationResult } from './issues.js';

const Id = v.pipe(
  v.string(),
  v.regex(ID_PATTERN, 'expected an id of letters, digits, "-" or "_", starting with a letter, not a name every window inherits'),
  v.description('Stable identifier: letters, digits, "-" or "_", starting with a letter, not a name every window inherits.')
);

/** The inline tree as JSON writes it (the same shape as `Inline`). */
type InlineInput = string | { type: 'strong' | 'emphasis'; children: InlineInput[] } | { type: 'code'; text: string } | { type: 'link'; href: string; children: InlineInput[] };

export const InlineNodeSchema: v.GenericSchema<InlineInput, Inline> = v.union([
  v.string(),
  v.variant('type', [
    v.strictObject({ type: v.picklist(['strong', 'emphasis']), children: v.array(v.lazy(() => InlineNodeSchema)) }),
    v.strictObject({ type: v.literal('code'), text: v.string() }),
    v.strictObject({ type: v.literal('link'), href: v.string(), children: v.array(v.lazy(() => InlineNodeSchema)) }),
  ]),
]);

const InlineTreeSchema = v.array(InlineNodeSchema);

export const RichNodeSchema = v.variant('type', [
  v.strictObject({ type: v.literal('paragraph'), children: InlineTreeSchema }),
  v.strictObject({ type: v.literal('list'), ordered: v.optional(v.boolean(), false), items: v.pipe(v.array(InlineTreeSchema), v.nonEmpty('expected at least one item')) }),
]);

/** How deeply formatting nests (a paragraph or list counts as one level, as a tree of inline nodes does). */
function depthOf(nodes: readonly (Inline | Rich)[]): number {
  let max = 0;
  const stack: [readonly (Inline | Rich)[], number][] = [[nodes, 1]];
  while (stack.length) {
    const [list, depth] = stack.pop()!;
    for (const node of list) {
      if (typeof node === 'string') continue;
      max = Math.max(max, depth);
      if ('children' in node) stack.push([node.children, depth + 1]);
      else if ('items' in node) for (const item of node.items) stack.push([item, depth + 1]);
    }
  }
  return max;
}

/** Formatting depth (a paragraph or list counts as one level, as a tree of inline nodes does). */
const shallow = /* @__NO_SIDE_EFFECTS__ */ <T extends Inline | Rich>(limit: number) =>
  v.check<T[], string>((nodes) => depthOf(nodes) <= limit, `expected formatting nested at most ${LIMITS.depth} levels deep`);

const textOf = (nodes: readonly Inline[]) => inlineText(nodes).trim();

/**
 * Inline text: the Markdown subset as a string (parsed here, once) or the tree itself; the
 * validated value is always the tree. `empty` allows an empty value (table cells).
 */
/* @__NO_SIDE_EFFECTS__ */
function inlineField(empty: boolean) {
  const max = LIMITS.inlineLength;
  const tooLong = `expected at most ${max} characters`;
  return v.pipe(
    v.union([
      empty ? v.pipe(v.string(), v.maxLength(max, tooLong)) : v.pipe(v.string(), v.nonEmpty('expected non-empty text'), v.maxLength(max, tooLong)),
      v.pipe(InlineTreeSchema, v.check((nodes) => inlineText(nodes).length <= max, tooLong)),
    ]),
    v.transform((input): Inline[] => (typeof input === 'string' ? parseInline(input) : input)),
    v.check((nodes) => empty || !!textOf(nodes), 'expected non-empty text'),
    shallow<Inline>(LIMITS.depth),
    v.description('Inline text: a string in the Markdown subset (**strong**, *emphasis*, `code`, [label](https://url)) or its tree.')
  );
}

const InlineText = inlineField(false);
const Cell = inlineField(true);

/** Rich text: the Markdown subset with paragraphs and lists, as a string or its tree. */
const RichText = v.pipe(
  v.union([
    v.pipe(v.string(), v.nonEmpty('expected non-empty text'), v.maxLength(LIMITS.richLength, `expected at most ${LIMITS.richLength} characters`)),
    v.pipe(v.array(RichNodeSchema), v.nonEmpty('expected at least one paragraph or list'), v.check((nodes) => richText(nodes).length <= LIMITS.richLength, `expected at most ${LIMITS.richLength} characters`)),
  ]),
  v.transform((input): Rich[] => (typeof input === 'string' ? parseRich(input) : input)),
  v.check((nodes) => !!richText(nodes).trim(), 'expected non-empty text'),
  shallow<Rich>(LIMITS.depth + 1),
  v.description('Rich text: a string in the Markdown subset (inline text, paragraphs separated by a blank line, "- " or "1. " lists) or its tree.')
);

/* @__NO_SIDE_EFFECTS__ */
function items<T extends v.GenericSchema>(item: T) {
  return v.pipe(v.array(item), v.nonEmpty('expected at least one item'), v.maxLength(LIMITS.items, `expected at most ${LIMITS.items} items`));
}

export const ParagraphSchema = v.strictObject({
  type: v.literal('paragraph'),
  id: v.optional(Id),
  text: RichText,
});

export const HeadingSchema = v.strictObject({
  type: v.literal('heading'),
  id: v.optional(Id),
  level: v.optional(v.pipe(v.number(), v.integer(), v.minValue(2), v.maxValue(6))),
  text: InlineText,
});

export const TldrSchema = v.strictObject({
  type: v.literal('tldr'),
  id: v.optional(Id),
  title: InlineText,
  items: items(InlineText),
});

export const ListItemSchema = v.strictObject({
  icon: v.optional(v.pipe(v.string(), v.maxLength(LIMITS.iconLength, 'expected a short icon (an emoji)'))),
  term: v.optional(InlineText),
  text: InlineText,
});

export const ListSchema = v.strictObject({
  type: v.literal('list'),
  id: v.optional(Id),
  title: v.optional(InlineText),
  items: items(ListItemSchema),
});

export const TableSchema = v.pipe(
  v.strictObject({
    type: v.literal('table'),
    id: v.optional(Id),
    caption: v.optional(InlineText),
    columns: v.pipe(v.array(InlineText), v.nonEmpty("expected at least one column"), v.maxLength(LIMITS.items, `expected at most ${LIMITS.items} columns`)),
    rows: items(v.pipe(v.array(Cell), v.maxLength(LIMITS.items, `expected at most ${LIMITS.items} cells`))),
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
  text: InlineText,
  checked: v.optional(v.boolean()),
});

export const ChecklistSchema = v.pipe(
  v.strictObject({
    type: v.literal('checklist'),
    id: v.optional(Id),
    title: v.optional(InlineText),
    items: items(ChecklistItemSchema),
  }),
  distinctItemIds()
);

export const FaqItemSchema = v.strictObject({
  id: v.optional(Id),
  question: InlineText,
  answer: RichText,
});

export const FaqSchema = v.pipe(
  v.strictObject({
    type: v.literal('faq'),
    id: v.optional(Id),
    title: v.optional(InlineText),
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
  title: InlineText,
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
  title: InlineText,
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


function formatPath(path: v.IssuePathItem[] | undefined): string {
  let out = '';
  for (const item of path ?? []) {
    const key = item.key;
    out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  }
  return out;
}

/**
 * A text field is a union (a string or a tree), and so is each tree node: when every option
 * fails, valibot reports the union and nests each option's issues. The deepest of those says
 * what is wrong (`items[1][0].children[0].href`), so it replaces the union's own message.
 */
function specific(issue: v.BaseIssue<unknown>): v.BaseIssue<unknown>[] {
  if (issue.type !== 'union' || !issue.issues?.length) return [issue];
  // Nested issues carry paths relative to the union.
  const base = issue.path ?? [];
  const nested = issue.issues.flatMap((inner) => specific({ ...inner, path: [...base, ...(inner.path ?? [])] as [v.IssuePathItem, ...v.IssuePathItem[]] }));
  const depth = Math.max(...nested.map((i) => i.path?.length ?? 0));
  return depth > base.length ? nested.filter((i) => (i.path?.length ?? 0) === depth) : [issue];
}

function toIssues(issues: v.BaseIssue<unknown>[]): ContentIssue[] {
  return issues.flatMap(specific).map((issue) => ({
    path: formatPath(issue.path),
    message: issue.message.replace(/^Invalid (\w+): /, (_m, what: string) => `invalid ${what}: `),
  }));
}

/**
 * The first value nested deeper than `LIMITS.jsonDepth`, or any array longer than
 * `LIMITS.items`, found by one walk without recursion, before validation. Validation recurses per
 * level and checks lengths only after checking every item, so a hostile document is refused here
 * first, in time linear in its size.
 */
function tooLarge(input: unknown): ContentIssue | undefined {
  // Each entry keeps its parent and key; a path string is built only for the value refused.
  interface Entry {
    value: unknown;
    depth: number;
    parent?: Entry;
    key?: string | number;
  }
  const pathOf = (entry: Entry): string => {
    let path = '';
    for (let e: Entry | undefined = entry; e?.parent; e = e.parent) path = typeof e.key === 'number' ? `[${e.key}]${path}` : `${e.parent.parent ? '.' : ''}${e.key}${path}`;
    return path;
  };
  const stack: Entry[] = [{ value: input, depth: 0 }];
  while (stack.length) {
    const entry = stack.pop()!;
    const { value, depth } = entry;
    if (!value || typeof value !== 'object') continue;
    if (depth >= LIMITS.jsonDepth) return { path: pathOf(entry), message: `expected values nested at most ${LIMITS.jsonDepth} levels deep` };
    if (Array.isArray(value)) {
      if (value.length > LIMITS.items) return { path: pathOf(entry), message: `expected at most ${LIMITS.items} items` };
      for (let i = 0; i < value.length; i++) if (value[i] && typeof value[i] === 'object') stack.push({ value: value[i], depth: depth + 1, parent: entry, key: i });
    } else {
      for (const key of Object.keys(value)) {
        const child = (value as Record<string, unknown>)[key];
        if (child && typeof child === 'object') stack.push({ value: child, depth: depth + 1, parent: entry, key });
      }
    }
  }
  return undefined;
}

function run<T>(schema: v.GenericSchema<unknown, T>, input: unknown): ValidationResult<T> {
  const large = tooLarge(input);
  if (large) return { ok: false, issues: [large] };
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

const BLOCK_SCHEMAS = {
  paragraph: ParagraphSchema,
  heading: HeadingSchema,
  tldr: TldrSchema,
  list: ListSchema,
  table: TableSchema,
  checklist: ChecklistSchema,
  faq: FaqSchema,
} as const satisfies Record<BlockType, v.GenericSchema>;

/** `validateBlockOf` with the schema of `type` (the elements name their block type, not a schema object). */
export function validateBlockOfType<T extends Block>(type: T['type'], input: unknown, prefix = ''): ValidationResult<T> {
  return validateBlockOf(BLOCK_SCHEMAS[type] as unknown as v.GenericSchema<unknown, T>, type, input, prefix);
}
