import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { MonthlyPlan } from '@/lib/models';
import { copyPlan, emptyPlan, formatSlot, getPlan, monthOf, planMix, savePlan, shiftMonth, validatePlan } from '@/lib/services/plans';
import { isValidTimeZone } from '@/lib/calendar';
import { useLang, useSettings, useT, type T } from '../../app-context';
import { TIME_ZONES } from '../calendar/post-form';
import { GoalsEditor } from './goals-editor';
import { KpiTargetsEditor } from './kpi-targets-editor';
import { MixTable } from './mix-table';
import { PersonasEditor } from './personas-editor';
import { PillarsEditor } from './pillars-editor';
import { PlatformContentEditor } from './platform-content-editor';
import { SlotsEditor } from './slots-editor';
import './plan.css';

const SECTION_OF: Record<string, string> = {
  goals: 'plan.goals.title',
  personas: 'plan.personas.title',
  pillars: 'plan.pillars.title',
  platformContent: 'plan.platformContent.title',
  slots: 'plan.slots.title',
  kpiTargets: 'plan.kpis.title',
  timeZone: 'plan.timeZone',
  id: 'plan.month',
};

/** Checks the user can act on, in their language; the model check runs after these. */
function planErrors(plan: MonthlyPlan, t: T): string[] {
  const errs: string[] = [];
  if (plan.pillars.some((p) => p.name.trim() === '')) errs.push(t('plan.err.pillarName'));
  if (plan.pillars.some((p) => !Number.isFinite(p.targetShare) || p.targetShare < 0 || p.targetShare > 100)) errs.push(t('plan.err.pillarShare'));
  if (plan.personas.some((p) => p.name.trim() === '')) errs.push(t('plan.err.personaName'));
  if (plan.personas.some((p) => p.ageMin !== null && p.ageMax !== null && p.ageMin > p.ageMax)) errs.push(t('plan.err.personaAge'));
  if (plan.slots.some((s) => s.weekdays.length === 0)) errs.push(t('plan.slots.noDays'));
  if (!isValidTimeZone(plan.timeZone)) errs.push(t('calendar.form.err.zone'));
  if (errs.length > 0) return errs;
  const v = validatePlan(plan);
  if (!v.ok) {
    for (const i of v.issues) {
      const section = SECTION_OF[i.path.split('.')[0] ?? ''];
      const msg = t('plan.err.section', section ? t(section) : i.path);
      if (!errs.includes(msg)) errs.push(msg);
    }
  }
  return errs;
}

/** The strategist's monthly plan: goals, personas, pillars and mix, platform content, slots, KPI targets. */
export function PlanScreen() {
  const t = useT();
  const lang = useLang();
  const settings = useSettings();
  const [month, setMonth] = useState(() => monthOf(Date.now(), settings.timeZone));
  const [pending, setPending] = useState<string | null>(null);
  const [draft, setDraft] = useState<MonthlyPlan | null>(null);
  const [dirty, setDirty] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);
  const stored = useLiveQuery(() => getPlan(month).then((p) => p ?? null), [month]);
  const previous = useLiveQuery(() => getPlan(shiftMonth(month, -1)).then((p) => p ?? null), [month]);
  const mix = useLiveQuery(() => planMix(month, draft?.timeZone ?? settings.timeZone), [month, stored?.updatedAt, draft?.timeZone, settings.timeZone]);

  // Only a newly loaded month or a newer stored version replaces the draft: typing is never overwritten.
  useEffect(() => {
    if (stored === undefined || dirty) return;
    if (draft && draft.id === month && (stored === null || draft.updatedAt === stored.updatedAt)) return;
    setDraft(stored ?? emptyPlan(month, settings.timeZone, Date.now()));
  }, [stored, month, dirty, draft, settings.timeZone]);

  const update = (patch: Partial<MonthlyPlan>) => {
    setDraft((d) => (d ? { ...d, ...patch } : d));
    setDirty(true);
    setSaved(false);
  };

  function goTo(next: string) {
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(next) || next === month) return;
    if (dirty) {
      setPending(next);
      return;
    }
    setDraft(null);
    setMonth(next);
  }

  async function save(): Promise<boolean> {
    if (!draft) return false;
    const clean: MonthlyPlan = { ...draft, goals: draft.goals.map((g) => g.trim()).filter(Boolean), timeZone: draft.timeZone.trim() };
    const errs = planErrors(clean, t);
    setErrors(errs);
    if (errs.length > 0) return false;
    try {
      const row = await savePlan(clean, Date.now());
      setDraft(row);
      setDirty(false);
      setSaved(true);
      return true;
    } catch (err) {
      setErrors([t('plan.err.save', (err as Error).message)]);
      return false;
    }
  }

  function leave(next: string, discard: boolean) {
    setPending(null);
    if (discard) {
      setDirty(false);
      setDraft(null);
      setMonth(next);
      setErrors([]);
    }
  }

  return (
    <section className="stack" data-testid="plan-screen">
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h2>{t('plan.title')}</h2>
        <div className="row">
          <button type="button" aria-label={t('plan.prev')} onClick={() => goTo(shiftMonth(month, -1))}>
            ‹
          </button>
          <label>
            {t('plan.month')}
            <input type="month" data-testid="plan-month" value={month} onChange={(e) => goTo(e.target.value)} />
          </label>
          <button type="button" aria-label={t('plan.next')} onClick={() => goTo(shiftMonth(month, 1))}>
            ›
          </button>
        </div>
      </div>
      {pending && (
        <div className="notice row" role="alertdialog" data-testid="plan-unsaved">
          <span>{t('plan.unsaved')}</span>
          <button type="button" className="primary" onClick={() => void save().then((ok) => ok && leave(pending, true))}>
            {t('plan.saveAndGo')}
          </button>
          <button type="button" data-testid="plan-discard" onClick={() => leave(pending, true)}>
            {t('plan.discard')}
          </button>
          <button type="button" onClick={() => leave(pending, false)}>
            {t('common.cancel')}
          </button>
        </div>
      )}
      {!draft || draft.id !== month ? (
        <p className="muted">{t('plan.loading')}</p>
      ) : (
        <>
          {stored === null && !dirty && (
            <div className="row notice" data-testid="plan-empty">
              <span>{t('plan.none', month)}</span>
              {previous && (
                <button type="button" data-testid="plan-copy-previous" onClick={() => void copyPlan(previous.id, month, Date.now())}>
                  {t('plan.copyPrevious', previous.id)}
                </button>
              )}
            </div>
          )}
          <GoalsEditor goals={draft.goals} onChange={(goals) => update({ goals })} />
          <PersonasEditor key={`pe-${draft.id}-${draft.updatedAt}`} personas={draft.personas} onChange={(personas) => update({ personas })} />
          <PillarsEditor pillars={draft.pillars} onChange={(pillars) => update({ pillars })} />
          <PlatformContentEditor key={`pc-${draft.id}-${draft.updatedAt}`} value={draft.platformContent} onChange={(platformContent) => update({ platformContent })} />
          <SlotsEditor slots={draft.slots} onChange={(slots) => update({ slots })} />
          {draft.slots.length > 0 && (
            <p className="muted" data-testid="plan-slot-summary">
              {draft.slots.map((s) => formatSlot(s, lang)).join(' · ')}
            </p>
          )}
          <KpiTargetsEditor value={draft.kpiTargets} onChange={(kpiTargets) => update({ kpiTargets })} />
          <label style={{ maxWidth: 260 }}>
            {t('plan.timeZone')}
            <input data-testid="plan-zone" list="kelola-plan-zones" value={draft.timeZone} onChange={(e) => update({ timeZone: e.target.value })} />
            <datalist id="kelola-plan-zones">
              {TIME_ZONES.map((z) => (
                <option key={z} value={z} />
              ))}
            </datalist>
          </label>
          {errors.length > 0 && (
            <ul className="error" role="alert" data-testid="plan-errors">
              {errors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          )}
          <div className="row">
            <button type="button" className="primary" data-testid="plan-save" onClick={() => void save()}>
              {t('common.save')}
            </button>
            {dirty && <span className="dirty">{t('plan.unsavedShort')}</span>}
            {saved && !dirty && (
              <span className="muted" role="status" data-testid="plan-saved">
                {t('plan.saved')}
              </span>
            )}
          </div>
          <section className="stack">
            <h3>{t('plan.mix.title')}</h3>
            <MixTable mix={mix} />
          </section>
        </>
      )}
    </section>
  );
}
