import type { PlatformAdapter, PlatformId } from './types';
import { platformForHost } from './domains';
import { xAdapter } from './x';
import { youtubeAdapter } from './youtube';
import { facebookAdapter } from './facebook';
import { instagramAdapter } from './instagram';
import { linkedinAdapter } from './linkedin';
import { threadsAdapter } from './threads';
import { tiktokAdapter } from './tiktok';

export const ADAPTERS: readonly PlatformAdapter[] = [xAdapter, facebookAdapter, instagramAdapter, linkedinAdapter, youtubeAdapter, tiktokAdapter, threadsAdapter];

const byId = new Map<PlatformId, PlatformAdapter>(ADAPTERS.map((a) => [a.id, a]));

export { platformForHost };

export function adapterForUrl(url: URL): PlatformAdapter | null {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const id = platformForHost(url.hostname);
  return id ? (byId.get(id) ?? null) : null;
}

export function adapterById(id: PlatformId): PlatformAdapter | null {
  return byId.get(id) ?? null;
}
