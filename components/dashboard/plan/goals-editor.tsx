import { useT } from '../../app-context';

export function GoalsEditor({ goals, onChange }: { goals: string[]; onChange: (next: string[]) => void }) {
  const t = useT();
  return (
    <fieldset className="plan-section" data-testid="plan-goals">
      <legend>{t('plan.goals.title')}</legend>
      {goals.map((g, i) => (
        <div key={i} className="row">
          <input
            data-testid="plan-goal"
            value={g}
            maxLength={300}
            style={{ flex: 1 }}
            placeholder={t('plan.goals.placeholder')}
            aria-label={t('plan.goals.goal', i + 1)}
            onChange={(e) => onChange(goals.map((x, j) => (j === i ? e.target.value : x)))}
          />
          <button type="button" onClick={() => onChange(goals.filter((_, j) => j !== i))}>
            {t('common.remove')}
          </button>
        </div>
      ))}
      <div>
        <button type="button" data-testid="plan-goal-add" disabled={goals.length >= 20} onClick={() => onChange([...goals, ''])}>
          {t('plan.goals.add')}
        </button>
      </div>
    </fieldset>
  );
}
