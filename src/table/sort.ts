/**
 * Sort keys for the columns of `<sov-table>`: numbers, amounts and percentages as written in
 * the element's language ("1 234,56 €", "12 %", "1,234.56", "$12"), dates ("3 mars 2026",
 * "March 3, 2026", "2026-03-03", "03/03/2026" read day-first or month-first as the language
 * writes it), and text compared with `Intl.Collator` (accent-aware, "2" before "10").
 *
 * A column sorts as numbers or dates only when every non-empty cell reads as the same kind;
 * otherwise the whole column sorts as text, so one stray word never scrambles the order.
 * Pure functions, no DOM: the element passes plain cell text and any authored sort values.
 */
import { fold } from '../content/search.js';

export type SortDirection = 'ascending' | 'descending' | 'none';

export type KeyKind = 'number' | 'date' | 'text';

/** The keys of one column: one per row, `undefined` for an empty cell (always sorted last). */
export interface ColumnKeys {
  kind: KeyKind;
  keys: (number | string | undefined)[];
}

interface LocaleData {
  tag: string | undefined;
  numberPattern: RegExp;
  group: RegExp;
  decimal: string;
  dayFirst: boolean;
  months: Map<string, number>;
}

const SPACES = /[\s\u00a0\u202f]+/g;
const locales = new Map<string, LocaleData>();
const collators = new Map<string, Intl.Collator>();

/** A valid locale tag for `Intl`, or `undefined` (the runtime's default) for a malformed `lang`. */
function canonical(lang: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(lang)[0];
  } catch {
    return undefined;
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function localeData(lang: string): LocaleData {
  let data = locales.get(lang);
  if (data) return data;
  const tag = canonical(lang);
  const parts = new Intl.NumberFormat(tag).formatToParts(12345.6);
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  const groupChar = parts.find((p) => p.type === 'group')?.value ?? ',';
  // French groups with a (narrow) no-break space; people type a plain space: accept any space.
  const group = /\s/.test(groupChar) ? ' ' : groupChar;
  const g = escape(group);
  const d = escape(decimal);
  const numberPattern = new RegExp(`^(?:\\d{1,3}(?:${g}\\d{3})+|\\d+)(?:${d}\\d+)?$|^${d}\\d+$`);
  const dateParts = new Intl.DateTimeFormat(tag, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' }).formatToParts(Date.UTC(2026, 2, 3));
  const dayFirst = dateParts.findIndex((p) => p.type === 'day') < dateParts.findIndex((p) => p.type === 'month');
  const months = new Map<string, number>();
  for (const month of ['long', 'short'] as const) {
    const format = new Intl.DateTimeFormat(tag, { month, timeZone: 'UTC' });
    for (let m = 0; m < 12; m++) months.set(fold(format.format(Date.UTC(2026, m, 15))).replace(/\.$/, ''), m + 1);
  }
  data = { tag, numberPattern, group: new RegExp(g, 'g'), decimal, dayFirst, months };
  locales.set(lang, data);
  return data;
}

/** The collator for a language: accent-aware order, digits compared as numbers. */
export function collator(lang: string): Intl.Collator {
  let c = collators.get(lang);
  if (!c) {
    c = new Intl.Collator(canonical(lang), { numeric: true, sensitivity: 'base' });
    collators.set(lang, c);
  }
  return c;
}

// A sign, then an optional currency before the digits ("$12", "EUR 12", "US$ 12", "-€12"),
// the digits, then an optional currency, percent or per mille sign ("12 €", "12 %").
const AMOUNT = /^([+\-\u2212]?)(?:(?:[A-Z]{1,3})?\p{Sc}|([A-Z]{3})(?= ))? ?([+\-\u2212]?)([\d., '’]*\d[\d., '’]*?) ?(?:%|‰|\p{Sc}|([A-Z]{3}))?$/u;

let currencies: Set<string> | undefined;

/** ISO 4217 codes ("EUR"), so "RFC 2616" stays text. */
function isCurrency(code: string | undefined): boolean {
  if (code === undefined) return true;
  currencies ??= new Set(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : ['EUR', 'USD', 'GBP', 'CHF', 'CAD', 'JPY']);
  return currencies.has(code);
}

/** A number, amount or percentage as written in `lang`, or `undefined`. */
export function parseNumber(text: string, lang: string): number | undefined {
  const match = AMOUNT.exec(text.replace(SPACES, ' ').trim());
  if (!match || (match[1] && match[3]) || !isCurrency(match[2]) || !isCurrency(match[5])) return undefined;
  const { numberPattern, group, decimal } = localeData(lang);
  const digits = match[4].trim();
  if (!numberPattern.test(digits)) return undefined;
  const value = Number(digits.replace(group, '').replace(decimal, '.'));
  if (!Number.isFinite(value)) return undefined;
  return /[-\u2212]/.test(match[1] + match[3]) ? -value : value;
}

function utc(year: number, month: number, day: number): number | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const time = Date.UTC(year, month - 1, day);
  return new Date(time).getUTCDate() === day ? time : undefined;
}

/** A date as written in `lang` (or ISO 8601), as a UTC timestamp, or `undefined`. */
export function parseDate(text: string, lang: string): number | undefined {
  const s = fold(text).replace(SPACES, ' ').trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return utc(+m[1], +m[2], +m[3]);
  const { dayFirst, months } = localeData(lang);
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) return dayFirst ? utc(+m[3], +m[2], +m[1]) : utc(+m[3], +m[1], +m[2]);
  // "3 mars 2026", "1er janvier 2025", "3rd March 2026", "3. März 2026"
  m = /^(\d{1,2})(?:er|e|st|nd|rd|th)?\.? (\p{L}+)\.?,? (\d{4})$/u.exec(s);
  if (m) return months.has(m[2]) ? utc(+m[3], months.get(m[2])!, +m[1]) : undefined;
  // "March 3, 2026", "March 3rd 2026"
  m = /^(\p{L}+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/u.exec(s);
  if (m) return months.has(m[1]) ? utc(+m[3], months.get(m[1])!, +m[2]) : undefined;
  // "mars 2026": the first of the month
  m = /^(\p{L}+)\.? (\d{4})$/u.exec(s);
  if (m) return months.has(m[1]) ? utc(+m[2], months.get(m[1])!, 1) : undefined;
  return undefined;
}

/** A machine-readable sort value (`data-sort-value`): a plain number, an ISO date, else text. */
function parseMachine(value: string): { kind: KeyKind; key: number | string } {
  const s = value.trim();
  if (/^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i.test(s)) return { kind: 'number', key: Number(s) };
  const date = /^\d{4}-\d{1,2}-\d{1,2}$/.test(s) ? parseDate(s, 'en') : undefined;
  return date === undefined ? { kind: 'text', key: s } : { kind: 'date', key: date };
}

function parseCell(text: string, lang: string): { kind: KeyKind; key: number | string } {
  const date = parseDate(text, lang);
  if (date !== undefined) return { kind: 'date', key: date };
  const number = parseNumber(text, lang);
  if (number !== undefined) return { kind: 'number', key: number };
  return { kind: 'text', key: text };
}

/**
 * The sort keys of a column. `texts` are the cells' plain texts; `overrides` are authored
 * `data-sort-value`s, which replace a cell's text and are read as plain numbers or ISO dates.
 */
export function columnKeys(texts: readonly string[], lang: string, overrides: readonly (string | undefined)[] = []): ColumnKeys {
  const parsed = texts.map((text, i) => {
    const override = overrides[i];
    if (override !== undefined && override.trim()) return parseMachine(override);
    const trimmed = text.trim();
    return trimmed ? parseCell(trimmed, lang) : undefined;
  });
  const kinds = new Set(parsed.flatMap((p) => (p ? [p.kind] : [])));
  const [kind] = kinds.size === 1 ? [...kinds] : (['text'] as const);
  if (kind !== 'text') return { kind, keys: parsed.map((p) => p?.key) };
  // Text: every non-empty cell compares by its text (or authored value), even those that parsed.
  return {
    kind: 'text',
    keys: texts.map((text, i) => {
      const override = overrides[i]?.trim();
      const value = override || text.trim();
      return value || undefined;
    }),
  };
}

/**
 * Row indices in sorted order. The sort is stable (equal keys keep their original order) and
 * empty cells stay last in both directions; `none` gives the original order.
 */
export function sortOrder(column: ColumnKeys, direction: SortDirection, lang: string): number[] {
  const order = column.keys.map((_, i) => i);
  if (direction === 'none') return order;
  const sign = direction === 'descending' ? -1 : 1;
  const compareText = collator(lang).compare;
  const compare = column.kind === 'text' ? (a: number | string, b: number | string) => compareText(String(a), String(b)) : (a: number | string, b: number | string) => (a as number) - (b as number);
  const keys = column.keys;
  return order.sort((a, b) => {
    const ka = keys[a];
    const kb = keys[b];
    if (ka === undefined || kb === undefined) return ka === kb ? a - b : ka === undefined ? 1 : -1;
    return sign * compare(ka, kb) || a - b;
  });
}
