import type { Persona } from '@/lib/models';
import { useT } from '../../app-context';
import { PlatformPicker } from '../calendar/platform-picker';
import { ListField } from './list-field';

function age(v: string): number | null {
  if (v.trim() === '') return null;
  const n = Math.round(Number(v));
  return Number.isFinite(n) ? Math.min(120, Math.max(0, n)) : null;
}

const EMPTY: Persona = { name: '', ageMin: null, ageMax: null, interests: [], platforms: [], pains: [] };

export function PersonasEditor({ personas, onChange }: { personas: Persona[]; onChange: (next: Persona[]) => void }) {
  const t = useT();
  const set = (i: number, p: Persona) => onChange(personas.map((x, j) => (j === i ? p : x)));
  return (
    <fieldset className="plan-section" data-testid="plan-personas">
      <legend>{t('plan.personas.title')}</legend>
      <div className="plan-grid">
        {personas.map((p, i) => (
          <div key={i} className="card stack" data-testid="plan-persona">
            <label>
              {t('plan.personas.name')}
              <input data-testid="persona-name" value={p.name} maxLength={100} onChange={(e) => set(i, { ...p, name: e.target.value })} />
            </label>
            <div className="row">
              <label>
                {t('plan.personas.ageMin')}
                <input data-testid="persona-age-min" type="number" min={0} max={120} size={4} value={p.ageMin ?? ''} onChange={(e) => set(i, { ...p, ageMin: age(e.target.value) })} />
              </label>
              <label>
                {t('plan.personas.ageMax')}
                <input data-testid="persona-age-max" type="number" min={0} max={120} size={4} value={p.ageMax ?? ''} onChange={(e) => set(i, { ...p, ageMax: age(e.target.value) })} />
              </label>
            </div>
            <ListField label={t('plan.personas.interests')} testId="persona-interests" value={p.interests} maxItem={60} onChange={(interests) => set(i, { ...p, interests })} />
            <PlatformPicker name={`persona-${i}`} value={p.platforms} onChange={(platforms) => set(i, { ...p, platforms })} />
            <ListField label={t('plan.personas.pains')} testId="persona-pains" multiline value={p.pains} maxItem={200} onChange={(pains) => set(i, { ...p, pains })} />
            <div>
              <button type="button" onClick={() => onChange(personas.filter((_, j) => j !== i))}>
                {t('common.remove')}
              </button>
            </div>
          </div>
        ))}
      </div>
      <div>
        <button type="button" data-testid="plan-persona-add" disabled={personas.length >= 20} onClick={() => onChange([...personas, { ...EMPTY }])}>
          {t('plan.personas.add')}
        </button>
      </div>
    </fieldset>
  );
}
