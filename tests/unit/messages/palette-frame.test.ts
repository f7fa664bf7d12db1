import { describe, expect, it } from 'vitest';
import { PageRequest, ToPaletteFrame } from '../../../lib/messages';

describe('messages to the palette frame', () => {
  it('accepts open (with or without an item) and hide', () => {
    expect(ToPaletteFrame.safeParse({ kelola: 'open', itemId: null }).success).toBe(true);
    expect(ToPaletteFrame.safeParse({ kelola: 'open', itemId: 'instagram:123' }).success).toBe(true);
    expect(ToPaletteFrame.safeParse({ kelola: 'hide' }).success).toBe(true);
  });

  it('rejects anything else', () => {
    for (const bad of [null, 'open', { kelola: 'open' }, { kelola: 'open', itemId: 'x' }, { kelola: 'open', itemId: null, text: '<b>' }, { kelola: 'close' }, { kelola: 'hide', extra: 1 }]) {
      expect(ToPaletteFrame.safeParse(bad).success).toBe(false);
    }
  });

  it('palette/data carries the version the frame holds', () => {
    expect(PageRequest.safeParse({ type: 'palette/data', itemId: null, known: null }).success).toBe(true);
    expect(PageRequest.safeParse({ type: 'palette/data', itemId: null, known: '1a-2b-3c' }).success).toBe(true);
    expect(PageRequest.safeParse({ type: 'palette/data', itemId: null, known: 'x'.repeat(65) }).success).toBe(false);
  });
});
