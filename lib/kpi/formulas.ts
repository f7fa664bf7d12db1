import { known, result, safeRatio, type FormulaText, type Input, type KpiResult } from './result';

export type ErVariant = 'reach' | 'impressions' | 'followers';

const ER_FORMULA: Record<ErVariant, FormulaText> = {
  reach: { en: 'engagements ÷ reach × 100', id: 'engagement ÷ jangkauan × 100' },
  impressions: { en: 'engagements ÷ impressions × 100', id: 'engagement ÷ impresi × 100' },
  followers: { en: 'engagements ÷ followers on the day × 100', id: 'engagement ÷ pengikut pada hari itu × 100' },
};

/** Engagement rate in percent, with the denominator the workspace chose (reach by default). */
export function engagementRate(engagements: Input, denominatorValue: Input, variant: ErVariant = 'reach'): KpiResult {
  return result(`er.${variant}`, safeRatio(engagements, denominatorValue, 100), ER_FORMULA[variant], {
    engagements,
    [variant]: denominatorValue,
  });
}

export interface EngagementParts {
  likes?: Input;
  comments?: Input;
  shares?: Input;
  saves?: Input;
  quotes?: Input;
  linkClicks?: Input;
  profileClicks?: Input;
}

const PART_NAMES: Record<keyof EngagementParts, FormulaText> = {
  likes: { en: 'likes/reactions', id: 'suka/reaksi' },
  comments: { en: 'comments', id: 'komentar' },
  shares: { en: 'shares/reposts', id: 'bagikan/repost' },
  saves: { en: 'saves', id: 'simpan' },
  quotes: { en: 'quotes', id: 'kutipan' },
  linkClicks: { en: 'link clicks', id: 'klik tautan' },
  profileClicks: { en: 'profile clicks', id: 'klik profil' },
};
const PART_ORDER = Object.keys(PART_NAMES) as Array<keyof EngagementParts>;

/**
 * Engagements as the sum of the parts the platform reports. Platforms differ in what they report
 * (X has no saves, Instagram no reposts), so an absent part is left out of the sum and out of the
 * formula text rather than counted as 0; with no part reported at all the value is null.
 */
export function engagements(parts: EngagementParts): KpiResult {
  let sum: number | null = null;
  const used: Array<keyof EngagementParts> = [];
  const inputs: Record<string, Input> = {};
  for (const key of PART_ORDER) {
    const v = known(parts[key]);
    inputs[key] = v;
    if (v === null) continue;
    sum = (sum ?? 0) + v;
    used.push(key);
  }
  const list = (lang: keyof FormulaText) =>
    used.length > 0 ? used.map((k) => PART_NAMES[k][lang]).join(' + ') : PART_ORDER.map((k) => PART_NAMES[k][lang]).join(' + ');
  return result(`engagements.${used.join('+') || 'none'}`, sum, { en: list('en'), id: list('id') }, inputs);
}

export interface FollowerGrowth extends KpiResult {
  /** followers_end − followers_start; known even when the percentage is not (start of 0). */
  netNew: number | null;
}

/** Follower growth in percent of the starting count, plus net new followers. */
export function followerGrowth(start: Input, end: Input): FollowerGrowth {
  const s = known(start);
  const e = known(end);
  const netNew = s !== null && e !== null ? e - s : null;
  return {
    ...result(
      'followerGrowth',
      safeRatio(netNew, s, 100),
      {
        en: '(followers at end − followers at start) ÷ followers at start × 100',
        id: '(pengikut akhir − pengikut awal) ÷ pengikut awal × 100',
      },
      { followersStart: s, followersEnd: e },
    ),
    netNew,
  };
}

/** Share of positive among the items with an opinion, in percent (neutral items do not count). */
export function sentimentScore(positive: Input, negative: Input): KpiResult {
  const p = known(positive);
  const n = known(negative);
  return result(
    'sentimentScore',
    p !== null && n !== null ? safeRatio(p, p + n, 100) : null,
    { en: 'positive ÷ (positive + negative) × 100', id: 'positif ÷ (positif + negatif) × 100' },
    { positive: p, negative: n },
  );
}

export function ctr(clicks: Input, impressions: Input): KpiResult {
  return result('ctr', safeRatio(clicks, impressions, 100), { en: 'clicks ÷ impressions × 100', id: 'klik ÷ impresi × 100' }, {
    clicks,
    impressions,
  });
}

/** Cost per lead, in the campaign's currency. */
export function cpl(spend: Input, leads: Input): KpiResult {
  return result('cpl', safeRatio(spend, leads), { en: 'spend ÷ leads', id: 'biaya ÷ prospek (leads)' }, { spend, leads });
}

/** Cost per acquisition / per result. */
export function cpa(spend: Input, conversions: Input): KpiResult {
  return result('cpa', safeRatio(spend, conversions), { en: 'spend ÷ conversions', id: 'biaya ÷ konversi' }, {
    spend,
    conversions,
  });
}

export function conversionRate(conversions: Input, clicks: Input): KpiResult {
  return result(
    'conversionRate',
    safeRatio(conversions, clicks, 100),
    { en: 'conversions ÷ clicks × 100', id: 'konversi ÷ klik × 100' },
    { conversions, clicks },
  );
}

/** Return on investment in percent: 0 is break-even, negative a loss. */
export function roi(revenue: Input, spend: Input): KpiResult {
  const r = known(revenue);
  const s = known(spend);
  return result(
    'roi',
    r !== null && s !== null ? safeRatio(r - s, s, 100) : null,
    { en: '(revenue − spend) ÷ spend × 100', id: '(pendapatan − biaya) ÷ biaya × 100' },
    { revenue: r, spend: s },
  );
}
