/**
 * The schema (`schema.ts`, with valibot and the Markdown parser) is loaded on first need: JSON
 * content (`data`, `src`, a pack, inline JSON) needs it, authored HTML that the readers built
 * well-formed does not. In the loader build it is its own chunk, fetched in parallel with the
 * element's chunk when the loader sees a JSON source; in the one-file bundles it is inlined.
 * Once loaded (or provided, as the server renderer does), it is used synchronously.
 */
import { lazyModule } from './lazy.js';
import type * as Schema from './schema.js';

export type SchemaModule = typeof Schema;

const schema = lazyModule<SchemaModule>(() => import('./schema.js'), 'content validation code');

/** The schema module, when it is loaded. */
export const schemaLoaded = (): SchemaModule | undefined => schema.loaded();

/** Loads the schema module once; a failed load is tried again on the next call. */
export const loadSchema = (): Promise<SchemaModule> => schema.load();

/** Makes a statically imported schema module the one in use (the server renderer, which validates synchronously). */
export const provideSchema = (module: SchemaModule): void => schema.provide(module);
