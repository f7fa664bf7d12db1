import { liveQuery } from 'dexie';
import { getDb } from '@/lib/db/db';
import { REVISION_KEY } from '@/lib/db/revision';
import { getSettings } from '@/lib/db/repos/settings';
import { ensureChecklistTasks } from '@/lib/services/tasks';
import { loadPopupSource, type PlatformFilter, type PopupPeriod, type PopupSource } from '@/lib/services/kpi-snapshot';
import { saveSnapshot } from '@/lib/services/popup-snapshot';

/*
 * The popup's database side, loaded after it painted (or before, when there was no snapshot to
 * paint from): today's checklist, the live reading of the figures, and storing them for next time.
 */

let checklist: Promise<void> | undefined;

/** Creates today's checklist tasks once per opening. A failure must not keep the popup from showing. */
export function ensureChecklist(now: number): Promise<void> {
  checklist ??= getSettings()
    .then((settings) => ensureChecklistTasks(settings, now))
    .then(
      () => undefined,
      () => undefined,
    );
  return checklist;
}

async function read(now: number, period: PopupPeriod, platform: PlatformFilter): Promise<PopupSource> {
  const next = await loadPopupSource(now, period, platform);
  void saveSnapshot(next).catch(() => undefined);
  return next;
}

/** The full path, when no stored snapshot holds: the checklist first, then one read (null if the database fails). */
export async function firstSource(now: number, period: PopupPeriod, platform: PlatformFilter): Promise<PopupSource | null> {
  await ensureChecklist(now);
  return read(now, period, platform).catch(() => null);
}

/**
 * Follows the data revision: whenever it differs from what `shown()` was read at (a write
 * anywhere), or the choice differs, reads the figures again and hands them to `onSource`.
 */
export function watchPopupSource(now: number, period: PopupPeriod, platform: PlatformFilter, shown: () => PopupSource | null, onSource: (source: PopupSource) => void): () => void {
  const sub = liveQuery(async () => {
    const row = await getDb().meta.get(REVISION_KEY);
    const rev = typeof row?.value === 'string' ? row.value : null;
    const last = shown();
    if (last && last.rev === rev && last.period === period && last.platform === platform) return last;
    return read(now, period, platform);
  }).subscribe({ next: onSource, error: () => undefined });
  return () => sub.unsubscribe();
}
