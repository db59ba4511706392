import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { load } from './loader.js';
import { upgradeContainer } from './containers.js';
import { isAllowedAttribute, refusedMessage } from './attributes.js';

const policy = { isAllowedAttribute, refusedMessage };
import { captureConsole, settled, shadowText } from './test-utils/helpers.js';

type Sov = HTMLElement & { updateComplete: Promise<unknown> };

/** The element a container was upgraded to, once it has rendered. */
async function upgraded(container: Element, tag: string): Promise<Sov> {
  await waitUntil(() => container.querySelector(`:scope > ${tag}`) && customElements.get(tag), `${tag} not created`, { timeout: 8000 });
  const el = container.querySelector<Sov>(`:scope > ${tag}`)!;
  await settled(el);
  return el;
}

describe('loader and data-sov containers', () => {
  it('upgrades a container on the page: attributes without their prefix, authored content moved inside once, id and classes kept', async () => {
    const container = await fixture<HTMLElement>(html`<div data-sov="faq" id="ma-faq" class="entry-content" data-sov-searchable data-sov-heading-level="4">
      <h3>Qu’est-ce que c’est ?</h3>
      <p>Une <strong>réponse</strong>.</p>
      <h3>Et ensuite ?</h3>
      <ul><li>un</li><li>deux</li></ul>
    </div>`);
    const el = await upgraded(container, 'sov-faq');
    expect(container.id).to.equal('ma-faq');
    expect(container.className).to.equal('entry-content');
    expect(container.children).to.have.length(1);
    expect(el.hasAttribute('searchable')).to.equal(true);
    expect(el.getAttribute('heading-level')).to.equal('4');
    // The heading per question became native details in place: the author's nodes, moved once.
    const questions = el.querySelectorAll(':scope > details > summary');
    expect(Array.from(questions, (q) => q.textContent!.trim())).to.deep.equal(['Qu’est-ce que c’est ?', 'Et ensuite ?']);
    expect(el.querySelector(':scope > details > p > strong')!.textContent).to.equal('réponse');
    expect(el.shadowRoot!.querySelector('input[type="search"]')).to.exist;
  });

  it('upgrades containers added later, once, with one element inside each', async () => {
    const host = await fixture<HTMLElement>(html`<section></section>`);
    const parsed = new DOMParser().parseFromString('<div data-sov="list"><h3>Titre</h3><ul><li>🔐 Accès : au code</li></ul></div>', 'text/html');
    host.append(...Array.from(parsed.body.childNodes));
    const container = host.firstElementChild!;
    const el = await upgraded(container, 'sov-list');
    expect(shadowText(el)).to.contain('Accès');
    // Upgrading again (a second copy of the script, a repeated scan) changes nothing.
    expect(upgradeContainer(container, policy)).to.equal(el);
    expect(container.querySelectorAll('sov-list')).to.have.length(1);
    expect(el.querySelectorAll('li')).to.have.length(1);
  });

  it('takes a content pack through data-sov-content', async () => {
    const container = await fixture<HTMLElement>(html`<div data-sov="tldr" data-sov-content="souverainete-numerique#tldr" lang="fr"></div>`);
    const el = await upgraded(container, 'sov-tldr');
    expect(shadowText(el)).to.contain('Allergique aux pavés');
  });

  it('loads the code of elements written as tags', async () => {
    await load('table');
    expect(customElements.get('sov-table')).to.exist;
  });

  it('warns once about a container that names no element, and leaves it alone', async () => {
    const { warnings, result: container } = await captureConsole(async () => {
      const div = await fixture<HTMLElement>(html`<div data-sov="carrousel"><p>Texte</p></div>`);
      await new Promise((r) => setTimeout(r, 50));
      upgradeContainer(div, policy);
      return div;
    });
    expect(warnings.filter((w) => w.includes('carrousel'))).to.have.length(1);
    expect(warnings[0]).to.contain('tldr, list, table, checklist, faq, article');
    expect(container.children).to.have.length(1);
    expect(container.firstElementChild!.localName).to.equal('p');
  });
});
