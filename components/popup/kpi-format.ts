import type { KpiResult } from '@/lib/kpi';
import type { UiLang } from '@/lib/i18n/catalog';
import { formatWaiting } from '@/lib/timers';
import { dateTimeFormat, numberFormat } from '@/lib/i18n/intl-cache';

export type KpiUnit = 'percent' | 'count' | 'duration' | 'money';

export function localeOf(lang: UiLang): string {
  return lang === 'id' ? 'id-ID' : 'en-GB';
}

/** A KPI value for display, or null for "no data" (never shown as 0). */
export function formatKpi(value: number | null, unit: KpiUnit, lang: UiLang, currency = 'IDR'): string | null {
  if (value === null || !Number.isFinite(value)) return null;
  const locale = localeOf(lang);
  switch (unit) {
    case 'percent':
      return numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
    case 'count':
      return numberFormat(locale, { notation: value >= 10_000 ? 'compact' : 'standard', maximumFractionDigits: 1 }).format(value);
    case 'duration':
      return formatWaiting(value, lang);
    case 'money':
      return numberFormat(locale, {
        style: 'currency',
        currency,
        notation: value >= 1_000_000 ? 'compact' : 'standard',
        maximumFractionDigits: value >= 1_000_000 ? 1 : currency === 'IDR' ? 0 : 2,
      }).format(value);
  }
}

export function formatSigned(value: number, lang: UiLang): string {
  return numberFormat(localeOf(lang), { signDisplay: 'exceptZero', maximumFractionDigits: 1 }).format(value);
}

/** "12–14 May" for a range of day keys. */
export function formatDayRange(from: string, to: string, lang: UiLang): string {
  const fmt = dateTimeFormat(localeOf(lang), { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const a = new Date(`${from}T00:00:00Z`);
  const b = new Date(`${to}T00:00:00Z`);
  return from === to ? fmt.format(a) : fmt.formatRange(a, b);
}

function inputLabel(key: string, t: (key: string) => string): string {
  const k = `kpi.input.${key}`;
  const label = t(k);
  return label === k ? key : label;
}

/** The formula in the user's language followed by the inputs it was computed from (`t`: translate in `lang`). */
export function formulaText(r: KpiResult, lang: UiLang, t: (key: string) => string): string {
  const num = numberFormat(localeOf(lang), { maximumFractionDigits: 2 });
  const inputs = Object.entries(r.inputs)
    .map(([k, v]) => `${inputLabel(k, t)}: ${v === null ? t('common.noData') : k.endsWith('Ms') ? formatWaiting(v, lang) : num.format(v)}`)
    .join(' · ');
  return inputs ? `${r.formula[lang]}\n${inputs}` : r.formula[lang];
}
