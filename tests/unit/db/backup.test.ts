import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { getDb, resetDbForTests } from '../../../lib/db/db';
import {
  applyImport, canonicalJson, exportBackup, lastImport, parseBackup, planImport, undoLastImport, wipeAll, BACKUP_TABLE_NAMES,
} from '../../../lib/db/backup';
import { previewImportFile } from '../../../lib/services/import-file';
import { failWritesAfter } from './fault-injection';
import { hostileText, seedAll } from './seed-all';

beforeEach(() => resetDbForTests());

async function snapshot(): Promise<string> {
  const b = await exportBackup(BACKUP_TABLE_NAMES, 0);
  return canonicalJson(b);
}

async function validBackupText(): Promise<string> {
  await seedAll('Halo 👋 مرحبا', 7);
  const text = JSON.stringify(await exportBackup());
  await wipeAll();
  return text;
}

describe('RELIABILITY 1: bad files are refused with a message and change nothing', () => {
  const cases: Array<[string, (good: Record<string, unknown>) => string, RegExp, RegExp]> = [
    ['not JSON', () => '{"kind": "kelola.backup", oops', /not a JSON file/, /bukan berkas JSON/],
    ['wrong format', () => JSON.stringify({ kind: 'something.else', version: 1 }), /not a Kelola backup/, /bukan cadangan Kelola/],
    ['future schema version', (g) => JSON.stringify({ ...g, schemaVersion: 99 }), /newer version of Kelola/, /versi lebih baru/],
    ['a row failing the schema', (g) => {
      const t = g.tables as Record<string, Array<Record<string, unknown>>>;
      t.posts![1] = { ...t.posts![1], status: 'posted' };
      return JSON.stringify(g);
    }, /Calendar posts, row 2: invalid row \(status/, /Postingan kalender, baris 2: baris tidak valid/],
    ['duplicate keys', (g) => {
      const t = g.tables as Record<string, unknown[]>;
      t.templates!.push(t.templates![0]);
      return JSON.stringify(g);
    }, /Templates, row 2: the same id appears twice/, /Template, baris 2: id yang sama muncul dua kali/],
    ['an own __proto__ key', (g) => JSON.stringify(g).replace('"tables":{', '"tables":{"__proto__":{"polluted":true},'), /forbidden key/, /kunci terlarang/],
    ['an unknown section', (g) => JSON.stringify({ ...g, tables: { ...(g.tables as object), secrets: [] } }), /secrets: unknown section/, /secrets: bagian tidak dikenal/],
    ['nothing to import', (g) => JSON.stringify({ ...g, tables: {} }), /nothing to import/, /tidak berisi apa pun/],
  ];
  for (const [name, make, en, id] of cases) {
    it(name, async () => {
      const good = JSON.parse(await validBackupText()) as Record<string, unknown>;
      await seedAll('existing', 1);
      const before = await snapshot();
      const bad = make(good);
      const resEn = await previewImportFile(bad, 'en');
      const resId = await previewImportFile(bad, 'id');
      expect(resEn.ok).toBe(false);
      expect(resId.ok).toBe(false);
      if (!resEn.ok && !resId.ok) {
        expect(resEn.errors.join('\n')).toMatch(en);
        expect(resId.errors.join('\n')).toMatch(id);
      }
      expect(await snapshot()).toBe(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }
  it('oversize files are refused before parsing', () => {
    const res = parseBackup(' '.repeat(256 * 1024 * 1024 + 1));
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.errors[0]!.code).toBe('too-large');
  });
});

describe('RELIABILITY 2: backup round-trips without loss', () => {
  it('export → wipe → import → export gives equal canonical JSON for every entity in every state', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostileText, { minLength: 1, maxLength: 3 }), async (texts) => {
        resetDbForTests();
        await wipeAll();
        for (const [i, t] of texts.entries()) await seedAll(t, i);
        const first = await exportBackup(BACKUP_TABLE_NAMES, 0);
        await wipeAll();
        const parsed = parseBackup(JSON.stringify(first));
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        await applyImport(await planImport(parsed.backup.tables));
        const second = await exportBackup(BACKUP_TABLE_NAMES, 0);
        expect(canonicalJson(second)).toBe(canonicalJson(first));
      }),
      { numRuns: 8 },
    );
  });

  it('a second import of the same file changes nothing, and the preview says so', async () => {
    const text = await validBackupText();
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error('parse');
    await applyImport(await planImport(parsed.backup.tables));
    const plan = await planImport(parsed.backup.tables);
    for (const c of Object.values(plan.perTable)) expect(c).toMatchObject({ added: 0, updated: 0 });
  });

  it('the last import can be undone', async () => {
    await seedAll('before', 1);
    const before = await snapshot();
    const text = await (async () => {
      await seedAll('incoming', 2);
      const t = JSON.stringify(await exportBackup());
      return t;
    })();
    await wipeAll();
    await seedAll('before', 1);
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error('parse');
    await applyImport(await planImport(parsed.backup.tables));
    expect(await snapshot()).not.toBe(before);
    expect(await lastImport()).not.toBeNull();
    expect(await undoLastImport()).toBe(true);
    expect(await snapshot()).toBe(before);
    expect(await lastImport()).toBeNull();
  });
});

describe('RELIABILITY 3: import is all or nothing', () => {
  for (const k of [0, 3, 8]) {
    it(`a failure at write ${k} leaves the state from before the import`, async () => {
      const text = await validBackupText();
      await seedAll('existing', 1);
      const before = await snapshot();
      const parsed = parseBackup(text);
      if (!parsed.ok) throw new Error('parse');
      const plan = await planImport(parsed.backup.tables);
      const restore = await failWritesAfter(getDb(), k, 'UnknownError');
      await expect(applyImport(plan)).rejects.toBeTruthy();
      restore();
      await getDb().open();
      expect(await snapshot()).toBe(before);
    });
  }
});
