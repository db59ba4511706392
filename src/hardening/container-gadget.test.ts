/**
 * The container form as an attacker writes it (advisory SOV-2026-001 in SECURITY.md): a
 * `data-sov` container whose `data-sov-*` attributes name event handlers, a style, focus and
 * other non-documented attributes, passed through each filter a CMS runs — none, DOMPurify's
 * default config, TinyMCE's default schema — then upgraded by the loader. Nothing may run when
 * the pointer moves over the element, clicks it or focus reaches it, and the element must carry
 * none of those attributes, while a documented attribute still arrives.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import DOMPurify from 'dompurify';
import { upgradeContainer } from '../containers.js';
import { elementAttributes } from '../sanitize/attributes.generated.js';
import { captureConsole, settled } from '../test-utils/helpers.js';

// The loader waits (top-level await) for the core modules it imports dynamically, the allowlist
// among them; a static import of that module beside the loader's would wait on itself.
await import('../loader.js');
const { FORBIDDEN_ATTRIBUTES, isAllowedAttribute, refusedMessage } = await import('../attributes.js');

type Sov = HTMLElement & { updateComplete: Promise<unknown> };
type Gadget = Window & { __gadget: string[] };
const ran = () => (window as unknown as Gadget).__gadget;

/** What each handler does if it ever becomes live: records its name. */
const record = (what: string) => `window.__gadget.push('${what}')`;

/**
 * The attacker's attributes, as the issue reproduced them, and more of the never-list. Not
 * `popover` or `hidden` here: they hide the element, which would keep the handlers from running
 * if the filter failed (the unit test below covers them).
 */
function attack(name: string): string {
  return [
    `data-sov-onmouseover="${record(`${name}:mouseover`)}"`,
    `data-sov-onpointerenter="${record(`${name}:pointerenter`)}"`,
    `data-sov-onpointermove="${record(`${name}:pointermove`)}"`,
    `data-sov-onclick="${record(`${name}:click`)}"`,
    `data-sov-onfocus="${record(`${name}:focus`)}"`,
    `data-sov-onfocusin="${record(`${name}:focusin`)}"`,
    'data-sov-tabindex="0"',
    'data-sov-autofocus',
    'data-sov-style="position:fixed;inset:0;z-index:2147483647;background:red"',
    'data-sov-is="x-gadget"',
    'data-sov-contenteditable="true"',
    'data-sov-slot="x"',
    'data-sov-part="x"',
    'data-sov-accesskey="x"',
  ].join(' ');
}

/** Per element: the authored content, and one documented attribute that must still arrive. */
const ELEMENTS = {
  tldr: { body: '<h3>En bref</h3><ul><li>Un point</li><li>Un autre</li></ul>', documented: 'data-sov-tone="warning"', expect: ['tone', 'warning'] },
  list: { body: '<h3>Titre</h3><ul><li>🔐 Accès : au code</li></ul>', documented: 'data-sov-layout="grid"', expect: ['layout', 'grid'] },
  table: {
    body: '<table><caption>Comparatif</caption><thead><tr><th>Critère</th><th>Valeur</th></tr></thead><tbody><tr><td>Code</td><td>Ouvert</td></tr><tr><td>Prix</td><td>Nul</td></tr></tbody></table>',
    documented: 'data-sov-sortable',
    expect: ['sortable', ''],
  },
  checklist: { body: '<h3>Étapes</h3><ul><li><label><input type="checkbox"> Auditer</label></li></ul>', documented: 'data-sov-heading-level="4"', expect: ['heading-level', '4'] },
  faq: { body: '<h3>Qu’est-ce que c’est ?</h3><p>Une réponse.</p><h3>Et ensuite ?</h3><p>Une autre.</p>', documented: 'data-sov-searchable', expect: ['searchable', ''] },
  article: { body: '', documented: 'data-sov-content="souverainete-numerique"', expect: ['content', 'souverainete-numerique'] },
} as const;
type Name = keyof typeof ELEMENTS;

const containerHtml = (name: Name) => `<div data-sov="${name}" lang="fr" ${ELEMENTS[name].documented} ${attack(name)}>${ELEMENTS[name].body}</div>`;

let tinymceReady: Promise<TinyHtml> | undefined;
interface TinyHtml {
  Schema(settings?: object): unknown;
  DomParser(settings: object, schema: unknown): { parse(html: string): unknown };
  HtmlSerializer(settings: object, schema: unknown): { serialize(node: unknown): string };
}
/** TinyMCE's own HTML parser and serializer with its default schema (what an editor keeps on save). */
function tinymce(): Promise<TinyHtml> {
  tinymceReady ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/node_modules/tinymce/tinymce.min.js';
    script.onload = () => {
      const t = (window as unknown as { tinymce: { html: { Schema: (s?: object) => unknown; DomParser: TinyHtml['DomParser']; Serializer: TinyHtml['HtmlSerializer'] } } }).tinymce.html;
      resolve({ Schema: (s) => t.Schema(s), DomParser: t.DomParser, HtmlSerializer: t.Serializer });
    };
    script.onerror = () => reject(new Error('tinymce.min.js did not load'));
    document.head.append(script);
  });
  return tinymceReady;
}

const FILTERS: Record<string, (html: string) => Promise<string>> = {
  'no filter': (html) => Promise.resolve(html),
  "DOMPurify's default config": (html) => Promise.resolve(DOMPurify.sanitize(html)),
  "TinyMCE's default schema": async (html) => {
    const t = await tinymce();
    const schema = t.Schema();
    return t.HtmlSerializer({}, schema).serialize(t.DomParser({}, schema).parse(html));
  },
};

/** Puts HTML on the page as a CMS would serve it (parsed inertly, then moved in). */
function place(html: string): HTMLElement {
  const host = document.createElement('div');
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  host.append(...Array.from(parsed.body.childNodes));
  document.body.append(host);
  return host;
}

async function upgraded(container: Element, tag: string): Promise<Sov> {
  await waitUntil(() => container.querySelector(`:scope > ${tag}`) && customElements.get(tag), `${tag} not created`, { timeout: 8000 });
  const el = container.querySelector<Sov>(`:scope > ${tag}`)!;
  await settled(el);
  return el;
}

/** Moves the pointer onto the element and across it, clicks it, then focuses it and its controls. */
async function interact(el: HTMLElement): Promise<void> {
  // A click may land on a link of the content: the page must stay (handlers still run).
  const stay = (event: Event) => event.preventDefault();
  document.addEventListener('click', stay, true);
  try {
    await pointAndFocus(el);
  } finally {
    document.removeEventListener('click', stay, true);
  }
}

async function pointAndFocus(el: HTMLElement): Promise<void> {
  const box = el.getBoundingClientRect();
  const at = (fx: number, fy: number): [number, number] => [Math.round(box.left + box.width * fx), Math.round(Math.max(1, box.top + Math.min(box.height, 200) * fy))];
  await sendMouse({ type: 'move', position: at(0.1, 0.1) });
  await sendMouse({ type: 'move', position: at(0.5, 0.5) });
  await sendMouse({ type: 'click', position: at(0.9, 0.5) });
  el.focus();
  // Focus reaching the widget's own controls (focusin crosses the shadow root to the host).
  el.shadowRoot?.querySelector<HTMLElement>('button, input, summary, a[href]')?.focus();
  el.querySelector<HTMLElement>('input, summary, a[href]')?.focus();
}

describe('data-sov containers against the script gadget (SOV-2026-001)', () => {
  beforeEach(() => {
    (window as unknown as Gadget).__gadget = [];
  });
  afterEach(() => {
    document.querySelectorAll('body > .attack').forEach((n) => n.remove());
  });

  for (const [filter, clean] of Object.entries(FILTERS)) {
    describe(`through ${filter}`, () => {
      for (const name of Object.keys(ELEMENTS) as Name[]) {
        const tag = `sov-${name}`;
        it(`<div data-sov="${name}">: no handler runs on hover, click or focus; the element has none of the attacker's attributes; the documented one arrives`, async () => {
          const html = await clean(containerHtml(name));
          // The filter kept the attack (what makes this a gadget): the container still carries it.
          expect(html, `${filter} kept data-sov-onclick`).to.contain('data-sov-onclick');
          const { result: el, warnings } = await captureConsole(async () => {
            const host = place(html);
            host.className = 'attack';
            return upgraded(host.querySelector('[data-sov]')!, tag);
          });
          // data-sov-autofocus took no focus on its own.
          expect(el.contains(document.activeElement) || document.activeElement === el, 'focused without interaction').to.equal(false);
          await interact(el);
          expect(ran()).to.deep.equal([]);
          const names = el.getAttributeNames();
          for (const forbidden of ['tabindex', 'autofocus', 'style', 'is', 'contenteditable', 'slot', 'part', 'accesskey']) expect(names, forbidden).not.to.include(forbidden);
          expect(names.filter((n) => n.startsWith('on'))).to.deep.equal([]);
          expect(el.getAttribute(ELEMENTS[name].expect[0])).to.equal(ELEMENTS[name].expect[1]);
          // The attack stays inert data on the container, and one warning names it.
          expect(el.parentElement!.getAttribute('data-sov-onclick')).to.contain('__gadget');
          const mine = warnings.filter((w) => w.includes(`data-sov="${name}"`));
          expect(mine).to.have.length(1);
          expect(mine[0]).to.contain('data-sov-onclick').and.to.contain(`data-sov-${elementAttributes[tag as keyof typeof elementAttributes][0]}`);
        });
      }
    });
  }

  it('the FAQ container with data-sov-searchable still gets its search field (the fix did not drop everything)', async () => {
    const host = place(containerHtml('faq'));
    host.className = 'attack';
    const { result: el } = await captureConsole(() => upgraded(host.querySelector('[data-sov]')!, 'sov-faq'));
    expect(el.shadowRoot!.querySelector('input[type="search"]')).to.exist;
  });

  it('every documented attribute of every element crosses; nothing in the never-list does, whatever the manifest lists', () => {
    for (const [tag, names] of Object.entries(elementAttributes)) {
      for (const name of names) expect(isAllowedAttribute(tag, name), `${tag} ${name}`).to.equal(true);
      expect(isAllowedAttribute(tag, 'lang')).to.equal(true);
      expect(isAllowedAttribute(tag, 'dir')).to.equal(true);
      for (const name of ['id', 'class', 'onclick', 'onmouseover', 'ONCLICK', 'title', 'href', 'data-x', 'x"y', ...FORBIDDEN_ATTRIBUTES]) {
        expect(isAllowedAttribute(tag, name), `${tag} ${name}`).to.equal(false);
      }
    }
    // Pinned: these never reach an element, even when the element's list names them.
    const pinned = ['onclick', 'onmouseover', 'style', 'is', 'tabindex', 'autofocus', 'popover', 'contenteditable', 'slot', 'part'];
    const listed = [...elementAttributes['sov-faq'], ...pinned];
    expect(pinned.filter((n) => isAllowedAttribute('sov-faq', n, listed))).to.deep.equal([]);
    expect(isAllowedAttribute('sov-faq', 'searchable', listed)).to.equal(true);
  });

  it('upgradeContainer copies only what the policy allows, and warns once per container', async () => {
    const host = place('<div data-sov="faq" data-sov-single data-sov-onclick="x" data-sov-style="color:red"><h3>Q ?</h3><p>R.</p></div>');
    host.className = 'attack';
    const container = host.firstElementChild!;
    const { result: el, warnings } = await captureConsole(async () => {
      const created = upgradeContainer(container, { isAllowedAttribute, refusedMessage })!;
      upgradeContainer(container, { isAllowedAttribute, refusedMessage });
      return created;
    });
    expect(el.getAttributeNames().sort()).to.deep.equal(['single']);
    expect(warnings.filter((w) => w.includes('data-sov-onclick, data-sov-style'))).to.have.length(1);
  });
});
