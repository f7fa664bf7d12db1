import { useState, type FormEvent } from 'react';
import type { Campaign, KpiTargets, Objective } from '@/lib/models';
import { OBJECTIVES, parseAmount, saveCampaign, validateCampaignDraft, type CampaignDraft } from '@/lib/services/campaigns';
import { useT } from '../../app-context';
import { PlatformPicker } from '../calendar/platform-picker';

export const TARGET_KEYS: Array<keyof KpiTargets> = ['reach', 'clicks', 'ctr', 'leads', 'cpl', 'conversions', 'revenue', 'roi'];
const CURRENCIES = ['IDR', 'USD', 'SGD', 'MYR', 'EUR', 'GBP', 'AUD', 'JPY'];

type Targets = Record<keyof KpiTargets, string>;

export function CampaignForm({ initial, lang, onDone }: { initial: Campaign | CampaignDraft; lang: 'id' | 'en'; onDone: (saved: Campaign | null) => void }) {
  const t = useT();
  const [d, setD] = useState<CampaignDraft>(() => {
    const { name, objective, platforms, startDate, endDate, budget, currency, targets, notes } = initial;
    return { ...(initial.id ? { id: initial.id } : {}), name, objective, platforms, startDate, endDate, budget, currency, targets, notes };
  });
  const [budget, setBudget] = useState(initial.budget ? String(initial.budget) : '');
  const [targets, setTargets] = useState<Targets>(() => {
    const out = {} as Targets;
    for (const k of TARGET_KEYS) out[k] = initial.targets[k] === undefined ? '' : String(initial.targets[k]);
    return out;
  });
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const errs: string[] = [];
    const b = parseAmount(budget, lang);
    if (b === null || Number.isNaN(b) || b < 0) errs.push(t('campaigns.err.budget'));
    const parsedTargets: KpiTargets = {};
    for (const k of TARGET_KEYS) {
      const v = parseAmount(targets[k], lang);
      if (v === null) continue;
      if (Number.isNaN(v) || (k !== 'roi' && v < 0)) errs.push(t('campaigns.err.target', t(`campaigns.target.${k}`)));
      else parsedTargets[k] = v;
    }
    const draft: CampaignDraft = { ...d, name: d.name.trim(), currency: d.currency.trim().toUpperCase(), budget: b ?? 0, targets: parsedTargets };
    for (const issue of validateCampaignDraft(draft)) {
      const field = issue.path.split('.')[0] ?? '';
      const key = ['name', 'startDate', 'endDate', 'currency', 'budget', 'platforms'].includes(field) ? field : 'other';
      const msg = t(`campaigns.err.${key}`);
      if (!errs.includes(msg)) errs.push(msg);
    }
    setErrors(errs);
    if (errs.length > 0) return;
    setBusy(true);
    try {
      onDone(await saveCampaign(draft, Date.now()));
    } catch (err) {
      setErrors([t('campaigns.err.save', (err as Error).message)]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="stack card" data-testid="campaign-form" onSubmit={(e) => void submit(e)} noValidate>
      <h2>{d.id ? t('campaigns.editTitle') : t('campaigns.newTitle')}</h2>
      <div className="row">
        <label>
          {t('campaigns.name')}
          <input data-testid="campaign-name" value={d.name} maxLength={200} onChange={(e) => setD({ ...d, name: e.target.value })} />
        </label>
        <label>
          {t('campaigns.objective')}
          <select data-testid="campaign-objective" value={d.objective} onChange={(e) => setD({ ...d, objective: e.target.value as Objective })}>
            {OBJECTIVES.map((o) => (
              <option key={o} value={o}>
                {t(`campaigns.objectives.${o}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <PlatformPicker name="campaign" value={d.platforms} onChange={(platforms) => setD({ ...d, platforms })} />
      <div className="row">
        <label>
          {t('campaigns.start')}
          <input type="date" data-testid="campaign-start" value={d.startDate} onChange={(e) => setD({ ...d, startDate: e.target.value })} />
        </label>
        <label>
          {t('campaigns.end')}
          <input type="date" data-testid="campaign-end" value={d.endDate} onChange={(e) => setD({ ...d, endDate: e.target.value })} />
        </label>
        <label>
          {t('campaigns.budget')}
          <input data-testid="campaign-budget" inputMode="decimal" value={budget} onChange={(e) => setBudget(e.target.value)} />
        </label>
        <label>
          {t('campaigns.currency')}
          <input data-testid="campaign-currency" list="kelola-currencies" value={d.currency} maxLength={3} size={4} onChange={(e) => setD({ ...d, currency: e.target.value.toUpperCase() })} />
          <datalist id="kelola-currencies">
            {CURRENCIES.map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
        </label>
      </div>
      <fieldset className="row">
        <legend>{t('campaigns.targets')}</legend>
        {TARGET_KEYS.map((k) => (
          <label key={k}>
            {t(`campaigns.target.${k}`)}
            <input data-testid={`campaign-target-${k}`} inputMode="decimal" size={10} value={targets[k]} onChange={(e) => setTargets({ ...targets, [k]: e.target.value })} />
          </label>
        ))}
      </fieldset>
      <label>
        {t('campaigns.notes')}
        <textarea value={d.notes} rows={2} onChange={(e) => setD({ ...d, notes: e.target.value })} />
      </label>
      {errors.length > 0 && (
        <ul className="error" role="alert" data-testid="campaign-errors">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
      <div className="row">
        <button className="primary" type="submit" data-testid="campaign-save" disabled={busy}>
          {t('common.save')}
        </button>
        <button type="button" onClick={() => onDone(null)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
