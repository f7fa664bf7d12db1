import { describe, expect, it } from 'vitest';
import { deElongate, normalize } from '../../../lib/sentiment/normalize';

const toks = (s: string) => normalize(s).tokens;

describe('normalize: elongation', () => {
  it('collapses stretched letters to the dictionary word', () => {
    expect(toks('bagusss')).toEqual(['bagus']);
    expect(toks('sooo')).toEqual(['so']);
    expect(toks('kereeennn')).toEqual(['keren']);
    expect(toks('happyyy')).toEqual(['happy']);
    expect(toks('goooood')).toEqual(['good']);
  });

  it('keeps legitimate double letters', () => {
    expect(toks('maaf')).toEqual(['maaf']);
    expect(toks('good')).toEqual(['good']);
    expect(toks('too')).toEqual(['too']);
    expect(toks('maaaaf')).toEqual(['maaf']);
    expect(toks('the app is cool')).toEqual(['the', 'app', 'is', 'cool']);
    expect(deElongate('off')).toBe('off');
  });

  it('reduces an only-doubled spelling when the single form is a known word', () => {
    expect(deElongate('baguss')).toBe('bagus');
    expect(deElongate('kakk')).toBe('kak');
  });
});

describe('normalize: slang and contractions', () => {
  it('expands Indonesian negation and abbreviations to the forms used in training', () => {
    expect(toks('gk bagus bgt')).toEqual(['tidak', 'bagus', 'banget']);
    for (const neg of ['ga', 'gak', 'nggak', 'engga', 'enggak', 'tdk', 'ngga']) expect(toks(neg)).toEqual(['tidak']);
    expect(toks('yg udh blm krn')).toEqual(['yang', 'sudah', 'belum', 'karena']);
    expect(toks('mantul')).toEqual(['mantap']);
    expect(toks('makasih')).toEqual(['terima', 'kasih']);
    expect(toks('gpp')).toEqual(['tidak', 'apa-apa']);
    expect(toks('brp')).toEqual(['berapa']);
    expect(toks('thx')).toEqual(['thanks']);
  });

  it('splits the -nya suffix and keeps words that merely end in it', () => {
    expect(toks('harganya')).toEqual(['harga', 'nya']);
    expect(toks('brgnya')).toEqual(['barang', 'nya']);
    expect(toks('hanya punya')).toEqual(['hanya', 'punya']);
  });

  it('expands English contractions into a negator', () => {
    expect(toks("don't")).toEqual(['do', 'not']);
    expect(toks("can't")).toEqual(['can', 'not']);
    expect(toks("isn't")).toEqual(['is', 'not']);
    expect(toks("ain't")).toEqual(['is', 'not']);
    expect(toks('won’t')).toEqual(['will', 'not']);
    expect(toks('dont')).toEqual(['do', 'not']);
  });

  it('writes Indonesian reduplication with a hyphen', () => {
    expect(toks('hati2 ya')).toEqual(['hati-hati', 'ya']);
  });

  it('maps laughter to one token', () => {
    expect(toks('wkwkwk hahaha')).toEqual(['haha', 'haha']);
  });
});

describe('normalize: emoji, emoticons, links', () => {
  it('turns emoji into cue tokens and keeps their surface', () => {
    const n = normalize('mantap 😍👍 😡 😭 😂 🙏');
    expect(n.tokens).toEqual(['mantap', 'EMOLOVE', 'EMOPOS', 'EMONEG', 'EMOSAD', 'EMOLAUGH', 'EMOPOS']);
    expect(n.surfaces).toEqual(['mantap', '😍', '👍', '😡', '😭', '😂', '🙏']);
  });

  it('handles emoji with variation selectors and skin tones, and caps repeated runs', () => {
    expect(toks('❤️👍🏻')).toEqual(['EMOLOVE', 'EMOPOS']);
    expect(toks('🔥🔥🔥🔥🔥🔥')).toEqual(['EMOPOS', 'EMOPOS', 'EMOPOS']);
  });

  it('reads emoticons, including one glued to a word', () => {
    expect(toks(':) :-( :D <3 T_T')).toEqual(['EMOPOS', 'EMOSAD', 'EMOPOS', 'EMOLOVE', 'EMOSAD']);
    expect(toks('mantap:)')).toEqual(['mantap', 'EMOPOS']);
  });

  it('replaces URLs, mentions and numbers, and splits hashtags', () => {
    expect(toks('@toko_kita cek https://shop.example.com/x?y=1 harga 150rb #MantulBanget #promo')).toEqual([
      'USER', 'cek', 'URL', 'harga', 'NUM', 'mantap', 'banget', 'promo',
    ]);
    expect(toks('wa.me/62812345')).toEqual(['URL']);
  });

  it('keeps sentence marks for negation scope and questions', () => {
    expect(toks('ready kak??? bagus!!')).toEqual(['ready', 'kak', '?', 'bagus', '!']);
    expect(toks('enak\nmahal')).toEqual(['enak', '.', 'mahal']);
  });

  it('decodes HTML entities and lower-cases', () => {
    expect(toks('Tom &amp; JERRY')).toEqual(['tom', 'jerry']);
  });

  it('returns parallel token and surface arrays', () => {
    const n = normalize('Gak BAGUS bgt sooo 😡');
    expect(n.tokens).toHaveLength(n.surfaces.length);
    expect(n.surfaces).toEqual(['Gak', 'BAGUS', 'bgt', 'sooo', '😡']);
  });
});
