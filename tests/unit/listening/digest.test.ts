import { describe, expect, it } from 'vitest';
import { buildDigest, digestToCsv, digestToText, themeWords, type DigestItem } from '../../../lib/listening/digest';

const FROM = Date.UTC(2025, 4, 12);
const TO = FROM + 7 * 86_400_000;
let n = 0;
const item = (excerpt: string, over: Partial<DigestItem> = {}): DigestItem => ({
  source: 'interaction', platform: 'instagram', author: `user${n++}`, excerpt, at: FROM + n * 3_600_000, sentiment: 'neutral', intents: [], link: null, ...over,
});

const ITEMS: DigestItem[] = [
  item('Kak pengirimannya kapan sampai?', { intents: ['question'] }),
  item('pengiriman ke Bandung berapa hari ya?', { intents: ['question'] }),
  item('Pengirimannn lama bgt, udah seminggu', { intents: ['complaint'], sentiment: 'negative' }),
  item('pengiriman lambat, kecewa', { intents: ['complaint'], sentiment: 'negative', source: 'mention', platform: 'x' }),
  item('refund saya belum masuk', { intents: ['complaint'], sentiment: 'negative' }),
  item('mau order 2 cup gimana caranya?', { intents: ['question', 'purchase'] }),
  item('Order dong kak, masih ada stok?', { intents: ['purchase'] }),
  item('=HYPERLINK("http://evil.example","click") refund please', { intents: ['complaint'], sentiment: 'negative', platform: 'x' }),
  item('promo gratis follow akun ini', { intents: ['spam'], sentiment: 'negative' }),
  item('last week complaint', { intents: ['complaint'], sentiment: 'negative', at: FROM - 1 }),
];

describe('voice of the customer digest', () => {
  const d = buildDigest(ITEMS, FROM, TO, { ignore: ['Kopi Kenangan'] });
  const section = (id: string) => d.sections.find((s) => s.id === id)!;

  it('counts what falls in the week, leaving spam and earlier items out', () => {
    expect(d.interactions + d.mentions).toBe(8);
    expect(d.mentions).toBe(1);
    expect(section('complaints').total).toBe(4);
    expect(section('questions').total).toBe(3);
    expect(section('purchase').total).toBe(2);
    expect(section('negative').total).toBe(4);
  });

  it('groups spellings of one word into one theme with its count and examples', () => {
    const complaints = section('complaints').themes;
    expect(complaints[0]).toMatchObject({ theme: 'pengiriman', count: 2 });
    expect(complaints[0]!.examples.map((e) => e.excerpt)).toEqual(['pengiriman lambat, kecewa', 'Pengirimannn lama bgt, udah seminggu']);
    expect(complaints.find((t) => t.theme === 'refund')?.count).toBe(2);
    expect(section('questions').themes[0]).toMatchObject({ theme: 'pengiriman', count: 2 });
    expect(section('purchase').themes[0]).toMatchObject({ theme: 'order', count: 2 });
  });

  it('leaves grammar words and the brand itself out of themes', () => {
    expect(themeWords('Kak, yang ini kapan dikirim?', new Set())).toEqual(['dikirim']);
    expect(themeWords('kopi kenangan enak', new Set(['kopi', 'kenangan']))).toEqual(['enak']);
  });

  it('exports plain text in both languages', () => {
    const en = digestToText(d, 'en');
    const id = digestToText(d, 'id');
    expect(en).toContain('Top complaints (4)');
    expect(en).toContain('• pengiriman — 2');
    expect(id).toContain('Keluhan teratas (4)');
    expect(id).toContain('7 komentar dan pesan, 1 sebutan');
  });

  it('exports CSV with formula cells neutralised', () => {
    const csv = digestToCsv(d, 'en');
    expect(csv.startsWith('\ufeffSection,Theme,Count,Example')).toBe(true);
    const lines = csv.split('\r\n');
    const evil = lines.find((l) => l.includes('HYPERLINK'))!;
    expect(evil).toContain(`"'=HYPERLINK(""http://evil.example"",""click"") refund please"`);
    expect(lines.some((l) => l.startsWith('Top complaints,pengiriman,2,'))).toBe(true);
    expect(digestToCsv(d, 'id').split('\r\n')[0]).toBe('\ufeffBagian,Tema,Jumlah,Contoh,Penulis,Platform,Sumber,Tautan');
  });
});
