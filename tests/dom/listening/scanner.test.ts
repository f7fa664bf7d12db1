// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createMentionScanner, MENTION_ATTR, type MentionTransport } from '../../../lib/listening/scanner';
import { compileMatcher, primaryGroup } from '../../../lib/listening/matcher';
import { ContentRequest, type Reply } from '../../../lib/messages/protocol';
import { fixtureTerms, listeningManifest, loadListening } from './harness';

const manifest = listeningManifest();
const opened: Array<{ close(): void }> = [];
afterEach(() => opened.splice(0).forEach((w) => w.close()));

/** Answers like the background: validates the message and matches with the fixture terms. */
function fakeBackground(version = 'v1') {
  const m = compileMatcher(fixtureTerms());
  const sent: unknown[] = [];
  const state = { version, fail: false };
  const transport: MentionTransport = {
    async send<T extends object>(message: unknown): Promise<Reply<T>> {
      sent.push(message);
      const parsed = ContentRequest.safeParse(message);
      if (!parsed.success || parsed.data.type !== 'mentions/seen') return { ok: false, code: 'bad-request' };
      if (state.fail) return { ok: false, code: 'unavailable' };
      const matches = parsed.data.posts.flatMap((p) => {
        const g = primaryGroup(m.match(p.text).groups);
        return g ? [{ itemId: p.itemId, group: g }] : [];
      });
      return { ok: true, matches, version: state.version } as unknown as Reply<T>;
    },
  };
  return { transport, sent, state };
}

const settle = () => new Promise((r) => setTimeout(r, 30));

function open(file: string) {
  const entry = manifest.fixtures.find((e) => e.file === file)!;
  const page = loadListening(entry);
  opened.push(page.window as unknown as { close(): void });
  return { entry, page };
}

describe('mention scanner', () => {
  it.each(manifest.fixtures.map((e) => [e.file] as const))('marks the matching posts of %s with their group, and only those', async (file) => {
    const { entry, page } = open(file);
    const bg = fakeBackground();
    const scanner = createMentionScanner({ platform: entry.platform, doc: page.document, transport: bg.transport, sendDelayMs: 0 });
    scanner.start();
    await settle();
    await settle();
    const marked = Array.from(page.document.querySelectorAll(`[${MENTION_ATTR}]`));
    const expected = entry.posts.filter((p) => p.group !== null);
    expect(marked.map((el) => el.getAttribute(MENTION_ATTR))).toEqual(expected.map((p) => p.group));
    expect(scanner.marked().sort()).toEqual(expected.map((p) => `${entry.platform}:${p.id}`).sort());
    // Hostile text stayed text: nothing was parsed into the page.
    expect(page.document.querySelectorAll('script').length).toBe(0);
    expect(page.document.querySelector('img[src="x"]')).toBeNull();
    // Every post was asked about once, in schema-valid batches.
    const asked = bg.sent.flatMap((m) => (m as { posts: Array<{ itemId: string }> }).posts.map((p) => p.itemId));
    expect(asked.sort()).toEqual(entry.posts.map((p) => p.id).sort());
    scanner.stop();
    expect(page.document.querySelectorAll(`[${MENTION_ATTR}]`).length).toBe(0);
  });

  it('reads a page over several frames, one short slice at a time, and still marks every match', async () => {
    const { entry, page } = open('x/search-en.html');
    const bg = fakeBackground();
    const scanner = createMentionScanner({ platform: 'x', doc: page.document, transport: bg.transport, sendDelayMs: 0, sliceMs: 0 });
    scanner.start();
    const expected = entry.posts.filter((p) => p.group !== null);
    const end = Date.now() + 5000;
    while (page.document.querySelectorAll(`[${MENTION_ATTR}]`).length < expected.length && Date.now() < end) await settle();
    expect(scanner.marked().sort()).toEqual(expected.map((p) => `x:${p.id}`).sort());
    const asked = bg.sent.flatMap((m) => (m as { posts: Array<{ itemId: string }> }).posts.map((p) => p.itemId));
    expect(asked.sort()).toEqual(entry.posts.map((p) => p.id).sort());
    scanner.stop();
  });

  it('marks answered posts where it read them, without reading the page again', async () => {
    const { entry, page } = open('x/search-en.html');
    const bg = fakeBackground();
    const doc = page.document;
    let pageReads = 0;
    const qsa = doc.querySelectorAll.bind(doc);
    (doc as unknown as { querySelectorAll: (s: string) => NodeListOf<Element> }).querySelectorAll = (sel: string) => {
      if (sel.includes('tweet')) pageReads++;
      return qsa(sel);
    };
    const scanner = createMentionScanner({ platform: 'x', doc, transport: bg.transport, sendDelayMs: 0 });
    scanner.start();
    await settle();
    await settle();
    expect(scanner.marked().length).toBe(entry.posts.filter((p) => p.group !== null).length);
    expect(pageReads).toBe(1);
    scanner.stop();
  });

  it('asks again about a post only when it changes, and re-reads recycled rows', async () => {
    const { entry, page } = open('x/search-en.html');
    const bg = fakeBackground();
    const scanner = createMentionScanner({ platform: 'x', doc: page.document, transport: bg.transport, sendDelayMs: 0 });
    scanner.start();
    await settle();
    await settle();
    const before = bg.sent.length;
    scanner.scanNow();
    await settle();
    expect(bg.sent.length).toBe(before);

    // The site recycles the first (matching) row for a post without any term.
    const weather = entry.posts.find((p) => p.authorHandle === 'weatherbot')!;
    const rows = Array.from(page.document.querySelectorAll('article[data-testid="tweet"]'));
    const first = rows[0]!;
    const other = rows.find((r) => r.querySelector(`a[href*="/status/${weather.id}"]`))!;
    first.replaceChildren(...Array.from(other.cloneNode(true).childNodes));
    await settle();
    await settle();
    expect(first.hasAttribute(MENTION_ATTR)).toBe(false);
    scanner.stop();
  });

  it('asks again about non-matching posts when the term list changes', async () => {
    const { page } = open('youtube/hashtag-en.html');
    const bg = fakeBackground('v1');
    const scanner = createMentionScanner({ platform: 'youtube', doc: page.document, transport: bg.transport, sendDelayMs: 0 });
    scanner.start();
    await settle();
    await settle();
    const n = bg.sent.length;
    bg.state.version = 'v2';
    // A new post arrives; its answer carries the new version, so the others are asked about again.
    const grid = page.document.querySelector('#contents')!;
    const clone = grid.firstElementChild!.cloneNode(true) as Element;
    clone.querySelectorAll('a[href*="watch?v="]').forEach((a) => a.setAttribute('href', '/watch?v=newVideo001'));
    grid.append(clone);
    await settle();
    await settle();
    await settle();
    const asked = bg.sent.slice(n).flatMap((m) => (m as { posts: Array<{ itemId: string }> }).posts.map((p) => p.itemId));
    expect(asked).toContain('newVideo001');
    expect(asked).toContain('hTgMrn0002b');
    scanner.stop();
  });

  it('does nothing on a page that is not a listening page, and keeps no marks after leaving one', async () => {
    const { entry, page } = open('x/search-en.html');
    const bg = fakeBackground();
    const scanner = createMentionScanner({ platform: 'x', doc: page.document, transport: bg.transport, sendDelayMs: 0 });
    scanner.start();
    await settle();
    await settle();
    expect(page.document.querySelectorAll(`[${MENTION_ATTR}]`).length).toBeGreaterThan(0);
    (page.window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(`https://x.com/rina_eats/status/${entry.posts[0]!.id}`);
    scanner.refresh();
    expect(page.document.querySelectorAll(`[${MENTION_ATTR}]`).length).toBe(0);
    const n = bg.sent.length;
    page.document.body.append(page.document.createElement('div'));
    await settle();
    expect(bg.sent.length).toBe(n);
    scanner.stop();
  });

  it('survives an unavailable background without marking anything', async () => {
    const { page } = open('x/hashtag-id.html');
    const bg = fakeBackground();
    bg.state.fail = true;
    const scanner = createMentionScanner({ platform: 'x', doc: page.document, transport: bg.transport, sendDelayMs: 0 });
    scanner.start();
    await settle();
    expect(bg.sent.length).toBe(1);
    expect(page.document.querySelectorAll(`[${MENTION_ATTR}]`).length).toBe(0);
    scanner.stop();
  });
});
