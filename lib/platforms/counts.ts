export interface CountParseOptions {
  /** The page language (`<html lang>`); decides a bare "M" (miliar in Indonesian, million in English). */
  lang?: string | null;
}

const MULTIPLIERS: Record<string, number> = {
  k: 1e3, rb: 1e3, ribu: 1e3, thousand: 1e3,
  jt: 1e6, juta: 1e6, million: 1e6, mn: 1e6,
  b: 1e9, bn: 1e9, billion: 1e9, miliar: 1e9, milyar: 1e9, mlr: 1e9,
  t: 1e12, trillion: 1e12, triliun: 1e12,
};

const NUMBER = /(\d[\d.,]*)(?:\s?([a-z]+)\b\.?)?/;

/**
 * Reads a compact count as social sites print it in English or Indonesian: "12.3K", "1.2M", "1.5B",
 * "1,234", "12,3 rb", "1,2 jt", "1.234" (Indonesian thousands), "3,4 M" (Indonesian miliar = 1e9),
 * "12,345 followers", "12,3 rb pengikut". Null when the text holds no number.
 */
export function parseCount(raw: string | null | undefined, opts: CountParseOptions = {}): number | null {
  if (!raw) return null;
  const text = raw.normalize('NFKC').toLowerCase().replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
  const m = NUMBER.exec(text);
  if (!m || !m[1]) return null;
  const digits = m[1].replace(/[.,]+$/, '');
  const token = m[2] ?? '';

  let multiplier = MULTIPLIERS[token] ?? 1;
  const hasMultiplier = multiplier !== 1 || token === 'm';

  const separators = digits.replace(/\d/g, '');
  let decimalSep: '.' | ',' | null = null;
  if (separators.length > 0) {
    const last = separators[separators.length - 1] as '.' | ',';
    const lastIndex = digits.lastIndexOf(last);
    const after = digits.length - lastIndex - 1;
    const mixed = separators.includes('.') && separators.includes(',');
    if (mixed) decimalSep = last;
    else if (separators.length === 1 && (hasMultiplier || after !== 3)) decimalSep = last;
    // Otherwise every separator groups thousands ("1,234,567", "1.234", "12,345").
  }

  let value: number;
  if (decimalSep) {
    const i = digits.lastIndexOf(decimalSep);
    const whole = digits.slice(0, i).replace(/[.,]/g, '');
    const frac = digits.slice(i + 1).replace(/[.,]/g, '');
    value = Number(`${whole || '0'}.${frac || '0'}`);
  } else {
    value = Number(digits.replace(/[.,]/g, ''));
  }
  if (!Number.isFinite(value)) return null;

  if (token === 'm') {
    // "M" is miliar (1e9) in Indonesian and million in English: a comma decimal or the page language decides.
    const indonesian = decimalSep === ',' || (decimalSep === null && !!opts.lang && /^(id|in)\b/i.test(opts.lang));
    multiplier = indonesian ? 1e9 : 1e6;
  }
  return Math.round(value * multiplier);
}

/**
 * The first short label under root that reads like "<count> <word>" ("12K followers", "12 rb pengikut",
 * "1,024 followers"), for pages that print figures as plain text rather than in marked-up elements.
 */
export function findLabeledCount(root: ParentNode, word: RegExp, opts: CountParseOptions & { selector?: string } = {}): number | null {
  const pattern = new RegExp(String.raw`(\d[\d.,]*\s?(?:rb|ribu|jt|juta|k|m|b|miliar)?)\s*(?:${word.source})`, 'i');
  for (const el of Array.from(root.querySelectorAll(opts.selector ?? 'a, span, li, div, p'))) {
    if (el.childElementCount > 4) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text || text.length > 80) continue;
    const m = pattern.exec(text);
    if (m && m[1]) {
      const n = parseCount(m[1], opts);
      if (n !== null) return n;
    }
  }
  return null;
}
