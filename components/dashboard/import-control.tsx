import { useState } from 'react';
import type { BackupTable } from '@/lib/db/backup';
import { previewImportFile, type ImportPreview } from '@/lib/services/import-file';
import { commitImport } from '@/lib/services/after-import';
import { useLang, useT } from '../app-context';

/** Resolves after the browser has painted what was rendered, before a long synchronous step. */
function nextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/**
 * The dashboard's one import control: full backups and template packs. A file is validated and
 * compared with the stored data first; nothing changes until the user confirms the preview.
 */
export function ImportControl({ onImported }: { onImported?: () => void }) {
  const t = useT();
  const lang = useLang();
  const [preview, setPreview] = useState<Extract<ImportPreview, { ok: true }> | null>(null);
  const [errors, setErrors] = useState<string[] | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  /** What a long import is doing: checking the file, or writing (rows written of all). */
  const [progress, setProgress] = useState<{ written: number; total: number } | 'checking' | null>(null);

  const fmtCount = (n: number) => new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-US').format(n);

  async function onFile(file: File | undefined) {
    setErrors(null);
    setPreview(null);
    setStatus(null);
    if (!file) return;
    setBusy(true);
    setProgress('checking');
    try {
      const text = await file.text();
      await nextPaint();
      const res = await previewImportFile(text, lang);
      if (res.ok) setPreview(res);
      else setErrors(res.errors);
    } finally {
      setBusy(false);
      setProgress(null);
    }
  }

  async function confirm() {
    if (!preview) return;
    setBusy(true);
    setProgress({ written: 0, total: Object.values(preview.plan.rows).reduce((n, r) => n + r.put.length, 0) });
    try {
      await commitImport(preview.plan, (written, total) => setProgress({ written, total }));
      setPreview(null);
      setStatus(t('import.done'));
      onImported?.();
    } catch (err) {
      const code = (err as { code?: string }).code;
      setErrors([code === 'storage-full' ? t('backup.storageFull') : String((err as Error).message)]);
    } finally {
      setBusy(false);
      setProgress(null);
    }
  }

  return (
    <div className="stack">
      <label>
        {t('import.choose')}
        <input type="file" accept=".json,application/json" data-testid="import-file" disabled={busy} onChange={(e) => void onFile(e.target.files?.[0])} />
      </label>
      {errors && (
        <div role="alert" className="error" data-testid="import-errors">
          <strong>{t('import.refused')}</strong>
          <ul>
            {errors.map((e, i) => (
              <li key={i}>{e}</li>
            ))}
          </ul>
        </div>
      )}
      {preview && (
        <div className="card stack" data-testid="import-preview">
          <strong>{t('import.preview')}</strong>
          <table>
            <tbody>
              {(Object.entries(preview.plan.perTable) as Array<[BackupTable, { added: number; updated: number; skipped: number }]>).map(([table, c]) => (
                <tr key={table} data-table={table}>
                  <th>{t(`entity.${table}`)}</th>
                  <td data-count="added">{c.added} {t('import.added')}</td>
                  <td data-count="updated">{c.updated} {t('import.updated')}</td>
                  <td data-count="skipped">{c.skipped} {t('import.skipped')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {preview.skippedNotes.length > 0 && <p className="muted">{preview.skippedNotes.slice(0, 10).join('; ')}</p>}
          <div className="row">
            <button className="primary" type="button" data-testid="import-confirm" disabled={busy} onClick={() => void confirm()}>{t('import.confirm')}</button>
            <button type="button" onClick={() => setPreview(null)}>{t('import.cancel')}</button>
          </div>
        </div>
      )}
      {progress && (
        <p role="status" aria-live="polite" data-testid="import-progress">
          {progress === 'checking' ? t('import.checking') : t('import.writing', fmtCount(progress.written), fmtCount(progress.total))}
        </p>
      )}
      {status && <p role="status" data-testid="import-status">{status}</p>}
    </div>
  );
}
