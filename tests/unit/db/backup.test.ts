import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { getDb, resetDbForTests } from '../../../lib/db/db';
import {
  applyImport, canonicalJson, exportBackup, lastImport, parseBackup, planImport, safeJsonParse, undoLastImport, wipeAll, BACKUP_TABLE_NAMES,
} from '../../../lib/db/backup';
import { previewImportFile } from '../../../lib/services/import-file';
import { failWritesAfter } from './fault-injection';
import { hostileText, rowsFor, seedAll } from './seed-all';
import { validRows } from '../models/valid-rows';

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

describe('reading a backup file', () => {
  it('a backup still names row format 1 (index-only schema versions do not change it), and format 1 files open', async () => {
    const text = await validBackupText();
    const doc = JSON.parse(text) as { version: number; schemaVersion: number };
    expect(doc).toMatchObject({ version: 1, schemaVersion: 1 });
    expect(parseBackup(text).ok).toBe(true);
    expect(parseBackup(JSON.stringify({ ...doc, schemaVersion: 2 }))).toMatchObject({ ok: false, errors: [{ code: 'newer-version' }] });
  });

  it('refuses a prototype key at any depth, also when escaped, and accepts such words as values', () => {
    const nested = JSON.stringify({ kind: 'kelola.backup', tables: { posts: [{ id: 'p', utm: { constructor: 1 } }] } });
    expect(safeJsonParse(nested)).toMatchObject({ ok: false, code: 'forbidden-key' });
    expect(safeJsonParse('[{"a":[1,{"prototype":null}]}]')).toMatchObject({ ok: false, code: 'forbidden-key' });
    expect(safeJsonParse('{"rows":[{"\\u005f_proto__":{"polluted":true}}]}')).toMatchObject({ ok: false, code: 'forbidden-key' });
    expect(safeJsonParse('{"note":"__proto__ constructor prototype","list":["constructor"]}')).toMatchObject({ ok: true });
    expect(safeJsonParse('{"a": }')).toMatchObject({ ok: false, code: 'not-json' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a forbidden key deep inside a row refuses the whole file', async () => {
    const good = JSON.parse(await validBackupText()) as { tables: Record<string, Array<Record<string, unknown>>> };
    good.tables.posts![0]!.utm = JSON.parse('{"source":"a","medium":"b","campaign":"c","__proto__":{"x":1}}') as unknown;
    const res = parseBackup(JSON.stringify(good));
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.errors[0]!.code).toBe('forbidden-key');
  });
});

describe('planning and writing an import', () => {
  it('compares only the rows already stored: new, changed and identical rows are told apart', async () => {
    await seedAll('stored', 1);
    const stored = await getDb().posts.toArray();
    const changed = { ...stored[0]!, caption: 'diubah' };
    const fresh = { ...stored[1]!, id: 'p-new' };
    const plan = await planImport({ posts: [changed, stored[1]!, fresh, ...stored.slice(2)] });
    expect(plan.perTable.posts).toEqual({ added: 1, updated: 1, skipped: stored.length - 1 });
    expect(plan.rows.posts!.addedIds).toEqual(['p-new']);
    expect(plan.rows.posts!.previous).toEqual([stored[0]]);
    expect(plan.rows.posts!.put.map((r) => r.id)).toEqual([changed.id, 'p-new']);
  });

  it('a task made again on this install gives way to the backup\'s task with the same checklist key; undo brings it back', async () => {
    const today = { ...validRows.task, id: 'fresh-install', derivedKey: 'checklist:c1:2026-11-23', source: 'checklist', checklistId: 'c1' };
    const backedUp = { ...today, id: 'from-backup', done: true, doneAt: 5 };
    const other = { ...validRows.task, id: 'manual-1' };
    await getDb().tasks.bulkPut([today, other] as never);
    const plan = await planImport({ tasks: [backedUp] });
    expect(plan.perTable.tasks).toEqual({ added: 1, updated: 1, skipped: 0 });
    await applyImport(plan, 1);
    expect((await getDb().tasks.toArray()).map((t) => t.id).sort()).toEqual(['from-backup', 'manual-1']);
    expect(await undoLastImport()).toBe(true);
    expect(canonicalJson((await getDb().tasks.toArray()).sort((a, b) => (a.id < b.id ? -1 : 1)))).toBe(canonicalJson([today, other]));
  });

  it('into empty tables every row is added', async () => {
    const parsed = parseBackup(await validBackupText());
    if (!parsed.ok) throw new Error('parse');
    const plan = await planImport(parsed.backup.tables);
    for (const [t, rows] of Object.entries(parsed.backup.tables)) {
      expect(plan.perTable[t as keyof typeof plan.perTable]).toEqual({ added: rows.length, updated: 0, skipped: 0 });
    }
  });

  it('reports progress by batches until every row is written', async () => {
    const rows = Array.from({ length: 12_345 }, (_, i) => ({ ...rowsFor('x', 1).interactions[0]!, id: `x:${i}`, itemId: String(i) }));
    const plan = await planImport({ interactions: rows as Array<{ id: string }> });
    const seen: Array<[number, number]> = [];
    await applyImport(plan, 1, getDb(), { onProgress: (w, t) => seen.push([w, t]) });
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(seen.every(([, t]) => t === rows.length)).toBe(true);
    expect(seen.map(([w]) => w)).toEqual([...seen.map(([w]) => w)].sort((a, b) => a - b));
    expect(seen.at(-1)).toEqual([rows.length, rows.length]);
    expect(await getDb().interactions.count()).toBe(rows.length);
  });
});
