import { beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { KelolaDb, resetDbForTests } from '../../../lib/db/db';
import { toDbError } from '../../../lib/db/errors';
import { BACKUP_TABLES, type BackupTable } from '../../../lib/db/backup';
import { CURRENT_SCHEMA, CURRENT_VERSION, DB_NAME, SCHEMA_V1 } from '../../../lib/db/schema';

/**
 * Every schema version has a frozen fixture (tests/fixtures/db/v<N>.json: its store definitions and
 * rows). Each is built as a raw database of that version, then opened with today's code.
 */
const dir = fileURLToPath(new URL('../../fixtures/db/', import.meta.url));
type Fixture = { dexieVersion: number; stores: Record<string, string>; tables: Record<string, Array<{ id?: string; key?: string }>> };
const fixtures = readdirSync(dir)
  .filter((f) => /^v\d+\.json$/.test(f))
  .map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Fixture);

async function buildRaw(f: Fixture, version = f.dexieVersion, stores = f.stores): Promise<void> {
  const raw = new Dexie(DB_NAME);
  raw.version(version).stores(stores);
  await raw.open();
  await raw.transaction('rw', Object.keys(f.tables).map((t) => raw.table(t)), async () => {
    for (const [t, rows] of Object.entries(f.tables)) await raw.table(t).bulkPut(rows);
  });
  raw.close();
}

async function readRaw(version: number, stores: Record<string, string>, tables: string[]) {
  const raw = new Dexie(DB_NAME);
  raw.version(version).stores(stores);
  await raw.open();
  const out: Record<string, unknown[]> = {};
  for (const t of tables) out[t] = await raw.table(t).toArray();
  raw.close();
  return out;
}

beforeEach(() => resetDbForTests());

describe('RELIABILITY 4: migrations', () => {
  it('there is a fixture for every schema version up to today', () => {
    expect(fixtures.map((f) => f.dexieVersion).sort()).toEqual(Array.from({ length: CURRENT_VERSION }, (_, i) => i + 1));
    expect(fixtures.find((f) => f.dexieVersion === 1)?.stores).toEqual(SCHEMA_V1);
    expect(fixtures.find((f) => f.dexieVersion === CURRENT_VERSION)?.stores).toEqual(CURRENT_SCHEMA);
  });

  it('version 1 to 2 drops the unused indexes, keeps every row and the indexes queries use', async () => {
    const v1 = fixtures.find((x) => x.dexieVersion === 1)!;
    await buildRaw(v1);
    const db = new KelolaDb();
    await db.open();
    const indexes = (t: string) => db.tables.find((x) => x.name === t)!.schema.indexes.map((i) => i.name).sort();
    const stored = (t: string) => {
      const names = Array.from(db.backendDB().transaction(t).objectStore(t).indexNames);
      return names.sort();
    };
    expect(stored('interactions')).toEqual(['[status+firstSeenAt]', 'answeredAt', 'firstSeenAt']);
    expect(stored('posts')).toEqual(['campaignId', 'scheduledAt', 'status']);
    expect(stored('templates')).toEqual(['abbreviation', 'variantGroup']);
    expect(stored('metrics')).toEqual(['[accountId+date]', 'date']);
    for (const t of ['interactions', 'posts', 'templates', 'metrics', 'tasks', 'accounts']) expect(stored(t)).toEqual(indexes(t));
    for (const [t, rows] of Object.entries(v1.tables)) {
      const key = t === 'meta' ? 'key' : 'id';
      const byKey = (a: Record<string, unknown>, b: Record<string, unknown>) => String(a[key]).localeCompare(String(b[key]));
      expect((await db.table(t).toArray()).sort(byKey), t).toEqual([...rows].sort(byKey as never));
    }
    const open = v1.tables.interactions!.filter((r) => (r as { status?: string }).status === 'open');
    expect(await db.interactions.where('[status+firstSeenAt]').between(['open', -Infinity], ['open', Infinity]).count()).toBe(open.length);
    const scheduled = v1.tables.posts!.filter((r) => (r as { scheduledAt?: number | null }).scheduledAt != null);
    expect(await db.posts.where('scheduledAt').between(-Infinity, Infinity).count()).toBe(scheduled.length);
    db.close();
  });

  for (const f of fixtures) {
    it(`version ${f.dexieVersion} opens with today's code, every row intact and valid`, async () => {
      await buildRaw(f);
      const db = new KelolaDb();
      await db.open();
      expect(db.verno).toBe(CURRENT_VERSION);
      for (const [t, rows] of Object.entries(f.tables)) {
        const now = await db.table(t).toArray();
        expect(now).toHaveLength(rows.length);
        const schema = BACKUP_TABLES[t as BackupTable];
        if (schema) for (const row of now) expect(schema.safeParse(row).success, `${t} ${JSON.stringify(row).slice(0, 80)}`).toBe(true);
      }
      db.close();
    });
  }

  it('a failing upgrade leaves the old version and its data intact', async () => {
    const f = fixtures.find((x) => x.dexieVersion === CURRENT_VERSION)!;
    await buildRaw(f);
    class BrokenNext extends KelolaDb {
      constructor() {
        super();
        this.version(CURRENT_VERSION + 1)
          .stores({})
          .upgrade(async (tx) => {
            await tx.table('templates').clear();
            throw new Error('upgrade failed half way');
          });
      }
    }
    const broken = new BrokenNext();
    await expect(broken.open()).rejects.toBeTruthy();
    broken.close();
    const db = new KelolaDb();
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(await db.templates.count()).toBe(f.tables.templates!.length);
    expect(await db.interactions.count()).toBe(f.tables.interactions!.length);
    db.close();
  });

  it('a database newer than the code is refused and never written', async () => {
    const f = fixtures.find((x) => x.dexieVersion === CURRENT_VERSION)!;
    await buildRaw(f, CURRENT_VERSION + 2);
    const db = new KelolaDb();
    const err = await db.open().then(() => null, (e: unknown) => e);
    expect(err).not.toBeNull();
    expect(toDbError(err).code).toBe('db-newer');
    await expect(db.templates.put({ ...(f.tables.templates![0] as Record<string, unknown>), title: 'written' } as never)).rejects.toBeTruthy();
    const after = await readRaw(CURRENT_VERSION + 2, f.stores, ['templates']);
    expect(after.templates).toEqual(f.tables.templates);
  });
});
