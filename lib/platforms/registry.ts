import type { PlatformAdapter, PlatformId } from './types';
import { xAdapter } from './x';
import { youtubeAdapter } from './youtube';
import { facebookAdapter } from './facebook';
import { instagramAdapter } from './instagram';
import { linkedinAdapter } from './linkedin';
import { threadsAdapter } from './threads';
import { tiktokAdapter } from './tiktok';

export const ADAPTERS: readonly PlatformAdapter[] = [xAdapter, facebookAdapter, instagramAdapter, linkedinAdapter, youtubeAdapter, tiktokAdapter, threadsAdapter];

const byId = new Map<PlatformId, PlatformAdapter>(ADAPTERS.map((a) => [a.id, a]));

/** Registrable domains per platform; any subdomain (www., m., mobile., web.) matches too. */
const DOMAINS: Record<string, PlatformId> = {
  'x.com': 'x',
  'twitter.com': 'x',
  'facebook.com': 'facebook',
  'messenger.com': 'facebook',
  'instagram.com': 'instagram',
  'linkedin.com': 'linkedin',
  'youtube.com': 'youtube',
  'tiktok.com': 'tiktok',
  'threads.net': 'threads',
  'threads.com': 'threads',
};

export function platformForHost(hostname: string): PlatformId | null {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  for (const [domain, id] of Object.entries(DOMAINS)) {
    if (host === domain || host.endsWith('.' + domain)) return id;
  }
  return null;
}

export function adapterForUrl(url: URL): PlatformAdapter | null {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const id = platformForHost(url.hostname);
  return id ? (byId.get(id) ?? null) : null;
}

export function adapterById(id: PlatformId): PlatformAdapter | null {
  return byId.get(id) ?? null;
}
