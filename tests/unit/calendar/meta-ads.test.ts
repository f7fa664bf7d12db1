import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  CurrencyMismatchError,
  matchCampaigns,
  nameSimilarity,
  parseLocaleNumber,
  parseMetaAdsCsv,
  toCampaignEntries,
  type MetaAdsRow,
} from '../../../lib/calendar/meta-ads';
import { CampaignEntry } from '../../../lib/models';

const fixture = (name: string): string =>
  readFileSync(fileURLToPath(new URL(`../../fixtures/csv/${name}`, import.meta.url)), 'utf8');

describe('parseLocaleNumber', () => {
  it.each([
    ['1,234,567.89', '.', false, 1234567.89],
    ['1.234.567,89', ',', false, 1234567.89],
    ['1.234.567,89', '.', false, 1234567.89], // both separators: the last one is the decimal
    ['1,234,567', '.', false, 1234567],
    ['1.234.567', ',', false, 1234567],
    ['1.234', '.', false, 1.234],
    ['1.234', ',', false, 1234],
    ['1,234', '.', false, 1234],
    ['1,234', ',', false, 1.234],
    ['1.234', '.', true, 1234], // a count cannot be fractional
    ['12,5', '.', false, 12.5],
    ['12.50', ',', false, 12.5],
    ['Rp 1.500.000', ',', false, 1500000],
    ['IDR 1,500,000.00', '.', false, 1500000],
    ['1 500 000', '.', false, 1500000],
    ['4800000', '.', false, 4800000],
    ['', '.', false, 0],
    ['-', '.', false, 0],
    ['-12.5', '.', false, -12.5],
  ] as const)('%s (decimal %s, whole %s) → %d', (raw, decimal, whole, expected) => {
    expect(parseLocaleNumber(raw, decimal, whole)).toBeCloseTo(expected, 10);
  });

  it.each(['abc', '1,23,456', '12.3.4,5,6', '1..2', '=1+1'])('rejects %s', (raw) => {
    expect(parseLocaleNumber(raw, '.')).toBeNull();
  });
});

describe('parseMetaAdsCsv', () => {
  it('reads an English export with US numbers and skips the summary row', () => {
    const r = parseMetaAdsCsv(fixture('meta-ads-en.csv'));
    expect(r.missing).toEqual([]);
    expect(r.language).toBe('en');
    expect(r.currency).toBe('IDR');
    expect(r.decimalSeparator).toBe('.');
    expect(r.skipped).toEqual([2]);
    expect(r.rejected).toEqual([]);
    expect(r.rows).toHaveLength(3);
    expect(r.rows[0]).toEqual<MetaAdsRow>({
      rowNumber: 3,
      campaignName: 'Promo Ramadan 2025',
      start: '2025-03-01',
      end: '2025-03-31',
      currency: 'IDR',
      spend: 4_800_000,
      impressions: 260_455,
      reach: 84_210,
      clicks: 3_977,
      results: 412,
      resultIndicator: 'actions:onsite_conversion.lead_grouped',
    });
    expect(r.rows[2]?.results).toBe(55_126);
    expect(r.rows[2]?.spend).toBe(1_050_000);
  });

  it('reads an Indonesian export with Indonesian numbers, BOM and blank results', () => {
    const r = parseMetaAdsCsv(fixture('meta-ads-id.csv'));
    expect(r.language).toBe('id');
    expect(r.currency).toBe('IDR');
    expect(r.decimalSeparator).toBe(',');
    expect(r.rejected).toEqual([]);
    expect(r.rows.map((x) => [x.campaignName, x.spend, x.impressions, x.reach, x.clicks, x.results])).toEqual([
      ['Promo Ramadan 2025', 500_000, 31_540, 9_876, 421, 37],
      ['Harbolnas 12.12 Teaser', 12_345_678.9, 3_876_001, 1_204_332, 18_220, 0],
      ['Kopi Susu Gula Aren – Traffic', 2_500_000, 88_123, 40_002, 2_310, 2_310],
    ]);
    expect(r.rows[0]?.start).toBe('2025-04-01');
    expect(r.rows[0]?.end).toBe('2025-04-30');
  });

  it('takes the currency from the header and accepts a ; delimited Indonesian Excel save', () => {
    const text = [
      'Nama kampanye;Awal pelaporan;Akhir pelaporan;Jumlah yang dibelanjakan (USD);Impresi;Jangkauan;Klik tautan;Hasil',
      'Launch;01/05/2025;31/05/2025;1.234,50;10.000;8.000;300;12',
    ].join('\n');
    const r = parseMetaAdsCsv(text);
    expect(r.currency).toBe('USD');
    expect(r.rows[0]).toMatchObject({ start: '2025-05-01', end: '2025-05-31', spend: 1234.5, impressions: 10_000, reach: 8_000, results: 12 });
    expect(r.rows[0]?.resultIndicator).toBeNull();
  });

  it('uses the header language for ambiguous amounts', () => {
    const en = parseMetaAdsCsv('Campaign name,Reporting starts,Reporting ends,Amount spent (IDR)\nA,2025-05-01,2025-05-31,"1,500"\n');
    expect(en.rows[0]?.spend).toBe(1500);
    const id = parseMetaAdsCsv('Nama kampanye,Awal pelaporan,Akhir pelaporan,Jumlah yang dibelanjakan (IDR)\nA,2025-05-01,2025-05-31,1.500\n');
    expect(id.rows[0]?.spend).toBe(1500);
    const idDecimal = parseMetaAdsCsv('Nama kampanye,Awal pelaporan,Akhir pelaporan,Jumlah yang dibelanjakan (IDR)\nA,2025-05-01,2025-05-31,"1,500"\n');
    expect(idDecimal.rows[0]?.spend).toBe(1.5);
  });

  it('lists missing required columns and rejects bad rows by row number', () => {
    expect(parseMetaAdsCsv('Campaign name,Impressions\nA,1\n').missing).toEqual(['start', 'end', 'spend']);
    const r = parseMetaAdsCsv(
      [
        'Campaign name,Reporting starts,Reporting ends,Amount spent (IDR),Impressions',
        'Good,2025-05-01,2025-05-31,100,10',
        'Bad date,2025-05-01,kemarin,100,10',
        'Bad number,2025-05-01,2025-05-31,seratus,10',
        'Backwards,2025-05-31,2025-05-01,100,10',
        'Negative,2025-05-01,2025-05-31,-5,10',
      ].join('\n'),
    );
    expect(r.rows.map((x) => x.campaignName)).toEqual(['Good']);
    expect(r.rejected.map((x) => [x.rowNumber, x.reasons.map((y) => `${y.code}:${y.field}`)])).toEqual([
      [3, ['invalid-date:end']],
      [4, ['invalid-number:spend']],
      [5, ['end-before-start:end']],
      [6, ['invalid-number:spend']],
    ]);
  });
});

describe('matchCampaigns', () => {
  const campaigns = [
    { id: 'c-ramadan', name: 'Promo Ramadan 2025' },
    { id: 'c-lebaran', name: 'Lebaran Awareness' },
    { id: 'c-kopi', name: 'Kopi Susu' },
  ];

  it('matches exactly, then ignoring case and spaces, then suggests a fuzzy match', () => {
    const rows = parseMetaAdsCsv(fixture('meta-ads-en.csv')).rows;
    const byName = Object.fromEntries(matchCampaigns(rows, campaigns).map((m) => [m.campaignName, m]));
    expect(byName['Promo Ramadan 2025']?.match).toMatchObject({ campaignId: 'c-ramadan', kind: 'exact' });
    expect(byName['Promo Ramadan 2025']?.needsConfirmation).toBe(false);
    expect(byName['promo  ramadan 2025 - retargeting']?.match).toMatchObject({ campaignId: 'c-ramadan', kind: 'fuzzy' });
    expect(byName['promo  ramadan 2025 - retargeting']?.needsConfirmation).toBe(true);
    expect(byName['Lebaran Awareness IG']?.match).toMatchObject({ campaignId: 'c-lebaran', kind: 'fuzzy' });
    expect(byName['Lebaran Awareness IG']?.rowNumbers).toEqual([5]);

    const squashed = matchCampaigns([{ campaignName: '  PROMO   ramadan 2025', rowNumber: 2 }], campaigns);
    expect(squashed[0]?.match).toMatchObject({ campaignId: 'c-ramadan', kind: 'normalized', score: 1 });
  });

  it('returns no match for unrelated names but still offers weak suggestions', () => {
    const [m] = matchCampaigns([{ campaignName: 'Harbolnas 12.12 Teaser', rowNumber: 2 }], campaigns);
    expect(m?.match).toBeNull();
    expect(m?.needsConfirmation).toBe(false);
    for (const s of m?.suggestions ?? []) expect(s.score).toBeGreaterThanOrEqual(0.4);
  });

  it('scores similarity sensibly', () => {
    expect(nameSimilarity('Kopi Susu', 'kopi-susu')).toBe(1);
    expect(nameSimilarity('Kopi Susu', 'Kopi Susu Gula Aren – Traffic')).toBeGreaterThan(0.6);
    expect(nameSimilarity('Kopi Susu', 'Harbolnas')).toBeLessThan(0.4);
    expect(nameSimilarity('', 'x')).toBe(0);
  });
});

describe('toCampaignEntries', () => {
  const [leadRow, purchaseRow, reachRow] = parseMetaAdsCsv(fixture('meta-ads-en.csv')).rows as [MetaAdsRow, MetaAdsRow, MetaAdsRow];
  const campaign = { id: 'c-ramadan', currency: 'IDR' };

  it('turns a row into a meta-csv entry dated on the reporting end', () => {
    const e = toCampaignEntries(leadRow, campaign);
    expect(CampaignEntry.safeParse(e).success).toBe(true);
    expect(e).toMatchObject({
      date: '2025-03-31',
      spend: 4_800_000,
      impressions: 260_455,
      reach: 84_210,
      clicks: 3_977,
      leads: 412,
      source: 'meta-csv',
    });
    expect(e.conversions).toBeUndefined();
    expect(e.note).toContain('Promo Ramadan 2025');
  });

  it('maps purchase results to conversions and keeps other results in the note', () => {
    expect(toCampaignEntries(purchaseRow, campaign)).toMatchObject({ conversions: 88 });
    const reach = toCampaignEntries(reachRow, campaign);
    expect(reach.leads).toBeUndefined();
    expect(reach.conversions).toBeUndefined();
    expect(reach.note).toContain('55126');
  });

  it('gives the same id for the same row and period, different ids otherwise', () => {
    expect(toCampaignEntries(leadRow, campaign).id).toBe(toCampaignEntries({ ...leadRow }, campaign).id);
    expect(toCampaignEntries(leadRow, campaign).id).not.toBe(toCampaignEntries(purchaseRow, campaign).id);
    expect(toCampaignEntries(leadRow, campaign).id).not.toBe(toCampaignEntries({ ...leadRow, end: '2025-03-30' }, campaign).id);
  });

  it('refuses an export in another currency', () => {
    expect(() => toCampaignEntries(leadRow, { id: 'x', currency: 'USD' })).toThrow(CurrencyMismatchError);
    expect(toCampaignEntries({ ...leadRow, currency: null }, { id: 'x', currency: 'USD' }).spend).toBe(4_800_000);
  });
});
