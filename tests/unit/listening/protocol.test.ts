import { describe, expect, it, vi } from 'vitest';
import { CONTENT_TYPES, PAGE_TYPES, createRouter, type HandlerTable } from '../../../lib/messages';

const EXT = { extensionId: 'kelolaid', extensionOrigin: 'chrome-extension://kelolaid' };
const contentSender = { id: 'kelolaid', url: 'https://x.com/search?q=kopi', origin: 'https://x.com', tab: { id: 7, url: 'https://x.com/search?q=kopi' }, frameId: 0 };

function spyTable() {
  const calls: string[] = [];
  const table = Object.fromEntries(
    [...CONTENT_TYPES, ...PAGE_TYPES].map((t) => [t, vi.fn(async () => { calls.push(t); return { matches: [], version: 'v' }; })]),
  ) as unknown as HandlerTable;
  return { table, calls };
}

const post = { itemId: '1922591716930498561', author: 'Rina', authorHandle: 'rina_eats', text: 'kopi kenangan enak', postedAt: null, permalink: 'https://x.com/rina_eats/status/1922591716930498561' };
const valid = { type: 'mentions/seen', platform: 'x', pageUrl: 'https://x.com/search?q=kopi', posts: [post] };

describe('mentions/seen from a content script', () => {
  it('is accepted and reaches its one handler', async () => {
    const { table, calls } = spyTable();
    const res = await createRouter(table, () => EXT)(valid, contentSender);
    expect(res).toEqual({ ok: true, matches: [], version: 'v' });
    expect(calls).toEqual(['mentions/seen']);
  });

  const bad: Array<[string, unknown]> = [
    ['an extra key', { ...valid, terms: ['kopi'] }],
    ['an extra key in a post', { ...valid, posts: [{ ...post, html: '<b>x</b>' }] }],
    ['more than 50 posts', { ...valid, posts: Array.from({ length: 51 }, () => post) }],
    ['no posts', { ...valid, posts: [] }],
    ['an oversize text', { ...valid, posts: [{ ...post, text: 'k'.repeat(4001) }] }],
    ['an empty text', { ...valid, posts: [{ ...post, text: '' }] }],
    ['a javascript: permalink', { ...valid, posts: [{ ...post, permalink: 'javascript:alert(1)' }] }],
    ['an oversize id', { ...valid, posts: [{ ...post, itemId: '1'.repeat(161) }] }],
    ['an unknown platform', { ...valid, platform: 'myspace' }],
  ];
  it.each(bad)('refuses %s without calling a handler', async (_n, msg) => {
    const { table, calls } = spyTable();
    const res = await createRouter(table, () => EXT)(msg, contentSender);
    expect(res.ok).toBe(false);
    expect(calls).toEqual([]);
  });
});
