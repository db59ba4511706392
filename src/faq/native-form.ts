/**
 * The FAQ's authored shapes, and their normalisation in place into the native form the element
 * shows: one `<details><summary>Question</summary>answer…</details>` per item. Editors without a
 * details block (most WYSIWYG editors; CKEditor 5 flattens it) save a heading per question
 * followed by its answer; `normaliseFaq` turns that into details by moving the author's nodes —
 * the answer's paragraphs and lists are the same nodes afterwards, never copies — once.
 */

const isHeading = (el: Element) => /^H[1-6]$/.test(el.tagName);
const levelOf = (el: Element) => Number(el.tagName[1]);

/**
 * The authored structure: with `<details>`, an optional title heading before them; without, a
 * heading per question followed by its answer, the questions being the deepest headings and a
 * higher one before them the title. Returns the title and question headings, or `undefined` when
 * there is neither form.
 */
export function authoredShape(host: Element): { title?: Element; questions?: Element[]; details: Element[] } | undefined {
  const children = Array.from(host.children);
  const details = children.filter((el) => el.tagName === 'DETAILS');
  const headings = children.filter(isHeading);
  if (details.length) return { title: headings.find((h) => h.compareDocumentPosition(details[0]) & Node.DOCUMENT_POSITION_FOLLOWING), details };
  if (!headings.length) return undefined;
  const deepest = Math.max(...headings.map(levelOf));
  const questions = headings.filter((h) => levelOf(h) === deepest);
  const title = levelOf(headings[0]) < deepest ? headings[0] : undefined;
  return { ...(title ? { title } : {}), questions, details };
}

/** The nodes of a question's answer: its following siblings up to the next heading. */
export function answerNodes(question: Element): Node[] {
  const answer: Node[] = [];
  for (let node = question.nextSibling; node && !(node instanceof Element && isHeading(node)); node = node.nextSibling) answer.push(node);
  return answer;
}

/**
 * Turns the heading-per-question shape into `<details>` in place: each question heading's
 * content moves into a new `<summary>`, its answer's nodes into the new `<details>`, which takes
 * the heading's `id` (the item's id, and the target of links to it). Content already in
 * `<details>` is left as it is. Returns whether anything changed.
 */
export function normaliseFaq(host: Element): boolean {
  const shape = authoredShape(host);
  if (!shape?.questions) return false;
  const doc = host.ownerDocument;
  for (const question of shape.questions) {
    const details = doc.createElement('details');
    const summary = doc.createElement('summary');
    if (question.id) {
      details.id = question.id;
      question.removeAttribute('id');
    }
    const answer = answerNodes(question);
    question.before(details);
    summary.append(...Array.from(question.childNodes));
    details.append(summary, ...answer);
    question.remove();
  }
  return true;
}
