import { useId } from 'react';
import type { CampaignCard, CampaignKpi, KpiCard, PopupData } from '@/lib/services/kpi-snapshot';
import { Sparkline } from '../ui/sparkline';
import { useLang, useT } from '../app-context';
import { formatDayRange, formatKpi, formatSigned, formulaText } from './kpi-format';

function trendClass(delta: number | null, better: 'higher' | 'lower'): string {
  if (delta === null || delta === 0) return 'trend-flat';
  return (delta > 0) === (better === 'higher') ? 'trend-good' : 'trend-bad';
}

function KpiCardView({ card }: { card: KpiCard }) {
  const t = useT();
  const lang = useLang();
  const descId = useId();
  const label = t(`kpi.card.${card.id}`);
  const value = formatKpi(card.current.value, card.unit, lang);
  const prev = formatKpi(card.previous.value, card.unit, lang);
  const formula = formulaText(card.current, lang, t);
  const arrow = card.delta === null || card.delta === 0 ? '' : card.delta > 0 ? '▲' : '▼';
  return (
    <div className="card kpi-card" data-testid="kpi-card" data-kpi={card.id} title={`${label}\n${formula}`} aria-describedby={descId} tabIndex={0}>
      <div className="kpi-label">{label}</div>
      <div className="kpi-value-row">
        <span className={`kpi-value ${value === null ? 'kpi-none' : ''}`} data-testid="kpi-value">
          {value ?? t('common.noData')}
        </span>
        {card.id === 'followerGrowth' && card.netNew?.current != null && (
          <span className="kpi-net muted" data-testid="kpi-net">{t('kpi.netNew', formatSigned(card.netNew.current, lang))}</span>
        )}
      </div>
      <div className={`kpi-compare ${trendClass(card.delta, card.better)}`}>
        {arrow} {t('kpi.previous', prev ?? t('common.noData'))}
      </div>
      <Sparkline values={card.series} width={100} height={20} label={t('kpi.trend', label)} className="kpi-spark" />
      <span id={descId} className="sr-only">
        {t('kpi.formula')}: {formula}
      </span>
    </div>
  );
}

function CampaignKpiView({ kpi, currency }: { kpi: CampaignKpi; currency: string }) {
  const t = useT();
  const lang = useLang();
  const descId = useId();
  const label = t(`kpi.campaign.${kpi.key}`);
  const value = formatKpi(kpi.result.value, kpi.unit, lang, currency);
  const target = formatKpi(kpi.target, kpi.unit, lang, currency);
  const formula = formulaText(kpi.result, lang, t);
  return (
    <div className="campaign-kpi" data-testid="campaign-kpi" data-kpi={kpi.key} title={`${label}\n${formula}`} aria-describedby={descId} tabIndex={0}>
      <div className="kpi-label">{label}</div>
      <div className="kpi-small-value">{value ?? t('common.noData')}</div>
      <div className="muted small-text">
        {target !== null ? t('kpi.targetOf', target) : t('kpi.noTarget')}{' '}
        {kpi.onTrack !== null && (
          <span className={`pill ${kpi.onTrack ? 'sla-ok' : 'sla-breached'}`}>{t(kpi.onTrack ? 'kpi.onTrack' : 'kpi.offTrack')}</span>
        )}
      </div>
      <Sparkline values={kpi.series} width={70} height={16} label={t('kpi.trend', label)} />
      <span id={descId} className="sr-only">
        {t('kpi.formula')}: {formula}
      </span>
    </div>
  );
}

function CampaignCardView({ c }: { c: CampaignCard }) {
  const t = useT();
  const lang = useLang();
  return (
    <div className="card stack campaign-card" data-testid="campaign-card">
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <strong>{c.name}</strong>
        <span className="muted small-text">{t('kpi.until', formatDayRange(c.endDate, c.endDate, lang))}</span>
      </div>
      <div className="campaign-kpis">
        {c.kpis.map((k) => (
          <CampaignKpiView key={k.key} kpi={k} currency={c.currency} />
        ))}
      </div>
    </div>
  );
}

/** KPI cards for the chosen period against the previous one, then the running campaigns. */
export function KpiSection({ data }: { data: PopupData }) {
  const t = useT();
  const lang = useLang();
  const current = formatDayRange(data.ranges.current.from, data.ranges.current.to, lang);
  const previous = formatDayRange(data.ranges.previous.from, data.ranges.previous.to, lang);
  return (
    <section className="stack" aria-labelledby="kpi-h">
      <h2 id="kpi-h">{t('popup.howWeAreDoing')}</h2>
      <p className="muted small-text" data-testid="kpi-range">{t('popup.comparing', current, previous)}</p>
      <div className="kpi-grid" data-testid="kpi-cards">
        {data.cards.map((c) => (
          <KpiCardView key={c.id} card={c} />
        ))}
      </div>
      {data.campaigns.length > 0 && (
        <>
          <h3>{t('popup.campaigns')}</h3>
          {data.campaigns.map((c) => (
            <CampaignCardView key={c.id} c={c} />
          ))}
        </>
      )}
    </section>
  );
}
