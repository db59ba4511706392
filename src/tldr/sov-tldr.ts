/** Registers `<sov-tldr>`. */
import { define } from '../define.js';
import { SovTldr, type TldrToggleDetail } from './tldr.js';

export { SovTldr };
export type { TldrToggleDetail };
define('sov-tldr', SovTldr);

declare global {
  interface HTMLElementTagNameMap {
    'sov-tldr': SovTldr;
  }
  interface GlobalEventHandlersEventMap {
    'sov-toggle': CustomEvent<TldrToggleDetail>;
  }
}
