import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db/db';
import { mentionSeries } from '@/lib/listening/series';
import { dateKeyToDayNumber, dayKey, dayNumberToKey } from '@/lib/timers';
import { useLang, useSettings, useT } from '../../app-context';
import { TimeChart, type ChartSeries } from '../../ui/chart';
import { formatKpi, localeOf } from '../../popup/kpi-format';

const PERIODS = [7, 30, 90] as const;

/** Share of voice (own vs competitor mentions) and the sentiment of mentions, per day. */
export function TrendsSection() {
  const t = useT();
  const lang = useLang();
  const settings = useSettings();
  const [days, setDays] = useState<(typeof PERIODS)[number]>(30);
  const to = dayKey(Date.now(), settings.timeZone);
  const from = dayNumberToKey(dateKeyToDayNumber(to)! - (days - 1));
  // A mention is seen after it is posted, so everything dated in the period was seen in it (a day of slack for zones).
  const since = Date.now() - (days + 1) * 86_400_000;
  const mentions = useLiveQuery(() => getDb().mentions.where('seenAt').aboveOrEqual(since).toArray(), [days]);
  const series = useMemo(() => mentionSeries(mentions ?? [], from, to, settings.timeZone), [mentions, from, to, settings.timeZone]);
  const locale = localeOf(lang);

  const groupSeries: ChartSeries[] = useMemo(
    () => [
      { label: t('listening.group.own'), values: series.byGroup.own, color: '#0f766e', bars: true },
      { label: t('listening.group.competitor'), values: series.byGroup.competitor, color: '#b45309' },
      { label: t('listening.group.industry'), values: series.byGroup.industry, color: '#4f46e5' },
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [series, lang],
  );
  const sentimentSeries: ChartSeries[] = useMemo(
    () => [
      { label: t('sentiment.positive'), values: series.bySentiment.positive, color: '#2e7d32' },
      { label: t('sentiment.neutral'), values: series.bySentiment.neutral, color: '#607d8b' },
      { label: t('sentiment.negative'), values: series.bySentiment.negative, color: '#c62828' },
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [series, lang],
  );
  const sovSeries: ChartSeries[] = useMemo(
    () => [{ label: t('listening.trends.sov'), values: series.shareOfVoice, color: '#0f766e' }],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [series, lang],
  );
  const pct = (v: number) => formatKpi(v, 'percent', lang) ?? '';

  if (!mentions) return null;
  const sov = formatKpi(series.totals.shareOfVoice, 'percent', lang);
  return (
    <section className="stack" aria-labelledby="trends-h">
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h2 id="trends-h">{t('listening.trends.title')}</h2>
        <label>
          {t('listening.filter.period')}
          <select data-testid="trends-period" value={days} onChange={(e) => setDays(Number(e.target.value) as (typeof PERIODS)[number])}>
            {PERIODS.map((d) => (
              <option key={d} value={d}>{t('listening.filter.days', d)}</option>
            ))}
          </select>
        </label>
      </div>
      <div className="cards">
        <div className="card" title={t('listening.trends.sovFormula')}>
          <div className="muted">{t('listening.trends.sov')}</div>
          <div className="kpi-value" data-testid="sov-value">{sov ?? t('common.noData')}</div>
          <div className="formula">{t('listening.trends.sovFormula')}</div>
        </div>
        <div className="card">
          <div className="muted">{t('listening.mentions.title')}</div>
          <div data-testid="sov-totals">{t('listening.trends.totals', series.totals.own, series.totals.competitor, series.totals.industry)}</div>
        </div>
      </div>
      <div className="listening-grid">
        <section className="card stack">
          <h3>{t('listening.trends.byGroup')}</h3>
          <TimeChart days={series.days} series={groupSeries} locale={locale} label={t('listening.trends.byGroup')} testId="chart-groups" dateLabel={t('listening.trends.date')} />
        </section>
        <section className="card stack">
          <h3>{t('listening.trends.sentiment')}</h3>
          <TimeChart days={series.days} series={sentimentSeries} locale={locale} label={t('listening.trends.sentiment')} testId="chart-sentiment" dateLabel={t('listening.trends.date')} />
        </section>
        <section className="card stack">
          <h3>{t('listening.trends.sovDaily')}</h3>
          <TimeChart days={series.days} series={sovSeries} locale={locale} label={t('listening.trends.sovDaily')} testId="chart-sov" format={pct} dateLabel={t('listening.trends.date')} />
        </section>
      </div>
    </section>
  );
}
