/**
 * The renderer (`html.ts`: a block to its native HTML tree, and `toDom`) is loaded on first
 * need, as the schema is (`validator.ts`): only content from a JSON source (`data`, `src`, a
 * pack, inline JSON) is built into HTML in the page; authored and server-rendered HTML is shown
 * as it is. In the loader build it is a chunk of its own; in the one-file bundles it is inlined.
 * The server renderer provides it, with the Lit form of the tree (`native-lit.ts`), which an
 * element nested in another's shadow root renders as its slot's fallback there.
 */
import { lazyModule } from './lazy.js';
import type * as Html from './html.js';
import type { NativeNode } from './native.js';

export type RendererModule = typeof Html;

const renderer = lazyModule<RendererModule>(() => import('./html.js'), 'content rendering code');
let templates: ((nodes: readonly NativeNode[]) => unknown[]) | undefined;

/** The renderer, when it is loaded. */
export const rendererLoaded = (): RendererModule | undefined => renderer.loaded();

/** Loads the renderer once; a failed load is tried again on the next call. */
export const loadRenderer = (): Promise<RendererModule> => renderer.load();

/** Makes statically imported modules the ones in use: the server renderer, which renders synchronously. */
export function provideRenderer(module: RendererModule, lit: (nodes: readonly NativeNode[]) => unknown[]): void {
  renderer.provide(module);
  templates = lit;
}

/** The Lit form of a tree, on the server (`undefined` in a browser). */
export function serverTemplates(nodes: readonly NativeNode[]): unknown[] | undefined {
  return templates?.(nodes);
}
