/** One valid row per entity, shared by model, repo and backup tests. */
export const validRows = {
  template: {
    id: 't1', title: 'Terima kasih', body: 'Halo {first_name}, terima kasih!', abbreviation: 'thx', language: 'id',
    variantGroup: 'g-thanks', folder: 'Umum', tags: ['thanks'], platforms: [], favorite: true, usageCount: 0,
    lastUsedAt: null, createdAt: 1, updatedAt: 1,
  },
  interaction: {
    id: 'x:1790000000000000001', platform: 'x', itemId: '1790000000000000001', kind: 'comment', author: 'Budi',
    authorHandle: 'budi', excerpt: 'kak ready?', textHash: 'abc123', permalink: 'https://x.com/budi/status/1790000000000000001',
    pageUrl: 'https://x.com/toko/status/1', postedAt: 1_700_000_000_000, postedAtPrecision: 'exact', firstSeenAt: 1_700_000_100_000,
    status: 'open', replyStartedAt: null, answeredAt: null, answeredHow: null, sentiment: 'neutral', sentimentConfidence: 0.7,
    sentimentOverride: null, intents: ['question', 'purchase'], lang: 'id', slaState: 'ok', updatedAt: 1_700_000_100_000,
  },
  post: {
    id: 'p1', platforms: ['instagram'], accountId: null, scheduledAt: 1_800_000_000_000, timeZone: 'Asia/Jakarta',
    caption: 'Promo 12.12 🎉', pillar: 'promo', contentType: 'reel', assetLinks: ['https://example.com/a.png'],
    link: 'https://toko.example/promo', utm: { source: 'instagram', medium: 'social', campaign: 'harbolnas' },
    status: 'scheduled', campaignId: 'c1', notes: '', source: null, publishedAt: null, remindedAt: null, createdAt: 1, updatedAt: 1,
  },
  campaign: {
    id: 'c1', name: 'Harbolnas 12.12', objective: 'sales', platforms: ['instagram', 'tiktok'], startDate: '2026-12-01',
    endDate: '2026-12-12', budget: 5_000_000, currency: 'IDR', targets: { conversions: 100, roi: 150 },
    entries: [{ id: 'e1', date: '2026-12-02', spend: 250_000, clicks: 300, source: 'manual' }], notes: '', createdAt: 1, updatedAt: 1,
  },
  task: {
    id: 'k1', title: 'Cek bio', dueDate: '2026-11-23', done: false, doneAt: null, source: 'manual', checklistId: null,
    derivedKey: null, snoozedUntil: null, link: null, createdAt: 1,
  },
  metric: {
    id: 'm1', accountId: 'a1', platform: 'instagram', date: '2026-11-23', followers: 12_300, source: 'capture', capturedAt: 1,
  },
  account: { id: 'a1', platform: 'instagram', handle: 'tokobudi', displayName: 'Toko Budi', role: 'own', createdAt: 1 },
  plan: {
    id: '2026-12', goals: ['Naikkan penjualan 12.12'], personas: [], pillars: [{ name: 'edukasi', targetShare: 40 }],
    platformContent: [], slots: [{ platform: 'instagram', weekdays: [1, 3, 5], time: '19:00' }], kpiTargets: {},
    timeZone: 'Asia/Jakarta', updatedAt: 1,
  },
  term: { id: 'tt1', term: 'tokobudi', group: 'own', variants: [], exclude: [], createdAt: 1 },
  mention: {
    id: 'x:1', platform: 'x', author: 'Ani', excerpt: 'suka tokobudi', link: null, postedAt: null, seenAt: 1, terms: ['tt1'],
    groups: ['own'], sentiment: 'positive', intents: [],
  },
  influencer: {
    id: 'i1', name: 'Rina', handles: { instagram: 'rina' }, niche: 'beauty', rateCard: '', contact: '', notes: '',
    campaignIds: [], deliverables: [], results: [], createdAt: 1, updatedAt: 1,
  },
} as const;
