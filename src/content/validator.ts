/**
 * The schema (`schema.ts`, with valibot and the Markdown parser) is loaded on first need: JSON
 * content (`data`, `src`, a pack, inline JSON) needs it, authored HTML that the readers built
 * well-formed does not. In the loader build it is its own chunk, fetched in parallel with the
 * element's chunk when the loader sees a JSON source; in the one-file bundles it is inlined.
 * Once loaded (or provided, as the server renderer does), it is used synchronously.
 */
import type * as Schema from './schema.js';

export type SchemaModule = typeof Schema;

let loaded: SchemaModule | undefined;
let loading: Promise<SchemaModule> | undefined;

/** The schema module, when it is loaded. */
export function schemaLoaded(): SchemaModule | undefined {
  return loaded;
}

/** Loads the schema module once; a failed load is tried again on the next call. */
export function loadSchema(): Promise<SchemaModule> {
  loading ??= import('./schema.js').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = undefined;
      throw new Error(`could not load the content validation code (${String((error as Error)?.message ?? error)}); check that the files next to souverain.js are served`);
    }
  );
  return loading;
}

/** Makes a statically imported schema module the one in use (the server renderer, which validates synchronously). */
export function provideSchema(module: SchemaModule): void {
  loaded = module;
  loading = Promise.resolve(module);
}
