/**
 * Resolves an element's content from exactly one source, the most explicit first: the `data`
 * property, `src` (a JSON document or block, `#id` picks a block), `content` (a bundled pack,
 * `#id` picks a block), an inline `<script type="application/json">` child, then the authored
 * light-DOM HTML. The result is validated; any failure becomes an error state that
 * the element renders, and one console error naming the element and the paths.
 *
 * Authored HTML that the reader built well-formed (`well-formed.ts`) is used as read; everything
 * else goes through the schema, which is loaded on first need (`validator.ts`), so a page of
 * authored HTML never loads it.
 *
 * Light-DOM sources are re-read when the authored children change (a CMS may stream them in
 * after the element upgraded); `src` requests are aborted when `src` changes or the element
 * disconnects, so the last value always wins.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ContentError, fetchJson, loadPack, packLanguage, packVersion, watchPacks } from '../content/packs.js';
import { formatIssues, type ContentIssue, type ValidationResult } from '../content/issues.js';
import type { ArticleDocument, Block } from '../content/schema.js';
import { loadSchema, schemaLoaded, type SchemaModule } from '../content/validator.js';
import { wellFormed } from '../content/well-formed.js';
import type { LanguageController } from './language-controller.js';

export interface ContentHost extends ReactiveControllerHost, HTMLElement {
  data?: unknown;
  src?: string | null | undefined;
  content?: string | null | undefined;
  readonly hasUpdated: boolean;
}

export type ContentSource = 'data' | 'src' | 'content' | 'json' | 'html';

export interface ContentFailure {
  /** What went wrong, in English (shown with `lang="en"` and logged). */
  message: string;
  /** Problems with their paths, when the content was read but is invalid. */
  issues: ContentIssue[];
}

interface Options<V> {
  /** Picks and validates the value from a parsed JSON value (document or block) and a fragment, with the schema module. */
  select(value: unknown, fragment: string | undefined, schema: SchemaModule): ValidationResult<V>;
  /** True when what `read` returned can be used as it is, without the schema (see `well-formed.ts`). */
  wellFormed?(value: unknown): value is V;
  /** Reads the authored light DOM; `undefined` when there is none. */
  read?(host: HTMLElement): unknown;
  /**
   * For an element that shows its authored HTML in place: whether that HTML has the structure
   * the element shows. Then it is used as it is — ready, with no value: never read into a model —
   * and `read` is not called.
   */
  shownAsIs?(host: HTMLElement): boolean;
  /** The authored structure the reader expects, for the error shown when it finds none. */
  structure?: string;
}

/** Elements already warned about having no content. */
const warnedEmpty = new WeakSet<Element>();

/** The authored text of an element, without our generated nodes, trimmed. */
function authoredText(host: Element): string {
  let text = '';
  for (let child = host.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === Node.TEXT_NODE) text += (child as Text).data;
    else if (child instanceof Element && !child.hasAttribute('data-sov-generated') && child.localName !== 'script' && child.localName !== 'style') text += child.textContent ?? '';
  }
  return text.trim();
}

/** Issues listed in the console and in the element; a huge broken document has thousands. */
export const MAX_ISSUES = 10;

const SOURCE_NAMES: Record<ContentSource, string> = {
  data: 'the data property',
  src: 'src',
  content: 'content pack',
  json: 'inline JSON',
  html: 'authored HTML',
};

function split(ref: string): [string, string | undefined] {
  const hash = ref.indexOf('#');
  if (hash < 0) return [ref, undefined];
  const raw = ref.slice(hash + 1);
  let id = raw;
  try {
    id = decodeURIComponent(raw);
  } catch {
    // A malformed escape (`#%E0`) names the block as written.
  }
  return [ref.slice(0, hash), id || undefined];
}

function isDocument(value: unknown): boolean {
  return !!value && typeof value === 'object' && 'blocks' in value;
}

/** Selection for elements that render one block of `type`, validated with that type's schema. */
export function blockOf<T extends Block>(type: T['type']): Pick<Options<T>, 'select' | 'wellFormed'> {
  const select: Options<T>['select'] = (value, fragment, schema) => {
    if (!isDocument(value)) {
      if (fragment) return { ok: false, issues: [{ path: '', message: `#${fragment} names a block, but the source is a single block, not a document` }] };
      return schema.validateBlockOfType<T>(type, value);
    }
    const doc = schema.validateEnvelope(value);
    if (!doc.ok) return doc;
    const blocks = doc.value.blocks;
    const index = fragment ? blocks.findIndex((b) => b.id === fragment) : blocks.findIndex((b) => b.type === type);
    if (index < 0) {
      const message = fragment
        ? `no block with id "${fragment}" (ids: ${blocks.flatMap((b) => (b.id ? [b.id] : [])).join(', ')})`
        : `no "${type}" block in the document`;
      return { ok: false, issues: [{ path: 'blocks', message }] };
    }
    const block = blocks[index];
    if (block.type !== type) {
      return { ok: false, issues: [{ path: `blocks[${index}]`, message: `"${fragment}" is a "${block.type}" block, expected "${type}"` }] };
    }
    return schema.validateBlockOfType<T>(type, block, `blocks[${index}]`);
  };
  return { select, wellFormed: (value): value is T => wellFormed<T>(type, value) };
}

/** Selection for `<sov-article>`: the whole document. */
export function wholeDocument(value: unknown, fragment: string | undefined, schema: SchemaModule): ValidationResult<ArticleDocument> {
  if (fragment) return { ok: false, issues: [{ path: '', message: `<sov-article> renders a whole document; remove "#${fragment}"` }] };
  return schema.validateDocument(value);
}

export class ContentController<V> implements ReactiveController {
  /** `empty` (no source at all), `loading`, `ready` or `error`. */
  state: 'empty' | 'loading' | 'ready' | 'error' = 'empty';
  /** The validated content, when ready (none for authored HTML an element shows as it is, see `shownAsIs`). */
  value?: V;
  /** The failure, when in error. */
  error?: ContentFailure;
  /** Which source supplied the content (or failed). */
  source?: ContentSource;
  /** A stable description of where the content came from (`content:pack#id`, `src:url`, …), used for storage keys. */
  origin = '';

  private key?: unknown;
  private abort?: AbortController;
  private observer?: MutationObserver;
  private lightDomVersion = 0;
  private loggedError = '';
  private detachedSignature = '';
  private unwatchPacks?: () => void;
  private emptyCheck?: ReturnType<typeof setTimeout>;
  private validating?: Promise<unknown>;

  constructor(
    private readonly host: ContentHost,
    private readonly lang: LanguageController,
    private readonly options: Options<V>
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // A pack registered (again) after this element asked for it: the content key changes.
    this.unwatchPacks = watchPacks((id) => {
      if (this.host.content && split(this.host.content)[0] === id) this.host.requestUpdate();
    });
    this.observer = new MutationObserver((records) => this.handleMutations(records));
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['checked', 'href', 'data-sort-value', 'open'] });
    if (this.host.hasUpdated) {
      // Authored children changed while the element was detached (no observer then): read them again.
      if ((this.source === 'html' || this.source === 'json') && this.lightDomSignature() !== this.detachedSignature) {
        this.lightDomVersion++;
        this.host.requestUpdate();
      }
      // Reconnected after a pending request was aborted: load again.
      if (this.key === undefined) this.host.requestUpdate();
    }
  }

  /**
   * Changes to our own generated nodes (content built from JSON, JSON-LD, an icon wrapper) —
   * their text, or adding and removing them — are not authored content; any other change is.
   */
  private handleMutations(records: readonly MutationRecord[]): void {
    const generated = (node: Node) => !!(node instanceof Element ? node : node.parentElement)?.closest('[data-sov-generated]');
    const ours = (r: MutationRecord) => generated(r.target) || (r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every(generated) && r.addedNodes.length + r.removedNodes.length > 0);
    if (records.some((r) => !ours(r))) {
      this.lightDomVersion++;
      this.host.requestUpdate();
    }
  }

  /**
   * Runs a change the element makes to the authored nodes themselves (enhancing them in place)
   * without it counting as an authored edit: the edits already queued are handled first, the
   * records of the change are then dropped.
   */
  withoutObserving(change: () => void): void {
    const observer = this.observer;
    if (observer) this.handleMutations(observer.takeRecords());
    try {
      change();
    } finally {
      observer?.takeRecords();
    }
  }

  hostDisconnected(): void {
    clearTimeout(this.emptyCheck);
    this.emptyCheck = undefined;
    this.detachedSignature = this.lightDomSignature();
    this.unwatchPacks?.();
    this.unwatchPacks = undefined;
    this.observer?.disconnect();
    this.observer = undefined;
    this.abort?.abort();
    this.abort = undefined;
    // A pending request was aborted: forget the key so reconnecting loads again.
    if (this.state === 'loading') this.key = undefined;
  }

  hostUpdate(): void {
    const host = this.host;
    let source: ContentSource | undefined;
    let key: unknown;
    if (host.data !== undefined && host.data !== null) {
      source = 'data';
      key = host.data;
    } else if (/^\[object \w+\]$/.test(host.getAttribute('data') ?? '')) {
      // An object written as an attribute: React 19 does this when the tag is not defined yet at
      // render time (the element module imported lazily, after the first render); the object is
      // lost, so say how to fix it instead of rendering nothing.
      source = 'data';
      key = `attribute\u0000${host.getAttribute('data')}`;
    } else if (host.src) {
      source = 'src';
      key = `src\u0000${host.src}`;
    } else if (host.content) {
      source = 'content';
      const id = split(host.content)[0];
      key = `content\u0000${host.content}\u0000${packLanguage(id, this.lang.lang) ?? ''}\u0000${packVersion(id)}`;
    } else {
      source = host.querySelector(':scope > script[type="application/json"]') ? 'json' : 'html';
      key = `${source}\u0000${this.lightDomVersion}`;
    }
    if (key === this.key) return;
    this.key = key;
    this.abort?.abort();
    this.abort = undefined;
    this.source = source;
    switch (source) {
      case 'data':
        this.origin = 'data';
        if (host.data === undefined || host.data === null) {
          const tag = host.localName;
          this.fail({
            message: `the data attribute holds "${host.getAttribute('data')}": an object was set as an attribute, so it is lost. <${tag}> was not defined yet when it was rendered (React 19 does this when the element module is imported after the first render). Import 'souverain/all.js' or 'souverain/${tag}.js' before rendering, or set the data property once the element is defined.`,
            issues: [],
          });
          break;
        }
        this.validate(host.data, undefined);
        break;
      case 'src':
        this.load(host.src!);
        break;
      case 'content':
        this.loadPack(host.content!);
        break;
      case 'json':
        this.readJson();
        break;
      case 'html':
        this.readHtml();
        break;
    }
  }

  /** Server rendering: only the `data` property is read (the renderer passes content that way). */
  serverUpdate(): void {
    if (this.host.data === undefined || this.host.data === null || this.host.data === this.key) return;
    this.key = this.host.data;
    this.source = 'data';
    this.origin = 'data';
    const schema = schemaLoaded();
    if (!schema) throw new Error('the server renderer validates with the schema: call provideSchema() first');
    this.settle(this.options.select(this.host.data, undefined, schema));
  }

  /**
   * Settles while the schema is loaded on first need (a local chunk, not a request for content):
   * `updateComplete` waits for it, so `el.data = …; await el.updateComplete` shows the content.
   */
  get validation(): Promise<unknown> | undefined {
    return this.validating;
  }

  /**
   * A fingerprint of the authored children, to notice edits made while detached: a hash of
   * every node's name, attributes and text, skipping our own generated nodes (JSON-LD), which
   * come and go with the connection. One pass over the light DOM, on disconnect and reconnect.
   */
  private lightDomSignature(): string {
    let hash = 0x811c9dc5;
    const mix = (text: string) => {
      for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
      hash = Math.imul(hash ^ 0xff, 0x01000193); // a separator, so "ab"+"c" differs from "a"+"bc"
    };
    const walk = (node: Node) => {
      for (let child = node.firstChild; child; child = child.nextSibling) {
        if (child instanceof Element) {
          if (child.hasAttribute('data-sov-generated')) continue;
          mix(`<${child.localName}`);
          for (const attr of Array.from(child.attributes)) mix(`${attr.name}=${attr.value}`);
          walk(child);
          mix('>');
        } else if (child.nodeType === Node.TEXT_NODE || child.nodeType === Node.CDATA_SECTION_NODE) {
          mix((child as CharacterData).data);
        }
      }
    };
    walk(this.host);
    return String(hash >>> 0);
  }

  private readJson(): void {
    const script = this.host.querySelector(':scope > script[type="application/json"]')!;
    this.origin = `json:${location.pathname}${this.host.id ? `#${this.host.id}` : ''}`;
    let value: unknown;
    try {
      value = JSON.parse(script.textContent ?? '');
    } catch (error) {
      this.fail({ message: `inline JSON is not valid JSON (${(error as Error).message})`, issues: [] });
      return;
    }
    this.validate(value, undefined);
  }

  /** Validates with the schema: at once when it is loaded, else once it is. */
  private validate(value: unknown, fragment: string | undefined): void {
    const schema = schemaLoaded();
    if (schema) {
      this.settle(this.options.select(value, fragment, schema));
      return;
    }
    const controller = (this.abort = new AbortController());
    const validating = (this.validating = this.pending(
      loadSchema().then((module) => this.options.select(value, fragment, module)),
      controller
    ).finally(() => {
      if (this.validating === validating) this.validating = undefined;
    }));
  }

  private readHtml(): void {
    this.origin = `html:${location.pathname}${this.host.id ? `#${this.host.id}` : ''}`;
    if (this.options.shownAsIs?.(this.host)) {
      this.state = 'ready';
      this.value = undefined;
      this.error = undefined;
      this.loggedError = '';
      return;
    }
    const value = this.options.read?.(this.host);
    if (value !== undefined) {
      if (this.options.wellFormed?.(value)) this.settle({ ok: true, value });
      else this.validate(value, undefined);
      return;
    }
    // No recognised structure. Text left behind is an error a reader can see: most often a CMS
    // removed the tags around it (the <script> of inline JSON, or <details>/<ul>).
    const text = authoredText(this.host);
    if (text) {
      let json = false;
      try {
        json = /^[[{]/.test(text) && typeof JSON.parse(text) === 'object';
      } catch {
        // Not JSON: text without structure.
      }
      this.fail({
        message: json
          ? 'the element holds JSON as text: its <script type="application/json"> wrapper was removed, probably by the page’s editor or HTML filter. Inline JSON is for templates; in a CMS use the content or src attribute, or authored HTML'
          : `authored HTML without a recognised structure: expected ${this.options.structure ?? 'the element’s authored HTML'}`,
        issues: [],
      });
      return;
    }
    this.state = 'empty';
    this.value = undefined;
    this.error = undefined;
    this.warnEmpty();
  }

  /**
   * An element with no source at all usually lost it on the way to the page: a filter stripped
   * its attributes, or wpautop closed it before its content. Say so once, after the page has
   * loaded (scripts may still set `data` until then).
   */
  private warnEmpty(): void {
    if (this.emptyCheck || warnedEmpty.has(this.host)) return;
    const check = () => {
      this.emptyCheck = undefined;
      if (!this.host.isConnected || this.state !== 'empty' || warnedEmpty.has(this.host)) return;
      warnedEmpty.add(this.host);
      console.warn(
        `[souverain] <${this.host.localName}> has no content: no data, src or content attribute and no authored HTML inside it. A CMS or HTML filter may have removed its attributes or content, or WordPress's wpautop may have closed it before its content; see the CMS recipes in the docs.`
      );
    };
    this.emptyCheck = document.readyState === 'complete' ? setTimeout(check, 0) : setTimeout(() => (document.readyState === 'complete' ? check() : window.addEventListener('load', () => setTimeout(check, 0), { once: true })), 0);
  }

  private load(src: string): void {
    const [url, fragment] = split(src);
    const controller = (this.abort = new AbortController());
    if (!url.trim()) {
      // `src="#id"` would fetch this very page, an HTML document: say what is missing instead.
      this.origin = `src:${src}`;
      this.fail({ message: `src "${src}" names no document: src needs the URL of a JSON document (src="faq.json${src}")`, issues: [] });
      return;
    }
    let absolute: string;
    try {
      absolute = new URL(url, document.baseURI).href;
    } catch {
      this.origin = `src:${src}`;
      this.fail({ message: `src "${src}" is not a valid URL`, issues: [] });
      return;
    }
    this.origin = `src:${absolute}${fragment ? `#${fragment}` : ''}`;
    void this.pending(
      Promise.all([fetchJson(absolute, controller.signal), loadSchema()]).then(([value, schema]) => this.options.select(value, fragment, schema)),
      controller
    );
  }

  private loadPack(ref: string): void {
    const [id, fragment] = split(ref);
    const controller = (this.abort = new AbortController());
    this.origin = `content:${ref}`;
    void this.pending(
      Promise.all([loadPack(id, this.lang.lang), loadSchema()]).then(([doc, schema]) => this.options.select(doc, fragment, schema)),
      controller
    );
  }

  private pending(promise: Promise<ValidationResult<V>>, controller: AbortController): Promise<void> {
    this.state = 'loading';
    return promise.then(
      (result) => {
        if (controller.signal.aborted) return;
        this.settle(result);
        this.host.requestUpdate();
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const failure = error instanceof ContentError ? { message: error.message, issues: error.issues } : { message: String((error as Error)?.message ?? error), issues: [] };
        this.fail(failure);
        this.host.requestUpdate();
      }
    );
  }

  /** A failure after the content was read (the code that shows it could not load): the error state, shown and logged. */
  reportFailure(message: string): void {
    this.fail({ message, issues: [] });
  }

  private settle(result: ValidationResult<V>): void {
    if (result.ok) {
      this.state = 'ready';
      this.value = result.value;
      this.error = undefined;
      this.loggedError = '';
    } else {
      this.fail({ message: `invalid content from ${SOURCE_NAMES[this.source!]}`, issues: result.issues });
    }
  }

  private fail(failure: ContentFailure): void {
    this.state = 'error';
    this.value = undefined;
    this.error = failure;
    const shown = failure.issues.slice(0, MAX_ISSUES);
    const more = failure.issues.length - shown.length;
    const text = `[souverain] <${this.host.localName}>: ${failure.message}${shown.length ? `\n${formatIssues(shown)}` : ''}${more > 0 ? `\n… and ${more} more` : ''}`;
    if (text !== this.loggedError) {
      this.loggedError = text;
      console.error(text);
    }
  }
}

