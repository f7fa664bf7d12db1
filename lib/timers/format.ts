import type { Lang } from '../models';
import { DAY_MS, HOUR_MS, MINUTE_MS } from './zone';

const UNITS: Record<Lang, { d: string; h: string; m: string; sep: string; under: string }> = {
  en: { d: 'd', h: 'h', m: 'm', sep: '', under: '<1m' },
  id: { d: 'hr', h: 'j', m: 'mnt', sep: ' ', under: '<1 mnt' },
};

/**
 * A compact waiting time: `5m`, `2h 10m`, `3d 4h`, `12d` (en) / `5 mnt`, `2 j 10 mnt`, `3 hr 4 j`,
 * `12 hr` (id). Values are rounded down so a badge never shows more than has elapsed; days carry
 * hours only below a week, where the extra precision still matters.
 */
export function formatWaiting(ms: number, lang: Lang): string {
  const u = UNITS[lang];
  if (!(ms >= MINUTE_MS)) return u.under;
  const part = (n: number, unit: string) => `${n}${u.sep}${unit}`;
  if (ms < HOUR_MS) return part(Math.floor(ms / MINUTE_MS), u.m);
  if (ms < DAY_MS) {
    const h = Math.floor(ms / HOUR_MS);
    const m = Math.floor((ms - h * HOUR_MS) / MINUTE_MS);
    return m > 0 ? `${part(h, u.h)} ${part(m, u.m)}` : part(h, u.h);
  }
  const d = Math.floor(ms / DAY_MS);
  const h = Math.floor((ms - d * DAY_MS) / HOUR_MS);
  return d < 7 && h > 0 ? `${part(d, u.d)} ${part(h, u.h)}` : part(d, u.d);
}
