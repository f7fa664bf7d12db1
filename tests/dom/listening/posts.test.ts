// @vitest-environment happy-dom
import { afterAll, describe, expect, it } from 'vitest';
import { extractPost, findPosts, isListeningPage } from '../../../lib/listening/posts';
import { LFB, LIG, LLI, LTH, LTT, LYT } from '../../../lib/listening/selectors';
import { compileMatcher, primaryGroup } from '../../../lib/listening/matcher';
import { allListeningFixtures } from '../../fixtures/listening/generator';
import { loadHtml } from '../platforms/harness';
import { fixtureTerms, listeningManifest, loadListening } from './harness';

const manifest = listeningManifest();
const pages = new Map(manifest.fixtures.map((e) => [e.file, loadListening(e)] as const));
afterAll(() => pages.forEach((p) => (p.window as unknown as { close(): void }).close()));

describe('listening fixtures', () => {
  it('are what the generator writes (regenerate with npx tsx tests/fixtures/listening/generator.ts)', () => {
    const generated = allListeningFixtures();
    expect(generated.map(({ html: _h, ...rest }) => rest)).toEqual(manifest.fixtures);
  });
});

describe.each(manifest.fixtures.map((e) => [e.file, e] as const))('posts on %s', (file, entry) => {
  const page = pages.get(file)!;
  const ctx = { url: page.url, now: manifest.now };

  it('is a listening page', () => {
    expect(isListeningPage(entry.platform, page.url)).toBe(true);
  });

  it('finds every post once, in order, without ads, quotes or channel results', () => {
    const posts = findPosts(page.document, entry.platform).map((el) => extractPost(el, entry.platform, ctx));
    expect(posts.map((p) => p?.id)).toEqual(entry.posts.map((p) => p.id));
  });

  it('reads author, handle and text as plain text', () => {
    const posts = findPosts(page.document, entry.platform).map((el) => extractPost(el, entry.platform, ctx)!);
    expect(posts.map((p) => ({ author: p.author, authorHandle: p.authorHandle, text: p.text }))).toEqual(
      entry.posts.map((p) => ({ author: p.author, authorHandle: p.authorHandle, text: p.text })),
    );
    for (const p of posts) expect(p.permalink).toMatch(/^https:\/\/(x\.com\/\w+\/status\/\d+|www\.youtube\.com\/watch\?v=[\w-]+)$/);
  });

  it('matches the term list as expected', () => {
    const m = compileMatcher(fixtureTerms());
    const posts = findPosts(page.document, entry.platform).map((el) => extractPost(el, entry.platform, ctx)!);
    expect(posts.map((p) => primaryGroup(m.match(p.text).groups))).toEqual(entry.posts.map((p) => p.group));
  });
});

describe('post times', () => {
  it('reads X times exactly and YouTube relative times in both languages', () => {
    const x = manifest.fixtures.find((e) => e.file === 'x/search-en.html')!;
    const xp = pages.get(x.file)!;
    const first = extractPost(findPosts(xp.document, 'x')[0]!, 'x', { url: xp.url, now: manifest.now })!;
    expect(first.postedAt).toBe(manifest.now - 4 * 60_000);
    const yt = manifest.fixtures.find((e) => e.file === 'youtube/results-id.html')!;
    const yp = pages.get(yt.file)!;
    const v = extractPost(findPosts(yp.document, 'youtube')[0]!, 'youtube', { url: yp.url, now: manifest.now })!;
    expect(v.postedAt).toBe(manifest.now - 2 * 86_400_000);
    const en = manifest.fixtures.find((e) => e.file === 'youtube/hashtag-en.html')!;
    const ep = pages.get(en.file)!;
    expect(extractPost(findPosts(ep.document, 'youtube')[0]!, 'youtube', { url: ep.url, now: manifest.now })!.postedAt).toBe(manifest.now - 3 * 86_400_000);
  });
});

describe('listening pages', () => {
  const u = (s: string) => new URL(s);
  it('are feeds, search, hashtag and notification pages, not status or video pages', () => {
    expect(isListeningPage('x', u('https://x.com/search?q=a'))).toBe(true);
    expect(isListeningPage('x', u('https://x.com/notifications/mentions'))).toBe(true);
    expect(isListeningPage('x', u('https://x.com/home'))).toBe(true);
    expect(isListeningPage('x', u('https://x.com/kelolademo/status/1'))).toBe(false);
    expect(isListeningPage('x', u('https://x.com/kelolademo'))).toBe(false);
    expect(isListeningPage('youtube', u('https://www.youtube.com/watch?v=abc'))).toBe(false);
    expect(isListeningPage('youtube', u('https://www.youtube.com/hashtag/kopi'))).toBe(true);
    expect(isListeningPage('instagram', u('https://www.instagram.com/explore/tags/kopi/'))).toBe(true);
    expect(isListeningPage('instagram', u('https://www.instagram.com/p/abc/'))).toBe(false);
    expect(isListeningPage('linkedin', u('https://www.linkedin.com/search/results/content/?keywords=kopi'))).toBe(true);
    expect(isListeningPage('tiktok', u('https://www.tiktok.com/tag/kopi'))).toBe(true);
    expect(isListeningPage('facebook', u('https://www.facebook.com/hashtag/kopi'))).toBe(true);
    expect(isListeningPage('threads', u('https://www.threads.net/search?q=kopi'))).toBe(true);
  });
});

describe('the other sites (minimal markup after their public structure)', () => {
  const open = (html: string, url: string) => loadHtml(`<!DOCTYPE html><html lang="id"><head><title>t</title></head><body>${html}</body></html>`, url);

  it('LinkedIn content search: id from the activity URN, text and author', () => {
    const p = open(`<div class="feed-shared-update-v2" data-urn="urn:li:activity:7199999999999999999"><div class="update-components-actor__container"><a class="update-components-actor__meta-link" href="https://www.linkedin.com/company/kopi-kenangan/"><span class="update-components-actor__title"><span aria-hidden="true">Kopi Kenangan</span></span></a></div><div class="update-components-text"><span dir="ltr">Kopi Kenangan buka 100 gerai baru</span></div></div>`, 'https://www.linkedin.com/search/results/content/?keywords=kopi');
    const els = findPosts(p.document, 'linkedin');
    expect(els).toHaveLength(1);
    expect(extractPost(els[0]!, 'linkedin', { url: p.url, now: 0 })).toEqual({
      id: '7199999999999999999', author: 'Kopi Kenangan', authorHandle: 'kopi-kenangan', text: 'Kopi Kenangan buka 100 gerai baru', postedAt: null,
      permalink: 'https://www.linkedin.com/feed/update/urn:li:activity:7199999999999999999/',
    });
    p.window.close();
  });

  it('TikTok search, Instagram tag grid, Facebook feed and Threads search', () => {
    const tt = open(`<div data-e2e="search_top-item"><a href="https://www.tiktok.com/@rina.eats/video/7370000000000000001">v</a><div data-e2e="search-card-video-caption"><span>kopi kenangan enak #kopi</span></div><p data-e2e="search-card-user-unique-id">rina.eats</p></div>`, 'https://www.tiktok.com/search?q=kopi');
    const t = extractPost(findPosts(tt.document, 'tiktok')[0]!, 'tiktok', { url: tt.url, now: 0 })!;
    expect(t).toMatchObject({ id: '7370000000000000001', authorHandle: 'rina.eats', text: 'kopi kenangan enak #kopi' });

    const ig = open(`<main><div><a href="/p/C7abcDEF123/" role="link"><img alt="Photo by Rina on May 13, 2025. May be an image of coffee. Kopi Kenangan pagi ini" src="x.jpg"></a><a href="/p/C7zzzDEF999/" role="link"><img alt="Photo by Budi. Janji jiwa" src="y.jpg"></a></div></main>`, 'https://www.instagram.com/explore/tags/kopikenangan/');
    const igPosts = findPosts(ig.document, 'instagram').map((el) => extractPost(el, 'instagram', { url: ig.url, now: 0 })!);
    expect(igPosts.map((x) => [x.id, x.permalink])).toEqual([['C7abcDEF123', 'https://www.instagram.com/p/C7abcDEF123/'], ['C7zzzDEF999', 'https://www.instagram.com/p/C7zzzDEF999/']]);
    expect(igPosts[0]!.text).toContain('Kopi Kenangan pagi ini');

    const fb = open(`<div role="feed"><div><div data-ad-rendering-role="profile_name"><a href="https://www.facebook.com/rina.eats">Rina</a></div><a href="https://www.facebook.com/rina.eats/posts/pfbid0abc">1 j</a><div data-ad-rendering-role="story_message"><div dir="auto">Ngopi di Kopi Kenangan</div></div></div><div><div data-ad-rendering-role="story_message"><div dir="auto">tanpa tautan</div></div></div></div>`, 'https://www.facebook.com/');
    const fbPosts = findPosts(fb.document, 'facebook').map((el) => extractPost(el, 'facebook', { url: fb.url, now: 0 }));
    expect(fbPosts[0]).toMatchObject({ id: 'pfbid0abc', author: 'Rina', authorHandle: 'rina.eats', text: 'Ngopi di Kopi Kenangan' });
    expect(fbPosts[1]!.id).toMatch(/^h[0-9a-f]{16}$/);

    const th = open(`<div data-pressable-container="true"><a href="/@rina.eats"><span dir="auto">rina.eats</span></a><a href="/@rina.eats/post/DAbc123"><time datetime="2025-05-14T09:00:00.000Z">1j</time></a><div><span dir="auto">kopken enak</span></div></div>`, 'https://www.threads.net/search?q=kopi');
    expect(extractPost(findPosts(th.document, 'threads')[0]!, 'threads', { url: th.url, now: 0 })).toMatchObject({ id: 'DAbc123', authorHandle: 'rina.eats', text: 'kopken enak', postedAt: Date.parse('2025-05-14T09:00:00Z') });
    for (const w of [tt, ig, fb, th]) w.window.close();
  });

  it('every listening selector is valid CSS', () => {
    const doc = pages.values().next().value!.document;
    for (const table of [LYT, LFB, LIG, LLI, LTT, LTH]) for (const list of Object.values(table)) for (const s of list) expect(() => doc.querySelector(s), s).not.toThrow();
  });
});
