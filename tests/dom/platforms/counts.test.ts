import { describe, expect, it } from 'vitest';
import { parseCount } from '../../../lib/platforms';

const TABLE: [text: string, value: number | null, lang?: string][] = [
  ['12,3 rb', 12_300],
  ['1,2 jt', 1_200_000],
  ['12.3K', 12_300],
  ['12.3K Followers', 12_300],
  ['1.2M', 1_200_000],
  ['1.5B', 1_500_000_000],
  ['1,234', 1234],
  ['1.234', 1234],
  ['1,234,567', 1_234_567],
  ['1.234.567', 1_234_567],
  ['12 rb', 12_000],
  ['45,6 rb', 45_600],
  ['1,5 rb', 1500],
  ['1 jt pengikut', 1_000_000],
  ['2 juta', 2_000_000],
  ['2 miliar', 2_000_000_000],
  // Indonesian "M" is miliar (1e9); English "M" is million.
  ['3,4 M', 3_400_000_000],
  ['3.4M', 3_400_000],
  ['3 M', 3_000_000_000, 'id'],
  ['3 M', 3_000_000, 'en'],
  ['12,345 followers', 12_345],
  ['12,3 rb pengikut', 12_300],
  ['1.234 postingan', 1234],
  ['321', 321],
  ['10K', 10_000],
  ['12.5K', 12_500],
  ['1,2 rb suka', 1200],
  ['', null],
  ['followers', null],
];

describe('parseCount', () => {
  it.each(TABLE)('reads %j', (text, value, lang) => {
    expect(parseCount(text, { lang: lang ?? null })).toBe(value);
  });

  it('takes null and undefined', () => {
    expect(parseCount(null)).toBeNull();
    expect(parseCount(undefined)).toBeNull();
  });
});
