import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '../../../lib/models';
import { checkLimit, countGraphemes, limitFor, xWeightedLength } from '../../../lib/templates';

describe('X weighted length', () => {
  it.each([
    ['plain ASCII', 'hello world', 11],
    ['Latin with accents', 'Café ñandú', 10],
    ['decomposed accent is normalised first', 'e\u0301', 1],
    ['Arabic', 'مرحبا', 5],
    ['Hebrew', 'שלום עולם', 9],
    ['CJK counts double', '日本語', 6],
    ['Hangul counts double', '안녕', 4],
    ['curly quotes and en dash are light', '“ok” – ‘x’', 10],
    ['ellipsis is heavy', '…', 2],
    ['single emoji', '👍', 2],
    ['emoji with skin tone', '👍🏽', 2],
    ['ZWJ family', '👨‍👩‍👧‍👦', 2],
    ['flag', '🇮🇩', 2],
    ['keycap', '1️⃣', 2],
    ['heart with variation selector', '❤️', 2],
    ['copyright sign without emoji presentation', '©', 1],
    ['mixed', 'Halo 👋 日本', 5 + 2 + 1 + 4],
  ])('%s', (_label, text, expected) => {
    expect(xWeightedLength(text)).toBe(expected);
  });

  it.each([
    ['long https URL', 'Cek https://example.com/a/very/long/path/that/is/longer/than/23/characters ya', 4 + 23 + 3],
    ['short URL still 23', 'http://a.co', 23],
    ['www', 'www.kelola.id', 23],
    ['bare domain with path', 'toko.co.id/promo?x=1', 23],
    ['URL in brackets with a full stop', '(toko.id/promo).', 1 + 23 + 2],
    ['two URLs', 'https://a.com https://b.com', 23 + 1 + 23],
    ['not a URL: version number', 'v1.2.3', 6],
    ['not a URL: unknown TLD', 'file.txt', 8],
    ['not a URL: sentence end', 'selesai.Terima', 14],
  ])('URLs: %s', (_label, text, expected) => {
    expect(xWeightedLength(text)).toBe(expected);
  });

  it('decides the 280 limit on weighted length', () => {
    expect(checkLimit('a'.repeat(280), 'x', 'reply')).toEqual({ count: 280, limit: 280, ok: true, remaining: 0 });
    expect(checkLimit('a'.repeat(281), 'x', 'comment')).toEqual({ count: 281, limit: 280, ok: false, remaining: -1 });
    expect(checkLimit('日'.repeat(140), 'x', 'reply').ok).toBe(true);
    expect(checkLimit('日'.repeat(141), 'x', 'reply').ok).toBe(false);
    expect(checkLimit('🙏'.repeat(141), 'x', 'reply')).toMatchObject({ count: 282, ok: false });
    const withUrl = `${'a'.repeat(256)} https://example.com/${'p'.repeat(100)}`;
    expect(checkLimit(withUrl, 'x', 'reply')).toMatchObject({ count: 280, ok: true });
  });

  it.each([
    ['trailing punctuation', `${'.'.repeat(4000)}a`],
    ['leading brackets', '('.repeat(5000)],
    ['many labels', `${'a.'.repeat(2400)}x`],
    ['long label', `${'a'.repeat(4090)}.com`],
    ['hyphens', `${'a-'.repeat(2400)}.id`],
  ])('pathological URL-like text stays fast (%s)', (_label, text) => {
    const t0 = performance.now();
    const n = xWeightedLength(text);
    // Far above linear time; catches catastrophic backtracking, not speed (the bench measures speed).
    expect(performance.now() - t0).toBeLessThan(3_000);
    expect(n).toBeGreaterThan(0);
  });

  it('counts 5000 characters of mixed text', () => {
    const text = 'Halo 👋🏽 日本 https://toko.id/x مرحبا '.repeat(200).slice(0, 5000);
    const n = xWeightedLength(text);
    expect(n).toBeGreaterThan(3000);
  });
});

describe('grapheme counting on other platforms', () => {
  it('counts what a person sees as one character once', () => {
    expect(countGraphemes('👨‍👩‍👧‍👦')).toBe(1);
    expect(countGraphemes('🇮🇩🇬🇧')).toBe(2);
    expect(countGraphemes('e\u0301')).toBe(1);
    expect(countGraphemes('שלום עולם')).toBe(9);
    expect(countGraphemes('日本語')).toBe(3);
    expect(countGraphemes('')).toBe(0);
  });

  it('counts long text exactly, whatever straddles the internal chunk boundaries', () => {
    expect(countGraphemes('👨‍👩‍👧‍👦'.repeat(100))).toBe(100);
    expect(countGraphemes('🇮🇩'.repeat(301))).toBe(301);
    expect(countGraphemes(`a${'🇮🇩'.repeat(300)}`)).toBe(301);
    expect(countGraphemes('e\u0301'.repeat(500))).toBe(500);
    expect(countGraphemes('\r\n'.repeat(400))).toBe(400);
    expect(countGraphemes(`a${'\u0301'.repeat(700)}b`)).toBe(2);
    expect(countGraphemes('ab👍🏽'.repeat(1000))).toBe(3000);
    expect(xWeightedLength('👨‍👩‍👧‍👦'.repeat(150))).toBe(300);
  });

  it('keeps a real pair whole after a lone high surrogate at the cut', () => {
    const whole = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    for (let k = 250; k <= 258; k++) {
      const text = `${'a'.repeat(k)}\ud83d🏽${'a'.repeat(300)}`;
      expect(countGraphemes(text)).toBe([...whole.segment(text)].length);
    }
  });

  it('agrees with segmenting the whole string at once', () => {
    const pieces = ['a', ' ', '\r', '\n', '\u0301', '\u200d', '👍', '🏽', '👨', '🇮', '🇩', '日', 'ש', '\ud83d', '️', '⃣', 'ก', 'ำ'];
    const whole = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 200, maxLength: 900 }), (parts) => {
        const text = parts.join('');
        expect(countGraphemes(text)).toBe([...whole.segment(text)].length);
      }),
      { numRuns: 60 },
    );
  });

  it('counts 50,000 characters in linear time', () => {
    const t0 = performance.now();
    expect(countGraphemes('a'.repeat(50000))).toBe(50000);
    expect(performance.now() - t0).toBeLessThan(5_000);
  });

  it('does not weight CJK, emoji or URLs outside X', () => {
    expect(checkLimit('日本語 👍🏽 https://example.com/abc', 'instagram', 'comment').count).toBe(3 + 1 + 1 + 1 + 23);
    expect(checkLimit('日本語', 'x', 'message').count).toBe(3);
  });

  it('applies the TikTok 150 limit', () => {
    expect(checkLimit('a'.repeat(150), 'tiktok', 'comment')).toEqual({ count: 150, limit: 150, ok: true, remaining: 0 });
    expect(checkLimit('👍🏽'.repeat(151), 'tiktok', 'reply')).toEqual({ count: 151, limit: 150, ok: false, remaining: -1 });
  });
});

describe('limit table', () => {
  it('has the public reply limit of every platform', () => {
    const limits = Object.fromEntries(PLATFORMS.map((p) => [p, limitFor(p, 'comment')]));
    expect(limits).toEqual({
      x: 280,
      facebook: 8000,
      instagram: 2200,
      linkedin: 1250,
      youtube: 10000,
      tiktok: 150,
      threads: 500,
    });
    for (const p of PLATFORMS) expect(limitFor(p, 'reply')).toBe(limitFor(p, 'comment'));
  });

  it('has DM limits where the platform has DMs', () => {
    const limits = Object.fromEntries(PLATFORMS.map((p) => [p, limitFor(p, 'message')]));
    expect(limits).toEqual({
      x: 10000,
      facebook: 20000,
      instagram: 1000,
      linkedin: 8000,
      youtube: null,
      tiktok: null,
      threads: null,
    });
  });

  it('treats "no known limit" as fine, not as zero', () => {
    expect(checkLimit('a'.repeat(50000), 'youtube', 'message')).toEqual({ count: 50000, limit: null, ok: true, remaining: null });
  });

  it('checks limits at the edge for each platform', () => {
    for (const p of PLATFORMS) {
      const limit = limitFor(p, 'comment')!;
      expect(checkLimit('b'.repeat(limit), p, 'comment').ok).toBe(true);
      expect(checkLimit('b'.repeat(limit + 1), p, 'comment').ok).toBe(false);
    }
    expect(checkLimit('c'.repeat(1001), 'instagram', 'message').ok).toBe(false);
    expect(checkLimit('c'.repeat(1250), 'linkedin', 'reply').ok).toBe(true);
  });
});
