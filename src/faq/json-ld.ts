/**
 * schema.org `FAQPage` structured data, written as a `<script type="application/ld+json">`
 * child of the element (search engines read the light DOM). The JSON is escaped so that no
 * content can close the script element, and the script text is set through a Trusted Types
 * policy named `souverain` where the browser has Trusted Types: a page that enforces them and
 * does not allow that policy gets no structured data and one console warning.
 */

/** The `FAQPage` object for items: questions and answers as plain text. */
export function faqPageOf(items: readonly { question: string; answer: string }[]): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: items.map((item) => ({ '@type': 'Question', name: item.question, acceptedAnswer: { '@type': 'Answer', text: item.answer } })),
  };
}

/**
 * JSON safe inside a `<script>` element: `<`, `>` and `&` (which could close the element or
 * open a comment) and U+2028/U+2029 are written as `\uXXXX` escapes, which only occur inside
 * JSON strings and parse back to the same characters.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

interface ScriptPolicy {
  createScript(input: string): unknown;
}

let policy: ScriptPolicy | null | undefined;
let warned = false;

/** The `souverain` Trusted Types policy, created once; `null` without Trusted Types or when the page forbids it. */
function scriptPolicy(): ScriptPolicy | null {
  if (policy === undefined) {
    const tt = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: { createScript(s: string): string }): ScriptPolicy } }).trustedTypes;
    try {
      // The only input is `scriptJson` output, escaped above; the policy passes it through.
      policy = tt ? tt.createPolicy('souverain', { createScript: (s) => s }) : null;
    } catch {
      policy = null;
    }
  }
  return policy;
}

const SELECTOR = ':scope > script[type="application/ld+json"][data-sov-generated]';

/**
 * Writes `json` (from `scriptJson`) into the host's generated JSON-LD script, creating it if
 * needed; `undefined` removes it. Returns false when Trusted Types refused the text.
 */
export function writeJsonLd(host: HTMLElement, json: string | undefined): boolean {
  const existing = host.querySelector<HTMLScriptElement>(SELECTOR);
  if (json === undefined) {
    existing?.remove();
    return true;
  }
  if (existing?.text === json) return true;
  const script = existing ?? host.ownerDocument.createElement('script');
  try {
    const p = scriptPolicy();
    script.type = 'application/ld+json';
    script.dataset.sovGenerated = '';
    script.text = (p ? p.createScript(json) : json) as string;
  } catch {
    existing?.remove();
    if (!warned) {
      warned = true;
      console.warn(`[souverain] <${host.localName}>: structured data skipped: this page enforces Trusted Types and does not allow the "souverain" policy (add it to the trusted-types directive of its Content-Security-Policy).`);
    }
    return false;
  }
  if (!existing) host.append(script);
  return true;
}
