// @vitest-environment happy-dom
/**
 * The scanner's main-thread work on a long search page: finding and reading posts must stay linear
 * (no per-post query of the whole page), and a second pass over known posts must be nearly free.
 * happy-dom is much slower than Chromium, so the figures are compared with each other, not with
 * the in-page budget.
 */
import { describe, expect, it } from 'vitest';
import { createMentionScanner, type MentionTransport } from '../../../lib/listening/scanner';
import { findPosts } from '../../../lib/listening/posts';
import { listeningManifest, loadListening } from './harness';

const manifest = listeningManifest();

function page(total: number) {
  const entry = manifest.fixtures.find((e) => e.file === 'x/search-en.html')!;
  const p = loadListening(entry);
  const cells = Array.from(p.document.querySelectorAll('[data-testid="cellInnerDiv"]'));
  const parent = cells[0]!.parentElement!;
  const perCopy = findPosts(p.document, 'x').length;
  const frag = p.document.createDocumentFragment();
  for (let n = 1; n <= Math.ceil(total / perCopy) - 1; n++) {
    for (const cell of cells) {
      const clone = cell.cloneNode(true) as Element;
      clone.querySelectorAll('a[href*="/status/"]').forEach((a) => a.setAttribute('href', (a.getAttribute('href') ?? '').replace(/\/status\/(\d+)/, (_m, id: string) => `/status/${(BigInt(id) + BigInt(n * 4096)).toString()}`)));
      frag.append(clone);
    }
  }
  parent.append(frag);
  return p;
}

const silent: MentionTransport = { send: () => new Promise(() => undefined) };

function timeScan(total: number) {
  const p = page(total);
  const scanner = createMentionScanner({ platform: 'x', doc: p.document, transport: silent, sendDelayMs: 10_000 });
  const posts = findPosts(p.document, 'x').length;
  const t0 = performance.now();
  scanner.scanNow();
  const first = performance.now() - t0;
  const t1 = performance.now();
  scanner.scanNow();
  const again = performance.now() - t1;
  scanner.stop();
  (p.window as unknown as { close(): void }).close();
  return { posts, first, again };
}

describe('scanner cost on long pages', () => {
  it('grows linearly with the page, and a rescan of known posts is cheap', () => {
    timeScan(30);
    const small = timeScan(150);
    const large = timeScan(600);
    console.info(`[bench] scanner in happy-dom: ${small.posts} posts ${small.first.toFixed(0)} ms, ${large.posts} posts ${large.first.toFixed(0)} ms, rescan ${large.again.toFixed(1)} ms`);
    const perSmall = small.first / small.posts;
    const perLarge = large.first / large.posts;
    expect(perLarge).toBeLessThan(perSmall * 3);
    expect(large.again).toBeLessThan(large.first / 3);
  }, 30_000);
});
