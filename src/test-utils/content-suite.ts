/**
 * The behaviour every element shares, as one suite each element's tests call: each content
 * source and their precedence, bad input (a visible alert with the path, one console error,
 * siblings unaffected), hostile text staying text, and reconnection.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { registerPack } from '../content/packs.js';
import { captureConsole, errorBox, jsonUrl, settled, shadow, shadowText } from './helpers.js';

type Sov = HTMLElement & { updateComplete: Promise<unknown>; data?: unknown; src?: string; content?: string };

export interface ContentSuiteOptions {
  tag: string;
  /** A valid block of the element's type whose rendering contains `marker`. */
  block: Record<string, unknown>;
  marker: string;
  /** Authored light-DOM HTML whose rendering contains `htmlMarker`. */
  authored: string;
  htmlMarker: string;
  /** A block id of the bundled pack for this element type, and text its rendering contains. */
  packRef: string;
  packMarker: string;
  /** An invalid block and the path its error must name. */
  invalid: Record<string, unknown>;
  invalidPath: string;
  /** Returns a copy of `block` with `text` put into its main text fields. */
  withText(text: string): Record<string, unknown>;
}

async function make(tag: string, inner = '', attrs = ''): Promise<Sov> {
  // Test-only: builds the fixture markup from trusted strings defined in the tests.
  const el = await fixture<Sov>(staticHtml`<${unsafeStatic(tag)} ${unsafeStatic(attrs)}>${unsafeStatic(inner)}</${unsafeStatic(tag)}>`);
  await settled(el);
  return el;
}

export function contentSourceSuite(o: ContentSuiteOptions): void {
  describe('content sources', () => {
    it('renders from the data property', async () => {
      const el = await make(o.tag);
      el.data = o.block;
      await settled(el);
      expect(shadowText(el)).to.contain(o.marker);
      expect(errorBox(el)).to.equal(null);
    });

    it('renders from src (a block)', async () => {
      const el = await make(o.tag, '', `src="${jsonUrl(o.block)}"`);
      expect(shadowText(el)).to.contain(o.marker);
    });

    it('renders from src#id (a block of a document)', async () => {
      const doc = { id: 'doc', lang: 'fr', title: 'Doc', blocks: [{ type: 'paragraph', text: 'x' }, { ...o.block, id: 'picked' }] };
      const el = await make(o.tag, '', `src="${jsonUrl(doc)}#picked"`);
      expect(shadowText(el)).to.contain(o.marker);
    });

    it('renders from a bundled content pack', async () => {
      const el = await make(o.tag, '', `content="${o.packRef}"`);
      expect(shadowText(el)).to.contain(o.packMarker);
    });

    it('renders a pack registered after it asked for it, and the new content when registered again', async () => {
      const id = `late-${o.tag}`;
      const doc = (block: Record<string, unknown>) => ({ id, lang: 'fr', title: 'Tard', blocks: [{ ...block, id: 'b' }] });
      const { result: el, errors } = await captureConsole(() => make(o.tag, '', `lang="fr" content="${id}#b"`));
      expect(errors).to.have.length(1);
      expect(errorBox(el)!.textContent).to.contain(`unknown content pack "${id}"`);
      registerPack(id, { fr: () => Promise.resolve(doc(o.block)) });
      await settled(el);
      expect(errorBox(el)?.textContent ?? '').to.equal('');
      expect(shadowText(el)).to.contain(o.marker);
      registerPack(id, { fr: () => Promise.resolve(doc(o.withText('registered again'))) });
      await settled(el);
      expect(shadowText(el)).to.contain('registered again');
    });

    it('renders from inline JSON', async () => {
      const json = JSON.stringify(o.block).replace(/</g, '\\u003c');
      const el = await make(o.tag, `<script type="application/json">${json}</script>`);
      expect(shadowText(el)).to.contain(o.marker);
    });

    it('renders from authored light-DOM HTML', async () => {
      const el = await make(o.tag, o.authored);
      expect(shadowText(el)).to.contain(o.htmlMarker);
    });

    it('gives the data property precedence over every other source', async () => {
      const el = await make(o.tag, o.authored, `content="${o.packRef}"`);
      el.data = o.block;
      await settled(el);
      expect(shadowText(el)).to.contain(o.marker);
      expect(shadowText(el)).not.to.contain(o.packMarker);
    });

    it('re-renders when the authored HTML changes', async () => {
      const el = await make(o.tag);
      // Simulates a CMS streaming authored HTML in after the element upgraded.
      el.append(...Array.from(new DOMParser().parseFromString(o.authored, 'text/html').body.childNodes));
      await settled(el);
      await settled(el);
      expect(shadowText(el)).to.contain(o.htmlMarker);
    });
  });

  describe('bad input', () => {
    it('shows an accessible error naming the path and logs one console error', async () => {
      const el = await make(o.tag);
      const { errors } = await captureConsole(async () => {
        el.data = o.invalid;
        await settled(el);
      });
      const box = errorBox(el);
      expect(box, 'error box').to.exist;
      expect(box!.getAttribute('role')).to.equal('alert');
      expect(box!.textContent).to.contain(o.invalidPath);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.contain(`<${o.tag}>`).and.contain(o.invalidPath);
      await expect(el).to.be.accessible();
    });

    it('never throws on values of the wrong type', async () => {
      const el = await make(o.tag);
      for (const bad of [42, 'text', [], { items: 'x' }, { type: 'nope' }, true]) {
        const { errors } = await captureConsole(async () => {
          el.data = bad;
          await settled(el);
        });
        expect(errors.length, JSON.stringify(bad)).to.equal(1);
        expect(errorBox(el), JSON.stringify(bad)).to.exist;
      }
    });

    it('reports a src that answers 404, HTML or invalid JSON', async () => {
      for (const [src, text] of [
        ['/__test/status?code=404', 'HTTP 404'],
        ['/__test/html', 'HTML, not JSON'],
        ['/__test/json?body=%7Bnope', 'not valid JSON'],
      ]) {
        const { result: el, errors } = await captureConsole(() => make(o.tag, '', `src="${src}"`));
        expect(errorBox(el)?.textContent, src).to.contain(text);
        expect(errors, src).to.have.length(1);
      }
    });

    it('reports src="#id" (no document URL) without fetching the page itself', async () => {
      const fetched: string[] = [];
      const observer = new PerformanceObserver((list) => fetched.push(...list.getEntries().map((e) => e.name)));
      observer.observe({ type: 'resource' });
      const { result: el, errors } = await captureConsole(() => make(o.tag, '', 'src="#picked"'));
      await new Promise((resolve) => setTimeout(resolve, 50));
      observer.disconnect();
      expect(errorBox(el)?.textContent).to.contain('src needs the URL of a JSON document');
      expect(errors).to.have.length(1);
      expect(fetched.filter((name) => name.split('#')[0] === location.href.split('#')[0])).to.deep.equal([]);
    });

    it('follows a redirect to a JSON document', async () => {
      const el = await make(o.tag, '', `src="/__test/redirect?to=${encodeURIComponent(jsonUrl(o.block))}"`);
      expect(shadowText(el)).to.contain(o.marker);
    });

    it('reports an unknown pack and an unknown block id', async () => {
      const { result: a } = await captureConsole(() => make(o.tag, '', 'content="no-such-pack"'));
      expect(errorBox(a)?.textContent).to.contain('unknown content pack "no-such-pack"');
      const { result: b } = await captureConsole(() => make(o.tag, '', 'content="souverainete-numerique#no-such-block"'));
      expect(errorBox(b)?.textContent).to.contain('no block with id "no-such-block"');
    });

    it('reports an invalid src URL and a malformed fragment instead of staying blank', async () => {
      const { result: a, errors } = await captureConsole(() => make(o.tag, '', 'src="http://["'));
      expect(errorBox(a)?.textContent).to.contain('is not a valid URL');
      expect(errors).to.have.length(1);
      const { result: b } = await captureConsole(() => make(o.tag, '', 'content="souverainete-numerique#%E0"'));
      expect(errorBox(b)?.textContent).to.contain('no block with id "%E0"');
    });

    it('reports malformed inline JSON', async () => {
      const { result: el } = await captureConsole(() => make(o.tag, '<script type="application/json">{ "items": [</script>'));
      expect(errorBox(el)?.textContent).to.contain('inline JSON is not valid JSON');
    });

    it('leaves a sibling element working', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      const { errors } = await captureConsole(async () => {
        const bad = document.createElement(o.tag) as Sov;
        const good = document.createElement(o.tag) as Sov;
        bad.data = o.invalid;
        good.data = o.block;
        wrapper.append(bad, good);
        await settled(bad);
        await settled(good);
        expect(errorBox(bad)).to.exist;
        expect(errorBox(good)).to.equal(null);
        expect(shadowText(good)).to.contain(o.marker);
      });
      expect(errors).to.have.length(1);
    });
  });

  describe('hostile text', () => {
    it('shows markup in text as text and runs nothing', async () => {
      const w = window as unknown as { __sovPwned?: number };
      w.__sovPwned = 0;
      const payload = '<img src=x onerror="window.__sovPwned=1"><script>window.__sovPwned=2</script>[x](javascript:window.__sovPwned=3)';
      const el = await make(o.tag);
      el.data = o.withText(payload);
      await settled(el);
      const root = shadow(el);
      expect(root.querySelector('img, script')).to.equal(null);
      expect(shadowText(el)).to.contain('<img src=x onerror=');
      for (const a of Array.from(root.querySelectorAll('a'))) expect(a.getAttribute('href') ?? '').not.to.match(/^\s*javascript:/i);
      expect(w.__sovPwned).to.equal(0);
    });
  });

  describe('lifecycle', () => {
    it('keeps its content when moved to another parent', async () => {
      const el = await make(o.tag, '', `content="${o.packRef}"`);
      const other = await fixture<HTMLElement>(html`<section></section>`);
      other.append(el);
      await settled(el);
      expect(shadowText(el)).to.contain(o.packMarker);
      el.remove();
      other.append(el);
      await settled(el);
      expect(shadowText(el)).to.contain(o.packMarker);
    });

    it('reads authored HTML edited while detached, even when its length is unchanged', async () => {
      const el = await make(o.tag, o.authored);
      const parent = el.parentElement!;
      el.remove();
      // A text node of the marker (which may span several nodes) becomes upper case: same length.
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      let node: Text | null;
      let part = '';
      while ((node = walker.nextNode() as Text | null)) {
        const text = node.data.trim();
        part = node.data.includes(o.htmlMarker) ? o.htmlMarker : text.length > 2 && o.htmlMarker.includes(text) ? text : '';
        if (part) break;
      }
      expect(node, 'a text node of the marker').to.exist;
      expect(part.toUpperCase()).to.have.length(part.length).and.not.equal(part);
      node!.data = node!.data.replace(part, part.toUpperCase());
      const edited = o.htmlMarker.replace(part, part.toUpperCase());
      parent.append(el);
      await settled(el);
      expect(shadowText(el)).to.contain(edited);
    });

    it('loads again when reconnected during a pending request', async () => {
      const el = document.createElement(o.tag) as Sov;
      el.src = `/__test/slow?ms=300&body=${encodeURIComponent(JSON.stringify(o.block))}`;
      const host = await fixture<HTMLElement>(html`<div></div>`);
      host.append(el);
      await el.updateComplete;
      el.remove();
      host.append(el);
      await settled(el);
      expect(shadowText(el)).to.contain(o.marker);
    });

    it('lets the last of many quick src changes win', async () => {
      const el = await make(o.tag);
      for (let i = 0; i < 10; i++) {
        el.src = `/__test/slow?ms=${200 - i * 10}&body=${encodeURIComponent(JSON.stringify(o.withText(`version ${i}`)))}`;
        await el.updateComplete;
      }
      el.src = jsonUrl(o.withText('final version'));
      await settled(el);
      await new Promise((r) => setTimeout(r, 300));
      expect(shadowText(el)).to.contain('final version');
      expect(shadowText(el)).not.to.contain('version 0');
    });
  });
}
