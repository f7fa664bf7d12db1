import { describe, expect, it } from 'vitest';
import { classify, detectIntents, textHash, normalize, detectLanguage } from '../../../lib/sentiment';

describe('classify', () => {
  it('returns label, confidence, language and cues', () => {
    const r = classify('pengiriman lama bgt, kecewa 😡');
    expect(r.label).toBe('negative');
    expect(r.lang).toBe('id');
    expect(r.confidence).toBeGreaterThan(0.5);
    expect(r.confidence).toBeLessThanOrEqual(1);
    expect(r.cues).toContain('kecewa');
    expect(r.cues).toContain('😡');
  });

  it('reports cues as written in the comment, not in normalised form', () => {
    const r = classify('mantul bgt kak 😍😍');
    expect(r.label).toBe('positive');
    expect(r.cues).toContain('mantul');
    expect(r.cues).toContain('😍');
    expect(r.cues.length).toBeLessThanOrEqual(5);
    expect(new Set(r.cues).size).toBe(r.cues.length);
  });

  it('handles negation in both languages', () => {
    expect(classify('produknya bagus').label).toBe('positive');
    expect(classify('produknya gk bagus').label).toBe('negative');
    expect(classify('this is good').label).toBe('positive');
    expect(classify('this is not good').label).toBe('negative');
    expect(classify('not bad at all').label).toBe('positive');
    expect(classify('tidak kecewa sama sekali').label).toBe('positive');
  });

  it('weighs the clause after a contrast word more', () => {
    expect(classify('mahal sih tapi bagus banget').label).toBe('positive');
    expect(classify('bagus sih tapi mahal bgt').label).toBe('negative');
    expect(classify('The food was good but the service was terrible').label).toBe('negative');
  });

  it('reads emoji, emoticons and elongation', () => {
    expect(classify('😍😍😍').label).toBe('positive');
    expect(classify('😡😡').label).toBe('negative');
    expect(classify('kereeeen bangettt').label).toBe('positive');
    expect(classify('ok :(').label).toBe('negative');
  });

  it('keeps questions without opinion words neutral', () => {
    for (const q of ['ready kak?', 'berapa harganya?', 'ini ori atau kw kak?', 'how much is this?', 'bagus gak kak?']) {
      expect(classify(q).label).toBe('neutral');
    }
  });

  it('treats empty and symbol-only text as neutral', () => {
    expect(classify('')).toEqual({ label: 'neutral', confidence: 1, lang: 'id', cues: [] });
    expect(classify('...').label).toBe('neutral');
  });

  it('routes mixed comments to both models', () => {
    const r = classify('kak the quality is so good, recommended banget');
    expect(r.lang).toBe('mixed');
    expect(r.label).toBe('positive');
  });

  it('explains a result correctly even when read after other comments were classified', () => {
    const first = classify('pengiriman lama bgt, kecewa 😡');
    const fresh = [...classify('pengiriman lama bgt, kecewa 😡').cues];
    classify('mantul kak, makasih 🙏');
    classify('love this!! 😍');
    expect(first.cues).toEqual(fresh);
    expect(JSON.parse(JSON.stringify(first)).cues).toEqual(fresh);
  });

  it('is deterministic', () => {
    const t = 'kak, my order belum sampai juga nih 😢';
    expect(classify(t)).toEqual(classify(t));
  });
});

describe('index exports', () => {
  it('exposes the public functions', () => {
    expect(typeof classify).toBe('function');
    expect(typeof detectIntents).toBe('function');
    expect(typeof normalize).toBe('function');
    expect(typeof detectLanguage).toBe('function');
    expect(textHash('x')).toHaveLength(16);
  });
});
