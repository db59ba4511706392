/** Registers `<sov-list>`. */
import { define } from '../define.js';
import { SovList } from './list.js';

export { SovList };
define('sov-list', SovList);

declare global {
  interface HTMLElementTagNameMap {
    'sov-list': SovList;
  }
}
