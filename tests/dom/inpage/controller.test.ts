// @vitest-environment happy-dom
/**
 * The page controller on a long fixture thread: a pass is cut into short tasks, every item gets
 * the page contract, badges are built only for items near the viewport, and the controller's own
 * badges never make it read the page again.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createPageController, type NearViewport, type Transport } from '../../../lib/inpage/controller';
import { adapterById, type PlatformAdapter } from '../../../lib/platforms';
import { loadFixture, manifest } from '../platforms/harness';
import { until, wait } from './wait';

const entry = manifest().fixtures.find((f) => f.file === 'youtube/watch-long.html')!;

interface FakeViewport extends NearViewport {
  watched: Set<Element>;
  bringNear(el: Element): void;
}
function fakeViewport(): { factory: (onNear: (el: Element) => void) => NearViewport; vp: FakeViewport } {
  const vp = { watched: new Set<Element>() } as FakeViewport;
  const factory = (onNear: (el: Element) => void) => {
    vp.observe = (el) => void vp.watched.add(el);
    vp.unobserve = (el) => void vp.watched.delete(el);
    vp.disconnect = () => vp.watched.clear();
    vp.bringNear = (el) => {
      if (vp.watched.has(el)) onNear(el);
    };
    return vp;
  };
  return { factory, vp };
}

const sent: Array<{ items: Array<{ itemId: string; text: string }> }> = [];
const transport: Transport = {
  async send<T extends object>(message: unknown) {
    sent.push(message as (typeof sent)[number]);
    return { ok: false, code: 'unavailable' } as never as import('../../../lib/messages').Reply<T>;
  },
};

function setup(opts: { sliceMs?: number; adapter?: PlatformAdapter } = {}) {
  const page = loadFixture(entry);
  const { factory, vp } = fakeViewport();
  const controller = createPageController({
    adapter: opts.adapter ?? adapterById('youtube')!,
    doc: page.document,
    transport,
    lang: 'en',
    ownHandles: [],
    sliceMs: opts.sliceMs,
    nearViewport: factory,
  });
  return { page, controller, vp, doc: page.document };
}

const marked = (doc: Document) => doc.querySelectorAll('[data-kelola-item]').length;
const badges = (doc: Document) => doc.querySelectorAll('[data-kelola-badge]').length;
let stopLast: (() => void) | null = null;
afterEach(() => {
  stopLast?.();
  stopLast = null;
  sent.length = 0;
});

describe('page controller on a long thread', () => {
  it('reads a long page in short tasks and marks every item', async () => {
    const { controller, doc } = setup({ sliceMs: 0 });
    stopLast = () => controller.stop();
    controller.start();
    // The first task read one item and gave the page its thread back.
    expect(marked(doc)).toBeLessThan(entry.expectedItems);
    await until(() => marked(doc) === entry.expectedItems);
    const ids = Array.from(doc.querySelectorAll('[data-kelola-item]'), (e) => e.getAttribute('data-kelola-item'));
    expect(new Set(ids).size).toBe(entry.expectedItems);
  });

  it('builds badges only for items near the viewport, each once', async () => {
    const { controller, doc, vp } = setup();
    stopLast = () => controller.stop();
    controller.start();
    await until(() => marked(doc) === entry.expectedItems && vp.watched.size > 0);
    expect(badges(doc)).toBe(0);
    const items = Array.from(doc.querySelectorAll('[data-kelola-item]')).filter((e) => vp.watched.has(e));
    vp.bringNear(items[0]!);
    vp.bringNear(items[1]!);
    vp.bringNear(items[0]!);
    expect(badges(doc)).toBe(2);
    expect(items[0]!.querySelector(`[data-kelola-badge="${items[0]!.getAttribute('data-kelola-item')}"]`)).not.toBeNull();
    // A badge built is no longer watched.
    expect(vp.watched.has(items[0]!)).toBe(false);
    controller.stop();
    expect(badges(doc)).toBe(0);
    expect(marked(doc)).toBe(0);
    expect(vp.watched.size).toBe(0);
  });

  it('is not made to read the page again by its own badges', async () => {
    let reads = 0;
    const base = adapterById('youtube')!;
    const adapter: PlatformAdapter = { ...base, extract: (el, ctx) => (reads++, base.extract(el, ctx)) };
    const { controller, doc, vp } = setup({ adapter });
    stopLast = () => controller.stop();
    controller.start();
    await until(() => marked(doc) === entry.expectedItems && vp.watched.size > 0);
    const after = reads;
    for (const el of [...vp.watched].slice(0, 10)) vp.bringNear(el);
    expect(badges(doc)).toBe(10);
    await wait(60);
    expect(reads).toBe(after);
  });

  it('reads an item again when the page changes it during a pass', async () => {
    const { controller, doc } = setup({ sliceMs: 0 });
    stopLast = () => controller.stop();
    controller.start();
    const first = doc.querySelector('ytd-comment-view-model [id="content-text"], ytd-comment-view-model #content-text')!;
    first.textContent = 'Edited while Kelola was reading the page';
    await until(() => marked(doc) === entry.expectedItems);
    await until(() => sent.some((m) => m.items?.some((i: { text: string }) => i.text === 'Edited while Kelola was reading the page')), 3000);
  });

  it('puts a badge back when the page drops it while re-rendering the item', async () => {
    const { controller, doc, vp } = setup();
    stopLast = () => controller.stop();
    controller.start();
    await until(() => marked(doc) === entry.expectedItems && vp.watched.size > 0);
    const el = [...vp.watched][0]!;
    vp.bringNear(el);
    const id = el.getAttribute('data-kelola-item')!;
    doc.querySelector(`[data-kelola-badge="${id}"]`)!.remove();
    await until(() => doc.querySelector(`[data-kelola-badge="${id}"]`) !== null, 2000);
    expect(doc.querySelectorAll(`[data-kelola-badge="${id}"]`).length).toBe(1);
  });
});


