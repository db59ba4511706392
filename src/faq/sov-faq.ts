/** Registers `<sov-faq>`. */
import { define } from '../define.js';
import { SovFaq, type FaqToggleDetail } from './faq.js';

export { SovFaq };
export type { FaqToggleDetail };
define('sov-faq', SovFaq);

declare global {
  interface HTMLElementTagNameMap {
    'sov-faq': SovFaq;
  }
  interface GlobalEventHandlersEventMap {
    'sov-toggle': CustomEvent<FaqToggleDetail>;
  }
}
