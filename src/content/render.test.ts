import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { renderInline, renderRich, whileHydrating } from './render.js';
import type { Inline, Rich } from './rich-text.js';

const inline: Inline[] = [
  'Texte <img src=x onerror="window.renderXss = 1"> avec ',
  { type: 'strong', children: ['gras ', { type: 'emphasis', children: ['et italique'] }] },
  ', ',
  { type: 'code', text: '<code>' },
  ', un ',
  { type: 'link', href: 'https://example.org/a?b=1', children: ['lien'] },
  ' et un ',
  { type: 'link', href: 'javascript:alert(1)', children: ['faux lien'] },
  '.',
];
const rich: Rich[] = [
  { type: 'paragraph', children: inline },
  { type: 'list', ordered: true, items: [['un'], [{ type: 'strong', children: ['deux'] }]] },
  { type: 'list', ordered: false, items: [['trois']] },
];

/** The markup of a container, comments (Lit's markers) left out. */
function markup(root: Element): string {
  const copy = root.cloneNode(true) as Element;
  const walker = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
  const comments: ChildNode[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode as ChildNode);
  comments.forEach((c) => c.remove());
  copy.normalize();
  return new XMLSerializer().serializeToString(copy);
}

const comments = (root: Node) => {
  let n = 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  while (walker.nextNode()) n++;
  return n;
};

describe('rich-text rendering', () => {
  it('builds the same elements as the templates do, text as text and unsafe links as their label', () => {
    const built = document.createElement('div');
    render(html`${renderRich(rich)}`, built);
    const templated = document.createElement('div');
    whileHydrating(() => render(html`${renderRich(rich)}`, templated));
    expect(markup(built)).to.equal(markup(templated));
    expect(built.querySelector('p strong em')?.textContent).to.equal('et italique');
    expect(built.querySelector('code')?.textContent).to.equal('<code>');
    expect(built.querySelector('img')).to.equal(null);
    expect((window as { renderXss?: number }).renderXss).to.equal(undefined);
    expect([...built.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/a?b=1']);
    expect(built.querySelector('p')?.textContent).to.contain('et un faux lien.');
    expect([...built.querySelectorAll('ol > li, ul > li')].map((li) => li.textContent)).to.deep.equal(['un', 'deux', 'trois']);
    // The markers of the rendered template and its one part, none per run of text.
    expect(comments(built)).to.equal(3);
    expect(comments(templated)).to.be.greaterThan(10);
  });

  it('keeps its nodes while the tree is the same, and replaces them for another tree', () => {
    const root = document.createElement('div');
    const view = (nodes: Inline[]) => render(html`<p>${renderInline(nodes)}</p>`, root);
    view(inline);
    const strong = root.querySelector('strong');
    view(inline);
    expect(root.querySelector('strong')).to.equal(strong);
    view([{ type: 'emphasis', children: ['autre'] }]);
    expect(root.querySelector('strong')).to.equal(null);
    expect(root.querySelector('p')?.textContent).to.equal('autre');
    // Plain text is a plain text binding.
    view(['simple']);
    expect(root.querySelector('p')?.textContent).to.equal('simple');
  });
});
