import { expect, fixture, html } from '@open-wc/testing';
import { normaliseFaq } from './native-form.js';
import { readFaq } from './faq.js';
import { blockBody } from '../content/html.js';
import { validateBlock, type Block } from '../content/schema.js';

/** The tags of the element children, depth first: the shape, whatever the whitespace. */
const shape = (el: Element): string => Array.from(el.children, (c) => `${c.localName}(${shape(c)})`).join(' ');

/** An element holding what `blockBody` prints for `block` (parsed inertly). */
function printed(block: Partial<Block>): Element {
  const result = validateBlock(block);
  if (!result.ok) throw new Error('invalid block');
  const doc = new DOMParser().parseFromString(`<body><div>${blockBody(result.value)}</div></body>`, 'text/html');
  return doc.body.firstElementChild!;
}

describe('FAQ native form', () => {
  describe('normaliseFaq: a heading per question becomes <details>, in place', () => {
    it('moves the author’s nodes into details and summary, keeps ids, and reads the same', async () => {
      const host = await fixture<HTMLElement>(html`<div>
        <h2>Questions fréquentes</h2>
        <h3 id="cout">Combien ça <em>coûte</em> ?</h3>
        <p>Rien en licence.</p>
        <ul><li>le support</li><li>la formation</li></ul>
        <h3>Qui maintient le code ?</h3>
        <p>Une communauté.</p>
      </div>`);
      const before = readFaq(host);
      const [answer, list] = Array.from(host.querySelectorAll('p, ul')).slice(0, 2);
      const em = host.querySelector('em');
      expect(normaliseFaq(host)).to.equal(true);
      expect(shape(host)).to.equal('h2() details(summary(em()) p() ul(li() li())) details(summary() p())');
      const [first, second] = Array.from(host.querySelectorAll('details'));
      expect(first.id).to.equal('cout');
      expect(host.querySelectorAll('[id="cout"]')).to.have.length(1);
      expect(first.querySelector('summary')!.textContent).to.equal('Combien ça coûte ?');
      // Moved, not copied: the same nodes, now inside the details.
      expect(answer.parentElement).to.equal(first);
      expect(list.parentElement).to.equal(first);
      expect(em!.parentElement).to.equal(first.querySelector('summary'));
      expect(second.querySelector('summary')!.textContent).to.equal('Qui maintient le code ?');
      expect(readFaq(host)).to.deep.equal(before);
      // The printed native form has the same shape (its questions have no heading level).
      expect(shape(host).replace(/^h2\(\) /, '')).to.equal(shape(printed(before!)).replace(/^h2\(\) /, ''));
    });

    it('changes nothing the second time, nor in content already in <details>', async () => {
      const host = await fixture<HTMLElement>(html`<div><h3>Q ?</h3><p>R.</p></div>`);
      expect(normaliseFaq(host)).to.equal(true);
      const once = host.outerHTML;
      expect(normaliseFaq(host)).to.equal(false);
      expect(host.outerHTML).to.equal(once);
      const native = await fixture<HTMLElement>(html`<div><details><summary>Q ?</summary><p>R.</p></details></div>`);
      const text = native.outerHTML;
      expect(normaliseFaq(native)).to.equal(false);
      expect(native.outerHTML).to.equal(text);
    });

    it('keeps WordPress’s emoji images where they are', async () => {
      const host = await fixture<HTMLElement>(html`<div><h3><img class="emoji" alt="🔐" src="data:," /> Sécurité ?</h3><p>Oui.</p></div>`);
      const img = host.querySelector('img')!;
      normaliseFaq(host);
      expect(img.parentElement!.localName).to.equal('summary');
      expect(readFaq(host)!.items![0].question).to.deep.equal(['🔐 Sécurité ?']);
    });
  });
});
