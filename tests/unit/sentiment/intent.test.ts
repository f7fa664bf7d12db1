import { describe, expect, it } from 'vitest';
import { detectIntents } from '../../../lib/sentiment';

describe('detectIntents', () => {
  it('finds questions with or without a question mark', () => {
    expect(detectIntents('bisa cod gak kak')).toContain('question');
    expect(detectIntents('kak ini berapa')).toContain('question');
    expect(detectIntents('how do I return this')).toContain('question');
    expect(detectIntents('can i pay by card')).toContain('question');
    expect(detectIntents('what a lovely dress')).not.toContain('question');
    expect(detectIntents('mantap kak')).not.toContain('question');
  });

  it('finds complaints, but not negated ones', () => {
    expect(detectIntents('barang rusak, minta refund')).toContain('complaint');
    expect(detectIntents('paket belum sampai dari minggu lalu')).toContain('complaint');
    expect(detectIntents('still not received my package')).toContain('complaint');
    expect(detectIntents('produknya gak bagus')).toContain('complaint');
    expect(detectIntents('tidak kecewa sama sekali')).not.toContain('complaint');
    expect(detectIntents('keren parah')).not.toContain('complaint');
  });

  it('finds purchase intent from asking, not from reviewing, prices', () => {
    expect(detectIntents('harganya berapa kak?')).toContain('purchase');
    expect(detectIntents('info harga dong')).toContain('purchase');
    expect(detectIntents('how much for two?')).toContain('purchase');
    expect(detectIntents('is it in stock?')).toContain('purchase');
    expect(detectIntents('mau order 3 kak')).toContain('purchase');
    expect(detectIntents('harganya terjangkau, mantap')).not.toContain('purchase');
    expect(detectIntents('berapa lama pengirimannya?')).not.toContain('purchase');
  });

  it('finds praise given outright, not asked about or conceded', () => {
    expect(detectIntents('keren banget kak')).toContain('praise');
    expect(detectIntents('love it 😍')).toContain('praise');
    expect(detectIntents('bagus gak kak?')).not.toContain('praise');
    expect(detectIntents('bagus sih tapi mahal')).not.toContain('praise');
    expect(detectIntents('good morning all')).not.toContain('praise');
  });

  it('finds spam and promotion', () => {
    expect(detectIntents('slot gacor maxwin malam ini')).toEqual(['spam']);
    expect(detectIntents('cek bio ya kak')).toContain('spam');
    expect(detectIntents('follow back dong')).toContain('spam');
    expect(detectIntents('order via wa.me/6281234567890')).toContain('spam');
    expect(detectIntents('promo gede klik https://bit.ly/abc')).toContain('spam');
    expect(detectIntents('😍😍😍😍😍😍😍😍😍😍😍😍')).toContain('spam');
    expect(detectIntents('😍😍😍 cantik banget')).not.toContain('spam');
    expect(detectIntents('ini linknya https://example.com/produk')).not.toContain('spam');
  });

  it('returns intents in a fixed order without duplicates', () => {
    const r = detectIntents('where is my order?? still not received, how much is a refund?');
    expect(r).toEqual(['question', 'complaint', 'purchase']);
    expect(detectIntents('')).toEqual([]);
  });
});
