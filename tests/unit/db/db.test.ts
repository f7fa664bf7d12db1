import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { getDb, resetDbForTests, KelolaDb } from '../../../lib/db/db';
import { DbError, toDbError } from '../../../lib/db/errors';
import { getSettings, saveSettings } from '../../../lib/db/repos/settings';
import { deleteTemplate, duplicateTemplate, listTemplates, recordTemplateUse, saveTemplate } from '../../../lib/db/repos/templates';
import { seedDefaults } from '../../../lib/services/seed';
import { CURRENT_VERSION, SCHEMA_V1, TABLES } from '../../../lib/db/schema';
import { validRows } from '../models/valid-rows';
import { beforeEach } from 'vitest';

beforeEach(() => resetDbForTests());

describe('database', () => {
  it('has a table for every entity at the current version', async () => {
    const db = getDb();
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual([...TABLES].sort());
    expect(Object.keys(SCHEMA_V1)).toContain('interactions');
  });

  it('seeds settings, starter templates and the checklist once', async () => {
    expect(await seedDefaults('id', 1000)).toBe(true);
    const n = await getDb().templates.count();
    expect(n).toBeGreaterThanOrEqual(12);
    const s = await getSettings();
    expect(s.timeZone).toBe('Asia/Jakarta');
    expect(s.checklist.length).toBeGreaterThanOrEqual(4);
    await getDb().templates.clear();
    expect(await seedDefaults('id', 2000)).toBe(false);
    expect(await getDb().templates.count()).toBe(0);
  });

  it('settings refuse invalid values and keep the old ones', async () => {
    await seedDefaults('en', 1);
    await expect(saveSettings({ currency: 'rupiah' })).rejects.toMatchObject({ code: 'invalid' });
    expect((await getSettings()).currency).toBe('USD');
    await saveSettings({ currency: 'IDR' });
    expect((await getSettings()).currency).toBe('IDR');
  });

  it('templates: save, duplicate, record use, delete', async () => {
    const { id: _id, createdAt: _c, updatedAt: _u, usageCount: _n, lastUsedAt: _l, ...draft } = validRows.template;
    const t = await saveTemplate({ ...draft, tags: [...draft.tags], platforms: [] }, 10);
    const copy = await duplicateTemplate(t.id, '(copy)', 20);
    expect(copy.title).toBe('Terima kasih (copy)');
    expect(copy.abbreviation).toBeNull();
    await recordTemplateUse(t.id, 30);
    await recordTemplateUse(t.id, 40);
    const all = await listTemplates();
    expect(all.find((x) => x.id === t.id)).toMatchObject({ usageCount: 2, lastUsedAt: 40 });
    await deleteTemplate(copy.id);
    expect((await listTemplates()).map((x) => x.id)).toEqual([t.id]);
    await expect(saveTemplate({ ...draft, tags: [], platforms: [], title: '' })).rejects.toBeInstanceOf(DbError);
  });

  it('maps storage-full errors, direct or wrapped, to a typed error', () => {
    const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    expect(toDbError(quota).code).toBe('storage-full');
    const wrapped = new Dexie.AbortError('Transaction aborted', quota);
    expect(toDbError(wrapped).code).toBe('storage-full');
    expect(toDbError(new Dexie.DatabaseClosedError()).code).toBe('db-closed');
    expect(toDbError(new Dexie.VersionError('newer')).code).toBe('db-newer');
    expect(toDbError(new Error('other')).code).toBe('unknown');
  });

  it('a closed database gives a typed error', async () => {
    const db = new KelolaDb('closed-test');
    await db.open();
    db.close();
    await expect(db.templates.toArray().catch((e) => Promise.reject(toDbError(e)))).rejects.toMatchObject({ code: 'db-closed' });
  });
});
