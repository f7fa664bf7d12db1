// Deterministic synthetic data for the benchmarks (a seeded generator, so every run measures the same).
import type { Interaction, MetricSnapshot, Post, Template } from '../../lib/models';
import { PLATFORMS } from '../../lib/models';

export function rng(seed = 42) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['kak', 'ready', 'harga', 'berapa', 'mantap', 'kecewa', 'pengiriman', 'lama', 'bagus', 'banget', 'thanks', 'love', 'this', 'order', 'belum', 'sampai', 'keren', 'jelek', 'promo', 'ongkir'];

export function text(r: () => number, n = 8): string {
  return Array.from({ length: 3 + Math.floor(r() * n) }, () => WORDS[Math.floor(r() * WORDS.length)]).join(' ');
}

export const NOW = Date.UTC(2026, 10, 23, 5, 0, 0);
const YEAR = 365 * 86_400_000;

export function interactions(n: number, seed = 1): Interaction[] {
  const r = rng(seed);
  return Array.from({ length: n }, (_, i) => {
    const platform = PLATFORMS[i % PLATFORMS.length]!;
    const postedAt = NOW - Math.floor(r() * YEAR);
    const answered = r() < 0.8;
    const answeredAt = answered ? postedAt + Math.floor(r() * 6 * 3_600_000) : null;
    const sentiment = (['positive', 'neutral', 'negative'] as const)[Math.floor(r() * 3)]!;
    return {
      id: `${platform}:${i}`, platform, itemId: String(i), kind: (['comment', 'reply', 'message'] as const)[i % 3]!,
      author: `User ${i}`, authorHandle: `user${i}`, excerpt: text(r), textHash: (i * 2654435761 >>> 0).toString(16),
      permalink: null, pageUrl: null, postedAt, postedAtPrecision: 'exact', firstSeenAt: postedAt + 60_000,
      status: answered ? 'answered' : 'open', replyStartedAt: null, answeredAt, answeredHow: answered ? 'own-reply' : null,
      sentiment, sentimentConfidence: 0.8, sentimentOverride: null, intents: [], lang: 'id', slaState: answered ? 'answered' : 'breached',
      updatedAt: answeredAt ?? postedAt,
    };
  });
}

export function posts(n: number, seed = 2): Post[] {
  const r = rng(seed);
  return Array.from({ length: n }, (_, i) => ({
    id: `post-${i}`, platforms: [PLATFORMS[i % PLATFORMS.length]!], accountId: null,
    scheduledAt: NOW - YEAR / 2 + Math.floor(r() * YEAR), timeZone: 'Asia/Jakarta', caption: text(r, 30), pillar: ['edukasi', 'promo', 'engagement', 'ugc'][i % 4]!,
    contentType: 'reel', assetLinks: [], link: null, utm: null, status: (['scheduled', 'published', 'draft'] as const)[i % 3]!, campaignId: null,
    notes: '', source: null, publishedAt: null, remindedAt: null, createdAt: NOW, updatedAt: NOW,
  }));
}

export function metrics(days: number): MetricSnapshot[] {
  const out: MetricSnapshot[] = [];
  for (let d = 0; d < days; d++) {
    const date = new Date(NOW - d * 86_400_000).toISOString().slice(0, 10);
    for (const platform of ['instagram', 'tiktok'] as const) {
      out.push({ id: `m-${platform}-${date}`, accountId: `acc-${platform}`, platform, date, followers: 10_000 + (days - d) * 13, reach: 5000 + (d % 7) * 300, engagements: 400 + (d % 5) * 20, impressions: 9000, source: 'manual', capturedAt: NOW });
    }
  }
  return out;
}

export function templates(n: number, seed = 3): Template[] {
  const r = rng(seed);
  return Array.from({ length: n }, (_, i) => ({
    id: `t${i}`, title: `Balasan ${i} ${text(r, 2)}`, body: `Halo {first_name}, ${text(r, 20)}`, abbreviation: `ab${i}`,
    language: i % 2 ? 'en' : 'id', variantGroup: null, folder: ['Umum', 'Keluhan', 'Penjualan'][i % 3]!, tags: [WORDS[i % WORDS.length]!],
    platforms: [], favorite: i % 40 === 0, usageCount: i % 17, lastUsedAt: null, createdAt: NOW, updatedAt: NOW,
  }));
}

/** A plan CSV of `n` rows as a user would export it from a spreadsheet: dated posts over a year, a few platforms, a link each. */
export function planCsv(n: number, seed = 4): string {
  const r = rng(seed);
  const lines = ['date,time,platform,caption,pillar,campaign,status,link'];
  for (let i = 0; i < n; i++) {
    const day = new Date(NOW + Math.floor(r() * YEAR)).toISOString().slice(0, 10);
    const time = `${String(7 + (i % 14)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`;
    const platform = ['instagram', 'ig, tiktok', 'facebook', 'x', 'linkedin'][i % 5]!;
    lines.push(`${day},${time},"${platform}","${text(r, 25)} #${i}",${['Edukasi', 'Promosi', 'Engagement'][i % 3]},,${['terjadwal', 'draf', 'scheduled'][i % 3]},https://toko.example/p/${i}?utm_source=instagram&utm_medium=social&utm_campaign=plan`);
  }
  return lines.join('\r\n');
}
