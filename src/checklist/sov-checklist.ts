/** Registers `<sov-checklist>`. */
import { define } from '../define.js';
import { SovChecklist, type ChecklistChangeDetail } from './checklist.js';

export { SovChecklist };
export type { ChecklistChangeDetail };
define('sov-checklist', SovChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'sov-checklist': SovChecklist;
  }
  interface GlobalEventHandlersEventMap {
    'sov-change': CustomEvent<ChecklistChangeDetail>;
  }
}
