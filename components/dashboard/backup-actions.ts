import { BACKUP_TABLE_NAMES, exportBackup, type BackupTable } from '@/lib/db/backup';
import { saveSettings } from '@/lib/db/repos/settings';
import { downloadText } from '../ui/download';

/** Downloads a backup of the chosen tables (all by default) and records when it was made. */
export async function downloadBackup(tables: readonly BackupTable[] = BACKUP_TABLE_NAMES): Promise<void> {
  const now = Date.now();
  const file = await exportBackup(tables, now);
  downloadText(`kelola-backup-${new Date(now).toISOString().slice(0, 10)}.json`, JSON.stringify(file));
  if (tables.length === BACKUP_TABLE_NAMES.length) await saveSettings({ lastBackupAt: now });
}
