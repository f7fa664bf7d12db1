import type { Pillar } from '@/lib/models';
import { mixTotal } from '@/lib/services/plans';
import { useLang, useT } from '../../app-context';

const COLORS = ['#0f766e', '#c2410c', '#7c3aed', '#2563eb', '#ca8a04', '#db2777'];

export function PillarsEditor({ pillars, onChange }: { pillars: Pillar[]; onChange: (next: Pillar[]) => void }) {
  const t = useT();
  const lang = useLang();
  const set = (i: number, p: Pillar) => onChange(pillars.map((x, j) => (j === i ? p : x)));
  const { total, off } = mixTotal(pillars);
  const fmt = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-US', { maximumFractionDigits: 1 });
  return (
    <fieldset className="plan-section" data-testid="plan-pillars">
      <legend>{t('plan.pillars.title')}</legend>
      <p className="muted">{t('plan.pillars.help')}</p>
      {pillars.map((p, i) => (
        <div key={i} className="row" data-testid="plan-pillar">
          <input data-testid="pillar-name" value={p.name} maxLength={60} placeholder={t('plan.pillars.name')} aria-label={t('plan.pillars.name')} onChange={(e) => set(i, { ...p, name: e.target.value })} />
          <label className="row check">
            <input
              data-testid="pillar-share"
              type="number"
              min={0}
              max={100}
              step="any"
              style={{ width: 80 }}
              value={Number.isFinite(p.targetShare) ? p.targetShare : ''}
              aria-label={t('plan.pillars.share')}
              onChange={(e) => set(i, { ...p, targetShare: e.target.value === '' ? Number.NaN : Number(e.target.value) })}
            />
            %
          </label>
          <input type="color" aria-label={t('plan.pillars.color')} value={p.color ?? COLORS[i % COLORS.length]} onChange={(e) => set(i, { ...p, color: e.target.value })} />
          <button type="button" onClick={() => onChange(pillars.filter((_, j) => j !== i))}>
            {t('common.remove')}
          </button>
        </div>
      ))}
      <div className="row">
        <button
          type="button"
          data-testid="plan-pillar-add"
          disabled={pillars.length >= 20}
          onClick={() => onChange([...pillars, { name: '', targetShare: 0, color: COLORS[pillars.length % COLORS.length] }])}
        >
          {t('plan.pillars.add')}
        </button>
        <span data-testid="pillar-total" className={off ? 'error' : 'muted'}>
          {t('plan.pillars.total', fmt.format(total))}
        </span>
      </div>
      {off && (
        <p className="notice" role="status" data-testid="pillar-warning">
          {t('plan.pillars.notHundred', fmt.format(total))}
        </p>
      )}
      {pillars.length > 0 && (
        <div className="mix-bar" aria-hidden="true">
          {pillars.map((p, i) => (
            <span key={i} style={{ width: `${Math.max(0, Math.min(100, p.targetShare || 0))}%`, background: p.color ?? COLORS[i % COLORS.length] }} />
          ))}
        </div>
      )}
    </fieldset>
  );
}
