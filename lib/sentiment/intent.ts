import type { Intent } from '../models/common';
import { clauseWeights, negationScope, scoreLexicon, type LexHit } from './features';
import { LEXICON } from './lexicon';
import { normalize } from './normalize';

const ORDER: readonly Intent[] = ['question', 'complaint', 'purchase', 'praise', 'spam'];

const words = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));
const phrases = (s: string): readonly string[] => s.split('|').map((p) => ` ${p} `);

// Indonesian question words ask wherever they stand (`kak ini berapa`); English ones at the start of a clause.
const ID_Q = words('apa apakah bagaimana kenapa mengapa kapan berapa siapa mana bisakah adakah bolehkah');
const EN_Q = words('how what when why where who which whats');
// Exclamations that look like questions: `what a deal`, `how nice`.
const Q_NOT = phrases('what a|what an|how nice|how cute|how lovely|how beautiful|how sweet|how cool|apa saja|apa pun|siapa pun|mana pun|kapan pun|kapan-kapan');
// English auxiliary inversion at the start of a clause: `can i pay cod`, `is it original`.
const AUX = words('can could do does did is are will would should have has may');
const SUBJ = words('i you it we they this that there he she these those your my u');
// Indonesian yes/no questions without a question mark: `ready ga kak`, `bisa cod gak`.
const YN_HEAD = words('ada bisa ready masih sudah boleh ori original asli cod tersedia sisa jadi');
const ADDRESS = words('kak min admin gan sis bang bro ya kakak mas mba mbak');

const COMPLAINT_WORDS = words(
  'kecewa mengecewakan ngecewain rusak cacat lecet penyok pecah sobek bocor luntur penipu penipuan tipu nipu menipu ' +
    'ditipu tertipu bohong palsu kw refund komplain complain complaint complaints retur lemot lelet lambat telat ' +
    'terlambat jelek buruk parah zonk kapok hancur error eror bug hilang rugi kotor basi busuk hambar broken damaged ' +
    'defective scam scammer fraud worst terrible horrible awful useless delayed missing ripoff overpriced rude ' +
    'disappointed disappointing disappointment terburuk amburadul kacau slow late crash crashed crashes crashing',
);
const COMPLAINT_PHRASES = phrases(
  'lama banget|lama sekali|belum sampai|belum datang|belum diterima|belum dikirim|belum dibalas|belum diproses|tidak dibalas|' +
    'tidak direspon|tidak ada respon|tidak ada balasan|tidak sesuai|salah kirim|barang salah|tidak sampai|tidak datang|' +
    'not received|never received|never arrived|not arrived|has not arrived|still waiting|wrong item|wrong size|not working|' +
    'not work|no response|no reply|slow response|respon lambat|slow respon|ganti rugi|uang kembali|money back|' +
    'tidak berfungsi|tidak bisa dipakai|tidak bisa dipake|mana barang|sudah seminggu|sudah dua minggu|return it|' +
    'want a refund|minta refund|minta ganti|pengiriman lama|pengiriman nya lama|nunggu lama|menunggu lama|lama sampai|' +
    'kelamaan|tolong dibalas|tolong balas|mohon dibalas|kok belum|kok lama|kok tidak|sudah NUM hari|sudah NUM minggu|' +
    'belum juga|still not|has not arrived|did not arrive|never came|nobody answers|no one answers',
);

// Words that mean buying whatever the sentence does, and words that do so in a question or request
// (`harganya berapa?`, `info harga dong`) but not in a review (`harganya terjangkau`).
const PURCHASE_ALWAYS = words('pricelist checkout keranjang reseller dropship grosir minat restock katalog catalog');
const PURCHASE_ASKED = words(
  'harga price pricing stok stock ongkir ongkos cod shopee tokopedia lazada tiktokshop diskon discount promo size ukuran',
);
const REQUEST = words('dong info minta mau ingin tolong please boleh spill kirim dm pm');
const PURCHASE_PHRASES = phrases(
  'how much|in stock|still available|is it available|available in|cara beli|cara order|cara pesan|mau pesan|mau order|' +
    'mau beli|ingin beli|ingin pesan|bisa pesan|bisa order|boleh pesan|pesan dong|order dong|beli dimana|beli di mana|' +
    'dm harga|pm harga|dm price|link beli|minta link|where to buy|where can i buy|can i order|how to order|i want to buy|' +
    'want to order|shipping to|ship to|kirim ke|size nya|ukuran nya|warna lain|ada warna|ada ukuran|ready stok|ready stock',
);

const PRAISE_WORDS = words(
  'mantap keren bagus hebat top terbaik sempurna memuaskan puas recommended rekomendasi recommend love loved loves ' +
    'amazing awesome great excellent perfect best fantastic wonderful brilliant incredible lezat enak nikmat juara ' +
    'istimewa cakep cantik favorite favorit worth kece gokil ciamik maknyus jos joss outstanding superb impressive ' +
    'impressed beautiful gorgeous lovely nice good fabulous terfavorit ramah sopan responsif amanah lucu cakep EMOLOVE',
);
// `good morning` greets rather than praises.
const GREETING = words('morning afternoon evening night luck day');
const PRAISE_PHRASES: ReadonlySet<string> = new Set(
  'love it|worth it|must try|wajib coba|the best|top notch|highly recommended|luar biasa|good job|well done|five stars|bintang lima'.split('|'),
);
const PRAISE_MIN = 1.5;

// Promotion and gambling vocabulary; any of the strong ones is enough on its own.
const SPAM_STRONG = words(
  'slot gacor judi togel maxwin scatter casino kasino sbobet pinjol followback follback f4f l4l like4like sub4sub follow4follow',
);
const SPAM_PROMO = words(
  'promo diskon gratis free giveaway klik click daftar join bonus cuan modal investasi profit income penghasilan ' +
    'loker lowongan endorse subscribe follow dm earn money cash hadiah menang win deposit depo wd withdraw jp ' +
    'bitcoin crypto forex jackpot',
);
const SPAM_PHRASES = phrases(
  'cek bio|check bio|link di bio|link in bio|link in my bio|lihat bio|klik bio|follow back|follow me|check my profile|' +
    'cek profil|kunjungi profil|visit my profile|dm for promo|paid promote|open endorse|kerja dari rumah|work from home|' +
    'make money|earn money|bisnis online|daftar sekarang|sign up now|link aktif|situs terpercaya|bandar terpercaya',
);
const CONTACT_LINK = /\b(?:wa\.me|t\.me|bit\.ly|s\.id|linktr\.ee|tinyurl\.com|api\.whatsapp\.com|chat\.whatsapp\.com)\//i;
const PHONE = /(?:\+62|\b62|\b0)8\d{7,11}\b/;
// An emoji with its skin tone, variation selector or joiner, then optional space.
const EMOJI_UNIT = '\\p{Extended_Pictographic}(?:\\p{Emoji_Modifier}|\\uFE0F|\\u200D)*\\s*';
const EMOJI_RUN = new RegExp(`(?:${EMOJI_UNIT}){10,}`, 'u');
const EMOJI_SOME = new RegExp(`(?:${EMOJI_UNIT}){5,}`, 'u');

function hasPhrase(joined: string, list: readonly string[]): boolean {
  for (const p of list) if (joined.includes(p)) return true;
  return false;
}

/** Index of the sentence each token belongs to, and which sentences end in a question mark. */
function sentences(tokens: readonly string[]): { of: Int32Array; asks: boolean[] } {
  const of = new Int32Array(tokens.length);
  const asks: boolean[] = [false];
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    of[i] = s;
    if (t === '?') asks[s] = true;
    if (t === '.' || t === '!' || t === '?') {
      s++;
      asks[s] = false;
    }
  }
  return { of, asks };
}

/** Whether normalised tokens ask something, with or without a question mark (`bisa cod gak kak`, `how much`). */
export function isQuestion(tokens: readonly string[], joined = ` ${tokens.join(' ')} `): boolean {
  if (tokens.includes('?')) return true;
  let clauseStart = true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    if (t === '.' || t === ',' || t === '!') {
      clauseStart = true;
      continue;
    }
    if ((ID_Q.has(t) || (clauseStart && EN_Q.has(t))) && !hasPhrase(` ${t} ${tokens[i + 1] ?? ''} `, Q_NOT)) return true;
    if (clauseStart && AUX.has(t) && SUBJ.has(tokens[i + 1] ?? '')) return true;
    if (t === 'tidak' && i > 0) {
      // `ready ga kak`, `bisa cod gak`: a yes/no head earlier in the clause, nothing but address terms after.
      let rest = i + 1;
      while (rest < tokens.length && ADDRESS.has(tokens[rest] as string)) rest++;
      const atEnd = rest >= tokens.length || ['.', ',', '!'].includes(tokens[rest] as string);
      if (atEnd) {
        for (let j = i - 1; j >= 0 && !['.', ',', '!', '?'].includes(tokens[j] as string); j--) {
          if (YN_HEAD.has(tokens[j] as string)) return true;
        }
      }
    }
    clauseStart = false;
  }
  return joined.includes(' kah ');
}

/** Flags what a comment is doing: asking, complaining, wanting to buy, praising, or spamming. Rule-based, ID + EN. */
export function detectIntents(text: string): Intent[] {
  const { tokens } = normalize(text);
  const joined = ` ${tokens.join(' ')} `;
  const lower = text.toLowerCase();
  const found = new Set<Intent>();

  const question = isQuestion(tokens, joined);
  if (question) found.add('question');

  const neg = negationScope(tokens);
  const clause = clauseWeights(tokens);
  const hits: LexHit[] = scoreLexicon(tokens, clause, neg);
  const hitAt = new Map<number, number>();
  for (const h of hits) hitAt.set(h.start, h.value);
  const { of: sentenceOf, asks } = sentences(tokens);

  let complaint = hasPhrase(joined, COMPLAINT_PHRASES);
  let praise = false;
  for (const h of hits) {
    if (h.span < 2) continue;
    const key = tokens.slice(h.start, h.start + h.span).join(' ');
    if (!PRAISE_PHRASES.has(key)) continue;
    if (h.value >= PRAISE_MIN && clause[h.start] === 1 && !asks[sentenceOf[h.start] as number]) praise = true;
    if (h.value < 0) complaint = true;
  }
  for (let i = 0; i < tokens.length && !(complaint && praise); i++) {
    const t = tokens[i] as string;
    const v = hitAt.get(i);
    if (COMPLAINT_WORDS.has(t)) {
      // A lexicon word counts while it is still negative after negation (`tidak kecewa` is not a complaint)
      // and was not used as a booster (`keren parah`); other words count unless negated.
      if (LEXICON.has(t) ? v !== undefined && v < 0 : (neg[i] as number) < 0) complaint = true;
    }
    if (PRAISE_WORDS.has(t) && v !== undefined && !(t === 'good' && GREETING.has(tokens[i + 1] ?? ''))) {
      // Praise is given outright: not asked about, not conceded before a `tapi`/`but`.
      if (v >= PRAISE_MIN && clause[i] === 1 && !asks[sentenceOf[i] as number]) praise = true;
      // A negated praise word (`gk bagus`, `not worth`) is a complaint about the product.
      if (v < 0) complaint = true;
    }
  }
  if (complaint) found.add('complaint');

  let purchase = hasPhrase(joined, PURCHASE_PHRASES);
  const requesting = tokens.some((t) => REQUEST.has(t));
  for (let i = 0; i < tokens.length && !purchase; i++) {
    const t = tokens[i] as string;
    const next = tokens[i + 1] ?? '';
    if (PURCHASE_ALWAYS.has(t) || (PURCHASE_ASKED.has(t) && (question || requesting))) purchase = true;
    else if (t === 'berapa' && !['lama', 'hari', 'jam', 'menit', 'minggu', 'bulan', 'tahun', 'orang', 'kali'].includes(next)) purchase = true;
    else if (t === 'ready' && (question || ADDRESS.has(next) || next === 'tidak' || next === 'stok' || next === 'stock')) purchase = true;
    else if ((t === 'order' || t === 'pesan') && ['mau', 'ingin', 'cara', 'bisa', 'boleh', 'how', 'to'].includes(tokens[i - 1] ?? '')) purchase = true;
  }

  let spam = hasPhrase(joined, SPAM_PHRASES) || CONTACT_LINK.test(lower) || EMOJI_RUN.test(text);
  if (!spam) {
    let strong = 0;
    let promo = 0;
    for (const t of tokens) {
      if (SPAM_STRONG.has(t)) strong++;
      if (SPAM_PROMO.has(t)) promo++;
    }
    const link = tokens.includes('URL');
    spam = strong > 0 || (link && promo > 0) || (PHONE.test(text) && promo > 0) || (EMOJI_SOME.test(text) && (link || promo > 0));
  }
  // A promotion is neither a customer asking to buy nor praise for the account.
  if (spam) found.add('spam');
  else {
    if (purchase) found.add('purchase');
    if (praise) found.add('praise');
  }

  return ORDER.filter((i) => found.has(i));
}
