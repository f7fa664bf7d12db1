import { describe, expect, it } from 'vitest';
import { ADAPTERS, adapterById, adapterForUrl, platformForHost } from '../../../lib/platforms';
import { PLATFORMS } from '../../../lib/models';

const MATCHES: [string, string][] = [
  ['https://x.com/kelolademo/status/1790000000000000000', 'x'],
  ['https://twitter.com/kelolademo', 'x'],
  ['https://mobile.x.com/home', 'x'],
  ['https://mobile.twitter.com/home', 'x'],
  ['https://www.facebook.com/kelolademo/posts/pfbid02abc', 'facebook'],
  ['https://m.facebook.com/story.php', 'facebook'],
  ['https://web.facebook.com/messages/t/1', 'facebook'],
  ['https://www.messenger.com/t/100012345678900', 'facebook'],
  ['https://messenger.com/t/1', 'facebook'],
  ['https://www.instagram.com/p/C7abcDEF123/', 'instagram'],
  ['https://instagram.com/direct/inbox/', 'instagram'],
  ['https://www.linkedin.com/feed/update/urn:li:activity:1/', 'linkedin'],
  ['https://www.youtube.com/watch?v=kLm3Xyz12Ab', 'youtube'],
  ['https://m.youtube.com/watch?v=kLm3Xyz12Ab', 'youtube'],
  ['https://www.tiktok.com/@kelolademo/video/7368123456789012345', 'tiktok'],
  ['https://www.threads.net/@kelolademo/post/C8AbCdEfGhI', 'threads'],
  ['https://www.threads.com/@kelolademo', 'threads'],
  ['https://threads.com/', 'threads'],
  ['https://X.COM/home', 'x'],
];

const MISSES = [
  'https://evilx.com/home',
  'https://x.com.evil.example/home',
  'https://notfacebook.com/',
  'https://youtube.com.attacker.net/watch',
  'https://threads.org/@a',
  'https://t.co/abc',
  'https://example.com/x.com',
  'file:///x.com/index.html',
  'chrome-extension://abc/x.com',
  'javascript:alert(1)',
];

describe('adapterForUrl', () => {
  it.each(MATCHES)('%s → %s', (url, platform) => {
    expect(adapterForUrl(new URL(url))?.id).toBe(platform);
  });

  it.each(MISSES)('refuses %s', (url) => {
    expect(adapterForUrl(new URL(url))).toBeNull();
  });

  it('has exactly one adapter per platform', () => {
    expect(ADAPTERS.map((a) => a.id).sort()).toEqual([...PLATFORMS].sort());
    for (const p of PLATFORMS) expect(adapterById(p)?.id).toBe(p);
  });

  it('routes every host an adapter declares to that adapter', () => {
    for (const a of ADAPTERS) {
      expect(a.hosts.length).toBeGreaterThan(0);
      for (const host of a.hosts) expect(platformForHost(host)).toBe(a.id);
    }
  });
});
