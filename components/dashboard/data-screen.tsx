import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { BACKUP_TABLE_NAMES, lastImport, undoLastImport, type BackupTable } from '@/lib/db/backup';
import { rebuildAfterImport } from '@/lib/services/after-import';
import { useLang, useSettings, useT } from '../app-context';
import { downloadBackup } from './backup-actions';

const WEEK = 7 * 24 * 3600_000;

function formatBytes(n: number, lang: 'id' | 'en') {
  return new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-US', { style: 'unit', unit: n > 1e9 ? 'gigabyte' : 'megabyte', maximumFractionDigits: 1 }).format(n > 1e9 ? n / 1e9 : n / 1e6);
}

export function DataScreen() {
  const t = useT();
  const lang = useLang();
  const settings = useSettings();
  const [parts, setParts] = useState<Set<BackupTable>>(() => new Set(BACKUP_TABLE_NAMES));
  const [storage, setStorage] = useState<{ usage: number; quota: number; persisted: boolean } | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const last = useLiveQuery(() => lastImport(), []);

  useEffect(() => {
    void (async () => {
      const persisted = (await navigator.storage?.persisted?.()) || (await navigator.storage?.persist?.()) || false;
      const est = await navigator.storage?.estimate?.();
      setStorage({ usage: est?.usage ?? 0, quota: est?.quota ?? 0, persisted });
    })();
  }, []);


  const fmt = (ms: number) => new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
  const stale = settings.lastBackupAt === null || Date.now() - settings.lastBackupAt > WEEK;

  return (
    <section className="stack" style={{ maxWidth: 720 }}>
      <h2>{t('backup.title')}</h2>
      <p className="muted">{t('data.where')}</p>
      <p data-testid="last-backup">{settings.lastBackupAt ? t('backup.lastBackup', fmt(settings.lastBackupAt)) : t('backup.never')}</p>
      {stale && <p className="notice" data-testid="backup-reminder">{t('backup.reminder')}</p>}
      {storage && (
        <p className="muted" data-testid="storage-usage">
          {t('backup.usage', formatBytes(storage.usage, lang), formatBytes(storage.quota, lang))} · {storage.persisted ? t('backup.persisted') : t('backup.notPersisted')}
        </p>
      )}
      <fieldset className="row">
        <legend>{t('backup.exportParts')}</legend>
        {BACKUP_TABLE_NAMES.map((name) => (
          <label key={name} className="row" style={{ color: 'inherit' }}>
            <input
              type="checkbox"
              checked={parts.has(name)}
              onChange={(e) => {
                const next = new Set(parts);
                if (e.target.checked) next.add(name);
                else next.delete(name);
                setParts(next);
              }}
            />
            {t(`entity.${name}`)}
          </label>
        ))}
      </fieldset>
      <div>
        <button type="button" data-testid="export-parts" disabled={parts.size === 0} onClick={() => void downloadBackup([...parts])}>
          {t('backup.exportChosen')}
        </button>
      </div>
      {last && (
        <div className="row">
          <span className="muted">{t('import.lastImport', fmt(last.at))}</span>
          <button
            type="button"
            data-testid="import-undo"
            onClick={() =>
              void undoLastImport()
                .then(() => rebuildAfterImport())
                .then(() => setStatus(t('import.undone')))
            }
          >
            {t('import.undo')}
          </button>
        </div>
      )}
      {status && <p role="status">{status}</p>}
    </section>
  );
}
