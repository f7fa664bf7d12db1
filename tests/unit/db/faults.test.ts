import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb, resetDbForTests } from '../../../lib/db/db';
import { defaultSettings } from '../../../lib/db/defaults';
import { listTemplates } from '../../../lib/db/repos/templates';
import { getInteractions, markItem, recordSeen } from '../../../lib/services/interactions';
import { createRouter, CONTENT_TYPES, PAGE_TYPES, type HandlerTable } from '../../../lib/messages';
import { failWritesAfter } from './fault-injection';
import { validRows } from '../models/valid-rows';

beforeEach(() => resetDbForTests());

const settings = defaultSettings('id', 0);
const batch = (n: number) => ({
  platform: 'x' as const,
  pageUrl: 'https://x.com/toko/status/1',
  items: Array.from({ length: n }, (_, i) => ({
    itemId: String(1000 + i), kind: 'comment' as const, author: `A${i}`, authorHandle: `a${i}`, text: `kak ready? ${i}`,
    postedAt: 1_700_000_000_000, postedAtPrecision: 'exact' as const, permalink: null,
  })),
  answers: [],
});

describe('RELIABILITY 13: storage full', () => {
  it('rolls back, reports storage-full, and later writes succeed', async () => {
    await getDb().open();
    await recordSeen(batch(2), settings, 1_700_000_100_000);
    const before = { rows: await getDb().interactions.toArray(), aggs: await getDb().aggregates.toArray() };
    const restore = await failWritesAfter(getDb(), 1, 'QuotaExceededError');
    await expect(recordSeen(batch(5), settings, 1_700_000_200_000)).rejects.toMatchObject({ code: 'storage-full' });
    await expect(markItem('x:1000', 'answered', settings, 1_700_000_300_000)).rejects.toMatchObject({ code: 'storage-full' });
    restore();
    await getDb().open();
    expect(await getDb().interactions.toArray()).toEqual(before.rows);
    expect(await getDb().aggregates.toArray()).toEqual(before.aggs);
    const states = await recordSeen(batch(5), settings, 1_700_000_400_000);
    expect(states).toHaveLength(5);
    expect(await getDb().interactions.count()).toBe(5);
  });

  it('the router answers a storage-full failure with its own code', async () => {
    const table = Object.fromEntries([...CONTENT_TYPES, ...PAGE_TYPES].map((t) => [t, async () => ({})])) as unknown as HandlerTable;
    (table as Record<string, unknown>)['items/seen'] = async () => recordSeen(batch(1), settings, 1);
    await getDb().open();
    const restore = await failWritesAfter(getDb(), 0, 'QuotaExceededError');
    const route = createRouter(table, () => ({ extensionId: 'k', extensionOrigin: 'chrome-extension://k' }));
    const res = await route({ ...batch(1), type: 'items/seen' }, { id: 'k', url: 'https://x.com/', tab: { id: 1 }, frameId: 0 });
    restore();
    expect(res).toEqual({ ok: false, code: 'storage-full' });
  });
});

describe('corrupted rows', () => {
  it('are skipped and reported, never breaking a list or a page batch', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await getDb().templates.bulkPut([
      { ...validRows.template, tags: [...validRows.template.tags], platforms: [] },
      { id: 'broken', title: 42 } as never,
    ]);
    expect((await listTemplates()).map((t) => t.id)).toEqual(['t1']);
    await getDb().interactions.put({ id: 'x:1000', platform: 'x', garbage: true } as never);
    expect(await getInteractions(['x:1000'])).toEqual([]);
    const states = await recordSeen(batch(1), settings, 1_700_000_100_000);
    expect(states[0]).toMatchObject({ id: 'x:1000', status: 'open' });
    expect((await getInteractions(['x:1000']))[0]?.author).toBe('A0');
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});
