import { getDb } from '../db/db';
import { guard } from '../db/errors';
import { REVISION_KEY } from '../db/revision';
import { getSettings } from '../db/repos/settings';
import { loadPopupSource, type PlatformFilter, type PopupPeriod, type PopupSource } from './kpi-snapshot';
import { ensureChecklistTasks } from './tasks';
import { revisionOf, SNAPSHOT_KEY, snapshotFrom, snapshotHolds } from './snapshot-read';

/**
 * The popup's snapshot: the last `PopupSource` read, kept in `meta` so the popup paints complete
 * from one small read. It is shown only while it still holds (see `snapshotHolds`).
 */
export { SNAPSHOT_KEY, snapshotHolds };

/** The snapshot, if it still holds at `now` for this period and platform (one read transaction). */
export async function readSnapshot(now: number, period: PopupPeriod, platform: PlatformFilter): Promise<PopupSource | null> {
  const db = getDb();
  const [rev, row] = await guard(() => db.transaction('r', db.meta, () => Promise.all([db.meta.get(REVISION_KEY), db.meta.get(SNAPSHOT_KEY)])));
  return snapshotFrom(rev, row, now, period, platform);
}

/** The period and platform of the stored snapshot (what the popup showed last), if any. */
async function lastChoice(): Promise<{ period: PopupPeriod; platform: PlatformFilter } | null> {
  const row = await guard(() => getDb().meta.get(SNAPSHOT_KEY));
  const s = row?.value as PopupSource | undefined;
  return s ? { period: s.period, platform: s.platform } : null;
}

/** Stores `source` unless the data changed since it was read (then it would be stale at once). */
export async function saveSnapshot(source: PopupSource): Promise<boolean> {
  const db = getDb();
  return guard(() =>
    db.transaction('rw', db.meta, async () => {
      if (revisionOf(await db.meta.get(REVISION_KEY)) !== source.rev) return false;
      await db.meta.put({ key: SNAPSHOT_KEY, value: source });
      return true;
    }),
  );
}

/**
 * Brings the snapshot up to date for the choice the popup showed last (or `choice`): creates
 * today's checklist tasks first, so the popup opening next finds nothing left to write, then reads
 * and stores a new source unless the stored one still holds. Returns the source now stored.
 */
export async function refreshPopupSnapshot(now: number, choice?: { period: PopupPeriod; platform: PlatformFilter }): Promise<PopupSource | null> {
  const { period, platform } = choice ?? (await lastChoice()) ?? { period: 'week' as const, platform: 'all' as const };
  const current = await readSnapshot(now, period, platform);
  if (current) return current;
  await ensureChecklistTasks(await getSettings(), now);
  const source = await loadPopupSource(now, period, platform);
  return (await saveSnapshot(source)) ? source : null;
}
