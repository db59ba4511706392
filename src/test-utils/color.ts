/**
 * Colour maths for contrast tests: parses computed colours (`rgb()`, `rgba()`, `color(srgb …)`),
 * composites alpha over a background and computes the WCAG contrast ratio.
 */
export type Rgba = [number, number, number, number];

export function parseColor(value: string): Rgba {
  let m = /rgba?\(\s*([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)/.exec(value);
  if (m) return [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : Number(m[4])];
  m = /color\(srgb\s+([\d.e-]+)\s+([\d.e-]+)\s+([\d.e-]+)(?:\s*\/\s*([\d.]+%?))?\s*\)/.exec(value);
  if (m) return [Number(m[1]) * 255, Number(m[2]) * 255, Number(m[3]) * 255, m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : Number(m[4])];
  throw new Error(`cannot parse colour "${value}"`);
}

export function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [top[0] * a + bottom[0] * (1 - a), top[1] * a + bottom[1] * (1 - a), top[2] * a + bottom[2] * (1 - a), 1];
}

function luminance([r, g, b]: Rgba): number {
  const c = [r, g, b].map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
}

export function contrast(a: Rgba, b: Rgba): number {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
}

/** Resolves a CSS colour expression (tokens, color-mix, light-dark) in `context` to a computed colour. */
export function resolveColor(expression: string, context: Element): Rgba {
  const probe = document.createElement('span');
  probe.style.color = expression; // test-only probe, outside any CSP
  (context.shadowRoot ?? context).append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return parseColor(value);
}
