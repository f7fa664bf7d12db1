import { describe, expect, it } from 'vitest';
import { classify, detectIntents } from '../../../lib/sentiment';
import type { Intent } from '../../../lib/models/common';
import type { SentimentLabel } from '../../../lib/sentiment/model';

type Row = [text: string, label: SentimentLabel, intents: Intent[]];

// Social comments as they appear under shop posts, reels and tweets: slang, negation, emoji, elongation,
// contrast and code-mixing. Written by hand; none of them is in the training files.
const ROWS: Row[] = [
  // Indonesian
  ['kak ready ga? brp harganya', 'neutral', ['question', 'purchase']],
  ['pengiriman lama bgt, kecewa 😡', 'negative', ['complaint']],
  ['mantul kak, makasih 🙏', 'positive', ['praise']],
  ['bagus sih tapi mahal bgt', 'negative', []],
  ['produknya gk bagus', 'negative', ['complaint']],
  ['ready kak?', 'neutral', ['question', 'purchase']],
  ['berapa harganya?', 'neutral', ['question', 'purchase']],
  ['barangnya bagus bangettt, recommended seller 👍', 'positive', ['praise']],
  ['kecewa berat, barang dateng udah rusak', 'negative', ['complaint']],
  ['gak nyesel belanja disini 😍', 'positive', ['praise']],
  ['min kapan restock warna hitam?', 'neutral', ['question', 'purchase']],
  ['admin tolong dibalas chat saya, udah 3 hari nunggu', 'negative', ['complaint']],
  ['kualitasnya jelek, jahitannya lepas semua', 'negative', ['complaint']],
  ['enak banget kak, anak saya suka 😋', 'positive', ['praise']],
  ['bisa cod gak kak', 'neutral', ['question', 'purchase']],
  ['udah transfer dari kemarin tapi belum dikirim juga', 'negative', ['complaint']],
  ['makasih kak, paketnya udah sampe, packingnya rapi', 'positive', []],
  ['pelayanannya ramah, pengiriman cepat', 'positive', ['praise']],
  ['zonk parah, ga sesuai foto', 'negative', ['complaint']],
  ['lemot banget aplikasinya, tiap buka error', 'negative', ['complaint']],
  ['semoga makin sukses kak 🙏', 'positive', []],
  ['cek bio aku ya kak, ada promo', 'neutral', ['spam']],
  ['slot gacor hari ini maxwin, daftar di link bio', 'neutral', ['spam']],
  ['wa.me/628123456789 order langsung via wa ya', 'neutral', ['spam']],
  ['keren parah kontennya 🔥🔥', 'positive', ['praise']],
  ['tidak sesuai deskripsi, minta refund', 'negative', ['complaint']],
  ['paketnya belum sampai, gimana ini min?', 'negative', ['question', 'complaint']],
  ['halo kak, mau tanya ukuran L lingkar dadanya berapa ya', 'neutral', ['question', 'purchase']],
  ['wah lucu banget bajunya 😍', 'positive', ['praise']],
  ['kak aku udah pesen 2 hari lalu kok belum diproses?', 'negative', ['question', 'complaint']],
  ['jangan beli disini, penipu!', 'negative', ['complaint']],
  ['harganya terjangkau, kualitas juara 👍', 'positive', ['praise']],
  ['sudah order 3x, selalu puas', 'positive', ['praise']],
  ['aduh warnanya luntur pas dicuci pertama', 'negative', ['complaint']],
  ['ini ori atau kw kak?', 'neutral', ['question']],
  ['mau order 2 pcs kak, cara pesannya gimana?', 'neutral', ['question', 'purchase']],
  ['bagus, tapi pengirimannya lama', 'negative', ['complaint']],
  ['mantaaap kakkk 👍👍', 'positive', ['praise']],
  ['gk ada yg bagus 😒', 'negative', ['complaint']],
  ['besok live jam 7 malam ya guys', 'neutral', []],
  ['tunggu update selanjutnya', 'neutral', []],
  ['link beli dimana kak?', 'neutral', ['question', 'purchase']],
  // English
  ['not bad at all', 'positive', []],
  ['love this!! 😍', 'positive', ['praise']],
  ['where is my order? still not received', 'negative', ['question', 'complaint']],
  ['how much is this?', 'neutral', ['question', 'purchase']],
  ['is this still available?', 'neutral', ['question', 'purchase']],
  ['worst customer service ever, never buying again', 'negative', ['complaint']],
  ['Absolutely amazing quality, highly recommend!', 'positive', ['praise']],
  ['The package arrived damaged and nobody answers my emails', 'negative', ['complaint']],
  ['Do you ship to Singapore?', 'neutral', ['question', 'purchase']],
  ["I don't like the new design", 'negative', []],
  ['Thanks for the quick reply!', 'positive', []],
  ['Can I order in bulk?', 'neutral', ['question', 'purchase']],
  ['Great product but the delivery was really slow', 'negative', ['complaint']],
  ['Honestly not worth the price', 'negative', ['complaint']],
  ['This app keeps crashing after the update', 'negative', ['complaint']],
  ['Follow me and check my profile for a free giveaway', 'positive', ['spam']],
  ['When will the new collection drop?', 'neutral', ['question']],
  ['Terrible experience, the staff was rude', 'negative', ['complaint']],
  ["I ordered last week and it still hasn't arrived", 'negative', ['complaint']],
  ['Beautiful colors, exactly as pictured ❤️', 'positive', ['praise']],
  ['Posted the schedule for next week, see you there', 'neutral', []],
  ['Sooo goood, can’t wait to try the new flavor!!', 'positive', ['praise']],
  // Mixed Indonesian–English
  ['barangnya good quality, recommended banget', 'positive', ['praise']],
  ['sorry kak, tapi ini not worth it sih', 'negative', ['complaint']],
  ['kak ini size M ready stock?', 'neutral', ['question', 'purchase']],
  ['thank you kak, paketnya udah nyampe', 'positive', []],
  ['sumpah ini worth it bgt 😍', 'positive', ['praise']],
  ['kak, my order belum sampai juga nih', 'negative', ['complaint']],
  ['so disappointed, barangnya beda sama foto', 'negative', ['complaint']],
  ['Happy birthday kak 🎉', 'positive', []],
];

describe('hand-written social comments', () => {
  it('has a table of at least 60 rows in both languages', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(60);
    expect(new Set(ROWS.map((r) => r[0])).size).toBe(ROWS.length);
  });

  it.each(ROWS)('%s → %s', (text, label, intents) => {
    expect(classify(text).label).toBe(label);
    expect(detectIntents(text)).toEqual(intents);
  });
});
