import { useState } from 'react';
import { applyImport, type BackupTable } from '@/lib/db/backup';
import { previewImportFile, type ImportPreview } from '@/lib/services/import-file';
import { rebuildAfterImport } from '@/lib/services/after-import';
import { useLang, useT } from '../app-context';

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

  async function onFile(file: File | undefined) {
    setErrors(null);
    setPreview(null);
    setStatus(null);
    if (!file) return;
    setBusy(true);
    try {
      const res = await previewImportFile(await file.text(), lang);
      if (res.ok) setPreview(res);
      else setErrors(res.errors);
    } finally {
      setBusy(false);
    }
  }

  async function confirm() {
    if (!preview) return;
    setBusy(true);
    try {
      await applyImport(preview.plan);
      await rebuildAfterImport();
      setPreview(null);
      setStatus(t('import.done'));
      onImported?.();
    } catch (err) {
      const code = (err as { code?: string }).code;
      setErrors([code === 'storage-full' ? t('backup.storageFull') : String((err as Error).message)]);
    } finally {
      setBusy(false);
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
      {status && <p role="status" data-testid="import-status">{status}</p>}
    </div>
  );
}
