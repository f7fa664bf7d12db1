import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { z } from 'zod';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateItem } from '../../../lib/platforms/item-schema';
import { ToContent, ToPaletteFrame } from '../../../lib/messages/to-content';
import { TimePrecision, Timestamp, Url } from '../../../lib/models/common';
import type { PageItem } from '../../../lib/platforms/types';
import { localModuleGraph, valueImports } from '../../../scripts/module-graph';

/*
 * The content script checks page items and incoming messages with `zod/mini` schemas. They must accept
 * and refuse exactly what the full schemas built from `models/common.ts` do.
 */

const FullItemId = z.string().min(1).max(160).regex(/^[\x21-\x7e]+$/);
const FullPageItem = z.strictObject({
  id: FullItemId,
  kind: z.enum(['comment', 'reply', 'message']),
  author: z.string().max(200),
  authorHandle: z.string().max(100),
  text: z.string().max(20_000),
  postedAt: Timestamp.nullable(),
  postedAtPrecision: TimePrecision,
  permalink: Url.nullable(),
  isOwnAccount: z.boolean(),
  parentId: FullItemId.nullable(),
});

const good: PageItem = {
  id: 'yt:UgxAbc123',
  kind: 'comment',
  author: 'Rina <b>S</b>',
  authorHandle: '@rina',
  text: 'Kapan restock? 🙏',
  postedAt: Date.UTC(2026, 10, 1),
  postedAtPrecision: 'exact',
  permalink: 'https://www.youtube.com/watch?v=abc&lc=UgxAbc123',
  isOwnAccount: false,
  parentId: null,
};

describe('page item schema of the content script', () => {
  it('accepts a well-formed item and returns it unchanged', () => {
    expect(validateItem(good)).toEqual(good);
  });

  it.each([
    ['an empty id', { id: '' }],
    ['an id with a space', { id: 'yt:a b' }],
    ['an id over 160 characters', { id: 'x'.repeat(161) }],
    ['a negative time', { postedAt: -1 }],
    ['a fractional time', { postedAt: 1.5 }],
    ['a time past the end of Date', { postedAt: 8.64e15 + 1 }],
    ['a javascript: permalink', { permalink: 'javascript:alert(1)' }],
    ['an unknown kind', { kind: 'post' }],
    ['an unknown precision', { postedAtPrecision: 'century' }],
    ['text over 20,000 characters', { text: 'a'.repeat(20_001) }],
    ['an extra key', { html: '<img onerror=alert(1)>' }],
  ])('refuses %s', (_label, patch) => {
    expect(validateItem({ ...good, ...patch } as PageItem)).toBeNull();
  });

  it('agrees with the full schema on arbitrary items', () => {
    const value = fc.record({
      id: fc.oneof(fc.string({ maxLength: 170 }), fc.stringMatching(/^[\x21-\x7e]{1,165}$/)),
      kind: fc.constantFrom('comment', 'reply', 'message', 'post'),
      author: fc.string({ maxLength: 210 }),
      authorHandle: fc.string({ maxLength: 110 }),
      text: fc.string({ maxLength: 40 }),
      postedAt: fc.oneof(fc.constant(null), fc.integer({ min: -5, max: 5 }), fc.double({ min: -1, max: 9e15, noNaN: true }), fc.constantFrom(8.64e15, 8.64e15 + 1)),
      postedAtPrecision: fc.constantFrom('exact', 'minute', 'hour', 'day', 'week', 'unknown', 'year'),
      permalink: fc.oneof(fc.constant(null), fc.webUrl(), fc.string({ maxLength: 20 }), fc.constant(`https://x.com/${'a'.repeat(2040)}`)),
      isOwnAccount: fc.oneof(fc.boolean(), fc.constant('yes')),
      parentId: fc.oneof(fc.constant(null), fc.stringMatching(/^[\x20-\x7e]{0,162}$/)),
    });
    fc.assert(
      fc.property(value, (item) => {
        expect(validateItem(item as PageItem) !== null).toBe(FullPageItem.safeParse(item).success);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('messages into the page', () => {
  it('accepts the known messages', () => {
    expect(ToContent.safeParse({ type: 'content/insert', text: 'Halo kak', itemId: 'x:123' }).success).toBe(true);
    expect(ToContent.safeParse({ type: 'content/focus', id: 'x:123' }).success).toBe(true);
    expect(ToContent.safeParse({ type: 'content/capture' }).success).toBe(true);
    expect(ToPaletteFrame.safeParse({ kelola: 'open', itemId: null }).success).toBe(true);
    expect(ToPaletteFrame.safeParse({ kelola: 'hide' }).success).toBe(true);
  });

  it.each([
    [{ type: 'content/insert', text: '', itemId: null }],
    [{ type: 'content/insert', text: 'a'.repeat(20_001), itemId: null }],
    [{ type: 'content/insert', text: 'hi', itemId: 'x' }],
    [{ type: 'content/focus', id: 'x:1', extra: true }],
    [{ type: 'content/unknown' }],
    ['content/items'],
    [null],
  ])('refuses %j', (raw) => {
    expect(ToContent.safeParse(raw).success).toBe(false);
  });

  it('the palette frame refuses what it does not know', () => {
    expect(ToPaletteFrame.safeParse({ kelola: 'open' }).success).toBe(false);
    expect(ToPaletteFrame.safeParse({ kelola: 'open', itemId: 'x' }).success).toBe(false);
    expect(ToPaletteFrame.safeParse({ kelola: 'show' }).success).toBe(false);
  });
});

describe('what the content script loads', () => {
  const root = fileURLToPath(new URL('../../..', import.meta.url));

  it('builds its schemas with zod/mini, never the full zod', () => {
    const files = [...localModuleGraph(root, 'entrypoints/social.content/index.ts')];
    expect(files.length).toBeGreaterThan(20);
    const full = files.filter((f) => valueImports(f).includes('zod')).map((f) => path.relative(root, f));
    expect(full).toEqual([]);
    expect(files.some((f) => valueImports(f).includes('zod/mini'))).toBe(true);
  });
});
