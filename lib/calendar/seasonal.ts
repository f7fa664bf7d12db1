import { z } from 'zod';
import { DateKey, type Lang } from '../models';
import raw from './seasonal-dates.json';
import { parseDateKey } from './tz';

export type SeasonalCategory = 'religious' | 'national' | 'cultural' | 'commerce';

export interface SeasonalDate {
  key: string;
  date: string;
  name: { id: string; en: string };
  category: SeasonalCategory;
  /** True for religious dates not yet fixed by the government; see `SEASONAL_NOTE`. */
  estimate: boolean;
}

const Name = z.strictObject({ id: z.string().min(1), en: z.string().min(1) });
const Category = z.enum(['religious', 'national', 'cultural', 'commerce']);
const SeasonalData = z.strictObject({
  coverage: z.strictObject({ from: z.number().int(), to: z.number().int() }),
  note: Name,
  names: z.record(z.string(), Name),
  fixed: z.array(
    z.strictObject({ key: z.string(), monthDay: z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/), category: Category }),
  ),
  years: z.record(
    z.string().regex(/^\d{4}$/),
    z.array(z.strictObject({ key: z.string(), date: DateKey, category: Category, estimate: z.boolean() })),
  ),
});

const data = SeasonalData.parse(raw);

/** Years for which movable dates (Ramadan, Lebaran, Idul Adha, Imlek) are on file. */
export const SEASONAL_COVERAGE: Readonly<{ from: number; to: number }> = data.coverage;

/** Shown next to religious dates: they are estimates until the government announces them. */
export const SEASONAL_NOTE: Readonly<{ id: string; en: string }> = data.note;

function nameOf(key: string): { id: string; en: string } {
  const n = data.names[key];
  if (!n) throw new Error(`seasonal-dates.json has no name for ${key}`);
  return n;
}

export function seasonalName(d: Pick<SeasonalDate, 'name'>, lang: Lang): string {
  return d.name[lang];
}

/**
 * Indonesian seasonal dates between `from` and `to` (inclusive `YYYY-MM-DD`), sorted by date.
 * Fixed-date observances (17 Agustus, Natal, 12.12 …) are listed for every year in the range;
 * moon- and lunisolar-based ones only for years in `SEASONAL_COVERAGE`.
 */
export function seasonalDates(from: string, to: string): SeasonalDate[] {
  const a = parseDateKey(from);
  const b = parseDateKey(to);
  if (from > to) return [];
  const out: SeasonalDate[] = [];
  for (let year = a.year; year <= b.year; year++) {
    for (const f of data.fixed) {
      const date = `${year}-${f.monthDay}`;
      out.push({ key: f.key, date, name: nameOf(f.key), category: f.category, estimate: false });
    }
    for (const m of data.years[String(year)] ?? []) {
      out.push({ key: m.key, date: m.date, name: nameOf(m.key), category: m.category, estimate: m.estimate });
    }
  }
  return out
    .filter((d) => d.date >= from && d.date <= to)
    .sort((x, y) => x.date.localeCompare(y.date) || x.key.localeCompare(y.key));
}
