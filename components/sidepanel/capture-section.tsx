import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db/db';
import { dayKey } from '@/lib/timers';
import { PLATFORMS, normalizeHandle, type AccountRole, type MetricField, type Platform } from '@/lib/models';
import { isValidHandle, parseFigure, recordFigures, parseDay, type MetricValues } from '@/lib/services/metrics';
import { useApi, useLang, useSettings, useT } from '../app-context';
import { localeOf } from '../popup/kpi-format';

export const CAPTURE_FIELDS = ['followers', 'following', 'posts', 'likes', 'views'] as const satisfies readonly MetricField[];
type CaptureField = (typeof CAPTURE_FIELDS)[number];

interface CaptureReply {
  ok?: boolean;
  platform?: Platform;
  counts?: {
    handle: string | null;
    displayName: string | null;
    followers?: number;
    following?: number;
    posts?: number;
    likes?: number;
    views?: number;
  } | null;
}

interface Draft {
  platform: Platform;
  handle: string;
  displayName: string;
  role: AccountRole | '';
  date: string;
  fields: Record<CaptureField, string>;
  /** What the page showed, to tell an edited figure from a read one. */
  read: Partial<Record<CaptureField, number>>;
}

type Phase =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'problem'; message: string }
  | { kind: 'saved'; message: string };

/**
 * "Capture figures from this page": the content script reads the profile's visible counts through
 * the platform adapter, the user confirms or corrects them, says whose account it is, and the figures
 * are stored as the day's snapshot for that account.
 */
export function CaptureSection({ tabId: forcedTab }: { tabId?: number | null }) {
  const t = useT();
  const lang = useLang();
  const api = useApi();
  const settings = useSettings();
  const accounts = useLiveQuery(() => getDb().accounts.toArray(), []);
  const [tabId, setTabId] = useState<number | null>(forcedTab ?? null);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [draft, setDraft] = useState<Draft | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const num = new Intl.NumberFormat(localeOf(lang));

  useEffect(() => {
    if (forcedTab !== undefined) {
      setTabId(forcedTab);
      return;
    }
    const load = () => void api.activeTab().then((tab) => setTabId(tab?.id ?? null));
    load();
    return api.watchActiveTab(load);
  }, [api, forcedTab]);

  const today = dayKey(Date.now(), settings.timeZone);

  function roleFor(platform: Platform, handle: string): AccountRole | '' {
    const h = normalizeHandle(handle);
    return accounts?.find((a) => a.platform === platform && a.handle === h)?.role ?? '';
  }

  function emptyDraft(platform: Platform): Draft {
    return { platform, handle: '', displayName: '', role: '', date: today, fields: { followers: '', following: '', posts: '', likes: '', views: '' }, read: {} };
  }

  async function capture() {
    setErrors([]);
    if (tabId === null) {
      setPhase({ kind: 'problem', message: t('capture.noTab') });
      return;
    }
    setPhase({ kind: 'reading' });
    const res = await api.sendToTab<CaptureReply>(tabId, { type: 'content/capture' });
    if (!res?.ok || !res.platform) {
      setPhase({ kind: 'problem', message: t('capture.noAnswer') });
      return;
    }
    if (!res.counts) {
      setDraft(emptyDraft(res.platform));
      setPhase({ kind: 'problem', message: t('capture.notProfile') });
      return;
    }
    const c = res.counts;
    const fields = { followers: '', following: '', posts: '', likes: '', views: '' } as Record<CaptureField, string>;
    const read: Draft['read'] = {};
    for (const f of CAPTURE_FIELDS) {
      const v = c[f];
      if (typeof v === 'number' && Number.isFinite(v)) {
        fields[f] = num.format(v);
        read[f] = v;
      }
    }
    const handle = c.handle ?? '';
    setDraft({ platform: res.platform, handle, displayName: c.displayName ?? '', role: roleFor(res.platform, handle), date: today, fields, read });
    setPhase({ kind: 'idle' });
  }

  function parsedValues(d: Draft): { values: MetricValues; problems: string[] } {
    const values: MetricValues = {};
    const problems: string[] = [];
    for (const f of CAPTURE_FIELDS) {
      const raw = d.fields[f].trim();
      if (!raw) continue;
      const p = parseFigure(raw, lang);
      if (p.ok) values[f] = p.value;
      else problems.push(t(`capture.${p.problem === 'negative' ? 'negative' : 'badNumber'}`, t(`kpi.field.${f}`), raw));
    }
    return { values, problems };
  }

  async function save() {
    if (!draft) return;
    const { values, problems } = parsedValues(draft);
    const handle = normalizeHandle(draft.handle);
    if (!isValidHandle(handle)) problems.push(t('capture.handleRequired'));
    if (!draft.role) problems.push(t('capture.roleRequired'));
    const date = parseDay(draft.date);
    if (!date) problems.push(t('capture.badDate'));
    if (Object.keys(values).length === 0) problems.push(t('capture.nothing'));
    setErrors(problems);
    if (problems.length > 0 || !draft.role || !date) return;
    try {
      await recordFigures({ platform: draft.platform, handle, displayName: draft.displayName, role: draft.role, date, values, source: 'capture' }, Date.now());
      const summary = CAPTURE_FIELDS.filter((f) => values[f] !== undefined)
        .map((f) => `${t(`kpi.field.${f}`)} ${num.format(values[f]!)}`)
        .join(', ');
      setDraft(null);
      setPhase({ kind: 'saved', message: t('capture.saved', `@${handle}`, t(`capture.role.${draft.role}`), summary) });
    } catch (err) {
      setErrors([t((err as { code?: string }).code === 'storage-full' ? 'backup.storageFull' : 'capture.saveFailed')]);
    }
  }

  return (
    <section className="stack" aria-labelledby="capture-h" data-testid="capture-section">
      <h2 id="capture-h">{t('capture.title')}</h2>
      <p className="muted">{t('capture.help')}</p>
      <div className="row">
        <button type="button" className="primary" data-testid="capture-start" disabled={phase.kind === 'reading'} onClick={() => void capture()}>
          {t('capture.start')}
        </button>
        {!draft && (
          <button type="button" data-testid="capture-manual" onClick={() => setDraft(emptyDraft('instagram'))}>
            {t('capture.manual')}
          </button>
        )}
      </div>
      {phase.kind === 'problem' && <p className="notice" role="status" data-testid="capture-problem">{phase.message}</p>}
      {phase.kind === 'saved' && <p className="notice" role="status" data-testid="capture-status">{phase.message}</p>}
      {draft && (
        <form
          className="card stack"
          data-testid="capture-form"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <div className="row">
            <label>
              {t('capture.platform')}
              <select data-testid="capture-platform" value={draft.platform} onChange={(e) => setDraft({ ...draft, platform: e.target.value as Platform, role: draft.role || roleFor(e.target.value as Platform, draft.handle) })}>
                {PLATFORMS.map((p) => (
                  <option key={p} value={p}>{t(`platform.${p}`)}</option>
                ))}
              </select>
            </label>
            <label>
              {t('capture.handle')}
              <input data-testid="capture-handle" value={draft.handle} maxLength={100} onChange={(e) => setDraft({ ...draft, handle: e.target.value, role: draft.role || roleFor(draft.platform, e.target.value) })} />
            </label>
          </div>
          {draft.displayName && <div className="muted">{draft.displayName}</div>}
          <fieldset className="row capture-role" data-testid="capture-role">
            <legend>{t('capture.whose')}</legend>
            {(['own', 'competitor', 'influencer'] as const).map((r) => (
              <label key={r} className="row" style={{ color: 'inherit' }}>
                <input type="radio" name="capture-role" value={r} data-testid={`capture-role-${r}`} checked={draft.role === r} onChange={() => setDraft({ ...draft, role: r })} />
                {t(`capture.role.${r}`)}
              </label>
            ))}
          </fieldset>
          <label>
            {t('capture.date')}
            <input type="date" data-testid="capture-date" value={draft.date} max={today} onChange={(e) => setDraft({ ...draft, date: e.target.value })} />
          </label>
          <table className="capture-table">
            <tbody>
              {CAPTURE_FIELDS.map((f) => {
                const raw = draft.fields[f].trim();
                const p = raw ? parseFigure(raw, lang) : null;
                const edited = p?.ok && draft.read[f] !== undefined && p.value !== draft.read[f];
                return (
                  <tr key={f}>
                    <th scope="row">
                      <label htmlFor={`capture-${f}`} style={{ color: 'inherit' }}>{t(`kpi.field.${f}`)}</label>
                    </th>
                    <td>
                      <input
                        id={`capture-${f}`}
                        data-testid={`capture-field-${f}`}
                        inputMode="decimal"
                        value={draft.fields[f]}
                        placeholder={t('capture.unknown')}
                        onChange={(e) => setDraft({ ...draft, fields: { ...draft.fields, [f]: e.target.value } })}
                      />
                    </td>
                    <td className="muted" data-testid={`capture-parsed-${f}`}>
                      {p === null ? '' : p.ok ? `= ${num.format(p.value)}${edited ? ` (${t('capture.edited')})` : ''}` : <span className="error">{t('capture.notANumber')}</span>}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {errors.length > 0 && (
            <ul className="error" role="alert" data-testid="capture-errors">
              {errors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          )}
          <div className="row">
            <button type="submit" className="primary" data-testid="capture-save">
              {t('capture.save')}
            </button>
            <button type="button" onClick={() => { setDraft(null); setErrors([]); setPhase({ kind: 'idle' }); }}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
