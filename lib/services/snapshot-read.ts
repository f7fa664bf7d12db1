import { PLATFORMS } from '../models/platforms';
import type { PlatformFilter, PopupPeriod, PopupSource } from './kpi-snapshot';
import { POPUP_PERIODS, POPUP_SOURCE_FORMAT } from './popup-view';
import { readSnapshotRows, takeEarlySnapshotRows } from './snapshot-rows';

/**
 * Reading the popup's snapshot without the database layer: one read transaction on `meta` through
 * plain IndexedDB, so the popup can paint before it loads Dexie and the schemas. Anything unusual
 * (no database yet, a database of another version, no snapshot, a snapshot that no longer holds or
 * does not look like one) answers null, and the popup takes the full path instead.
 */

export { NATIVE_VERSION, SNAPSHOT_KEY } from './snapshot-rows';

/**
 * Whether a stored snapshot may be shown: read at the current data revision (any write anywhere
 * replaces the revision), in the current layout, for the same period and platform, and within its
 * own validity (the same day, before the next post turns late or snoozed task returns).
 */
export function snapshotHolds(snapshot: PopupSource | undefined, rev: string | null, now: number, period: PopupPeriod, platform: PlatformFilter): snapshot is PopupSource {
  return (
    !!snapshot &&
    snapshot.format === POPUP_SOURCE_FORMAT &&
    snapshot.rev === rev &&
    snapshot.period === period &&
    snapshot.platform === platform &&
    now >= snapshot.now &&
    now <= snapshot.validUntil
  );
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isArrayOf = (v: unknown, item: (x: unknown) => boolean) => Array.isArray(v) && v.every(item);
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isRange = (v: unknown) => isObject(v) && typeof v.from === 'string' && typeof v.to === 'string';

/**
 * A structural check of a stored snapshot (it was written by this code, at this revision: this
 * guards against a record of another layout or a damaged one, not against arbitrary input).
 */
export function looksLikePopupSource(v: unknown): v is PopupSource {
  if (!isObject(v) || v.format !== POPUP_SOURCE_FORMAT) return false;
  if (!isFiniteNumber(v.now) || !isFiniteNumber(v.validUntil) || !isFiniteNumber(v.olderOpen)) return false;
  if (!POPUP_PERIODS.includes(v.period as PopupPeriod)) return false;
  if (v.platform !== 'all' && !PLATFORMS.includes(v.platform as (typeof PLATFORMS)[number])) return false;
  if (v.rev !== null && typeof v.rev !== 'string') return false;
  const s = v.settings;
  if (!isObject(s) || typeof s.language !== 'string' || typeof s.timeZone !== 'string' || !isObject(s.sla) || !isObject(s.sla.targets)) return false;
  if (!isArrayOf(v.open, (i) => isObject(i) && typeof i.id === 'string' && typeof i.status === 'string' && typeof i.excerpt === 'string')) return false;
  const b = v.base;
  if (!isObject(b) || typeof b.today !== 'string' || b.period !== v.period || b.platform !== v.platform) return false;
  if (!isObject(b.ranges) || !isRange(b.ranges.current) || !isRange(b.ranges.previous)) return false;
  if (!isFiniteNumber(b.postsTodayCount) || !isFiniteNumber(b.missedPostsCount) || !isFiniteNumber(b.tasksCount)) return false;
  return (
    isArrayOf(b.spanDays, (d) => typeof d === 'string') &&
    isArrayOf(b.cards, (c) => isObject(c) && typeof c.id === 'string' && isObject(c.current) && isObject(c.previous) && Array.isArray(c.series)) &&
    isArrayOf(b.campaigns, (c) => isObject(c) && typeof c.id === 'string' && Array.isArray(c.kpis)) &&
    isArrayOf(b.checkpoints, (c) => isObject(c) && typeof c.kind === 'string') &&
    isArrayOf(b.postsToday, (p) => isObject(p) && typeof p.id === 'string' && Array.isArray(p.platforms) && Array.isArray(p.composer)) &&
    isArrayOf(b.missedPosts, (p) => isObject(p) && typeof p.id === 'string' && Array.isArray(p.platforms) && Array.isArray(p.composer)) &&
    isArrayOf(b.tasks, (t) => isObject(t) && typeof t.id === 'string' && typeof t.title === 'string' && typeof t.done === 'boolean')
  );
}

/** The revision a stored `meta` row holds (null when there is none). */
export const revisionOf = (row: unknown): string | null => (isObject(row) && typeof row.value === 'string' ? row.value : null);

/** The snapshot in a stored `meta` row, if it looks like one and holds at `now` (see `snapshotHolds`). */
export function snapshotFrom(revRow: unknown, row: unknown, now: number, period: PopupPeriod, platform: PlatformFilter): PopupSource | null {
  const snapshot = isObject(row) ? row.value : undefined;
  return looksLikePopupSource(snapshot) && snapshotHolds(snapshot, revisionOf(revRow), now, period, platform) ? snapshot : null;
}

/**
 * The stored snapshot if it holds at `now` for this period and platform, else null (see above). The
 * rows come from the read the popup's early script started while the page was loading, when there
 * is one.
 */
export async function readSnapshotDirect(now: number, period: PopupPeriod, platform: PlatformFilter): Promise<PopupSource | null> {
  const rows = await (takeEarlySnapshotRows() ?? readSnapshotRows());
  return rows ? snapshotFrom(rows.rev, rows.snapshot, now, period, platform) : null;
}
