// @vitest-environment happy-dom
import { afterAll, describe, expect, it } from 'vitest';
import { adapterForUrl, type PageItem } from '../../../lib/platforms';
import { HOSTILE } from '../../fixtures/platforms/generator/common';
import { expectation, loadFixture, manifest } from './harness';

// The English post page of every site carries the same hostile texts.
const FILES = [
  'x/status-en.html', 'facebook/post-en.html', 'instagram/post-en.html', 'linkedin/post-classic-en.html',
  'youtube/watch-en.html', 'tiktok/video-en.html', 'threads/post-en.html',
];
const opened: { close(): void }[] = [];
afterAll(() => opened.forEach((w) => w.close()));

describe.each(FILES.map((f) => [f] as const))('%s', (file) => {
  const entry = manifest().fixtures.find((e) => e.file === file)!;
  const exp = expectation(entry);
  const page = loadFixture(entry);
  opened.push(page.window as unknown as { close(): void });
  const adapter = adapterForUrl(page.url)!;
  const ctx = { url: page.url, now: exp.now, ownHandles: exp.ownHandles };
  const items = adapter.findItems(page.document).map((el) => adapter.extract(el, ctx)).filter((i): i is PageItem => i !== null);

  it('reads markup in comments as text, verbatim', () => {
    expect(items.map((i) => i.text)).toContain(HOSTILE.markupText);
  });

  it('never turned that text into elements while parsing the page', () => {
    expect(page.document.querySelector('img[src="x"]')).toBeNull();
    expect(page.document.querySelectorAll('script')).toHaveLength(0);
    expect(page.document.querySelector('b')).toBeNull();
  });

  it('keeps Arabic and Hebrew text as written', () => {
    expect(items.some((i) => i.text.startsWith(HOSTILE.arabic))).toBe(true);
    expect(items.some((i) => i.text.startsWith(HOSTILE.hebrew))).toBe(true);
  });

  it('keeps a comment of more than 3,000 characters whole', () => {
    const long = items.find((i) => i.text.length > 3000);
    expect(long).toBeDefined();
    expect(long!.text.split('\n').length).toBeGreaterThan(10);
  });

  it('keeps emoji', () => {
    expect(items.some((i) => /😍/u.test(i.text))).toBe(true);
  });

  // Instagram and Threads show usernames only, which cannot hold markup.
  if (!['instagram', 'threads'].includes(entry.platform)) {
    it('keeps a display name made of markup as text', () => {
      expect(items.map((i) => i.author)).toContain(HOSTILE.markupName);
    });
  }
});
