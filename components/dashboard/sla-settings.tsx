import { useState } from 'react';
import { updateSettings } from '@/lib/db/repos/settings';
import type { BusinessHours, ItemKind, SlaSettings } from '@/lib/models';
import { rebuildAggregates } from '@/lib/services/aggregates';
import { useLang, useSettings, useT } from '../app-context';

const KINDS: ItemKind[] = ['comment', 'reply', 'message'];
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 0];

/** Reply targets per kind, the warning share, the abbreviation prefix and optional business hours. */
export function SlaSettingsForm() {
  const t = useT();
  const lang = useLang();
  const settings = useSettings();
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  async function save(change: (s: SlaSettings) => Partial<SlaSettings> | null, prefix?: string) {
    setSaved(false);
    try {
      await updateSettings((cur) => (prefix !== undefined ? { abbreviationPrefix: prefix } : { sla: { ...cur.sla, ...change(cur.sla) } }));
      // Daily figures count "answered within SLA" against the targets: recount them.
      if (prefix === undefined) await rebuildAggregates();
      setError(null);
      setSaved(true);
    } catch {
      setError(t('settings.invalidValue'));
    }
  }

  const sla = settings.sla;
  const hours = sla.businessHours;
  const setSla = (change: (s: SlaSettings) => Partial<SlaSettings>) => void save(change);
  const defaultHours = (): BusinessHours => ({
    timeZone: settings.timeZone,
    week: [0, 1, 2, 3, 4, 5, 6].map((d) => (d === 0 || d === 6 ? [] : [{ start: '09:00', end: '17:00' }])),
    daysOff: [],
  });

  return (
    // Mounted again once the stored settings have loaded, so the fields start from them.
    <fieldset className="stack" data-testid="sla-settings" key={settings.updatedAt > 0 ? 'stored' : 'defaults'}>
      <legend>{t('settings.slaTitle')}</legend>
      <div className="row">
        {KINDS.map((k) => (
          <label key={k}>
            {t('settings.slaTarget', t(`kind.${k}`))}
            <input
              type="number"
              min={1}
              max={43200}
              data-testid={`sla-${k}`}
              defaultValue={sla.targets[k]}
              onBlur={(e) => {
                const v = Math.round(Number(e.target.value));
                setSla((cur) => ({ targets: { ...cur.targets, [k]: v } }));
              }}
            />
          </label>
        ))}
        <label>
          {t('settings.slaWarning')}
          <input
            type="number"
            min={10}
            max={99}
            data-testid="sla-warning"
            defaultValue={Math.round(sla.warningRatio * 100)}
            onBlur={(e) => {
              const v = Number(e.target.value) / 100;
              setSla(() => ({ warningRatio: v }));
            }}
          />
        </label>
      </div>
      <label className="row" style={{ color: 'inherit' }}>
        <input
          type="checkbox"
          data-testid="business-hours"
          checked={hours !== null}
          onChange={(e) => {
            const on = e.target.checked;
            setSla(() => ({ businessHours: on ? defaultHours() : null }));
          }}
        />
        {t('settings.businessHours')}
      </label>
      {hours && (
        <div className="stack">
          <div className="row">
            {WEEKDAYS.map((d) => {
              const range = hours.week[d]?.[0];
              const day = new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { weekday: 'short' }).format(new Date(Date.UTC(2024, 0, 7 + d)));
              return (
                <label key={d}>
                  {day}
                  <input
                    aria-label={day}
                    data-testid={`hours-${d}`}
                    placeholder="09:00-17:00"
                    defaultValue={range ? `${range.start}-${range.end}` : ''}
                    onBlur={(e) => {
                      const v = e.target.value.trim();
                      const m = /^(\d{2}:\d{2})\s*-\s*(\d{2}:\d{2})$/.exec(v);
                      if (v && !m) return setError(t('settings.hoursInvalid'));
                      setSla((cur) => {
                        const h = cur.businessHours ?? hours;
                        return { businessHours: { ...h, week: h.week.map((r, i) => (i === d ? (m ? [{ start: m[1]!, end: m[2]! }] : []) : r)) } };
                      });
                    }}
                  />
                </label>
              );
            })}
          </div>
          <label>
            {t('settings.daysOff')}
            <input
              data-testid="days-off"
              placeholder="2026-12-25, 2027-01-01"
              defaultValue={hours.daysOff.join(', ')}
              onBlur={(e) => {
                const days = e.target.value.split(/[\s,]+/).filter(Boolean);
                setSla((cur) => ({ businessHours: { ...(cur.businessHours ?? hours), daysOff: days } }));
              }}
            />
          </label>
        </div>
      )}
      <label>
        {t('settings.prefix')}
        <input
          data-testid="abbreviation-prefix"
          maxLength={3}
          defaultValue={settings.abbreviationPrefix}
          onBlur={(e) => void save(() => null, e.target.value)}
        />
      </label>
      {error && <p className="error" role="alert">{error}</p>}
      {saved && !error && <p className="muted" role="status">{t('settings.saved')}</p>}
    </fieldset>
  );
}
