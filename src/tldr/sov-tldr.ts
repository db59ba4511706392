/** Registers `<sov-tldr>`. */
import { define } from '../define.js';
import { SovTldr } from './tldr.js';

export { SovTldr };
define('sov-tldr', SovTldr);

declare global {
  interface HTMLElementTagNameMap {
    'sov-tldr': SovTldr;
  }
  interface GlobalEventHandlersEventMap {
    'sov-toggle': CustomEvent<{ id: string; open: boolean }>;
  }
}
