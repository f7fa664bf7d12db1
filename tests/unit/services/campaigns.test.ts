import { beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getDb, resetDbForTests } from '../../../lib/db/db';
import {
  applyMetaImport,
  campaignReport,
  deleteCampaign,
  deleteEntry,
  getCampaign,
  linkPosts,
  linkedPosts,
  listCampaigns,
  moneyFormatter,
  newCampaignDraft,
  planMetaImport,
  saveCampaign,
  saveEntry,
  validateCampaignDraft,
  type CampaignDraft,
} from '../../../lib/services/campaigns';
import { createPost, newPostDraft } from '../../../lib/services/calendar';
import { matchCampaigns, parseMetaAdsCsv } from '../../../lib/calendar';

beforeEach(() => resetDbForTests());

const NOW = Date.UTC(2025, 2, 16, 5);

function draft(over: Partial<CampaignDraft> = {}): CampaignDraft {
  return { ...newCampaignDraft('IDR', '2025-03-01', '2025-03-31'), name: 'Promo Ramadan 2025', objective: 'leads', budget: 10_000_000, ...over };
}

describe('campaigns', () => {
  it('creates, updates (keeping entries) and lists', async () => {
    const c = await saveCampaign(draft(), NOW);
    await saveEntry(c.id, { date: '2025-03-02', spend: 100_000, clicks: 50 }, NOW);
    const updated = await saveCampaign({ ...draft({ name: 'Promo Ramadan' }), id: c.id }, NOW + 1);
    expect(updated.entries).toHaveLength(1);
    expect(updated.createdAt).toBe(NOW);
    expect((await listCampaigns()).map((x) => x.name)).toEqual(['Promo Ramadan']);
  });

  it('refuses an empty name or an end before the start, and says which field', async () => {
    expect(validateCampaignDraft(draft({ name: '  ' }))[0]?.path).toBe('name');
    expect(validateCampaignDraft(draft({ endDate: '2025-02-01' }))[0]?.path).toBe('endDate');
    await expect(saveCampaign(draft({ budget: -1 }), NOW)).rejects.toMatchObject({ code: 'invalid' });
    expect(await getDb().campaigns.count()).toBe(0);
    await expect(saveCampaign({ ...draft(), id: 'missing' }, NOW)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('adds, edits and deletes dated entries; a blank figure stays unknown', async () => {
    const c = await saveCampaign(draft(), NOW);
    const e = await saveEntry(c.id, { date: '2025-03-05', spend: 200_000, leads: 4 }, NOW);
    expect(e.source).toBe('manual');
    expect('clicks' in e).toBe(false);
    await saveEntry(c.id, { date: '2025-03-01', spend: 100_000 }, NOW);
    await saveEntry(c.id, { ...e, spend: 250_000 }, NOW);
    let stored = await getCampaign(c.id);
    expect(stored?.entries.map((x) => [x.date, x.spend])).toEqual([['2025-03-01', 100_000], ['2025-03-05', 250_000]]);
    await expect(saveEntry(c.id, { date: '2025-3-1', spend: 1 }, NOW)).rejects.toMatchObject({ code: 'invalid' });
    await deleteEntry(c.id, e.id, NOW);
    stored = await getCampaign(c.id);
    expect(stored?.entries).toHaveLength(1);
  });

  it('links posts and unlinks them when the campaign is deleted', async () => {
    const c = await saveCampaign(draft(), NOW);
    const p = await createPost({ ...newPostDraft('Asia/Jakarta', null), platforms: ['instagram'], caption: 'x' }, NOW);
    expect(await linkPosts(c.id, [p.id], NOW)).toBe(1);
    expect((await linkedPosts(c.id)).map((x) => x.id)).toEqual([p.id]);
    await expect(linkPosts('nope', [p.id], NOW)).rejects.toMatchObject({ code: 'not-found' });
    expect(await deleteCampaign(c.id, NOW)).toBe(1);
    expect((await getDb().posts.get(p.id))?.campaignId).toBeNull();
    expect(await getDb().campaigns.count()).toBe(0);
  });

  it('reports progress, pacing and KPIs with formulas; no data stays null, not 0', async () => {
    const c = await saveCampaign(draft({ targets: { leads: 400, cpl: 30_000, ctr: 1.5 } }), NOW);
    const empty = campaignReport(c, NOW, 'Asia/Jakarta');
    expect(empty.kpis.cpl.value).toBeNull();
    expect(empty.pacing.value).toBeNull();
    expect(empty.targets.find((t) => t.key === 'leads')?.actual).toBeNull();
    await saveEntry(c.id, { date: '2025-03-10', spend: 3_000_000, leads: 100, clicks: 1000, impressions: 50_000 }, NOW);
    const r = campaignReport((await getCampaign(c.id))!, NOW, 'Asia/Jakarta');
    expect(r.kpis.cpl.value).toBe(30_000);
    expect(r.kpis.ctr.value).toBeCloseTo(2);
    expect(r.kpis.cpl.formula.id).toContain('÷');
    // 16 of 31 days elapsed: expected spend 10M × 16/31.
    expect(r.pacing.value).toBeCloseTo((3_000_000 / (10_000_000 * (16 / 31))) * 100);
    expect(r.kpis.roi.value).toBeNull();
  });

  it('formats money per currency and language', () => {
    expect(moneyFormatter('IDR', 'id').format(1_500_000).replace(/\s/g, ' ')).toBe('Rp 1.500.000');
    expect(moneyFormatter('USD', 'en').format(1234.5)).toBe('$1,234.50');
  });
});

describe('Meta Ads import', () => {
  const csv = readFileSync(path.resolve(__dirname, '../../fixtures/csv/meta-ads-en.csv'), 'utf8');

  it('writes matched rows as meta-csv entries; a re-import replaces instead of doubling', async () => {
    const c = await saveCampaign(draft(), NOW);
    const parsed = parseMetaAdsCsv(csv);
    const matches = matchCampaigns(parsed.rows, [c]);
    const exact = matches.find((m) => m.match?.kind === 'exact');
    expect(exact?.campaignName).toBe('Promo Ramadan 2025');
    const rows = parsed.rows.filter((r) => exact?.rowNumbers.includes(r.rowNumber));
    const plan = planMetaImport([{ campaignId: c.id, rows }], [c]);
    expect(plan.entries).toHaveLength(1);
    expect(await applyMetaImport(plan, NOW)).toEqual({ added: 1, replaced: 0 });
    expect(await applyMetaImport(plan, NOW + 1)).toEqual({ added: 0, replaced: 1 });
    const stored = await getCampaign(c.id);
    expect(stored?.entries).toHaveLength(1);
    expect(stored?.entries[0]).toMatchObject({ source: 'meta-csv', spend: 4_800_000, leads: 412, clicks: 3977, date: '2025-03-31' });
  });

  it('refuses rows in another currency without writing them', async () => {
    const usd = await saveCampaign(draft({ currency: 'USD' }), NOW);
    const parsed = parseMetaAdsCsv(csv);
    const plan = planMetaImport([{ campaignId: usd.id, rows: parsed.rows.slice(0, 1) }], [usd]);
    expect(plan.entries).toEqual([]);
    expect(plan.refused[0]).toMatchObject({ rowCurrency: 'IDR', campaignCurrency: 'USD' });
    await applyMetaImport(plan, NOW);
    expect((await getCampaign(usd.id))?.entries).toEqual([]);
  });
});
