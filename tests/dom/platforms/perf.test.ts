// @vitest-environment happy-dom
/**
 * findItems + extract run over whole pages inside one MutationObserver batch: the cost per item must
 * not grow with the page. Pages are grown by cloning fixture rows (with fresh ids). happy-dom is far
 * slower than Chromium at cloning and querying, so the pages stay at a few hundred items to keep this file
 * quick; the per-item cost is what is compared (a quadratic step shows at these sizes).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { adapterForUrl, type PlatformAdapter } from '../../../lib/platforms';
import { expectation, loadFixture, manifest, type LoadedPage } from './harness';

const opened: { close(): void }[] = [];
afterAll(() => opened.forEach((w) => w.close()));

function open(file: string) {
  const entry = manifest().fixtures.find((e) => e.file === file)!;
  const page = loadFixture(entry);
  opened.push(page.window as unknown as { close(): void });
  return { page, exp: expectation(entry), adapter: adapterForUrl(page.url)! };
}

/** Appends clones of `rows` (before `before`) until the page holds about `target` items; `retag` gives each clone new ids. */
function grow(page: LoadedPage, adapter: PlatformAdapter, rows: Element[], before: Element | null, target: number, retag: (clone: Element, n: number) => void) {
  const parent = rows[0]!.parentElement!;
  const perCopy = rows.reduce((n, r) => n + adapter.findItems(r).length, 0);
  if (perCopy === 0) throw new Error('the cloned rows hold no items');
  const have = adapter.findItems(page.document).length;
  let n = 0;
  for (let copies = Math.ceil((target - have) / perCopy); copies > 0; copies--) {
    for (const row of rows) {
      const clone = row.cloneNode(true) as Element;
      retag(clone, n++);
      parent.insertBefore(clone, before);
    }
  }
  return adapter.findItems(page.document).length;
}

function measure(page: LoadedPage, adapter: PlatformAdapter, now: number, own: string[], warm = false) {
  // A warm-up pass, so the baseline is not the cost of compiling the adapter.
  if (warm) adapter.findItems(page.document).forEach((el) => adapter.extract(el, { url: page.url, now, ownHandles: own }));
  const t0 = performance.now();
  const els = adapter.findItems(page.document);
  const items = els.map((el) => adapter.extract(el, { url: page.url, now, ownHandles: own }));
  const ms = performance.now() - t0;
  return { count: els.length, ms, perItem: ms / els.length, items };
}

describe('extraction cost stays linear', () => {
  it('YouTube: 600 comments', { timeout: 30_000 }, () => {
    const { page, exp, adapter } = open('youtube/watch-long.html');
    const small = measure(page, adapter, exp.now, exp.ownHandles, true);
    const threads = Array.from(page.document.querySelectorAll('ytd-comment-thread-renderer'));
    const total = grow(page, adapter, threads, threads[threads.length - 1]!.nextElementSibling, 600, (clone, n) => {
      for (const a of Array.from(clone.querySelectorAll('#published-time-text a'))) a.setAttribute('href', a.getAttribute('href')!.replace(/lc=Ugz/, `lc=Ug${n.toString(36)}z`));
    });
    const big = measure(page, adapter, exp.now, exp.ownHandles);
    console.info(`youtube: ${small.count} items ${small.ms.toFixed(0)} ms, ${big.count} items ${big.ms.toFixed(0)} ms (${(big.perItem * 1000).toFixed(0)} µs/item)`);
    expect(total).toBeGreaterThanOrEqual(600);
    expect(big.items.every((i) => i !== null)).toBe(true);
    expect(new Set(big.items.map((i) => i!.id)).size).toBe(big.count);
    expect(big.perItem).toBeLessThan(Math.max(small.perItem * 5, 0.5));
  });

  it('X: a 300-post conversation', { timeout: 30_000 }, () => {
    const { page, exp, adapter } = open('x/thread-long.html');
    const small = measure(page, adapter, exp.now, exp.ownHandles, true);
    const cells = Array.from(page.document.querySelectorAll('[data-testid="cellInnerDiv"]'));
    // Grow the conversation part (between the reply box and the "Discover more" heading).
    const body = cells.slice(2, 12);
    const discover = cells.find((c) => c.querySelector('h2[role="heading"]') && !c.querySelector('article'))!;
    let next = 1n;
    const total = grow(page, adapter, body, discover, 300, (clone) => {
      for (const a of Array.from(clone.querySelectorAll('a[href*="/status/"]'))) {
        a.setAttribute('href', a.getAttribute('href')!.replace(/\/status\/(\d+)/, (_m, id: string) => `/status/${BigInt(id) + 4096n * next++}`));
      }
    });
    const big = measure(page, adapter, exp.now, exp.ownHandles);
    console.info(`x: ${small.count} items ${small.ms.toFixed(0)} ms, ${big.count} items ${big.ms.toFixed(0)} ms (${(big.perItem * 1000).toFixed(0)} µs/item)`);
    expect(total).toBeGreaterThanOrEqual(300);
    expect(big.items.every((i) => i !== null)).toBe(true);
    expect(new Set(big.items.map((i) => i!.id)).size).toBe(big.count);
    expect(big.perItem).toBeLessThan(Math.max(small.perItem * 5, 0.5));
  });

  it('Messenger: 600 messages (time separators are looked up backwards)', { timeout: 30_000 }, () => {
    const { page, exp, adapter } = open('facebook/messenger-en.html');
    const small = measure(page, adapter, exp.now, exp.ownHandles, true);
    const grid = page.document.querySelector('[role="grid"][aria-label^="Messages in conversation"]')!;
    const rows = Array.from(grid.querySelectorAll('[role="row"]'));
    let n = 0;
    const total = grow(page, adapter, rows, null, 600, (clone) => {
      const text = clone.querySelector('[role="gridcell"] div[dir="auto"]');
      if (text) text.append(` #${n++}`);
    });
    const big = measure(page, adapter, exp.now, exp.ownHandles);
    console.info(`messenger: ${small.count} items ${small.ms.toFixed(0)} ms, ${big.count} items ${big.ms.toFixed(0)} ms (${(big.perItem * 1000).toFixed(0)} µs/item)`);
    expect(total).toBeGreaterThanOrEqual(600);
    expect(big.items.every((i) => i !== null)).toBe(true);
    expect(big.perItem).toBeLessThan(Math.max(small.perItem * 5, 0.5));
  });
});
