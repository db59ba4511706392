/**
 * A module loaded on first need, once: the schema (`validator.ts`) and the renderer
 * (`renderer.ts`). It gives the module once loaded, shares the one load in flight, tries a failed
 * load again on the next call (with an error that says what to check), and takes a statically
 * imported copy instead (the server renderer, which works synchronously).
 */
export interface LazyModule<M> {
  /** The module, when it is loaded. */
  loaded(): M | undefined;
  /** Loads the module once; a failed load is tried again on the next call. */
  load(): Promise<M>;
  /** Makes a statically imported module the one in use. */
  provide(module: M): void;
}

/** `importer` is the dynamic `import()` (so that bundlers split the module out); `what` names it in the error. */
export function lazyModule<M>(importer: () => Promise<M>, what: string): LazyModule<M> {
  let loaded: M | undefined;
  let loading: Promise<M> | undefined;
  return {
    loaded: () => loaded,
    load: () =>
      (loading ??= importer().then(
        (module) => (loaded = module),
        (error: unknown) => {
          loading = undefined;
          throw new Error(`could not load the ${what} (${String((error as Error)?.message ?? error)}); check that the files next to souverain.js are served`);
        }
      )),
    provide(module) {
      loaded = module;
      loading = Promise.resolve(module);
    },
  };
}
