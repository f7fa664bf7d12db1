import { CONTRASTS, LEXICON_LANG, NEGATORS, POST_BOOSTERS, PRE_BOOSTERS } from './lexicon';
import { normalize } from './normalize';

export type SentimentLang = 'id' | 'en' | 'mixed';

// Function words and forms of address: frequent, short and nearly exclusive to one language.
// Slang is expanded before this runs, so `gk`/`yg` arrive here as `tidak`/`yang`.
const ID_WORDS: ReadonlySet<string> = new Set(
  ('yang dan tidak di ini itu aku saya kak min admin ke dari dengan untuk juga sudah belum ada bisa mau apa ' +
    'karena kalau tapi atau sama banget saja nya ya dong sih deh kok lagi jadi lebih sangat gue kamu kita kami ' +
    'mereka dia akan masih bukan harga berapa bagaimana kenapa kapan siapa mana nih tuh loh lho yuk ayo mohon ' +
    'tolong terima kasih gan sis bang bro kalian pada oleh seperti sekali cuma kok dulu nanti udah belum tetapi ' +
    'namun juga enggak punya biar gimana pengen ingin agar supaya sampai buat beli jual pesan barang kirim').split(' '),
);
const EN_WORDS: ReadonlySet<string> = new Set(
  ('the and not is are was were you i this that it to of in for on with my your me we they he she be have has ' +
    'do does did will would can could should a an but or so just what when where why how very really at from ' +
    'about there here no yes if all get got am please thanks thank been being our their them his her its than ' +
    'then because want going still never any some much more most one out up who which these those been had ' +
    'order price shipping product item buy may might must let see look know think make go come like back now ' +
    'over after before again too also only off down way well even every day time today tonight tomorrow night ' +
    'morning week year people new news via really got gonna wanna lol omg').split(' '),
);

// Spelling patterns for words that are in neither list (`stormy weather`, `pengirimannya`): weak evidence only.
const EN_SHAPE = /(?:th|wh|sh|ph|ck|ee|oo|ea|ou|ow|ew|[qvxz])|(?:ing|ed|ly|tion|ness|ment|ful|less|ous|ive|able|[^aeiou]y)$/;
const ID_SHAPE = /^(?:me[mnr]|ber|ter|per|pe[mn]|di|ke)[a-z]{3,}|(?:kan|nya|lah|kah|ku|mu)$|(?:ng|ny)[aeiou]/;
const SHAPE_WEIGHT = 0.25;

const MIXED_SHARE = 0.3;

// Negators, boosters and contrast words are function words too, but they explain a decision.
const EXPLAINING: ReadonlySet<string> = new Set([...NEGATORS, ...PRE_BOOSTERS.keys(), ...POST_BOOSTERS.keys(), ...CONTRASTS]);

/** A grammatical word of either language that says nothing about sentiment by itself (`the`, `yang`, `kak`). */
export function isFunctionWord(t: string): boolean {
  return (ID_WORDS.has(t) || EN_WORDS.has(t)) && !EXPLAINING.has(t);
}

// Evidence per token in one lookup: function words count 1, lexicon words ½; positive = Indonesian.
const EVIDENCE: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  for (const [w, l] of LEXICON_LANG) if (l !== 'cue') m.set(w, l === 'id' ? 0.5 : -0.5);
  for (const w of EN_WORDS) m.set(w, -1);
  for (const w of ID_WORDS) m.set(w, 1);
  return m;
})();

/** Routes a token list to a language by counting function words, with lexicon words as weaker evidence. */
export function detectLanguageTokens(tokens: readonly string[]): SentimentLang {
  let id = 0;
  let en = 0;
  let functionWords = false;
  for (const t of tokens) {
    const e = EVIDENCE.get(t);
    if (e === undefined) continue;
    if (e > 0) id += e;
    else en -= e;
    if (e === 1 || e === -1) functionWords = true;
  }
  // Spelling shapes count only when no function word was found, and break ties between lexicon words.
  if (!functionWords) {
    for (const t of tokens) {
      if (t.length < 3 || t.charCodeAt(0) < 97 || EVIDENCE.has(t)) continue;
      const e = EN_SHAPE.test(t);
      const i = ID_SHAPE.test(t);
      if (e && !i) en += SHAPE_WEIGHT;
      else if (i && !e) id += SHAPE_WEIGHT;
    }
  }
  const total = id + en;
  if (total === 0) return 'id';
  const minority = Math.min(id, en);
  if (minority >= 1 && minority / total >= MIXED_SHARE) return 'mixed';
  return id >= en ? 'id' : 'en';
}

/** 'id' | 'en' | 'mixed' for a raw comment. Text with no language evidence (emoji only) counts as Indonesian. */
export function detectLanguage(text: string): SentimentLang {
  return detectLanguageTokens(normalize(text).tokens);
}
