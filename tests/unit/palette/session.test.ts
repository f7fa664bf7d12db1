import { describe, expect, it } from 'vitest';
import { createPaletteSession } from '../../../components/palette/palette-session';
import { defaultSettings } from '../../../lib/db/defaults';
import type { PaletteItem } from '../../../lib/messages';
import type { Template } from '../../../lib/models';

const NOW = Date.UTC(2026, 10, 23, 3, 5);
const tpl = (id: string): Template => ({
  id, title: id, body: 'Halo', abbreviation: null, language: 'id', variantGroup: null, folder: '', tags: [],
  platforms: [], favorite: false, usageCount: 0, lastUsedAt: null, createdAt: NOW, updatedAt: NOW,
});
const settings = defaultSettings('id', NOW);
const itemA: PaletteItem = { author: 'Ani', authorHandle: 'ani', lang: 'en', kind: 'comment', platform: 'instagram' };

type Answer = Awaited<ReturnType<Parameters<typeof createPaletteSession>[0]>>;

/** A worker stand-in: answers when the test says so, and records what it was asked. */
function fakeWorker() {
  const asks: Array<{ itemId: string | null; known: string | null; answer: (a: Answer) => void }> = [];
  const fetch = (itemId: string | null, known: string | null) => new Promise<Answer>((answer) => asks.push({ itemId, known, answer }));
  const reply = (i: number, templates: Template[] | null, version: string, item: PaletteItem | null = null) =>
    asks[i]!.answer({ ok: true, templates, version, item, settings });
  return { asks, fetch, reply };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('palette session', () => {
  it('shows the kept library at once on open and replaces it when the answer brings a new one', async () => {
    const w = fakeWorker();
    const s = createPaletteSession(w.fetch);
    s.prefetch();
    w.reply(0, [tpl('a')], 'v1');
    await flush();
    expect(s.getView().open).toBeNull();
    expect(s.getView().templates?.map((t) => t.id)).toEqual(['a']);

    s.open(null);
    // Still the kept copy, and the worker was told which version the frame holds.
    expect(s.getView().open).not.toBeNull();
    expect(s.getView().templates?.map((t) => t.id)).toEqual(['a']);
    expect(w.asks[1]!.known).toBe('v1');
    w.reply(1, [tpl('a'), tpl('b')], 'v2');
    await flush();
    expect(s.getView().templates?.map((t) => t.id)).toEqual(['a', 'b']);

    // An unchanged library comes back as null and the kept copy stays (same array).
    s.hide();
    const kept = s.getView().templates;
    s.open(null);
    expect(w.asks[2]!.known).toBe('v2');
    w.reply(2, null, 'v2');
    await flush();
    expect(s.getView().templates).toBe(kept);
  });

  it('starts every open afresh and hides the palette on hide', () => {
    const w = fakeWorker();
    const s = createPaletteSession(w.fetch);
    s.open(null);
    const first = s.getView().open!.seq;
    s.hide();
    expect(s.getView().open).toBeNull();
    s.open('instagram:1');
    expect(s.getView().open).toEqual({ itemId: 'instagram:1', seq: first + 1 });
  });

  it("fresh() waits for this open's answer, with the item it asked about", async () => {
    const w = fakeWorker();
    const s = createPaletteSession(w.fetch);
    s.prefetch();
    w.reply(0, [tpl('old')], 'v1');
    await flush();
    s.open('instagram:1');
    expect(s.getView().item).toBeNull();
    let got: Awaited<ReturnType<typeof s.fresh>> | null = null;
    void s.fresh().then((f) => (got = f));
    await flush();
    expect(got).toBeNull();
    w.reply(1, [tpl('new')], 'v2', itemA);
    await flush();
    expect(got).toEqual({ templates: [tpl('new')], item: itemA });
    expect(s.getView().item).toEqual(itemA);
    // Another item: its data is not shown until its own answer is in.
    s.hide();
    s.open('instagram:2');
    expect(s.getView().item).toBeNull();
  });

  it('ignores an older answer that arrives after a newer one', async () => {
    const w = fakeWorker();
    const s = createPaletteSession(w.fetch);
    s.prefetch();
    s.open(null);
    w.reply(1, [tpl('newer')], 'v2');
    await flush();
    w.reply(0, [tpl('older')], 'v1');
    await flush();
    expect(s.getView().templates?.map((t) => t.id)).toEqual(['newer']);
    s.hide();
    s.open(null);
    expect(w.asks[2]!.known).toBe('v2');
  });

  it('reports a failure only when it has no library to show', async () => {
    const w = fakeWorker();
    const s = createPaletteSession(w.fetch);
    s.prefetch();
    w.asks[0]!.answer({ ok: false, code: 'unavailable' });
    await flush();
    expect(s.getView().failed).toBe(true);
    s.open(null);
    w.reply(1, [tpl('a')], 'v1');
    await flush();
    expect(s.getView().failed).toBe(false);
    s.hide();
    s.open(null);
    w.asks[2]!.answer({ ok: false, code: 'unavailable' });
    await flush();
    expect(s.getView().failed).toBe(false);
    expect(s.getView().templates?.map((t) => t.id)).toEqual(['a']);
  });
});
