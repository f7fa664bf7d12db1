import { describe, expect, it } from 'vitest';
import { SEASONAL_COVERAGE, SEASONAL_NOTE, seasonalDates, seasonalName } from '../../../lib/calendar/seasonal';

const dayDiff = (a: string, b: string): number => (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;

function find(year: number, key: string): string {
  const hit = seasonalDates(`${year}-01-01`, `${year}-12-31`).find((d) => d.key === key);
  if (!hit) throw new Error(`${key} missing for ${year}`);
  return hit.date;
}

describe('seasonalDates', () => {
  it('has Idul Fitri on the announced/estimated days', () => {
    expect(find(2025, 'idul-fitri')).toBe('2025-03-31');
    expect(find(2026, 'idul-fitri')).toBe('2026-03-20');
    expect(find(2027, 'idul-fitri')).toBe('2027-03-10');
    expect(find(2028, 'idul-fitri')).toBe('2028-02-27');
  });

  it('keeps Ramadan 29–30 days long, ending the day before Lebaran, with Idul Adha about 70 days later', () => {
    for (let year = SEASONAL_COVERAGE.from; year <= SEASONAL_COVERAGE.to; year++) {
      const start = find(year, 'ramadan-start');
      const end = find(year, 'ramadan-end');
      const fitri = find(year, 'idul-fitri');
      const adha = find(year, 'idul-adha');
      expect(dayDiff(start, fitri), `${year}`).toBeGreaterThanOrEqual(29);
      expect(dayDiff(start, fitri), `${year}`).toBeLessThanOrEqual(30);
      expect(dayDiff(end, fitri)).toBe(1);
      expect(dayDiff(fitri, adha), `${year}`).toBeGreaterThanOrEqual(66);
      expect(dayDiff(fitri, adha), `${year}`).toBeLessThanOrEqual(71);
    }
    expect(find(2025, 'ramadan-start')).toBe('2025-03-01');
    expect(find(2025, 'idul-adha')).toBe('2025-06-06');
  });

  it('has Imlek and the fixed Indonesian dates every year', () => {
    expect([2025, 2026, 2027, 2028].map((y) => find(y, 'imlek'))).toEqual(['2025-01-29', '2026-02-17', '2027-02-06', '2028-01-26']);
    for (const year of [2025, 2028]) {
      expect(find(year, 'new-year')).toBe(`${year}-01-01`);
      expect(find(year, 'kartini')).toBe(`${year}-04-21`);
      expect(find(year, 'independence')).toBe(`${year}-08-17`);
      expect(find(year, 'twin-9-9')).toBe(`${year}-09-09`);
      expect(find(year, 'batik')).toBe(`${year}-10-02`);
      expect(find(year, 'twin-10-10')).toBe(`${year}-10-10`);
      expect(find(year, 'twin-11-11')).toBe(`${year}-11-11`);
      expect(find(year, 'harbolnas')).toBe(`${year}-12-12`);
      expect(find(year, 'christmas')).toBe(`${year}-12-25`);
    }
  });

  it('filters by an inclusive range across years and sorts by date', () => {
    const got = seasonalDates('2025-12-12', '2026-01-01');
    expect(got.map((d) => `${d.date} ${d.key}`)).toEqual(['2025-12-12 harbolnas', '2025-12-25 christmas', '2026-01-01 new-year']);
    const all = seasonalDates('2025-01-01', '2028-12-31');
    expect(all).toHaveLength(4 * (9 + 5));
    for (let i = 1; i < all.length; i++) expect(all[i]!.date >= all[i - 1]!.date).toBe(true);
    expect(seasonalDates('2026-05-01', '2026-04-01')).toEqual([]);
  });

  it('lists only fixed dates outside the covered years', () => {
    const keys = seasonalDates('2029-01-01', '2029-12-31').map((d) => d.key);
    expect(keys).toContain('independence');
    expect(keys).not.toContain('idul-fitri');
  });

  it('names every date in Indonesian and English and flags future religious dates as estimates', () => {
    for (const d of seasonalDates('2025-01-01', '2028-12-31')) {
      expect(d.name.id.length).toBeGreaterThan(0);
      expect(d.name.en.length).toBeGreaterThan(0);
      if (d.category === 'religious' && d.key !== 'christmas' && d.date >= '2026-01-01') expect(d.estimate, d.key).toBe(true);
      if (d.category !== 'religious') expect(d.estimate).toBe(false);
    }
    const lebaran = seasonalDates('2026-03-20', '2026-03-20')[0]!;
    expect(seasonalName(lebaran, 'id')).toBe('Idul Fitri (Lebaran)');
    expect(seasonalName(lebaran, 'en')).toMatch(/Eid al-Fitr/);
    expect(SEASONAL_NOTE.id).toMatch(/perkiraan/);
    expect(SEASONAL_NOTE.en).toMatch(/estimates/);
  });

  it('rejects malformed dates', () => {
    expect(() => seasonalDates('2025-02-30', '2025-03-01')).toThrow(RangeError);
  });
});
