import { beforeEach, describe, expect, it } from 'vitest';
import { getDb, resetDbForTests } from '../../../lib/db/db';
import { saveSettings } from '../../../lib/db/repos/settings';
import { REVISION_KEY } from '../../../lib/db/revision';
import { DB_NAME } from '../../../lib/db/schema';
import { readSnapshot, refreshPopupSnapshot, SNAPSHOT_KEY } from '../../../lib/services/popup-snapshot';
import { NATIVE_VERSION, readSnapshotDirect } from '../../../lib/services/snapshot-read';
import { readSnapshotRows, startEarlySnapshotRead, takeEarlySnapshotRows } from '../../../lib/services/snapshot-rows';
import { addTask } from '../../../lib/services/tasks';

const TZ = 'Asia/Jakarta';
// Wednesday 14 May 2025, 10:00 in Jakarta.
const NOW = Date.parse('2025-05-14T03:00:00Z');

const names = async () => (await indexedDB.databases()).map((d) => d.name);

beforeEach(async () => {
  resetDbForTests();
  await saveSettings({ timeZone: TZ, language: 'id', checklist: [{ id: 'profile', title: 'Check the profile', recurrence: 'daily', weekday: null }] }, 0);
});

describe('reading the popup snapshot without the database layer', () => {
  it('returns the stored snapshot, equal to what the database layer reads, while it holds', async () => {
    const stored = await refreshPopupSnapshot(NOW, { period: 'week', platform: 'all' });
    expect(stored).not.toBeNull();
    const direct = await readSnapshotDirect(NOW + 1000, 'week', 'all');
    expect(direct).toEqual(await readSnapshot(NOW + 1000, 'week', 'all'));
    expect(direct!.base.tasks.map((t) => t.title)).toEqual(['Check the profile']);
    expect(direct!.settings.language).toBe('id');
  });

  it('returns null once any write replaced the revision', async () => {
    await refreshPopupSnapshot(NOW, { period: 'week', platform: 'all' });
    await addTask('Balas DM reseller', '2025-05-14', NOW);
    expect(await readSnapshotDirect(NOW, 'week', 'all')).toBeNull();
  });

  it('returns null for another period or platform, before the snapshot was read or after it expired', async () => {
    const stored = (await refreshPopupSnapshot(NOW, { period: 'week', platform: 'all' }))!;
    expect(await readSnapshotDirect(NOW, 'month', 'all')).toBeNull();
    expect(await readSnapshotDirect(NOW, 'week', 'x')).toBeNull();
    expect(await readSnapshotDirect(NOW - 1, 'week', 'all')).toBeNull();
    expect(await readSnapshotDirect(stored.validUntil + 1, 'week', 'all')).toBeNull();
    expect(await readSnapshotDirect(stored.validUntil, 'week', 'all')).not.toBeNull();
  });

  it('returns null for a malformed or older-layout record at the current revision', async () => {
    const stored = (await refreshPopupSnapshot(NOW, { period: 'week', platform: 'all' }))!;
    const db = getDb();
    const put = (value: unknown) => db.meta.put({ key: SNAPSHOT_KEY, value });
    // Writes to `meta` leave the revision as it is, so each record below is "current".
    const rev = (await db.meta.get(REVISION_KEY))!.value;
    for (const bad of [
      null,
      'snapshot',
      { ...stored, format: 0 },
      { ...stored, base: { ...stored.base, cards: 'none' } },
      { ...stored, base: { ...stored.base, tasks: [{ id: 't', title: 'x' }] } },
      { ...stored, settings: { ...stored.settings, sla: null } },
      { ...stored, open: [{ id: 'x:1' }] },
      { ...stored, period: 'year', base: { ...stored.base, period: 'year' } },
    ]) {
      await put(bad);
      expect((await db.meta.get(REVISION_KEY))!.value).toBe(rev);
      expect(await readSnapshotDirect(NOW, 'week', 'all'), JSON.stringify(bad)?.slice(0, 80)).toBeNull();
    }
    await put(stored);
    expect(await readSnapshotDirect(NOW, 'week', 'all')).not.toBeNull();
  });

  it('opens the database Dexie made at its native version', async () => {
    await refreshPopupSnapshot(NOW, { period: 'week', platform: 'all' });
    const version = await new Promise<number>((resolve) => {
      const req = indexedDB.open(DB_NAME);
      req.onsuccess = () => {
        resolve(req.result.version);
        req.result.close();
      };
    });
    expect(version).toBe(NATIVE_VERSION);
  });

  it('returns null when no database exists, and does not create one', async () => {
    resetDbForTests();
    await new Promise((resolve) => {
      const req = indexedDB.deleteDatabase(DB_NAME);
      req.onsuccess = req.onerror = resolve;
    });
    expect(await names()).not.toContain(DB_NAME);
    expect(await readSnapshotDirect(NOW, 'week', 'all')).toBeNull();
    expect(await names()).not.toContain(DB_NAME);
  });

  it('returns null for a database of a newer version, leaving it as it is', async () => {
    resetDbForTests();
    await new Promise((resolve) => {
      const req = indexedDB.deleteDatabase(DB_NAME);
      req.onsuccess = req.onerror = resolve;
    });
    await new Promise<void>((resolve) => {
      const req = indexedDB.open(DB_NAME, NATIVE_VERSION + 10);
      req.onupgradeneeded = () => req.result.createObjectStore('meta', { keyPath: 'key' });
      req.onsuccess = () => {
        req.result.close();
        resolve();
      };
    });
    expect(await readSnapshotDirect(NOW, 'week', 'all')).toBeNull();
    const version = await new Promise<number>((resolve) => {
      const req = indexedDB.open(DB_NAME);
      req.onsuccess = () => {
        resolve(req.result.version);
        req.result.close();
      };
    });
    expect(version).toBe(NATIVE_VERSION + 10);
  });
});

describe('the read the popup page starts early', () => {
  it('is taken once by the first render; a later reader reads afresh', async () => {
    const stored = (await refreshPopupSnapshot(NOW, { period: 'week', platform: 'all' }))!;
    startEarlySnapshotRead();
    // A write after the early read began: the first render still gets what was read at load...
    const early = await readSnapshotDirect(NOW, 'week', 'all');
    expect(early).toEqual(stored);
    await addTask('Balas DM reseller', '2025-05-14', NOW);
    // ...and every later read sees the data as it is now (the revision changed).
    expect(await readSnapshotDirect(NOW, 'week', 'all')).toBeNull();
  });

  it('starts one read however often it is asked, and the page takes that read', async () => {
    await refreshPopupSnapshot(NOW, { period: 'week', platform: 'all' });
    const scope = {} as typeof globalThis;
    startEarlySnapshotRead(scope);
    const first = takeEarlySnapshotRows(scope);
    expect(first).toBeInstanceOf(Promise);
    expect(takeEarlySnapshotRows(scope)).toBeUndefined();
    startEarlySnapshotRead(scope);
    const again = takeEarlySnapshotRows(scope);
    startEarlySnapshotRead(scope);
    expect(takeEarlySnapshotRows(scope)).not.toBe(again);
    const rows = (await first)!;
    expect((rows.rev as { value: string }).value).toBe((await getDb().meta.get(REVISION_KEY))!.value);
    expect((rows.snapshot as { key: string }).key).toBe(SNAPSHOT_KEY);
  });

  it('answers null without creating a database when there is none', async () => {
    await getDb().delete();
    resetDbForTests();
    expect(await readSnapshotRows()).toBeNull();
    expect(await names()).not.toContain(DB_NAME);
  });
});
