import type { Platform } from '../models';

/**
 * The platform's own search page for a term: Kelola never searches on the user's behalf, it opens
 * the page the user would have typed the term into.
 */
export function searchUrl(platform: Platform, term: string): string {
  const q = encodeURIComponent(term.trim());
  switch (platform) {
    case 'x':
      return `https://x.com/search?q=${q}&src=typed_query&f=live`;
    case 'youtube':
      return `https://www.youtube.com/results?search_query=${q}`;
    case 'instagram': {
      // Instagram searches hashtags by URL: letters, digits and underscores only.
      const tag = term.normalize('NFKC').replace(/^#+/, '').replace(/[^\p{L}\p{N}_]+/gu, '').toLowerCase();
      return `https://www.instagram.com/explore/tags/${encodeURIComponent(tag)}/`;
    }
    case 'tiktok':
      return `https://www.tiktok.com/search?q=${q}`;
    case 'facebook':
      return `https://www.facebook.com/search/top?q=${q}`;
    case 'linkedin':
      return `https://www.linkedin.com/search/results/content/?keywords=${q}`;
    case 'threads':
      return `https://www.threads.net/search?q=${q}`;
  }
}
