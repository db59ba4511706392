/** The one check every link passes before it is rendered or written out. */

/** Schemes a link may use; anything else (`javascript:`, `data:`…) renders as plain text, so content never runs script. */
const SAFE_SCHEME = /^(?:https?|mailto):/i;

/**
 * Returns the URL if it is http(s), mailto or relative, otherwise `undefined`.
 * Control characters and whitespace are stripped before the check, as browsers do when they
 * parse `java\tscript:`; a colon before any `/`, `?` or `#` means a scheme.
 */
export function safeUrl(url: string): string | undefined {
  const cleaned = url.replace(/[\u0000-\u0020\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g, '');
  if (!cleaned) return undefined;
  // Character references are not decoded in a bound attribute, but refuse them rather than
  // reason about every consumer that might decode them later.
  if (/&(?:#|[a-z]+;)/i.test(cleaned)) return undefined;
  const scheme = /^[^/?#]*:/.exec(cleaned);
  if (scheme && !SAFE_SCHEME.test(cleaned)) return undefined;
  // Protocol-relative (`//host`, and `\\host` or `/\host`, which browsers read the same way): a third-party host.
  if (/^[\\/][\\/]/.test(cleaned)) return undefined;
  return url.trim();
}
