/**
 * The hardening suite: every hostile payload through every element and every content source
 * (data property, inline JSON, src, authored light DOM), then a page under Trusted Types; bad
 * and broken input; load; and 10,000 connect/disconnect cycles per element without leaks.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../all.js';
import { tags, hostileBlock, hostileLightDom, inspect, literalPayloads, type Tag } from '../test-utils/hostile.js';
import { textPayloads } from '../test-utils/payloads.js';
import { captureConsole, errorBox, settled, shadowText } from '../test-utils/helpers.js';
import { ContentError, fetchJson } from '../content/packs.js';
import { LIMITS } from '../content/schema.js';

type Sov = HTMLElement & { updateComplete: Promise<unknown>; data?: unknown; src?: string };
type Win = Window & { __sovXss?: unknown };

const norm = (s: string) => s.replace(/\s+/g, ' ');

async function allSettled(root: ParentNode): Promise<void> {
  for (let round = 0; round < 4; round++) {
    const els = Array.from(root.querySelectorAll<Sov>('*')).filter((e) => e.localName.startsWith('sov-'));
    for (const e of els) {
      await settled(e);
      if (e.shadowRoot) await allSettled(e.shadowRoot);
    }
  }
}

/** Runs `fn` with dialogs and window.open trapped; returns what tried to run. */
async function trapped(fn: () => Promise<void>): Promise<string[]> {
  const calls: string[] = [];
  const w = window as unknown as Record<string, unknown>;
  const saved = ['alert', 'confirm', 'prompt', 'open', 'print'].map((k) => [k, w[k]] as const);
  for (const [k] of saved) w[k] = () => calls.push(k);
  const onError = (e: ErrorEvent) => calls.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => calls.push(`unhandled rejection: ${String(e.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  (window as Win).__sovXss = undefined;
  try {
    await fn();
    await aTimeout(50);
  } finally {
    for (const [k, v] of saved) w[k] = v;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  if ((window as Win).__sovXss !== undefined) calls.push('sentinel written');
  return calls;
}

function expectClean(container: ParentNode, what: string, checkText = true) {
  const f = inspect(container);
  expect(f.handlers, `${what}: event handlers`).to.deep.equal([]);
  expect(f.unsafeUrls, `${what}: unsafe URLs`).to.deep.equal([]);
  expect(f.forbidden, `${what}: forbidden elements`).to.deep.equal([]);
  if (checkText) {
    const text = norm(f.text);
    const missing = literalPayloads.filter((p) => !text.includes(norm(p).trim()));
    expect(missing, `${what}: payloads not shown as text`).to.deep.equal([]);
  }
}

const sources = ['data', 'json', 'src', 'html'] as const;

describe('hardening', () => {
  describe('hostile content', () => {
    it(`has at least 60 payloads`, () => {
      expect(textPayloads.length).to.be.at.least(60);
    });

    for (const tag of tags) {
      for (const source of sources) {
        if (source === 'html' && tag === 'sov-article') continue; // the article has no authored form
        it(`${tag} via ${source}: nothing runs, text stays text`, async () => {
          const container = await fixture<HTMLElement>(html`<div></div>`);
          let objectUrl: string | undefined;
          const calls = await trapped(async () => {
            await captureConsole(async () => {
              const el = document.createElement(tag) as Sov;
              el.setAttribute('persist', 'none');
              if (tag === 'sov-faq') el.setAttribute('structured-data', '');
              const value = hostileBlock(tag);
              if (source === 'data') el.data = value;
              if (source === 'json') {
                const script = document.createElement('script');
                script.type = 'application/json';
                script.textContent = JSON.stringify(value).replace(/</g, '\\u003c');
                el.append(script);
              }
              if (source === 'src') {
                objectUrl = URL.createObjectURL(new Blob([JSON.stringify(value)], { type: 'application/json' }));
                el.src = objectUrl;
              }
              if (source === 'html') el.append(...hostileLightDom(tag));
              container.append(el);
              await allSettled(container);
              expect(errorBox(el), 'rendered without error').to.equal(null);
            });
          });
          if (objectUrl) URL.revokeObjectURL(objectUrl);
          expect(calls).to.deep.equal([]);
          expectClean(container, `${tag}/${source}`, source !== 'html');
          if (tag === 'sov-faq') {
            const ld = container.querySelector('script[type="application/ld+json"]');
            expect(ld, 'JSON-LD').to.exist;
            expect(ld!.textContent).not.to.match(/<\/script/i);
            expect(() => JSON.parse(ld!.textContent!)).not.to.throw();
          }
        });
      }
    }

    it('passes under Trusted Types with zero violations', async function () {
      this.timeout(60000);
      const frame = document.createElement('iframe');
      frame.src = '/__test/trusted-types.html';
      document.body.append(frame);
      try {
        const win = () => frame.contentWindow as (Window & { __result?: { violations: string[]; enforced: boolean; findings: ReturnType<typeof inspect>; calls: number } }) | null;
        await waitUntil(() => win()?.__result, 'Trusted Types page did not finish', { timeout: 45000 });
        const result = win()!.__result!;
        expect(result.violations).to.deep.equal([]);
        expect(result.calls).to.equal(0);
        expect(result.findings.handlers).to.deep.equal([]);
        expect(result.findings.unsafeUrls).to.deep.equal([]);
        expect(result.findings.forbidden).to.deep.equal([]);
        if ('trustedTypes' in window) expect(result.enforced, 'Trusted Types enforced in this browser').to.equal(true);
      } finally {
        frame.remove();
      }
    });
  });

  describe('bad and broken input', () => {
    it('refuses a 10 MB document past the block limit at once, without breaking siblings', async function () {
      this.timeout(60000);
      const junk = { id: 'big', lang: 'fr', title: 'x', blocks: Array.from({ length: 40000 }, (_, i) => ({ type: 'faq', items: [{ question: 'q'.repeat(250), answer: i }] })) };
      expect(JSON.stringify(junk).length).to.be.greaterThan(10_000_000);
      const container = await fixture<HTMLElement>(html`<div><sov-article></sov-article><sov-tldr content="souverainete-numerique"></sov-tldr></div>`);
      const calls = await trapped(async () => {
        const { errors } = await captureConsole(async () => {
          const url = URL.createObjectURL(new Blob([JSON.stringify(junk)], { type: 'application/json' }));
          const article = container.querySelector<Sov>('sov-article')!;
          article.src = url;
          await allSettled(container);
          URL.revokeObjectURL(url);
          expect(errorBox(article)?.textContent).to.contain(`blocks: expected at most ${LIMITS.items} items`);
        });
        expect(errors).to.have.length(1);
      });
      expect(calls).to.deep.equal([]);
      expect(shadowText(container.querySelector('sov-tldr')!)).to.contain('Allergique aux pavés');
    });

    it('lists the first problems of a large broken document and counts the rest', async function () {
      this.timeout(60000);
      // The article validates the whole document (an element showing one block checks only that block).
      const junk = { id: 'big', lang: 'fr', title: 'x', blocks: Array.from({ length: LIMITS.items }, (_, i) => ({ type: 'faq', items: [{ question: 'q'.repeat(250), answer: i }] })) };
      const article = await fixture<Sov>(html`<sov-article></sov-article>`);
      const calls = await trapped(async () => {
        const { errors } = await captureConsole(async () => {
          const url = URL.createObjectURL(new Blob([JSON.stringify(junk)], { type: 'application/json' }));
          article.src = url;
          await settled(article);
          URL.revokeObjectURL(url);
        });
        expect(errors).to.have.length(1);
      });
      expect(calls).to.deep.equal([]);
      expect(errorBox(article)?.textContent).to.contain('blocks[0].items[0].answer');
      expect(errorBox(article)?.textContent).to.contain(`… and ${LIMITS.items - 10} more`);
      expect(errorBox(article)!.querySelectorAll('li').length).to.equal(12);
    });

    it('refuses text over the length limit with its path, in every source it builds from', async () => {
      const long = 'A'.repeat(LIMITS.inlineLength + 1);
      const { result: elements, errors } = await captureConsole(async () => {
        const fromData = await fixture<Sov>(html`<sov-tldr></sov-tldr>`);
        fromData.data = { title: 'T', items: ['court', long] };
        const fromJson = await fixture<Sov>(html`<sov-tldr><script type="application/json">${JSON.stringify({ title: 'T', items: ['court', long] })}</script></sov-tldr>`);
        const fromHtml = await fixture<Sov>(html`<sov-tldr><h3>Titre</h3><ul><li>court</li><li>${long}</li></ul></sov-tldr>`);
        await Promise.all([settled(fromData), settled(fromJson), settled(fromHtml)]);
        return [fromData, fromJson, fromHtml];
      });
      for (const el of elements.slice(0, 2)) expect(errorBox(el)?.textContent).to.contain(`items[1]: expected at most ${LIMITS.inlineLength} characters`);
      // Authored HTML is shown as it is, the browser's own nodes: there is no copy whose size to bound.
      expect(errorBox(elements[2])).to.equal(null);
      expect(elements[2].querySelectorAll('li')[1].textContent).to.equal(long);
      expect(errors).to.have.length(2);
    });

    it('reports deeply nested junk', async () => {
      const deep = '['.repeat(100000) + ']'.repeat(100000);
      const el = await fixture<Sov>(html`<sov-list></sov-list>`);
      const calls = await trapped(async () => {
        const { errors } = await captureConsole(async () => {
          const url = URL.createObjectURL(new Blob([deep], { type: 'application/json' }));
          el.src = url;
          await settled(el);
          URL.revokeObjectURL(url);
        });
        expect(errors).to.have.length(1);
      });
      expect(calls).to.deep.equal([]);
      expect(errorBox(el)).to.exist;
    });

    it('times out a src that never answers', async () => {
      let error: unknown;
      try {
        await fetchJson('/__test/slow?ms=3000', undefined, 200);
      } catch (e) {
        error = e;
      }
      expect(error).to.be.instanceOf(ContentError);
      expect((error as Error).message).to.contain('no answer after 0.2 s');
    });

    it('lets the last of 50 quick src changes win and aborts the others', async () => {
      const el = await fixture<Sov>(html`<sov-faq></sov-faq>`);
      const started: string[] = [];
      const aborted: string[] = [];
      const realFetch = window.fetch;
      window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
        const url = String(input);
        started.push(url);
        init?.signal?.addEventListener('abort', () => aborted.push(url));
        return realFetch(input, init);
      };
      try {
        for (let i = 0; i < 50; i++) {
          el.src = `/__test/slow?ms=${100 + (50 - i) * 5}&body=${encodeURIComponent(JSON.stringify({ items: [{ question: `Version ${i} ?`, answer: 'r' }] }))}`;
          await el.updateComplete;
        }
        await settled(el);
        await aTimeout(400);
      } finally {
        window.fetch = realFetch;
      }
      expect(started).to.have.length(50);
      expect(aborted).to.have.length(49);
      expect(shadowText(el)).to.contain('Version 49 ?');
    });
  });

  describe('load', () => {
    it('renders 1,000 FAQ items, a 1,000-row table, a 1,000-item checklist and 200 elements, and stays interactive', async function () {
      this.timeout(60000);
      const n = 1000;
      const container = await fixture<HTMLElement>(html`<div>
        <sov-faq .data=${{ items: Array.from({ length: n }, (_, i) => ({ question: `Question ${i} ?`, answer: `Réponse ${i}.` })) }}></sov-faq>
        <sov-table .data=${{ columns: ['A', 'B'], rows: Array.from({ length: n }, (_, i) => [`Ligne ${i}`, `${i}`]) }}></sov-table>
        <sov-checklist persist="none" .data=${{ items: Array.from({ length: n }, (_, i) => ({ text: `Point ${i}` })) }}></sov-checklist>
      </div>`);
      for (let i = 0; i < 200; i++) {
        const el = document.createElement(['sov-tldr', 'sov-list', 'sov-faq', 'sov-table'][i % 4]);
        el.setAttribute('content', ['souverainete-numerique', 'souverainete-numerique#avantages', 'souverainete-numerique', 'souverainete-numerique#securite'][i % 4]);
        container.append(el);
      }
      await allSettled(container);
      const faq = container.querySelector('sov-faq')!;
      const questions = faq.querySelectorAll<HTMLElement>(':scope > details > summary');
      expect(questions.length).to.equal(n);
      expect(container.querySelector('sov-table')!.shadowRoot!.querySelectorAll('tbody tr').length).to.equal(n);
      const boxes = container.querySelector('sov-checklist')!.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]');
      expect(boxes.length).to.equal(n);
      const last = questions[n - 1];
      last.click();
      await (faq as unknown as Sov).updateComplete;
      expect((last.parentElement as HTMLDetailsElement).open).to.equal(true);
      boxes[n - 1].click();
      expect(boxes[n - 1].checked).to.equal(true);
      expect(Array.from(container.children).filter((e) => errorBox(e)).length).to.equal(0);
    });
  });

  describe('lifecycle', () => {
    for (const tag of tags) {
      it(`${tag}: 10,000 connect/disconnect/move cycles leave no listeners or timers behind`, async function () {
        this.timeout(60000);
        const a = await fixture<HTMLElement>(html`<div></div>`);
        const b = document.createElement('section');
        a.after(b);
        const el = document.createElement(tag) as Sov;
        el.setAttribute('persist', 'none');
        el.setAttribute('content', tag === 'sov-article' ? 'souverainete-numerique' : `souverainete-numerique${{ 'sov-tldr': '', 'sov-list': '#avantages', 'sov-table': '#securite', 'sov-checklist': '', 'sov-faq': '', 'sov-article': '' }[tag as Tag]}`);
        a.append(el);
        await allSettled(a);
        const counts = { window: 0, document: 0 };
        const targets = [
          [window, 'window'],
          [document, 'document'],
        ] as const;
        const saved = targets.map(([t]) => [t.addEventListener, t.removeEventListener] as const);
        targets.forEach(([t, name], i) => {
          t.addEventListener = function (this: EventTarget, ...args: unknown[]) {
            counts[name]++;
            return (saved[i][0] as (...a: unknown[]) => void).apply(this, args);
          } as EventTarget['addEventListener'];
          t.removeEventListener = function (this: EventTarget, ...args: unknown[]) {
            counts[name]--;
            return (saved[i][1] as (...a: unknown[]) => void).apply(this, args);
          } as EventTarget['removeEventListener'];
        });
        const pending = new Set<number>();
        const { setTimeout: st, clearTimeout: ct } = window;
        window.setTimeout = ((fn: () => void, ms?: number) => {
          const id = st(() => {
            pending.delete(id);
            fn();
          }, ms);
          pending.add(id);
          return id;
        }) as typeof window.setTimeout;
        window.clearTimeout = ((id: number) => {
          pending.delete(id);
          ct(id);
        }) as typeof window.clearTimeout;
        const heap = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
        const heapBefore = heap?.usedJSHeapSize;
        try {
          const { errors, warnings } = await captureConsole(async () => {
            for (let i = 0; i < 10000; i++) {
              el.remove();
              (i % 2 ? a : b).append(el);
              if (i % 1000 === 0) await el.updateComplete;
            }
            a.append(el);
            await el.updateComplete;
          });
          expect(errors).to.deep.equal([]);
          expect(warnings).to.deep.equal([]);
        } finally {
          targets.forEach(([t], i) => {
            t.addEventListener = saved[i][0];
            t.removeEventListener = saved[i][1];
          });
          window.setTimeout = st;
          window.clearTimeout = ct;
        }
        expect(counts, 'net listeners added on window/document').to.deep.equal({ window: 0, document: 0 });
        await aTimeout(20);
        await allSettled(a);
        expect(pending.size, 'timers left pending').to.equal(0);
        expect(errorBox(el)).to.equal(null);
        if (heapBefore !== undefined && heap) expect(heap.usedJSHeapSize - heapBefore, 'heap growth (bytes)').to.be.lessThan(20 * 1024 * 1024);
        b.remove();
      });
    }
  });
});
