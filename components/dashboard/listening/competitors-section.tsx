import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { KpiResult } from '@/lib/kpi';
import type { AccountReport } from '@/lib/listening/competitors';
import { loadCompetitorReport } from '@/lib/services/listening';
import { dateKeyToDayNumber, dayKey, dayNumberToKey } from '@/lib/timers';
import { useLang, useSettings, useT } from '../../app-context';
import { formatKpi, formatSigned } from '../../popup/kpi-format';
import { formulaOf } from './format';

const PERIODS = [30, 90, 365] as const;

/** Own accounts and competitors side by side: follower growth, posting frequency, engagement rate. */
export function CompetitorsSection() {
  const t = useT();
  const lang = useLang();
  const settings = useSettings();
  const [days, setDays] = useState<(typeof PERIODS)[number]>(90);
  const to = dayKey(Date.now(), settings.timeZone);
  const from = dayNumberToKey(dateKeyToDayNumber(to)! - (days - 1));
  const report = useLiveQuery(() => loadCompetitorReport(from, to, settings), [from, to, settings.erFormula]);
  if (!report) return null;

  const cell = (r: KpiResult, unit: 'percent' | 'count', testId: string) => (
    <td className="num" title={formulaOf(r, lang)} data-testid={testId}>
      {formatKpi(r.value, unit, lang) ?? <span className="muted">{t('common.noData')}</span>}
    </td>
  );

  const rows = (list: AccountReport[]) =>
    list.map((r) => (
      <tr key={r.account.id} data-testid="competitor-row" data-role={r.account.role} data-handle={r.account.handle} data-platform={r.account.platform}>
        <td>
          <strong>@{r.account.handle}</strong> <span className="muted">{t(`platform.${r.account.platform}`)}</span>
          {r.account.displayName && <div className="muted small-text">{r.account.displayName}</div>}
        </td>
        <td className="num" data-testid="competitor-followers">
          {r.followersEnd === null ? <span className="muted">{t('common.noData')}</span> : formatKpi(r.followersEnd, 'count', lang)}
          {r.growth.netNew !== null && <div className="muted small-text">{formatSigned(r.growth.netNew, lang)}</div>}
        </td>
        {cell(r.growth, 'percent', 'competitor-growth')}
        {cell(r.postsPerWeek, 'count', 'competitor-per-week')}
        {cell(r.engagementRate, 'percent', 'competitor-er')}
        <td className="num">
          {r.snapshots}
          {r.firstDate && r.lastDate && <div className="muted small-text">{t('listening.competitors.range', r.firstDate, r.lastDate)}</div>}
        </td>
      </tr>
    ));

  const head = (
    <thead>
      <tr>
        <th>{t('listening.competitors.account')}</th>
        <th className="num">{t('listening.competitors.followers')}</th>
        <th className="num">{t('listening.competitors.growth')}</th>
        <th className="num">{t('listening.competitors.perWeek')}</th>
        <th className="num">{t('listening.competitors.er')}</th>
        <th className="num">{t('listening.competitors.snapshots')}</th>
      </tr>
    </thead>
  );

  return (
    <section className="stack" aria-labelledby="competitors-h">
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h2 id="competitors-h">{t('listening.competitors.title')}</h2>
        <label>
          {t('listening.filter.period')}
          <select data-testid="competitors-period" value={days} onChange={(e) => setDays(Number(e.target.value) as (typeof PERIODS)[number])}>
            {PERIODS.map((d) => (
              <option key={d} value={d}>{t('listening.filter.days', d)}</option>
            ))}
          </select>
        </label>
      </div>
      <p className="muted">{t('listening.competitors.help')}</p>
      {report.competitors.length === 0 && <p className="empty" data-testid="competitors-empty">{t('listening.competitors.empty')}</p>}
      {(report.competitors.length > 0 || report.own.length > 0) && (
        <table className="listening-table" data-testid="competitors-table">
          {head}
          <tbody>
            {report.own.length > 0 && (
              <tr>
                <th colSpan={6}>{t('listening.competitors.own')}</th>
              </tr>
            )}
            {rows(report.own)}
            {report.competitors.length > 0 && (
              <tr>
                <th colSpan={6}>{t('listening.competitors.competitors')}</th>
              </tr>
            )}
            {rows(report.competitors)}
          </tbody>
        </table>
      )}
      <p className="formula">
        {t('listening.competitors.growth')}: {report.own[0]?.growth.formula[lang] ?? report.competitors[0]?.growth.formula[lang] ?? ''}
      </p>
    </section>
  );
}
