import type { KpiResult, CampaignProgress, TargetKey } from '@/lib/kpi';
import { moneyFormatter } from '@/lib/services/campaigns';
import { useLang, useT } from '../../app-context';

type Kind = 'money' | 'percent' | 'count';

const TARGET_KIND: Record<TargetKey, Kind> = {
  reach: 'count', clicks: 'count', ctr: 'percent', leads: 'count', cpl: 'money', conversions: 'count', revenue: 'money', roi: 'percent',
};

function useFormat(currency: string) {
  const lang = useLang();
  const t = useT();
  const locale = lang === 'id' ? 'id-ID' : 'en-US';
  const money = moneyFormatter(currency, lang);
  const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const pct = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  return (value: number | null, kind: Kind): string => {
    if (value === null) return t('common.noData');
    if (kind === 'money') return money.format(value);
    if (kind === 'percent') return `${pct.format(value)} %`;
    return count.format(value);
  };
}

function KpiCard({ id, label, result, kind, currency }: { id: string; label: string; result: KpiResult; kind: Kind; currency: string }) {
  const lang = useLang();
  const format = useFormat(currency);
  return (
    <div className="card stack" data-testid={`kpi-${id}`}>
      <span className="muted">{label}</span>
      <span className="kpi-value" data-testid={`kpi-${id}-value`}>
        {format(result.value, kind)}
      </span>
      <small className="muted" data-testid={`kpi-${id}-formula`}>
        {result.formula[lang]}
      </small>
    </div>
  );
}

/** Totals, KPIs, budget pacing and progress toward each target, every figure with its formula. */
export function CampaignKpis({ progress, currency, budget }: { progress: CampaignProgress; currency: string; budget: number }) {
  const t = useT();
  const lang = useLang();
  const format = useFormat(currency);
  const { totals, kpis, pacing, targets } = progress;
  const pacingState = pacing.value === null ? null : pacing.value > 110 ? 'fast' : pacing.value < 90 ? 'slow' : 'onPace';
  return (
    <div className="stack" data-testid="campaign-kpis">
      <div className="cards">
        <div className="card stack" data-testid="kpi-pacing">
          <span className="muted">{t('campaigns.kpi.pacing')}</span>
          <span className="kpi-value" data-testid="kpi-pacing-value">
            {format(pacing.value, 'percent')}
          </span>
          {pacingState && <span className={`pill ${pacingState === 'onPace' ? 'sla-ok' : 'sla-warning'}`}>{t(`campaigns.kpi.${pacingState}`)}</span>}
          <small className="muted">
            {t('campaigns.kpi.spentOf', format(totals.spend, 'money'), format(budget, 'money'))}
            {pacing.expectedSpend !== null && ` · ${t('campaigns.kpi.expected', format(pacing.expectedSpend, 'money'))}`}
            {pacing.elapsedDays !== null && pacing.totalDays !== null && ` · ${t('campaigns.kpi.days', pacing.elapsedDays, pacing.totalDays)}`}
          </small>
          <small className="muted" data-testid="kpi-pacing-formula">
            {pacing.formula[lang]}
          </small>
        </div>
        <KpiCard id="ctr" label={t('campaigns.kpi.ctr')} result={kpis.ctr} kind="percent" currency={currency} />
        <KpiCard id="cpl" label={t('campaigns.kpi.cpl')} result={kpis.cpl} kind="money" currency={currency} />
        <KpiCard id="cpa" label={t('campaigns.kpi.cpa')} result={kpis.cpa} kind="money" currency={currency} />
        <KpiCard id="conversionRate" label={t('campaigns.kpi.conversionRate')} result={kpis.conversionRate} kind="percent" currency={currency} />
        <KpiCard id="roi" label={t('campaigns.kpi.roi')} result={kpis.roi} kind="percent" currency={currency} />
      </div>
      <table data-testid="campaign-totals">
        <tbody>
          <tr>
            {(['spend', 'impressions', 'reach', 'clicks', 'leads', 'conversions', 'revenue'] as const).map((k) => (
              <td key={k} data-testid={`total-${k}`}>
                <span className="muted">{t(`campaigns.entry.${k}`)}</span>
                <br />
                {format(totals[k], k === 'spend' || k === 'revenue' ? 'money' : 'count')}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      {targets.length === 0 ? (
        <p className="empty">{t('campaigns.noTargets')}</p>
      ) : (
        <table data-testid="campaign-targets">
          <thead>
            <tr>
              <th>{t('campaigns.targetCol')}</th>
              <th>{t('campaigns.targetValue')}</th>
              <th>{t('campaigns.actual')}</th>
              <th>{t('campaigns.progress')}</th>
              <th>{t('campaigns.expectedByNow')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {targets.map((row) => {
              const kind = TARGET_KIND[row.key];
              return (
                <tr key={row.key} data-testid="target-row" data-key={row.key}>
                  <td>{t(`campaigns.target.${row.key}`)}</td>
                  <td>{format(row.target, kind)}</td>
                  <td data-testid="target-actual">
                    {format(row.actual, kind)}
                    <br />
                    <small className="muted">
                      {row.key === 'ctr' || row.key === 'cpl' || row.key === 'roi' ? kpis[row.key].formula[lang] : t('campaigns.sumFormula', t(`campaigns.entry.${row.key}`).toLocaleLowerCase(lang))}
                    </small>
                  </td>
                  <td>
                    {row.ratio === null ? t('common.noData') : `${format(row.ratio * 100, 'percent')}`}
                    {row.ratio !== null && <progress className="progress" max={1} value={Math.min(1, Math.max(0, row.ratio))} />}
                  </td>
                  <td>{format(row.expected, kind)}</td>
                  <td>
                    <span className={`pill ${row.onTrack === null ? 'muted' : row.onTrack ? 'sla-ok' : 'sla-breached'}`}>
                      {t(row.onTrack === null ? 'common.noData' : row.onTrack ? 'campaigns.onTrack' : 'campaigns.behind')}
                    </span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {targets.length > 0 && <small className="muted">{t('campaigns.progressFormula')}</small>}
    </div>
  );
}
