import { beforeEach, describe, expect, it } from 'vitest';
import { getDb, resetDbForTests } from '../../../lib/db/db';
import { canonicalJson, planImport, wipeAll, type BackupTable } from '../../../lib/db/backup';
import { defaultSettings } from '../../../lib/db/defaults';
import { recomputeAggregates } from '../../../lib/kpi';
import { commitImport } from '../../../lib/services/after-import';
import { aggregateContext } from '../../../lib/services/aggregates';
import type { Interaction, Settings } from '../../../lib/models';
import { validRows } from '../models/valid-rows';
import { failWritesAfter } from '../db/fault-injection';

beforeEach(async () => {
  resetDbForTests();
  await wipeAll();
});

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 10, 17, 30);

function interaction(i: number, extra: Partial<Interaction> = {}): Interaction {
  const postedAt = T0 + (i % 9) * DAY + i * 60_000;
  const answered = i % 3 !== 0;
  return {
    ...(validRows.interaction as unknown as Interaction), id: `x:${i}`, itemId: String(i), intents: [], postedAt, firstSeenAt: postedAt + 1000,
    status: answered ? 'answered' : 'open', answeredAt: answered ? postedAt + (i % 5) * 3_600_000 : null, answeredHow: answered ? 'own-reply' : null,
    ...extra,
  };
}

/** The aggregates as stored, against what a full recomputation from the stored rows gives. */
async function aggregatesMatchStoredRows(): Promise<{ stored: string; expected: string; count: number }> {
  const db = getDb();
  const settings = ((await db.settings.get('settings')) as Settings | undefined) ?? defaultSettings('en', 0);
  const expected = recomputeAggregates(await db.interactions.toArray(), aggregateContext(settings));
  const byId = (rows: Array<{ id: string }>) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));
  return { stored: canonicalJson(byId(await db.aggregates.toArray())), expected: canonicalJson(byId(expected)), count: expected.length };
}

async function commit(tables: Partial<Record<BackupTable, Array<{ id: string }>>>) {
  await commitImport(await planImport(tables), undefined, 1);
}

function settingsIn(timeZone: string): Settings {
  return { ...defaultSettings('en', 0), timeZone };
}

describe('commitImport keeps the daily aggregates in step with the imported rows', () => {
  it('restoring into an empty database', async () => {
    await commit({ interactions: Array.from({ length: 40 }, (_, i) => interaction(i)) });
    const r = await aggregatesMatchStoredRows();
    expect(r.count).toBeGreaterThan(5);
    expect(r.stored).toBe(r.expected);
  });

  it('importing beside stored interactions, replacing some of them', async () => {
    await getDb().interactions.bulkPut(Array.from({ length: 30 }, (_, i) => interaction(i)));
    await commit({ interactions: Array.from({ length: 30 }, (_, i) => interaction(i + 20, { status: 'ignored', answeredAt: null, answeredHow: null })) });
    expect(await getDb().interactions.count()).toBe(50);
    const r = await aggregatesMatchStoredRows();
    expect(r.stored).toBe(r.expected);
  });

  it('with imported settings (another time zone) the aggregates follow those settings', async () => {
    const settings = settingsIn('America/Los_Angeles');
    await commit({ settings: [settings], interactions: Array.from({ length: 20 }, (_, i) => interaction(i)) });
    const r = await aggregatesMatchStoredRows();
    expect(r.stored).toBe(r.expected);
    const jakarta = recomputeAggregates(await getDb().interactions.toArray(), aggregateContext({ ...settings, timeZone: 'Asia/Jakarta' }));
    expect(canonicalJson(jakarta)).not.toBe(r.stored);
  });

  it('settings alone change the aggregates of the stored interactions', async () => {
    await commit({ interactions: Array.from({ length: 20 }, (_, i) => interaction(i)) });
    await commit({ settings: [settingsIn('Pacific/Auckland')] });
    const r = await aggregatesMatchStoredRows();
    expect(r.stored).toBe(r.expected);
  });

  for (const k of [0, 1, 2]) {
    it(`a failure at write ${k} leaves rows and aggregates as they were`, async () => {
      await commit({ interactions: Array.from({ length: 10 }, (_, i) => interaction(i)) });
      const before = canonicalJson([await getDb().interactions.toArray(), await getDb().aggregates.toArray(), await getDb().meta.toArray()]);
      const plan = await planImport({ interactions: Array.from({ length: 10 }, (_, i) => interaction(i + 5, { status: 'ignored' })), templates: [validRows.template] });
      const restore = await failWritesAfter(getDb(), k, 'UnknownError');
      await expect(commitImport(plan, undefined, 2)).rejects.toBeTruthy();
      restore();
      await getDb().open();
      expect(canonicalJson([await getDb().interactions.toArray(), await getDb().aggregates.toArray(), await getDb().meta.toArray()])).toBe(before);
    });
  }
});
