import { beforeEach, describe, expect, it } from 'vitest';
import { getDb, resetDbForTests } from '../../../lib/db/db';
import {
  ensureAccount, importMetricRows, parseDay, parseFigure, parseMetricsCsv, recordFigures, saveSnapshot, snapshotsBetween,
} from '../../../lib/services/metrics';

const NOW = Date.parse('2025-05-14T03:00:00Z');

beforeEach(() => resetDbForTests());

describe('saveSnapshot', () => {
  it('keeps one snapshot per account and date, merging figures', async () => {
    const a = await saveSnapshot({ accountId: 'acc', platform: 'x', date: '2025-05-14', values: { followers: 12_300, following: 321 }, source: 'capture' }, NOW);
    expect(a.created).toBe(true);
    const b = await saveSnapshot({ accountId: 'acc', platform: 'x', date: '2025-05-14', values: { reach: 4500, followers: 12_350 }, source: 'csv' }, NOW + 1);
    expect(b.created).toBe(false);
    expect(b.snapshot.id).toBe(a.snapshot.id);
    const rows = await getDb().metrics.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ followers: 12_350, following: 321, reach: 4500, source: 'csv', capturedAt: NOW + 1 });
    await saveSnapshot({ accountId: 'acc', platform: 'x', date: '2025-05-15', values: { followers: 12_400 }, source: 'capture' }, NOW);
    expect(await getDb().metrics.count()).toBe(2);
    expect((await snapshotsBetween('2025-05-15', '2025-05-20')).map((s) => s.followers)).toEqual([12_400]);
  });

  it('refuses negative or non-finite figures and a bad date, storing nothing', async () => {
    await expect(saveSnapshot({ accountId: 'a', platform: 'x', date: '2025-05-14', values: { followers: -1 }, source: 'manual' }, NOW)).rejects.toMatchObject({ code: 'invalid' });
    await expect(saveSnapshot({ accountId: 'a', platform: 'x', date: '2025-02-30x', values: { followers: 1 }, source: 'manual' }, NOW)).rejects.toMatchObject({ code: 'invalid' });
    await expect(saveSnapshot({ accountId: 'a', platform: 'x', date: '2025-05-14', values: { reach: Number.NaN }, source: 'manual' }, NOW)).rejects.toMatchObject({ code: 'invalid' });
    expect(await getDb().metrics.count()).toBe(0);
  });
});

describe('accounts for captured figures', () => {
  it('creates an account once per platform and handle, and applies the role the user chose', async () => {
    const a = await ensureAccount('instagram', '@TokoBudi', 'Toko Budi', 'own', NOW);
    expect(a).toMatchObject({ handle: 'tokobudi', role: 'own', platform: 'instagram' });
    const again = await ensureAccount('instagram', 'tokobudi', '', 'competitor', NOW);
    expect(again.id).toBe(a.id);
    expect(again).toMatchObject({ role: 'competitor', displayName: 'Toko Budi' });
    const other = await ensureAccount('x', 'tokobudi', '', 'own', NOW);
    expect(other.id).not.toBe(a.id);
    expect(await getDb().accounts.count()).toBe(2);
  });

  it('records a competitor capture under a competitor account', async () => {
    const res = await recordFigures({ platform: 'x', handle: 'saingan_kopi', displayName: 'Saingan', role: 'competitor', date: '2025-05-14', values: { followers: 88_000 }, source: 'capture' }, NOW);
    expect(res.account.role).toBe('competitor');
    expect(res.snapshot).toMatchObject({ accountId: res.account.id, followers: 88_000, source: 'capture', platform: 'x' });
    await expect(recordFigures({ platform: 'x', handle: 'a', role: 'own', date: '2025-05-14', values: {}, source: 'manual' }, NOW)).rejects.toMatchObject({ code: 'invalid' });
  });
});

describe('parseFigure', () => {
  it('reads the ways people and pages write counts, in both languages', () => {
    const cases: Array<[string, number, string | null]> = [
      ['12300', 12_300, null], ['12.300', 12_300, 'id'], ['12,300', 12_300, 'en'], ['12,3 rb', 12_300, 'id'], ['1,2 jt', 1_200_000, 'id'],
      ['12.3K', 12_300, 'en'], ['1.2M', 1_200_000, 'en'], ['Rp 1.500.000', 1_500_000, 'id'], ['Rp1.500.000,50', 1_500_000.5, 'id'],
      ['$1,234.56', 1234.56, 'en'], ['2,5', 2.5, 'id'], ["'42", 42, null], ['3,4 M', 3_400_000_000, 'id'],
    ];
    for (const [raw, want, lang] of cases) expect(parseFigure(raw, lang), raw).toEqual({ ok: true, value: want });
  });

  it('refuses anything that is not plainly a number', () => {
    for (const raw of ['abc', '12 apples', '1.2.3', '12,,3', '', 'K', '1e5', '12-5']) expect(parseFigure(raw).ok, raw).toBe(false);
    expect(parseFigure('-5')).toEqual({ ok: false, problem: 'negative' });
    expect(parseFigure('−5')).toEqual({ ok: false, problem: 'negative' });
  });
});

describe('parseDay', () => {
  it('accepts ISO and day-first dates and refuses impossible ones', () => {
    expect(parseDay('2025-05-14')).toBe('2025-05-14');
    expect(parseDay('14/05/2025')).toBe('2025-05-14');
    expect(parseDay('4-5-2025')).toBe('2025-05-04');
    expect(parseDay('14.05.2025')).toBe('2025-05-14');
    expect(parseDay('29/02/2024')).toBe('2024-02-29');
    expect(parseDay('29/02/2025')).toBeNull();
    expect(parseDay('05/31/2025')).toBeNull();
    expect(parseDay('kemarin')).toBeNull();
  });
});

describe('parseMetricsCsv', () => {
  it('reads English and Indonesian headers, ; delimiters and Indonesian numbers', () => {
    const csv = '\ufeffTanggal;Platform;Akun;Peran;Pengikut;Jangkauan;Pendapatan;Catatan\n14/05/2025;Instagram;@TokoBudi;;12.300;4.500;Rp 2.500.000;bagus\n15/05/2025;ig;tokobudi;sendiri;12.350;;;\n';
    const p = parseMetricsCsv(csv, 'id');
    expect(p.issues).toEqual([]);
    expect(p.fields).toEqual(['followers', 'reach', 'revenue']);
    expect(p.ignored).toEqual(['Catatan']);
    expect(p.rows).toEqual([
      { row: 2, platform: 'instagram', handle: 'tokobudi', role: null, date: '2025-05-14', values: { followers: 12_300, reach: 4500, revenue: 2_500_000 } },
      { row: 3, platform: 'instagram', handle: 'tokobudi', role: 'own', date: '2025-05-15', values: { followers: 12_350 } },
    ]);
  });

  it('reports every bad row with its spreadsheet row number', () => {
    const csv = [
      'date,platform,account,followers,clicks,spend',
      '2025-05-14,x,kelolademo,1000,10,5000',
      '2025-13-01,x,kelolademo,1000,,',
      '',
      '2025-05-15,myspace,kelolademo,1000,,',
      '2025-05-16,x,kelola demo,abc,-5,',
      '2025-05-17,x,kelolademo,,,',
      '2025-05-14,twitter,KeloLaDemo,1200,,',
    ].join('\n');
    const p = parseMetricsCsv(csv, 'en');
    expect(p.rows.map((r) => r.row)).toEqual([2]);
    expect(p.issues).toEqual([
      { row: 3, problem: 'bad-date', column: 'date', value: '2025-13-01' },
      { row: 5, problem: 'bad-platform', column: 'platform', value: 'myspace' },
      { row: 6, problem: 'bad-handle', column: 'account', value: 'kelola demo' },
      { row: 6, problem: 'bad-number', column: 'followers', value: 'abc' },
      { row: 6, problem: 'negative', column: 'clicks', value: '-5' },
      { row: 7, problem: 'no-figures' },
      { row: 8, problem: 'duplicate-row', firstRow: 2 },
    ]);
  });

  it('refuses a file without the needed columns or without rows', () => {
    expect(parseMetricsCsv('followers,reach\n1,2\n').issues.map((i) => i.problem)).toEqual(['no-date-column', 'no-platform-column', 'no-handle-column']);
    expect(parseMetricsCsv('date,platform,account,notes\n2025-05-14,x,a,hi\n').issues.map((i) => i.problem)).toEqual(['no-figure-column']);
    expect(parseMetricsCsv('date,platform,account,followers,Followers\n').issues.map((i) => i.problem)).toEqual(['duplicate-column']);
    expect(parseMetricsCsv('date,platform,account,followers\n\n').issues.map((i) => i.problem)).toEqual(['empty']);
    expect(parseMetricsCsv('   \n').issues.map((i) => i.problem)).toEqual(['empty']);
  });

  it('keeps an apostrophe-guarded cell from an export as text, not a formula', () => {
    const p = parseMetricsCsv("date,platform,account,followers\n2025-05-14,x,'=cmd,5\n");
    expect(p.rows).toEqual([]);
    expect(p.issues[0]).toMatchObject({ row: 2, problem: 'bad-handle', value: "'=cmd" });
  });
});

describe('importMetricRows', () => {
  it('creates unknown accounts, updates existing snapshots and reports the counts', async () => {
    const rival = await ensureAccount('x', 'saingan', '', 'competitor', NOW);
    await saveSnapshot({ accountId: rival.id, platform: 'x', date: '2025-05-14', values: { followers: 500 }, source: 'capture' }, NOW);
    const p = parseMetricsCsv('date,platform,account,role,followers,reach\n2025-05-14,x,saingan,,,900\n2025-05-14,instagram,tokobudi,,1000,\n2025-05-15,instagram,tokobudi,,1010,\n');
    expect(p.issues).toEqual([]);
    const res = await importMetricRows(p.rows, NOW);
    expect(res).toEqual({ added: 2, updated: 1, accountsCreated: 1 });
    const accounts = await getDb().accounts.toArray();
    expect(accounts.find((a) => a.handle === 'saingan')!.role).toBe('competitor');
    expect(accounts.find((a) => a.handle === 'tokobudi')!.role).toBe('own');
    const rivalSnap = await getDb().metrics.where('[accountId+date]').equals([rival.id, '2025-05-14']).first();
    expect(rivalSnap).toMatchObject({ followers: 500, reach: 900, source: 'csv' });
  });

  it('refuses an empty import', async () => {
    await expect(importMetricRows([], NOW)).rejects.toMatchObject({ code: 'invalid' });
  });
});
