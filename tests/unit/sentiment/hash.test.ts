import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { textHash } from '../../../lib/sentiment/hash';

// Reference FNV-1a 64 over UTF-16 code units with BigInt arithmetic.
function reference(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    h ^= BigInt(text.charCodeAt(i));
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, '0');
}

describe('textHash', () => {
  it('matches published FNV-1a 64 vectors for ASCII', () => {
    expect(textHash('')).toBe('cbf29ce484222325');
    expect(textHash('a')).toBe('af63dc4c8601ec8c');
    expect(textHash('foobar')).toBe('85944171f73967e8');
  });

  it('is stable, short hex, and agrees with a BigInt reference on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (s) => {
        const h = textHash(s);
        expect(h).toMatch(/^[0-9a-f]{16}$/);
        expect(h).toBe(reference(s));
        expect(textHash(s)).toBe(h);
      }),
      { numRuns: 300 },
    );
  });

  it('separates near-identical comments', () => {
    const seen = new Set(['mantap kak', 'mantap kak!', 'Mantap kak', 'mantap  kak', 'mantap kak 😍'].map(textHash));
    expect(seen.size).toBe(5);
  });
});
