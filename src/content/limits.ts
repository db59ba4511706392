/**
 * The content model's limits and identifier rule, shared by the schema (`schema.ts`, which
 * states them with their error messages) and by the check of light-DOM content
 * (`well-formed.ts`), which must accept nothing the schema refuses.
 */
/**
 * Limits on what any source may hold. Content past them is refused with a path and a message
 * before any parsing, so a hostile or broken document costs at most a linear scan.
 */
export const LIMITS = {
  /** Characters of one inline text (a title, an item, a cell), as Markdown or as tree text. */
  inlineLength: 5_000,
  /** Characters of one rich text (a paragraph block, an FAQ answer). */
  richLength: 50_000,
  /** Items of one block (points, rows, questions), columns of a table, blocks of a document. */
  items: 5_000,
  /** Nesting of formatting (strong inside emphasis inside a link…). */
  depth: 8,
  /** Nesting of any JSON value given to the validator (guards the recursive validation). */
  jsonDepth: 64,
  /** Characters of a list item's icon (an emoji, possibly with modifiers). */
  iconLength: 16,
} as const;

/**
 * The names every page's `window` inherits from `Object.prototype` and `EventTarget.prototype`
 * that an id could shadow: an element's id becomes a named property of `window`, which sits
 * above those prototypes, so `<details id="addEventListener">` would replace
 * `window.addEventListener` for every script on the page (DOM clobbering). Properties of `window`
 * itself and of `Window.prototype` (`location`, `alert`, `document`…) are not affected.
 * `when` is the Observable API's `EventTarget.prototype.when` (Chromium 156, which the tests run, has it).
 */
export const CLOBBERING_IDS = ['addEventListener', 'constructor', 'dispatchEvent', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', 'removeEventListener', 'toLocaleString', 'toString', 'valueOf', 'when'] as const;

/** A block's or an item's id: letters, digits, "-" or "_", starting with a letter, and none of `CLOBBERING_IDS`. */
export const ID_PATTERN = new RegExp(`^(?!(?:${CLOBBERING_IDS.join('|')})$)[A-Za-z][\\w-]*$`);
