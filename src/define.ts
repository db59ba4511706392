/**
 * Safe registration: defining a tag that another copy of Souverain (another version, another
 * bundle) already defined never throws; the first such case on a page logs one warning.
 */
const WARNED = Symbol.for('souverain.define.warned');

export function define(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, constructor);
    return;
  }
  if (existing === constructor) return;
  const flags = globalThis as unknown as Record<symbol, boolean>;
  if (!flags[WARNED]) {
    flags[WARNED] = true;
    console.warn(`[souverain] <${tag}> is already defined by another copy of Souverain on this page; that copy is used. Load souverain.js once.`);
  }
}
