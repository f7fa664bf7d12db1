import type { PillarMix } from '@/lib/calendar';
import { useLang, useT } from '../../app-context';

/** Planned pillar mix against the month's posts so far. */
export function MixTable({ mix }: { mix: PillarMix | null | undefined }) {
  const t = useT();
  const lang = useLang();
  const pct = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-US', { maximumFractionDigits: 1 });
  if (!mix) return <p className="empty">{t('plan.mix.noPlan')}</p>;
  return (
    <div className="stack" data-testid="mix-table">
      <table>
        <thead>
          <tr>
            <th>{t('plan.mix.pillar')}</th>
            <th>{t('plan.mix.planned')}</th>
            <th>{t('plan.mix.posts')}</th>
            <th>{t('plan.mix.actual')}</th>
            <th>{t('plan.mix.delta')}</th>
          </tr>
        </thead>
        <tbody>
          {mix.rows.map((r) => (
            <tr key={r.pillar} data-testid="mix-row" data-pillar={r.pillar}>
              <td>
                {r.color && <span className="swatch" style={{ background: r.color, display: 'inline-block', width: 10, height: 10, marginRight: 4 }} />}
                {r.pillar}
              </td>
              <td>{pct.format(r.targetShare)} %</td>
              <td data-testid="mix-count">{r.actualCount}</td>
              <td>{mix.total === 0 ? t('common.noData') : `${pct.format(r.actualShare)} %`}</td>
              <td className={mix.total > 0 && Math.abs(r.delta) >= 10 ? 'error' : undefined}>
                {mix.total === 0 ? '—' : `${r.delta > 0 ? '+' : ''}${pct.format(r.delta)}`}
              </td>
            </tr>
          ))}
          {mix.unassigned.count > 0 && (
            <tr>
              <td className="muted">{t('plan.mix.unassigned')}</td>
              <td>—</td>
              <td>{mix.unassigned.count}</td>
              <td>{pct.format(mix.unassigned.share)} %</td>
              <td />
            </tr>
          )}
          {mix.unknown.names.map((u) => (
            <tr key={u.name}>
              <td className="muted">{t('plan.mix.unknown', u.name)}</td>
              <td>—</td>
              <td>{u.count}</td>
              <td>{pct.format(mix.total === 0 ? 0 : (u.count / mix.total) * 100)} %</td>
              <td />
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">{t('plan.mix.total', mix.total)}</p>
    </div>
  );
}
