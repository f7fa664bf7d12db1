import type { MonthlyPlan } from '@/lib/models';
import { useT } from '../../app-context';

type Targets = MonthlyPlan['kpiTargets'];
const KEYS: Array<keyof Targets> = ['followers', 'reach', 'engagementRate', 'responseMinutes', 'leads', 'posts'];

export function KpiTargetsEditor({ value, onChange }: { value: Targets; onChange: (next: Targets) => void }) {
  const t = useT();
  return (
    <fieldset className="plan-section" data-testid="plan-kpis">
      <legend>{t('plan.kpis.title')}</legend>
      <div className="row">
        {KEYS.map((k) => (
          <label key={k}>
            {t(`plan.kpis.${k}`)}
            <input
              data-testid={`plan-kpi-${k}`}
              type="number"
              min={0}
              step="any"
              style={{ width: 120 }}
              value={value[k] ?? ''}
              onChange={(e) => {
                const next = { ...value };
                if (e.target.value === '') delete next[k];
                else next[k] = Number(e.target.value);
                onChange(next);
              }}
            />
          </label>
        ))}
      </div>
    </fieldset>
  );
}
