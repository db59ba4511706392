/**
 * Keeps a checklist's ticks in Web Storage, so they survive reloads and stay in sync across
 * tabs. The stored value is a versioned record keyed by item id (`{ "v": 1, "items": { "id":
 * true }, "updated": 1700000000000 }`), so adding, removing or reordering items keeps the state
 * of the others.
 *
 * Storage is never trusted: every call is wrapped, because reading `localStorage` throws in a
 * sandboxed iframe or with cookies blocked, and writing throws when the quota is full. When
 * storage fails the ticks live in memory and one warning is logged. A value under the key that
 * is not a record of this version (corrupted, foreign, or written by a newer version) is never
 * overwritten without first copying it to `<key>:backup:<time>`; if that copy cannot be made,
 * nothing is ever written to the key.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where ticks are kept: `localStorage`, `sessionStorage`, or nowhere. */
export type PersistKind = 'local' | 'session' | 'none';

/** Checked state by item id. */
export type CheckState = Record<string, boolean>;

/** The stored record. */
export interface ChecklistRecord {
  v: typeof RECORD_VERSION;
  items: CheckState;
  updated: number;
}

export const RECORD_VERSION = 1;
export const STORAGE_PREFIX = 'souverain:checklist:';

/** A fresh state object without a prototype, so ids such as "constructor" read as absent. */
export function emptyState(): CheckState {
  return Object.create(null) as CheckState;
}

/** The stored state of `id`, or `undefined` when the record has none. */
export function stateOf(state: CheckState | undefined, id: string): boolean | undefined {
  return state && Object.hasOwn(state, id) ? state[id] : undefined;
}

/** Reads a stored value: the record's items, or why it cannot be used. */
export function parseRecord(raw: string): { ok: true; items: CheckState } | { ok: false; reason: string } {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'it is not valid JSON' };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { ok: false, reason: 'it is not a checklist record' };
  const { v, items } = value as { v?: unknown; items?: unknown };
  if (typeof v === 'number' && v > RECORD_VERSION) return { ok: false, reason: `it was written by a newer version (v${v})` };
  if (v !== RECORD_VERSION || !items || typeof items !== 'object' || Array.isArray(items) || !Object.values(items).every((b) => typeof b === 'boolean')) {
    return { ok: false, reason: 'it is not a checklist record' };
  }
  return { ok: true, items: Object.assign(emptyState(), items) };
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

export interface PersistenceOptions {
  /** Another tab, or another element on this page, changed the record; `undefined` when it was removed. */
  onExternalChange(items: CheckState | undefined): void;
}

/** Connected controllers, so elements on one page sharing a key stay in sync (storage events only reach other tabs). */
const peers = new Set<PersistenceController>();

export class PersistenceController implements ReactiveController {
  private kind: PersistKind = 'none';
  private key = '';
  /** Every item state the record holds, including items this list no longer shows. */
  private known = emptyState();
  /** True when nothing may be written: storage is unusable, or an unreadable value could not be copied. */
  private memoryOnly = false;
  /** A value found under the key that is not ours: copied to a backup key before the first write. */
  private unreadable?: string;
  private warned = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: PersistenceOptions
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('storage', this.handleStorage);
    peers.add(this);
  }

  hostDisconnected(): void {
    window.removeEventListener('storage', this.handleStorage);
    peers.delete(this);
  }

  /** Switches to a storage kind and key, and returns the stored state (`undefined` when there is none to use). */
  open(kind: PersistKind, key: string): CheckState | undefined {
    this.kind = kind;
    this.key = key;
    this.known = emptyState();
    this.memoryOnly = false;
    this.unreadable = undefined;
    if (kind === 'none') return undefined;
    let raw: string | null;
    try {
      raw = this.area().getItem(key);
    } catch (error) {
      this.memoryOnly = true;
      this.warn(`${kind}Storage cannot be read (${describe(error)}); ticks are kept on this page only`);
      return undefined;
    }
    return this.accept(raw);
  }

  /** The saved state of one item as this page knows it, or `undefined` when the record has none. */
  stored(id: string): boolean | undefined {
    return stateOf(this.known, id);
  }

  /** Saves the state of the shown items, keeping the states of items it does not mention. */
  save(state: CheckState): void {
    if (this.kind === 'none') return;
    this.known = Object.assign(emptyState(), this.known, state);
    const written = this.write();
    for (const peer of peers) {
      if (peer !== this && peer.kind === this.kind && peer.key === this.key) peer.receive(this.known, written);
    }
  }

  private area(): Storage {
    // Reading the property itself throws a SecurityError in sandboxed iframes and with storage
    // blocked. Reflect.get, not `window.localStorage`: in WebKit, once that read was optimised,
    // it kept returning the original storage after a page script redefined the property.
    return Reflect.get(window, this.kind === 'session' ? 'sessionStorage' : 'localStorage') as Storage;
  }

  private write(): boolean {
    if (this.memoryOnly) return false;
    let area: Storage;
    try {
      area = this.area();
    } catch (error) {
      this.memoryOnly = true;
      this.warn(`${this.kind}Storage cannot be used (${describe(error)}); ticks are kept on this page only`);
      return false;
    }
    if (this.unreadable !== undefined) {
      const backup = `${this.key}:backup:${Date.now()}`;
      try {
        area.setItem(backup, this.unreadable);
      } catch (error) {
        // Without a copy, the value is never overwritten.
        this.memoryOnly = true;
        this.warn(`the value under "${this.key}" cannot be copied to "${backup}" (${describe(error)}); it is left as is and ticks are kept on this page only`);
        return false;
      }
      this.unreadable = undefined;
    }
    const record: ChecklistRecord = { v: RECORD_VERSION, items: this.known, updated: Date.now() };
    try {
      area.setItem(this.key, JSON.stringify(record));
      return true;
    } catch (error) {
      this.warn(`ticks cannot be saved to ${this.kind}Storage (${describe(error)}); they are kept on this page only`);
      return false;
    }
  }

  /** Takes a raw stored value: its items when it is a record of ours, else remembers it for a backup. */
  private accept(raw: string | null): CheckState | undefined {
    this.known = emptyState();
    if (raw === null) return undefined;
    const parsed = parseRecord(raw);
    if (parsed.ok) {
      this.unreadable = undefined;
      this.known = parsed.items;
      return Object.assign(emptyState(), parsed.items);
    }
    this.unreadable = raw;
    this.warn(`the value saved under "${this.key}" is kept as is because ${parsed.reason}; it is copied to "${this.key}:backup:<time>" before the first save`);
    return undefined;
  }

  /** A peer on this page saved the same key. */
  private receive(items: CheckState, written: boolean): void {
    this.known = Object.assign(emptyState(), items);
    if (written) this.unreadable = undefined;
    this.options.onExternalChange(Object.assign(emptyState(), items));
  }

  private warn(message: string): void {
    if (this.warned) return;
    this.warned = true;
    console.warn(`[souverain] <${this.host.localName}>: ${message}`);
  }

  private readonly handleStorage = (event: StorageEvent): void => {
    if (this.kind === 'none' || (event.key !== null && event.key !== this.key)) return;
    try {
      if (event.storageArea !== this.area()) return;
    } catch {
      return;
    }
    // `key` is null when another tab cleared the whole storage.
    const raw = event.key === null ? null : event.newValue;
    const items = this.accept(raw);
    if (raw === null || items) this.options.onExternalChange(items);
  };
}
