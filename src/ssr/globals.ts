/**
 * The DOM classes element code names at construction (`HTMLElement.prototype`, `instanceof
 * Element`), as Lit's minimal server shim defines them; Lit's Node build uses them without
 * making them global. Nothing else of the DOM is provided: elements guard DOM work with `isServer`.
 */
import { Element, HTMLElement, customElements } from '@lit-labs/ssr-dom-shim';

const g = globalThis as Record<string, unknown>;
g.Element ??= Element;
g.HTMLElement ??= HTMLElement;
g.customElements ??= customElements;
