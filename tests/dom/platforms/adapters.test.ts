// @vitest-environment happy-dom
import { afterAll, describe, expect, it } from 'vitest';
import { adapterForUrl, type ExtractContext, type PageItem } from '../../../lib/platforms';
import { expectation, loadFixture, manifest, resolveTime, type ManifestEntry } from './harness';

const entries = manifest().fixtures;
const windows: { close(): void }[] = [];
afterAll(() => windows.forEach((w) => w.close()));

function run(entry: ManifestEntry) {
  const exp = expectation(entry);
  const page = loadFixture(entry);
  windows.push(page.window as unknown as { close(): void });
  const adapter = adapterForUrl(page.url);
  if (!adapter) throw new Error(`no adapter for ${entry.url}`);
  const ctx: ExtractContext = { url: page.url, now: exp.now, ownHandles: exp.ownHandles };
  const elements = adapter.findItems(page.document);
  const items = elements.map((el) => adapter.extract(el, ctx));
  return { exp, page, adapter, ctx, elements, items };
}

describe.each(entries.map((e) => [e.file, e] as const))('%s', (_file, entry) => {
  const { exp, page, adapter, ctx, elements, items } = run(entry);

  it('is handled by the adapter of its platform', () => {
    expect(adapter.id).toBe(entry.platform);
  });

  it('finds exactly the expected items, each extractable', () => {
    expect(elements).toHaveLength(entry.expectedItems);
    expect(exp.items).toHaveLength(entry.expectedItems);
    expect(items.every((i) => i !== null)).toBe(true);
    expect(new Set(elements).size).toBe(elements.length);
  });

  it('extracts ids, authors, handles, texts, kinds, times and parents', () => {
    const got = items as PageItem[];
    exp.items.forEach((want, i) => {
      const item = got[i]!;
      const where = `${entry.file} item ${i}`;
      if (typeof want.id === 'string') expect(item.id, where).toBe(want.id);
      else expect(item.id, where).toMatch(/^h[0-9a-f]{16}$/);
      expect(item.kind, where).toBe(want.kind);
      expect(item.author, where).toBe(want.author);
      expect(item.authorHandle, where).toBe(want.authorHandle);
      expect(item.text, where).toBe(want.text);
      expect(item.postedAt, where).toBe(resolveTime(want.time, exp.now));
      expect(item.postedAtPrecision, where).toBe(want.precision);
      expect(item.permalink, where).toBe(want.permalink);
      expect(item.isOwnAccount, where).toBe(want.isOwnAccount);
      const parent = want.parent === null ? null : typeof want.parent === 'string' ? want.parent : got[want.parent.index]!.id;
      expect(item.parentId, where).toBe(parent);
    });
  });

  it('gives every item a distinct, stable id', () => {
    const ids = (items as PageItem[]).map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    const again = elements.map((el) => adapter.extract(el, { ...ctx, now: ctx.now + 3_600_000 })?.id);
    expect(again).toEqual(ids);
  });

  it('finds the same items when scanning each item element on its own', () => {
    const scoped = elements.flatMap((el) => adapter.findItems(el).filter((f) => f === el));
    expect(scoped).toEqual(elements);
  });

  it('reads the signed-in handle the page shows', () => {
    expect(adapter.detectOwnHandle(page.document)).toBe(exp.ownHandleOnPage);
  });

  it('reads profile counts only on profile pages', () => {
    const counts = adapter.readProfileCounts(page.document, page.url);
    if (exp.profile) expect(counts).toEqual(exp.profile);
    else expect(counts).toBeNull();
  });
});
