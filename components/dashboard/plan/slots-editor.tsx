import { useState } from 'react';
import { PLATFORMS, type Platform, type ScheduleSlot } from '@/lib/models';
import { ORDER_FROM_MONDAY, formatSlot, parseSlotText, weekdayShort } from '@/lib/services/plans';
import { useLang, useT } from '../../app-context';

/** Recurring posting slots: a quick text field ("IG Mon/Wed/Fri 19:00") and per-slot controls. */
export function SlotsEditor({ slots, onChange }: { slots: ScheduleSlot[]; onChange: (next: ScheduleSlot[]) => void }) {
  const t = useT();
  const lang = useLang();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const set = (i: number, s: ScheduleSlot) => onChange(slots.map((x, j) => (j === i ? s : x)));

  function addFromText() {
    const slot = parseSlotText(text);
    if (!slot) {
      setError(t('plan.slots.unreadable', text));
      return;
    }
    setError(null);
    onChange([...slots, slot]);
    setText('');
  }

  return (
    <fieldset className="plan-section" data-testid="plan-slots">
      <legend>{t('plan.slots.title')}</legend>
      <p className="muted">{t('plan.slots.help')}</p>
      {slots.map((s, i) => (
        <div key={i} className="row" data-testid="plan-slot" data-slot={formatSlot(s, 'en')}>
          <select aria-label={t('plan.slots.platform')} value={s.platform} onChange={(e) => set(i, { ...s, platform: e.target.value as Platform })}>
            {PLATFORMS.map((p) => (
              <option key={p} value={p}>
                {t(`platform.${p}`)}
              </option>
            ))}
          </select>
          <span className="weekday-toggle" role="group" aria-label={t('plan.slots.days')}>
            {ORDER_FROM_MONDAY.map((d) => (
              <label key={d}>
                <input
                  type="checkbox"
                  checked={s.weekdays.includes(d)}
                  onChange={(e) => set(i, { ...s, weekdays: e.target.checked ? [...s.weekdays, d].sort((a, b) => a - b) : s.weekdays.filter((x) => x !== d) })}
                />
                {weekdayShort(d, lang)}
              </label>
            ))}
          </span>
          <input type="time" aria-label={t('plan.slots.time')} value={s.time} onChange={(e) => set(i, { ...s, time: e.target.value || s.time })} />
          {s.weekdays.length === 0 && <span className="error">{t('plan.slots.noDays')}</span>}
          <button type="button" onClick={() => onChange(slots.filter((_, j) => j !== i))}>
            {t('common.remove')}
          </button>
        </div>
      ))}
      <div className="row">
        <input
          data-testid="slot-text"
          value={text}
          placeholder={t('plan.slots.placeholder')}
          aria-label={t('plan.slots.quickAdd')}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              addFromText();
            }
          }}
        />
        <button type="button" data-testid="slot-add" disabled={slots.length >= 100} onClick={addFromText}>
          {t('common.add')}
        </button>
        {error && (
          <span className="error" role="alert" data-testid="slot-error">
            {error}
          </span>
        )}
      </div>
    </fieldset>
  );
}
