import type { PlatformId } from './types';

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
