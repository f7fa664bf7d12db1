import type { BestTimeToPost } from '@/lib/kpi';
import type { CampaignResult } from '@/lib/services/reports';
import { histogramEdgesMinutes } from '@/lib/services/reports';
import { formatWaiting } from '@/lib/timers';
import { useLang, useT } from '../../app-context';
import { formatKpi, localeOf } from '../../popup/kpi-format';

/** Weekday rows start on Monday, as Indonesian and British calendars do; values keep 0 = Sunday. */
const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0];

export function BestTimeHeatmap({ best }: { best: BestTimeToPost }) {
  const t = useT();
  const lang = useLang();
  const locale = localeOf(lang);
  const dayName = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  // 2024-01-07 was a Sunday: weekday w is that date + w days.
  const nameOf = (w: number) => dayName.format(new Date(Date.UTC(2024, 0, 7 + w)));
  let max = 0;
  for (const row of best.mean) for (const v of row) if (v !== null && v > max) max = v;
  const num = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const top = best.ranked[0];
  return (
    <figure className="stack" style={{ margin: 0 }}>
      <div className="heatmap" data-testid="heatmap" role="table" aria-label={t('reports.bestTime')}>
        <div role="row" className="heatmap-row">
          <span role="columnheader" />
          {Array.from({ length: 24 }, (_, h) => (
            <span key={h} role="columnheader" className="heatmap-hour">{h % 3 === 0 ? String(h).padStart(2, '0') : ''}</span>
          ))}
        </div>
        {WEEK_ORDER.map((w) => (
          <div key={w} role="row" className="heatmap-row">
            <span role="rowheader" className="heatmap-day">{nameOf(w)}</span>
            {Array.from({ length: 24 }, (_, h) => {
              const v = best.mean[w]?.[h] ?? null;
              const n = best.posts[w]?.[h] ?? 0;
              const label = v === null
                ? `${nameOf(w)} ${String(h).padStart(2, '0')}:00 — ${t('common.noData')}`
                : `${nameOf(w)} ${String(h).padStart(2, '0')}:00 — ${t('reports.perPost', num.format(v), n)}`;
              return (
                <span
                  key={h}
                  role="cell"
                  className={`heatmap-cell ${v === null ? 'heatmap-empty' : ''}`}
                  data-value={v ?? ''}
                  title={label}
                  aria-label={label}
                  style={v === null || max === 0 ? undefined : { opacity: 0.15 + 0.85 * (v / max) }}
                />
              );
            })}
          </div>
        ))}
      </div>
      <figcaption className="muted small-text">
        {top ? t('reports.bestSlot', `${nameOf(top.weekday)} ${String(top.hour).padStart(2, '0')}:00`, num.format(top.mean)) : null}{' '}
        {best.formula[lang]} · {t('reports.bestTimeEstimate')}
      </figcaption>
    </figure>
  );
}

/** Response times per histogram bucket as SVG bars; empty buckets at either end are left out. */
export function ResponseHistogram({ hist }: { hist: readonly number[] }) {
  const t = useT();
  const lang = useLang();
  const edges = histogramEdgesMinutes();
  let first = hist.findIndex((n) => n > 0);
  let last = hist.length - 1;
  while (last > 0 && (hist[last] ?? 0) === 0) last--;
  if (first === -1) first = 0;
  const shown = hist.slice(first, last + 1);
  const max = Math.max(1, ...shown);
  const w = 640;
  const h = 180;
  const bw = w / Math.max(shown.length, 1);
  const labelOf = (k: number) => {
    const upper = edges[k];
    const lower = k === 0 ? 0 : edges[k - 1]!;
    return upper === undefined ? `≥ ${formatWaiting(lower * 60_000, lang)}` : `${formatWaiting(lower * 60_000, lang)} – ${formatWaiting(upper * 60_000, lang)}`;
  };
  return (
    <svg data-testid="chart-response" viewBox={`0 0 ${w} ${h + 20}`} width="100%" role="img" aria-label={t('reports.responseDistribution')} className="bars">
      {shown.map((n, i) => {
        const k = first + i;
        const bh = (n / max) * h;
        return (
          <g key={k}>
            <rect x={i * bw + 1} y={h - bh} width={Math.max(bw - 2, 1)} height={bh} className="bar">
              <title>{`${labelOf(k)}: ${n}`}</title>
            </rect>
            {(i % Math.ceil(shown.length / 8) === 0) && (
              <text x={i * bw + bw / 2} y={h + 14} textAnchor="middle" className="bar-label">
                {formatWaiting((k === 0 ? 0 : edges[k - 1]!) * 60_000, lang)}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}

/** Each campaign target as a bar of actual ÷ target, with the 100 % line and the pro-rated bar. */
export function CampaignBars({ campaigns }: { campaigns: readonly CampaignResult[] }) {
  const t = useT();
  const lang = useLang();
  const rows = campaigns.flatMap((c) => c.progress.targets.map((tg) => ({ c, tg })));
  const rowH = 26;
  const labelW = 220;
  const w = 640;
  const barW = w - labelW - 60;
  const scale = Math.max(1.5, ...rows.map((r) => r.tg.ratio ?? 0));
  const x100 = labelW + barW / scale;
  const unitOf = (key: string) => (key === 'cpl' || key === 'revenue' ? 'money' : key === 'ctr' || key === 'roi' ? 'percent' : 'count') as 'money' | 'percent' | 'count';
  return (
    <svg data-testid="chart-campaigns" viewBox={`0 0 ${w} ${rows.length * rowH + 10}`} width="100%" role="img" aria-label={t('reports.campaignResults')} className="bars">
      {rows.map(({ c, tg }, i) => {
        const y = i * rowH + 4;
        const ratio = tg.ratio ?? 0;
        const unit = unitOf(tg.key);
        const label = `${c.name} · ${t(`kpi.target.${tg.key}`)}`;
        const actual = formatKpi(tg.actual, unit, lang, c.currency) ?? t('common.noData');
        const target = formatKpi(tg.target, unit, lang, c.currency) ?? '';
        return (
          <g key={`${c.id}:${tg.key}`}>
            <text x={0} y={y + 15} className="bar-label">{label.length > 34 ? `${label.slice(0, 33)}…` : label}</text>
            <rect x={labelW} y={y} width={Math.max((ratio / scale) * barW, tg.ratio === null ? 0 : 1)} height={rowH - 8} className={tg.onTrack === false ? 'bar bar-bad' : 'bar bar-good'}>
              <title>{`${label}: ${actual} / ${target}`}</title>
            </rect>
            <text x={labelW + Math.min((ratio / scale) * barW, barW) + 4} y={y + 14} className="bar-label">
              {tg.ratio === null ? t('common.noData') : formatKpi(tg.ratio * 100, 'percent', lang)}
            </text>
          </g>
        );
      })}
      <line x1={x100} x2={x100} y1={0} y2={rows.length * rowH + 6} className="bar-target" />
    </svg>
  );
}
