/**
 * `<sov-checklist>`: native checkboxes with progress, ticks saved by `PersistenceController`,
 * reset with undo, and form participation through ElementInternals. The class module registers
 * nothing; `sov-checklist.ts` does.
 */
import { html, isServer, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { AnnounceController } from '../controllers/announce-controller.js';
import { ContentController, blockOf } from '../controllers/content-controller.js';
import { PersistenceController, STORAGE_PREFIX, stateOf, type CheckState, type PersistKind } from '../controllers/persistence-controller.js';
import { isCheckMark, splitEmojiNodes } from '../content/emoji.js';
import { inlineText, type Inline } from '../content/rich-text.js';
import { renderHeading } from '../content/heading.js';
import { readText, readTitledList } from '../content/light-dom.js';
import { renderInline } from '../content/render.js';
import type { ChecklistBlock, ChecklistItem } from '../content/schema.js';
import { uniqueIds } from '../content/slug.js';
import { SovElement } from '../sov-element.js';
import { checklistStyles } from './checklist.styles.js';

/** Detail of `sov-change`. */
export interface ChecklistChangeDetail {
  checked: string[];
  total: number;
  complete: boolean;
}

interface Item {
  id: string;
  icon: string | undefined;
  text: Inline[];
  initial: boolean;
}

/** Progress is announced this long after the last change, so a fast user hears one message. */
const ANNOUNCE_DELAY = 700;
/** How long "Undo" is offered after a reset. */
const UNDO_DELAY = 8000;
const KINDS: PersistKind[] = ['local', 'session', 'none'];
/** Checklists whose default key is made from the page alone: neither a key, an id, `src` nor `content`. */
const UNNAMED = 'sov-checklist:not([storage-key]):not([id]):not([src]):not([content])';
let warnedUnnamed = false;

/** Reads a heading (or paragraph) and a `<ul>`/`<ol>`; an `<li>` may hold `<input type="checkbox" checked>`. */
export function readChecklist(host: HTMLElement): Partial<ChecklistBlock> | undefined {
  const authored = readTitledList(host);
  if (!authored) return undefined;
  const items = authored.items.map((li): ChecklistItem => {
      const id = li.getAttribute('data-id') || li.id;
      const checked = !!li.querySelector('input[type="checkbox"][checked]');
      return { ...(id ? { id } : {}), text: readText(li), ...(checked ? { checked } : {}) };
    });
  return { type: 'checklist', ...(authored.title ? { title: authored.title } : {}), items };
}

/**
 * Whether a disabled `<fieldset>` disables `el`: the content of a fieldset's first `<legend>` is
 * not disabled by that fieldset (HTML, "concept-fieldset-disabled").
 */
function inDisabledFieldset(el: Element): boolean {
  for (let fieldset = el.parentElement?.closest('fieldset'); fieldset; fieldset = fieldset.parentElement?.closest('fieldset')) {
    if (!fieldset.disabled) continue;
    const legend = Array.from(fieldset.children).find((child) => child.localName === 'legend');
    if (!legend?.contains(el)) return true;
  }
  return false;
}

/**
 * Items with their ids: the given one, else a slug of the text without its leading emoji. A
 * leading check mark (the article's ✔️) is dropped: beside an empty box it would read as done,
 * and the checkbox already carries that meaning. Other emoji stay as hidden decoration.
 */
function toItems(block: ChecklistBlock): Item[] {
  const split = block.items.map(({ text }): [string | undefined, Inline[]] => {
    const [icon, rest] = splitEmojiNodes(text);
    return rest.length ? [isCheckMark(icon) ? undefined : icon, rest] : [undefined, text];
  });
  const ids = uniqueIds(block.items.map((item, i) => ({ id: item.id, text: inlineText(split[i][1]) })));
  return block.items.map((item, i) => ({ id: ids[i], icon: split[i][0], text: split[i][1], initial: item.checked ?? false }));
}

/**
 * A checklist whose ticks survive reloads, tabs and storage faults, with progress, reset and undo.
 *
 * @tagname sov-checklist
 * @csspart base - The wrapper of everything.
 * @csspart heading - The title.
 * @csspart progress - The native `<progress>` bar.
 * @csspart list - The `<ul>`.
 * @csspart item - Each `<li>`.
 * @csspart label - Each item's `<label>`: the whole row toggles the checkbox.
 * @csspart checkbox - Each native checkbox.
 * @csspart icon - An item's leading emoji other than a check mark (hidden from assistive technology).
 * @csspart controls - The row of the reset and undo buttons.
 * @csspart button - The reset and undo buttons.
 * @csspart status - The polite status region (visually hidden).
 * @csspart error - The error message shown for invalid content.
 * @cssprop [--sov-checklist-check-color=var(--sov-color-accent)] - Colour of the checkboxes (`accent-color`).
 * @cssprop [--sov-checklist-progress-color=var(--sov-color-accent)] - Colour of the progress bar.
 * @fires {ChecklistChangeDetail} sov-change - The user checked, unchecked, reset or undid (detail `{ checked: string[], total: number, complete: boolean }`).
 */
export class SovChecklist extends SovElement<ChecklistBlock> {
  static override styles = checklistStyles;
  static formAssociated = true;

  protected override readonly contentSource = new ContentController<ChecklistBlock>(this, this.language, {
    ...blockOf<ChecklistBlock>('checklist'),
    read: readChecklist,
    structure: 'a heading or paragraph, then a <ul> of items',
  });
  private readonly announcer = new AnnounceController(this);
  private readonly persistence = new PersistenceController(this, { onExternalChange: (items) => this.handleExternalChange(items) });
  // Browsers without ElementInternals (Safari < 16.4) get a checklist that is not a form field.
  private readonly internals?: ElementInternals = 'attachInternals' in HTMLElement.prototype ? this.attachInternals() : undefined;

  /** Level of the title heading (2–6); an authored `h2`–`h6` sets it. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel?: number;

  /** Where ticks are kept: `local` (localStorage), `session` (sessionStorage) or `none`. */
  @property({ reflect: true }) persist: PersistKind = 'local';

  /** Storage key, after the `souverain:checklist:` prefix; by default built from the content source and block id. */
  @property({ attribute: 'storage-key' }) storageKey?: string;

  /** Form field name: the form gets one entry per checked item id under this name. */
  @property({ reflect: true }) name?: string;

  /** Makes the element invalid in its form until every item is checked. */
  @property({ type: Boolean, reflect: true }) required = false;

  /** Disables the checkboxes and buttons. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** The ticks before a reset, while "Undo" is offered. */
  @state() private undoState?: Map<string, boolean>;

  @query('.reset') private resetButton?: HTMLButtonElement;
  @query('.undo') private undoButton?: HTMLButtonElement;

  private items: Item[] = [];
  private states = new Map<string, boolean>();
  private block?: ChecklistBlock;
  private opened?: string;
  private pendingChecked?: string[];
  /** This element's place among the page's unnamed checklists, read once per connection. */
  private unnamedIndex?: number;
  private undoTimer?: ReturnType<typeof setTimeout>;

  /** One `change` listener for every checkbox (see `handleChange`). */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    root.addEventListener('change', this.handleChange);
    return root;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.dropUndo();
    this.unnamedIndex = undefined;
  }

  protected override update(changed: PropertyValues<this>): void {
    // The content controller has run its hostUpdate: derive the items before rendering them.
    this.syncItems();
    super.update(changed);
  }

  protected override updated(): void {
    this.syncFormState();
  }

  /**
   * Every change asks for an update: a tick, a reset, `checked`, `required` or `name` set from
   * script. The form gets the new value and validity at once, so `el.checked = ['a']` followed
   * by `new FormData(form)` or `form.checkValidity()` sees it without waiting for the render.
   */
  override requestUpdate(...args: Parameters<SovElement<ChecklistBlock>['requestUpdate']>): void {
    super.requestUpdate(...args);
    if (this.hasUpdated) this.syncFormState();
  }

  /**
   * Gives the form the current value and validity. Run after each render, on each requested
   * update and on every read of validity (as Material Web's checkbox does), so the form is right
   * before the next render. Content that is not ready (loading, invalid) submits nothing.
   */
  private syncFormState(): void {
    if (!this.internals) return;
    const ready = this.contentSource.state === 'ready' && !!this.block;
    const checked = ready ? this.checked : [];
    const value = new FormData();
    for (const id of checked) value.append(this.name!, id);
    this.internals.setFormValue(this.name && ready ? value : null, ready ? JSON.stringify(checked) : null);
    const missing = this.required && (!ready || checked.length < this.items.length);
    const anchor = this.renderRoot.querySelector<HTMLInputElement>('.checkbox:not(:checked)') ?? undefined;
    if (missing) this.internals.setValidity({ valueMissing: true }, this.language.strings.required, anchor);
    else this.internals.setValidity({});
  }

  /** @internal */
  formResetCallback(): void {
    this.setAll((item) => item.initial);
  }

  /** @internal */
  formDisabledCallback(): void {
    // A disabled fieldset changed. The callback also runs while Lit reflects `disabled`, mid-update,
    // so render reads the property and the fieldset rather than the value passed here.
    this.requestUpdate();
  }

  /** @internal Restores the ticks the browser kept for this form (back navigation, autofill). */
  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state !== 'string') return;
    let ids: unknown;
    try {
      ids = JSON.parse(state);
    } catch {
      return;
    }
    if (Array.isArray(ids)) this.checked = ids.map(String);
  }

  protected override serverUpdate(): void {
    // No storage on the server: the content's own ticks.
    const block = this.contentSource.value;
    if (!block || block === this.block) return;
    this.block = block;
    this.items = toItems(block);
    this.states = new Map(this.items.map((item) => [item.id, item.initial]));
  }

  protected override hydrationContent(value: ChecklistBlock): unknown {
    return { ...value, items: toItems(value) };
  }

  protected override hydrationState(): string {
    return this.checked.join(' ');
  }

  private syncItems(): void {
    const block = this.contentSource.value;
    if (!block) return;
    const kind = KINDS.includes(this.persist) ? this.persist : 'local';
    const key = STORAGE_PREFIX + (this.storageKey || this.defaultKey(block));
    const opened = `${kind} ${key}`;
    if (block === this.block && opened === this.opened) return;
    const previous = opened === this.opened ? this.states : undefined;
    if (!previous) {
      this.persistence.open(kind, key);
      this.dropUndo();
    }
    this.block = block;
    this.opened = opened;
    this.items = toItems(block);
    this.states = new Map(this.items.map((item) => [item.id, previous?.get(item.id) ?? this.persistence.stored(item.id) ?? item.initial]));
    if (this.pendingChecked) {
      const ids = new Set(this.pendingChecked);
      this.pendingChecked = undefined;
      this.setAll((item) => ids.has(item.id));
    }
  }

  private defaultKey(block: ChecklistBlock): string {
    const source = this.contentSource;
    let origin = source.source === 'data' ? `data:${location.pathname}` : source.origin;
    if (block.id && !origin.endsWith(`#${block.id}`)) origin += `#${block.id}`;
    // Keyed by the page alone, two checklists would share one record and tick each other's
    // items: the second unnamed one on the page gets `:2`, and so on (the first keeps the key
    // it always had). Reordering them changes the keys, hence the warning.
    if (!block.id && !this.id && source.source !== 'src' && source.source !== 'content') {
      const root = this.getRootNode() as Document | ShadowRoot;
      this.unnamedIndex ??= 'querySelectorAll' in root ? Array.from(root.querySelectorAll(UNNAMED)).indexOf(this) : -1;
      if (this.unnamedIndex > 0) {
        origin += `:${this.unnamedIndex + 1}`;
        if (!warnedUnnamed) {
          warnedUnnamed = true;
          console.warn('[souverain] <sov-checklist>: several checklists here have no storage-key or id, so their ticks are saved by position on the page; give each a storage-key.');
        }
      }
    }
    return origin;
  }

  /** Sets every item's state programmatically, and saves. */
  private setAll(value: (item: Item) => boolean): void {
    this.dropUndo();
    for (const item of this.items) this.states.set(item.id, value(item));
    this.save();
    this.requestUpdate();
  }

  private save(): void {
    this.persistence.save(Object.fromEntries(this.states));
  }

  private dropUndo(): void {
    clearTimeout(this.undoTimer);
    this.undoState = undefined;
  }

  private progressText(): string {
    const t = this.language.strings;
    const done = this.checked.length;
    const total = this.items.length;
    return done === total ? `${t.progress(done, total)}. ${t.complete}` : t.progress(done, total);
  }

  /** Saves, announces and fires `sov-change` after a user action. */
  private commit(message: () => string, delay = ANNOUNCE_DELAY): void {
    this.save();
    this.requestUpdate();
    this.announcer.announce(message, { delay });
    const checked = this.checked;
    const detail: ChecklistChangeDetail = { checked, total: this.items.length, complete: checked.length === this.items.length };
    this.dispatchEvent(new CustomEvent('sov-change', { bubbles: true, composed: true, detail }));
  }

  /**
   * The checkboxes' one listener: the item is found from its `<li>`'s place in the list, which
   * `repeat` keeps in the order of `this.items` (events run between updates, never within one).
   */
  private readonly handleChange = (event: Event): void => {
    const box = event.target as HTMLInputElement;
    const li = box.classList.contains('checkbox') ? box.closest('li') : null;
    const item = li?.parentElement ? this.items[Array.prototype.indexOf.call(li.parentElement.children, li)] : undefined;
    if (!item) return;
    this.dropUndo();
    this.states.set(item.id, box.checked);
    this.commit(() => this.progressText());
  };

  private async handleReset(): Promise<void> {
    if (!this.checked.length) return; // aria-disabled: stays focusable, does nothing
    const before = new Map(this.states);
    for (const id of this.states.keys()) this.states.set(id, false);
    this.commit(() => this.language.strings.resetDone, 100);
    clearTimeout(this.undoTimer);
    this.undoState = before;
    this.undoTimer = setTimeout(() => this.handleUndoExpired(), UNDO_DELAY);
    await this.updateComplete;
    this.undoButton?.focus();
  }

  private async handleUndo(): Promise<void> {
    const before = this.undoState;
    if (!before) return;
    this.dropUndo();
    for (const [id, value] of before) if (this.states.has(id)) this.states.set(id, value);
    this.commit(() => this.progressText());
    await this.updateComplete;
    this.resetButton?.focus();
  }

  private async handleUndoExpired(): Promise<void> {
    const focused = !!this.undoButton && this.renderRoot instanceof ShadowRoot && this.renderRoot.activeElement === this.undoButton;
    this.undoState = undefined;
    await this.updateComplete;
    if (focused) this.resetButton?.focus();
  }

  private handleExternalChange(items: CheckState | undefined): void {
    for (const item of this.items) this.states.set(item.id, stateOf(items, item.id) ?? item.initial);
    this.requestUpdate();
  }

  /** The ids of the checked items, in list order; setting it checks exactly those items (no `sov-change`). */
  get checked(): string[] {
    if (!this.block) return [...(this.pendingChecked ?? [])];
    return this.items.filter((item) => this.states.get(item.id)).map((item) => item.id);
  }

  set checked(ids: string[]) {
    const list = Array.isArray(ids) ? ids.map(String) : [];
    if (!this.block) {
      this.pendingChecked = list;
      return;
    }
    const set = new Set(list);
    this.setAll((item) => set.has(item.id));
  }

  /** The form this element belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.internals?.form ?? null;
  }

  /** The element's validity state (`valueMissing` while `required` and not every item is checked). */
  get validity(): ValidityState | undefined {
    this.syncFormState();
    return this.internals?.validity;
  }

  /** The message shown when the element is invalid. */
  get validationMessage(): string {
    this.syncFormState();
    return this.internals?.validationMessage ?? '';
  }

  /** Whether the element takes part in constraint validation. */
  get willValidate(): boolean {
    this.syncFormState();
    return this.internals?.willValidate ?? false;
  }

  /** Unchecks every item and saves, without `sov-change` and without offering "Undo" (keep `checked` first to restore it). */
  reset(): void {
    this.setAll(() => false);
  }

  /** Whether the element is valid; fires `invalid` when not. */
  checkValidity(): boolean {
    this.syncFormState();
    return this.internals?.checkValidity() ?? true;
  }

  /** Like `checkValidity()`, and shows the browser's message on the first unchecked box. */
  reportValidity(): boolean {
    this.syncFormState();
    return this.internals?.reportValidity() ?? true;
  }

  /**
   * One item: the label holds the native checkbox and the text (no wrapper around the text; an
   * emoji, when there is one, is a hidden span before it). The checkboxes' `disabled` comes from
   * the group's `<fieldset>`, their `change` from one listener on the shadow root.
   */
  private renderItem(item: Item) {
    const checked = this.states.get(item.id) ?? false;
    const text = renderInline(item.text);
    return item.icon
      ? html`<li class="item" part="item"><label class="label iconic" part="label"><input class="checkbox" part="checkbox" type="checkbox" .checked=${checked} /><span class="icon" part="icon" aria-hidden="true">${item.icon}</span>${text}</label></li>`
      : html`<li class="item" part="item"><label class="label" part="label"><input class="checkbox" part="checkbox" type="checkbox" .checked=${checked} />${text}</label></li>`;
  }

  protected override renderContent(block: ChecklistBlock) {
    const t = this.language.strings;
    const level = this.levelFor(this.headingLevel, 3);
    const disabled = this.disabled || (!isServer && inDisabledFieldset(this));
    const done = this.checked.length;
    const total = this.items.length;
    return html`<div class="root ${disabled ? 'disabled' : ''}" part="base">
      ${block.title ? renderHeading(level, renderInline(block.title), 'heading', 'heading') : nothing}
      <div class="summary" lang=${this.language.ui}>
        <label class="caption" for="progress">${t.progressLabel}</label>
        <span class="count" aria-hidden="true">${done} / ${total}</span>
        <progress id="progress" class="bar" part="progress" max=${total} .value=${done} aria-valuetext=${t.progress(done, total)}></progress>
        ${done === total ? html`<span class="done">${t.complete}</span>` : nothing}
      </div>
      <!-- APG checkbox pattern: a set of checkboxes is a group, named by the title. A fieldset, so
           that its disabled state disables every checkbox (no binding per item). -->
      <fieldset class="group" role="group" aria-labelledby=${ifDefined(block.title ? 'heading' : undefined)} ?disabled=${disabled}>
        <ul class="list" part="list" role="list">
          ${repeat(this.items, (item) => item.id, (item) => this.renderItem(item))}
        </ul>
      </fieldset>
      <div class="controls" part="controls" lang=${this.language.ui}>
        <button class="button reset" part="button" type="button" ?disabled=${disabled} aria-disabled=${done ? 'false' : 'true'} @click=${this.handleReset}>${t.reset}</button>
        ${this.undoState && !disabled ? html`<button class="button undo" part="button" type="button" @click=${this.handleUndo}>${t.undo}</button>` : nothing}
      </div>
      <div class="status visually-hidden" part="status" role="status" lang=${this.language.ui}>${this.announcer.text}</div>
    </div>`;
  }
}
