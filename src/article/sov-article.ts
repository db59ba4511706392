/** Registers `<sov-article>` and the elements it composes. */
import { define } from '../define.js';
import { SovArticle } from './article.js';
import '../tldr/sov-tldr.js';
import '../list/sov-list.js';
import '../table/sov-table.js';
import '../checklist/sov-checklist.js';
import '../faq/sov-faq.js';

export { SovArticle };
define('sov-article', SovArticle);

declare global {
  interface HTMLElementTagNameMap {
    'sov-article': SovArticle;
  }
}
