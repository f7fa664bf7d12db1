import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getSettings } from '@/lib/db/repos/settings';
import { PLATFORMS, type Platform } from '@/lib/models';
import { campaignsCsv, loadReport, reportCsv, type ReportData } from '@/lib/services/reports';
import type { PlatformFilter } from '@/lib/services/kpi-snapshot';
import { dateKeyToDayNumber, dayKey, dayNumberToKey, formatWaiting } from '@/lib/timers';
import { useLang, useSettings, useT } from '../../app-context';
import { TimeChart, type ChartSeries } from '../../ui/chart';
import { downloadText } from '../../ui/download';
import { formatKpi, localeOf } from '../../popup/kpi-format';
import { BestTimeHeatmap, CampaignBars, ResponseHistogram } from './report-charts';
import { HandoverPanel } from './handover-panel';
import { FiguresEntry } from './figures-entry';
import './reports.css';

const PRESETS = ['30d', '90d', '365d', 'month', 'custom'] as const;
type Preset = (typeof PRESETS)[number];

export const PLATFORM_COLORS: Record<Platform, string> = {
  x: '#64748b', facebook: '#1877f2', instagram: '#c13584', linkedin: '#0a66c2', youtube: '#e11d48', tiktok: '#0d9488', threads: '#7c3aed',
};

function shift(day: string, n: number): string {
  return dayNumberToKey(dateKeyToDayNumber(day)! + n);
}

function rangeOf(preset: Preset, today: string, custom: { from: string; to: string }): { from: string; to: string } {
  switch (preset) {
    case '30d':
      return { from: shift(today, -29), to: today };
    case '90d':
      return { from: shift(today, -89), to: today };
    case '365d':
      return { from: shift(today, -364), to: today };
    case 'month':
      return { from: `${today.slice(0, 8)}01`, to: today };
    case 'custom':
      return custom;
  }
}

function ChartBlock({ title, formula, testId, empty, children }: { title: string; formula?: string; testId: string; empty: boolean; children: ReactNode }) {
  const t = useT();
  return (
    <section className="card stack report-block" aria-label={title} data-testid={`report-${testId}`}>
      <h3 title={formula}>{title}</h3>
      {formula && <p className="muted small-text">{formula}</p>}
      {empty ? <p className="empty" data-testid="report-no-data">{t('common.noData')}</p> : children}
    </section>
  );
}

/** Reports: figures over time, best time to post, response times, sentiment and campaign results. */
export function ReportsScreen() {
  const t = useT();
  const lang = useLang();
  const settings = useSettings();
  const locale = localeOf(lang);
  const today = dayKey(Date.now(), settings.timeZone);
  const [preset, setPreset] = useState<Preset>('30d');
  const [custom, setCustom] = useState({ from: shift(today, -29), to: today });
  const [platform, setPlatform] = useState<PlatformFilter>('all');
  const range = rangeOf(preset, today, custom);
  const rangeError = !dateKeyToDayNumber(range.from) || !dateKeyToDayNumber(range.to) || range.from > range.to;
  const filter = { ...range, platform };

  const data: ReportData | undefined = useLiveQuery(
    async () => (rangeError ? undefined : loadReport(filter, await getSettings(), Date.now())),
    [filter.from, filter.to, filter.platform, rangeError],
  );

  const followerSeries = useMemo<ChartSeries[]>(
    () => (data ? data.platforms.filter((p) => data.followers[p]?.some((v) => v !== null)).map((p) => ({ label: t(`platform.${p}`), values: data.followers[p]!, color: PLATFORM_COLORS[p] })) : []),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [data, lang],
  );
  const erSeries = useMemo<ChartSeries[]>(
    () => (data ? data.platforms.filter((p) => data.engagementRate[p]?.some((v) => v !== null)).map((p) => ({ label: t(`platform.${p}`), values: data.engagementRate[p]!, color: PLATFORM_COLORS[p] })) : []),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [data, lang],
  );
  const sentimentSeries = useMemo<ChartSeries[]>(
    () => (data ? [{ label: t('reports.sentimentScore'), values: data.sentiment.score, color: '#2e7d32' }] : []),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [data, lang],
  );
  const pct = useCallback((v: number) => formatKpi(v, 'percent', lang) ?? '', [lang]);

  function exportCsv() {
    if (!data) return;
    downloadText(`kelola-report-${data.filter.from}-${data.filter.to}.csv`, reportCsv(data.table, lang), 'text/csv;charset=utf-8');
  }

  const num = new Intl.NumberFormat(locale);
  const totals = data?.sentiment;
  const sumOf = (a: readonly number[] | undefined) => (a ?? []).reduce((n, v) => n + v, 0);

  return (
    <section className="stack reports" data-testid="reports">
      <div className="row no-print" style={{ justifyContent: 'space-between' }}>
        <h2>{t('nav.reports')}</h2>
        <div className="row">
          <button type="button" data-testid="report-export-csv" disabled={!data} onClick={exportCsv}>{t('reports.exportCsv')}</button>
          <button
            type="button"
            data-testid="report-export-campaigns"
            disabled={!data || data.campaigns.length === 0}
            onClick={() => data && downloadText(`kelola-campaigns-${data.filter.from}-${data.filter.to}.csv`, campaignsCsv(data.campaigns, lang), 'text/csv;charset=utf-8')}
          >
            {t('reports.exportCampaigns')}
          </button>
          <button type="button" data-testid="report-print" onClick={() => window.print()}>{t('reports.print')}</button>
        </div>
      </div>
      <h2 className="print-only">
        {t('reports.printTitle', settings.brand || 'Kelola', range.from, range.to)}
      </h2>
      <div className="row no-print report-filters">
        <label>
          {t('reports.period')}
          <select data-testid="report-period" value={preset} onChange={(e) => setPreset(e.target.value as Preset)}>
            {PRESETS.map((p) => (
              <option key={p} value={p}>{t(`reports.presets.${p}`)}</option>
            ))}
          </select>
        </label>
        {preset === 'custom' && (
          <>
            <label>
              {t('reports.from')}
              <input type="date" data-testid="report-from" value={custom.from} onChange={(e) => setCustom({ ...custom, from: e.target.value })} />
            </label>
            <label>
              {t('reports.to')}
              <input type="date" data-testid="report-to" value={custom.to} onChange={(e) => setCustom({ ...custom, to: e.target.value })} />
            </label>
          </>
        )}
        <label>
          {t('popup.platform')}
          <select data-testid="report-platform" value={platform} onChange={(e) => setPlatform(e.target.value as PlatformFilter)}>
            <option value="all">{t('queue.allPlatforms')}</option>
            {PLATFORMS.map((p) => (
              <option key={p} value={p}>{t(`platform.${p}`)}</option>
            ))}
          </select>
        </label>
      </div>
      {rangeError && <p className="error" role="alert">{t('reports.badRange')}</p>}

      {data && (
        <div className="report-grid" data-testid="report-charts">
          <ChartBlock title={t('reports.followers')} testId="followers" empty={followerSeries.length === 0}>
            <TimeChart days={data.days} series={followerSeries} locale={locale} dateLabel={t('reports.col.date')} label={t('reports.followers')} testId="chart-followers" />
          </ChartBlock>
          <ChartBlock title={t('reports.engagementRate')} formula={data.engagementRateFormula[lang]} testId="engagement" empty={erSeries.length === 0}>
            <TimeChart days={data.days} series={erSeries} locale={locale} dateLabel={t('reports.col.date')} label={t('reports.engagementRate')} testId="chart-engagement" format={pct} />
          </ChartBlock>
          <ChartBlock title={t('reports.sentimentTrend')} formula={data.sentiment.formula[lang]} testId="sentiment" empty={!data.sentiment.score.some((v) => v !== null)}>
            <TimeChart days={data.days} series={sentimentSeries} locale={locale} dateLabel={t('reports.col.date')} label={t('reports.sentimentTrend')} testId="chart-sentiment" format={pct} />
            {totals && (
              <p className="small-text">
                <span className="sent-positive">{t('sentiment.positive')}: {num.format(sumOf(totals.positive))}</span> ·{' '}
                <span className="sent-neutral">{t('sentiment.neutral')}: {num.format(sumOf(totals.neutral))}</span> ·{' '}
                <span className="sent-negative">{t('sentiment.negative')}: {num.format(sumOf(totals.negative))}</span>
              </p>
            )}
          </ChartBlock>
          <ChartBlock title={t('reports.responseDistribution')} testId="response" empty={data.response.responseCount === 0}>
            <ResponseHistogram hist={data.responseHist} />
            <p className="small-text" data-testid="report-response-summary">
              {t(
                'reports.responseSummary',
                num.format(data.response.responseCount),
                data.response.medianResponseMs === null ? t('common.noData') : formatWaiting(data.response.medianResponseMs, lang),
                data.response.p90ResponseMs === null ? t('common.noData') : formatWaiting(data.response.p90ResponseMs, lang),
                formatKpi(data.response.withinSla.value, 'percent', lang) ?? t('common.noData'),
              )}
            </p>
          </ChartBlock>
          <ChartBlock title={t('reports.bestTime')} testId="best-time" empty={data.bestTime === null}>
            {data.bestTime && <BestTimeHeatmap best={data.bestTime} />}
          </ChartBlock>
          <ChartBlock title={t('reports.campaignResults')} testId="campaigns" empty={!data.campaigns.some((c) => c.progress.targets.length > 0)}>
            <CampaignBars campaigns={data.campaigns} />
          </ChartBlock>
        </div>
      )}

      <HandoverPanel />
      <FiguresEntry />
    </section>
  );
}
