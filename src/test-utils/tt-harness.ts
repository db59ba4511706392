/**
 * The Trusted Types page of the hardening suite (served by the test middleware at
 * /__test/trusted-types.html with `require-trusted-types-for 'script'`): renders every element
 * with hostile content from the data property and authored HTML, then publishes what it found
 * on `window.__result`. (Inline JSON is left out: under Trusted Types a page cannot create a
 * script element's text from script at all; authored inline JSON comes from the HTML parser.)
 */
import '../all.js';
import { tags, hostileBlock, hostileLightDom, inspect } from './hostile.js';

type Sov = HTMLElement & { updateComplete: Promise<unknown>; data?: unknown };
const w = window as unknown as { __violations: string[]; __result?: unknown; __sovXss?: unknown };
let calls = 0;
for (const k of ['alert', 'confirm', 'prompt', 'open'] as const) (window as unknown as Record<string, unknown>)[k] = () => calls++;

async function run() {
  // A policy the page allows ("souverain") can be created by us; an unknown one must be refused.
  let enforced = false;
  try {
    (window as unknown as { trustedTypes?: { createPolicy(name: string, rules: object): unknown } }).trustedTypes?.createPolicy('not-allowed', {});
  } catch {
    enforced = true;
  }
  const container = document.createElement('div');
  document.body.append(container);
  for (const tag of tags) {
    for (const source of ['data', 'html'] as const) {
      if (source === 'html' && tag === 'sov-article') continue;
      const el = document.createElement(tag) as Sov;
      el.setAttribute('persist', 'none');
      if (tag === 'sov-faq') el.setAttribute('structured-data', '');
      if (source === 'data') el.data = hostileBlock(tag);
      if (source === 'html') el.append(...hostileLightDom(tag));
      container.append(el);
    }
  }
  for (let round = 0; round < 4; round++) {
    for (const el of Array.from(document.querySelectorAll<Sov>('*')).filter((e) => e.localName.startsWith('sov-'))) await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
  }
  const findings = inspect(document);
  // The enforcement probe above reports its own violation; only the others count.
  w.__result = { violations: w.__violations.filter((v) => !v.endsWith(' not-allowed')), enforced, findings: { ...findings, text: '' }, calls: calls + (w.__sovXss === undefined ? 0 : 1) };
}
void run();
