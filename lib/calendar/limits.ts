import type { Platform } from '../models';

/**
 * Caption limits in characters for a standard (non-premium) account: X post 280, Instagram caption
 * 2,200, Facebook post 63,206, LinkedIn post 3,000, YouTube description 5,000, TikTok caption 4,000,
 * Threads post 500. Over the limit is a warning, not an error: limits change and premium tiers differ.
 */
export const CAPTION_LIMITS: Readonly<Record<Platform, number>> = {
  x: 280,
  facebook: 63_206,
  instagram: 2_200,
  linkedin: 3_000,
  youtube: 5_000,
  tiktok: 4_000,
  threads: 500,
};

const X_URL_LENGTH = 23;
const URL_RE = /https?:\/\/\S+/gi;

// X weighs most Latin, punctuation and general-symbol code points as 1 and everything else
// (CJK, emoji …) as 2; links count as 23 whatever their length.
function xWeight(cp: number): number {
  if (cp <= 0x10ff) return 1;
  if (cp >= 0x2000 && cp <= 0x200d) return 1;
  if (cp >= 0x2010 && cp <= 0x201f) return 1;
  if (cp >= 0x2032 && cp <= 0x2037) return 1;
  return 2;
}

/** Length of a caption as the platform counts it (Unicode code points; X's weighted count for X). */
export function captionLength(text: string, platform: Platform): number {
  if (platform !== 'x') {
    let n = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 0xdc00 || c > 0xdfff) n++;
    }
    return n;
  }
  let n = 0;
  const withoutUrls = text.replace(URL_RE, () => {
    n += X_URL_LENGTH;
    return '';
  });
  for (const ch of withoutUrls) n += xWeight(ch.codePointAt(0) ?? 0);
  return n;
}
