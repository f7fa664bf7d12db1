import type { KpiResult } from '@/lib/kpi';
import { translate, type UiLang } from '@/lib/i18n';
import { localeOf } from '../../popup/kpi-format';

function inputLabel(key: string, lang: UiLang): string {
  for (const k of [`listening.input.${key}`, `kpi.input.${key}`]) {
    const label = translate(lang, k);
    if (label !== k) return label;
  }
  return key;
}

/** The formula in the user's language and the inputs it used, for a tooltip or a caption. */
export function formulaOf(r: KpiResult, lang: UiLang): string {
  const num = new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 2 });
  const inputs = Object.entries(r.inputs)
    .map(([k, v]) => `${inputLabel(k, lang)}: ${v === null ? translate(lang, 'common.noData') : num.format(v)}`)
    .join(' · ');
  return inputs ? `${r.formula[lang]} — ${inputs}` : r.formula[lang];
}

export function formatDateTime(at: number, lang: UiLang, timeZone: string): string {
  return new Intl.DateTimeFormat(localeOf(lang), { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone }).format(at);
}

/** One value per line, trimmed, blanks dropped (what the user typed is kept in the field). */
export function splitList(text: string): string[] {
  return text
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);
}
