/** Registers `<sov-table>`. */
import { define } from '../define.js';
import { SovTable, type SovSortDetail } from './table.js';

export { SovTable };
export type { SovSortDetail };
define('sov-table', SovTable);

declare global {
  interface HTMLElementTagNameMap {
    'sov-table': SovTable;
  }
  interface GlobalEventHandlersEventMap {
    'sov-sort': CustomEvent<SovSortDetail>;
  }
}
