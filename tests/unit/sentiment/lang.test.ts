import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../lib/sentiment';

describe('detectLanguage', () => {
  it.each([
    ['kak ready ga? brp harganya', 'id'],
    ['pengiriman lama bgt, kecewa', 'id'],
    ['produknya gk bagus, saya kecewa', 'id'],
    ['where is my order? still not received', 'en'],
    ['I love this, it is the best', 'en'],
    ['not bad at all', 'en'],
    ['barangnya bagus tapi the shipping is so slow', 'mixed'],
    ['thank you kak, paketnya udah sampai', 'mixed'],
  ] as const)('%s → %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('uses lexicon words when there are no function words', () => {
    expect(detectLanguage('amazing product')).toBe('en');
    expect(detectLanguage('mantap jiwa')).toBe('id');
  });

  it('falls back to Indonesian when there is no evidence', () => {
    expect(detectLanguage('😍😍')).toBe('id');
    expect(detectLanguage('')).toBe('id');
  });
});
