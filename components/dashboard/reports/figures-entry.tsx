import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db/db';
import { dayKey } from '@/lib/timers';
import { METRIC_FIELDS, PLATFORMS, normalizeHandle, type AccountRole, type MetricField, type Platform } from '@/lib/models';
import {
  importMetricRows, isValidHandle, parseDay, parseFigure, parseMetricsCsv, recordFigures,
  type MetricCsvIssue, type MetricValues, type ParsedMetricCsv,
} from '@/lib/services/metrics';
import { useLang, useSettings, useT, type T } from '../../app-context';
import { downloadText } from '../../ui/download';

const NEW = '__new__';

export function describeCsvIssue(issue: MetricCsvIssue, t: T): string {
  const what = t(`reports.csv.problem.${issue.problem}`, issue.column ?? '', issue.value ?? '', issue.firstRow ?? '');
  return issue.row > 0 ? t('reports.csv.atRow', issue.row, what) : what;
}

const SAMPLE_HEADERS = ['date', 'platform', 'account', 'role', 'followers', 'reach', 'impressions', 'engagements', 'clicks', 'leads', 'revenue', 'spend'];

/** Manual entry of an account's figures for a day, and a CSV import for many at once. */
export function FiguresEntry() {
  const t = useT();
  const lang = useLang();
  const settings = useSettings();
  const accounts = useLiveQuery(() => getDb().accounts.toArray(), []) ?? [];
  const today = dayKey(Date.now(), settings.timeZone);
  const [accountId, setAccountId] = useState<string>(NEW);
  const [platform, setPlatform] = useState<Platform>('instagram');
  const [handle, setHandle] = useState('');
  const [role, setRole] = useState<AccountRole>('own');
  const [date, setDate] = useState(today);
  const [fields, setFields] = useState<Partial<Record<MetricField, string>>>({});
  const [errors, setErrors] = useState<string[]>([]);
  const [status, setStatus] = useState<string | null>(null);
  const [csv, setCsv] = useState<{ name: string; parsed: ParsedMetricCsv } | null>(null);
  const [csvStatus, setCsvStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function saveManual() {
    setStatus(null);
    const problems: string[] = [];
    const values: MetricValues = {};
    for (const f of METRIC_FIELDS) {
      const raw = (fields[f] ?? '').trim();
      if (!raw) continue;
      const p = parseFigure(raw, lang);
      if (p.ok) values[f] = p.value;
      else problems.push(t(`capture.${p.problem === 'negative' ? 'negative' : 'badNumber'}`, t(`kpi.field.${f}`), raw));
    }
    const existing = accounts.find((a) => a.id === accountId);
    const target = existing ? { platform: existing.platform, handle: existing.handle, role: existing.role } : { platform, handle: normalizeHandle(handle), role };
    if (!isValidHandle(target.handle)) problems.push(t('capture.handleRequired'));
    const day = parseDay(date);
    if (!day) problems.push(t('capture.badDate'));
    if (Object.keys(values).length === 0) problems.push(t('capture.nothing'));
    setErrors(problems);
    if (problems.length > 0 || !day) return;
    try {
      const res = await recordFigures({ ...target, displayName: existing?.displayName, date: day, values, source: 'manual' }, Date.now());
      setFields({});
      setAccountId(res.account.id);
      setStatus(t(res.created ? 'reports.figures.added' : 'reports.figures.updated', `@${res.account.handle}`, day));
    } catch (err) {
      setErrors([t((err as { code?: string }).code === 'storage-full' ? 'backup.storageFull' : 'capture.saveFailed')]);
    }
  }

  async function onFile(file: File | undefined) {
    setCsv(null);
    setCsvStatus(null);
    if (!file) return;
    const parsed = parseMetricsCsv(await file.text(), lang);
    setCsv({ name: file.name, parsed });
  }

  async function confirmImport() {
    if (!csv || csv.parsed.issues.length > 0) return;
    setBusy(true);
    try {
      const res = await importMetricRows(csv.parsed.rows, Date.now());
      setCsv(null);
      setCsvStatus(t('reports.csv.done', res.added, res.updated, res.accountsCreated));
    } catch (err) {
      setCsvStatus(t((err as { code?: string }).code === 'storage-full' ? 'backup.storageFull' : 'capture.saveFailed'));
    } finally {
      setBusy(false);
    }
  }

  const accountsInFile = csv ? new Set(csv.parsed.rows.map((r) => `${r.platform}|${r.handle}`)).size : 0;
  return (
    <section className="card stack no-print" aria-labelledby="figures-h" data-testid="figures-entry">
      <h2 id="figures-h">{t('reports.figures.heading')}</h2>
      <p className="muted">{t('reports.figures.help')}</p>
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          void saveManual();
        }}
      >
        <div className="row">
          <label>
            {t('reports.figures.account')}
            <select data-testid="figures-account" value={accountId} onChange={(e) => setAccountId(e.target.value)}>
              <option value={NEW}>{t('reports.figures.newAccount')}</option>
              {accounts.map((a) => (
                <option key={a.id} value={a.id}>
                  {t(`platform.${a.platform}`)} @{a.handle} ({t(`capture.role.${a.role}`)})
                </option>
              ))}
            </select>
          </label>
          {accountId === NEW && (
            <>
              <label>
                {t('capture.platform')}
                <select data-testid="figures-platform" value={platform} onChange={(e) => setPlatform(e.target.value as Platform)}>
                  {PLATFORMS.map((p) => (
                    <option key={p} value={p}>{t(`platform.${p}`)}</option>
                  ))}
                </select>
              </label>
              <label>
                {t('capture.handle')}
                <input data-testid="figures-handle" value={handle} maxLength={100} onChange={(e) => setHandle(e.target.value)} />
              </label>
              <label>
                {t('capture.whose')}
                <select data-testid="figures-role" value={role} onChange={(e) => setRole(e.target.value as AccountRole)}>
                  {(['own', 'competitor', 'influencer'] as const).map((r) => (
                    <option key={r} value={r}>{t(`capture.role.${r}`)}</option>
                  ))}
                </select>
              </label>
            </>
          )}
          <label>
            {t('capture.date')}
            <input type="date" data-testid="figures-date" value={date} onChange={(e) => setDate(e.target.value)} />
          </label>
        </div>
        <div className="figures-grid">
          {METRIC_FIELDS.map((f) => (
            <label key={f}>
              {t(`kpi.field.${f}`)}
              <input data-testid={`figures-field-${f}`} inputMode="decimal" value={fields[f] ?? ''} placeholder={t('capture.unknown')} onChange={(e) => setFields({ ...fields, [f]: e.target.value })} />
            </label>
          ))}
        </div>
        {errors.length > 0 && (
          <ul className="error" role="alert" data-testid="figures-errors">
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        )}
        <div className="row">
          <button type="submit" className="primary" data-testid="figures-save">{t('reports.figures.save')}</button>
          {status && <span role="status" data-testid="figures-status">{status}</span>}
        </div>
      </form>

      <h3>{t('reports.csv.heading')}</h3>
      <p className="muted">{t('reports.csv.help')}</p>
      <div className="row">
        <label>
          {t('reports.csv.choose')}
          <input type="file" accept=".csv,text/csv,text/plain" data-testid="figures-csv-file" disabled={busy} onChange={(e) => void onFile(e.target.files?.[0])} />
        </label>
        <button
          type="button"
          onClick={() => downloadText('kelola-figures-sample.csv', `${SAMPLE_HEADERS.join(',')}\r\n${today},instagram,your_account,own,12300,4500,9800,380,120,14,2500000,750000\r\n`, 'text/csv')}
        >
          {t('reports.csv.sample')}
        </button>
      </div>
      {csv && csv.parsed.issues.length > 0 && (
        <div role="alert" className="error" data-testid="figures-csv-errors">
          <strong>{t('reports.csv.refused', csv.name)}</strong>
          <ul>
            {csv.parsed.issues.slice(0, 50).map((i, k) => (
              <li key={k}>{describeCsvIssue(i, t)}</li>
            ))}
          </ul>
          {csv.parsed.issues.length > 50 && <p>{t('reports.csv.moreIssues', csv.parsed.issues.length - 50)}</p>}
        </div>
      )}
      {csv && csv.parsed.issues.length === 0 && (
        <div className="card stack" data-testid="figures-csv-preview">
          <p>{t('reports.csv.preview', csv.parsed.rows.length, accountsInFile, csv.parsed.fields.map((f) => t(`kpi.field.${f}`)).join(', '))}</p>
          {csv.parsed.ignored.length > 0 && <p className="muted">{t('reports.csv.ignored', csv.parsed.ignored.join(', '))}</p>}
          <div className="row">
            <button type="button" className="primary" data-testid="figures-csv-confirm" disabled={busy} onClick={() => void confirmImport()}>
              {t('reports.csv.confirm')}
            </button>
            <button type="button" onClick={() => setCsv(null)}>{t('common.cancel')}</button>
          </div>
        </div>
      )}
      {csvStatus && <p role="status" data-testid="figures-csv-status">{csvStatus}</p>}
    </section>
  );
}
