import { EMOJI_CUES, EMOTICON_CUES, EMOTICON_SOURCE } from './emoji';
import { CONCESSIVES, CONTRASTS, LEXICON, NEGATORS, PHRASES, POST_BOOSTERS, PRE_BOOSTERS } from './lexicon';
import { SLANG, expandContraction } from './slang';

export interface NormalizedText {
  /**
   * Normalised tokens: lower-case words with slang expanded, cue tokens (`EMOLOVE`, `EMOPOS`, `EMOLAUGH`,
   * `EMONEG`, `EMOSAD`, `URL`, `USER`, `NUM`) and sentence marks (`.` `,` `!` `?`).
   */
  tokens: string[];
  /** The piece of the original text each token came from (an expanded slang word repeats its source). */
  surfaces: string[];
}

export const CUE_URL = 'URL';
export const CUE_USER = 'USER';
export const CUE_NUM = 'NUM';

// Words whose doubled letters are real, so `goood` → `good` but `sooo` → `so`.
const LEGIT_DOUBLES =
  'maaf saat taat allah jannah sunnah inna ummat assalamualaikum good too see feel need all will well still ' +
  'really happy sorry free cool look book food soon keep week sweet little better pretty coffee off stuff staff ' +
  'call small full kill tell sell till funny silly bitter worry hurry wall fall ball hell doll apple bottle buddy ' +
  'yummy seem seen been teen queen green screen tree three agree fee meet feet sleep deep cheese speed door poor ' +
  'floor moon boost mood wood noon zoo pool fool tool loose choose shoot add odd egg less mess miss pass class ' +
  'glass kiss boss cross loss dress press stress guess bless blessed success access process business address ' +
  'accept account offer office support suggest summer dinner winner letter matter bigger apply comment follow ' +
  'happen recommend recommended correct different difficult sooner keeps needed feeling feels looks looking ' +
  'goods booking cheers kitty puppy mommy daddy tummy sunny hello butter shopping stopped wanna gonna gotta app apps';

// Full words: an only-doubled spelling (`baguss`, `kakk`) collapses onto one of these.
const KNOWN_WORDS: ReadonlySet<string> = (() => {
  const s = new Set<string>(LEGIT_DOUBLES.split(' '));
  for (const k of LEXICON.keys()) s.add(k);
  for (const v of SLANG.values()) for (const w of v) s.add(w);
  for (const p of PHRASES.keys()) for (const w of p.split(' ')) s.add(w);
  for (const set of [NEGATORS, CONTRASTS, CONCESSIVES]) for (const w of set) s.add(w);
  for (const m of [PRE_BOOSTERS, POST_BOOSTERS]) for (const w of m.keys()) s.add(w);
  return s;
})();
// Plus slang spellings, which a clearly elongated word may also reduce to (`bgttt` → `bgt`).
const KNOWN: ReadonlySet<string> = new Set([...KNOWN_WORDS, ...SLANG.keys()]);

const HAS_DOUBLE = /(\p{L})\1/u;
const RUN3 = /(\p{L})\1{2,}/gu;
const RUN2 = /(\p{L})\1/gu;

/** Collapses letter elongation, keeping doubled letters where a known word has them. */
export function deElongate(w: string): string {
  if (!HAS_DOUBLE.test(w) || KNOWN_WORDS.has(w)) return w;
  const hadRun3 = w.search(RUN3) >= 0;
  if (hadRun3) {
    const keepDouble = w.replace(RUN3, '$1$1');
    if (KNOWN.has(keepDouble)) return keepDouble;
    const single = w.replace(RUN3, '$1');
    if (KNOWN.has(single)) return single;
    const allSingle = single.replace(RUN2, '$1');
    if (KNOWN.has(allSingle)) return allSingle;
    return single;
  }
  const allSingle = w.replace(RUN2, '$1');
  return KNOWN_WORDS.has(allSingle) ? allSingle : w;
}

const LAUGH = /^(?:(?:ha|he|hi|xi){2,}h?|w?k?(?:wk){2,}w?|(?:a?wok)+(?:wk)*)$/;
const REDUP = /^(\p{L}{2,})2(nya)?$/u;
// Words that end in `nya` without carrying the suffix.
const NYA_WHOLE: ReadonlySet<string> = new Set([
  'hanya', 'punya', 'tanya', 'bertanya', 'ditanya', 'menanya', 'nanya', 'empunya', 'sanya', 'nyanya', 'sayangnya',
  'hanyalah', 'nyanyi', 'kenya', 'tanyanya', 'sepertinya', 'biasanya', 'sebenarnya', 'akhirnya', 'rupanya',
  'ternyatanya', 'katanya', 'harusnya', 'seharusnya', 'mestinya', 'untungnya', 'sayanganya',
]);

// Comments repeat the same words constantly; remembering each word's expansion keeps normalising cheap.
const WORD_CACHE = new Map<string, readonly string[]>();
const WORD_CACHE_MAX = 50_000;

/** Forgets remembered word expansions (for benchmarks that must not profit from an earlier pass). */
export function clearWordCache(): void {
  WORD_CACHE.clear();
}

function processWord(raw: string, tokens: string[], surfaces: string[]): void {
  let cached = WORD_CACHE.get(raw);
  if (cached === undefined) {
    const out: string[] = [];
    expandWord(raw, out);
    if (WORD_CACHE.size >= WORD_CACHE_MAX) WORD_CACHE.clear();
    WORD_CACHE.set(raw, out);
    cached = out;
  }
  for (const t of cached) {
    tokens.push(t);
    surfaces.push(raw);
  }
}

function pushWord(word: string, out: string[]): void {
  const mapped = SLANG.get(word);
  if (mapped) for (const m of mapped) out.push(m);
  else out.push(word);
}

function expandWord(raw: string, out: string[]): void {
  let w = raw.toLowerCase();
  if (w.indexOf('’') >= 0) w = w.replace(/’/g, "'");
  if (w.indexOf("'") > 0) {
    const parts = expandContraction(w);
    if (parts) {
      for (const p of parts) pushWord(p, out);
      return;
    }
  }
  if (LAUGH.test(w)) {
    out.push('haha');
    return;
  }
  let suffix = false;
  const red = REDUP.exec(w);
  if (red) {
    const base = red[1] ?? w;
    w = SLANG.has(w) ? w : `${base}-${base}`;
    suffix = red[2] !== undefined;
  }
  w = deElongate(w);
  if (!suffix && w.length > 5 && w.endsWith('nya') && !NYA_WHOLE.has(w) && !KNOWN.has(w)) {
    w = deElongate(w.slice(0, -3));
    suffix = true;
  }
  pushWord(w, out);
  if (suffix) out.push('nya');
}

const TOKEN_RE = new RegExp(
  [
    // 1 url
    '(https?:\\/\\/\\S+|www\\.\\S+|\\b[\\w-]+(?:\\.[\\w-]+)*\\.(?:com|id|net|org|ly|me|io|co|link|site|xyz|shop|store|gg|to|app)\\b(?:\\/\\S*)?)',
    // 2 mention
    '(@[\\p{L}\\p{N}_.]*[\\p{L}\\p{N}_])',
    // 3 hashtag body
    '#([\\p{L}\\p{N}_]+)',
    // 4 emoticon
    `(${EMOTICON_SOURCE})`,
    // 5 number (prices such as 100rb or 50k count as numbers)
    '(\\p{N}+(?:[.,:/]\\p{N}+)*\\p{L}{0,5}(?![\\p{L}\\p{N}]))',
    // 6 word
    "([\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*(?:['’\\-][\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*)*)",
    // 7 emoji
    '(\\p{Extended_Pictographic})',
    // 8 punctuation and line breaks
    '([!?]+|[.…;]+|:(?!\\S)|,|\\n)',
  ].join('|'),
  'gu',
);

const ENTITY: Readonly<Record<string, string>> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const NON_ASCII = /[^\u0020-\u007e\s]/;
const CAMEL = /(\p{Ll})(\p{Lu})/gu;
const HASHTAG_SPLIT = /_+/;
const MAX_SAME_EMOJI = 3;
const CHUNK_RE = /[^\s]+|\n/g;
const PLAIN_WORD = /^[a-z]+$/;

/** Lower-cases and tokenises a social comment, expanding slang, contractions, elongation, emoji and emoticons. */
export function normalize(text: string): NormalizedText {
  let src = text;
  if (src.indexOf('&') >= 0) src = src.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITY[e] ?? e);
  if (NON_ASCII.test(src)) src = src.normalize('NFKC');
  const tokens: string[] = [];
  const surfaces: string[] = [];
  let lastEmoji = '';
  let emojiRun = 0;
  CHUNK_RE.lastIndex = 0;
  for (let c = CHUNK_RE.exec(src); c !== null; c = CHUNK_RE.exec(src)) {
    const chunk = c[0];
    // Most words are plain lower-case letters: skip the full tokeniser for them.
    if (PLAIN_WORD.test(chunk)) {
      lastEmoji = '';
      processWord(chunk, tokens, surfaces);
      continue;
    }
    TOKEN_RE.lastIndex = 0;
    for (let m = TOKEN_RE.exec(chunk); m !== null; m = TOKEN_RE.exec(chunk)) {
      const s = m[0];
      if (m[7] !== undefined) {
        const cue = EMOJI_CUES.get(s);
        if (!cue) continue;
        emojiRun = s === lastEmoji ? emojiRun + 1 : 1;
        lastEmoji = s;
        if (emojiRun > MAX_SAME_EMOJI) continue;
        tokens.push(cue);
        surfaces.push(s);
        continue;
      }
      lastEmoji = '';
      if (m[6] !== undefined) {
        processWord(s, tokens, surfaces);
      } else if (m[8] !== undefined) {
        const prev = tokens[tokens.length - 1];
        if (s === '\n') {
          if (prev !== undefined && !isMark(prev)) {
            tokens.push('.');
            surfaces.push(s);
          }
          continue;
        }
        const code = s.charCodeAt(0);
        const mark = s.indexOf('?') >= 0 ? '?' : code === 33 ? '!' : code === 44 ? ',' : '.';
        tokens.push(mark);
        surfaces.push(s);
        if (mark === '?' && s.indexOf('!') >= 0) {
          tokens.push('!');
          surfaces.push(s);
        }
      } else if (m[5] !== undefined) {
        tokens.push(CUE_NUM);
        surfaces.push(s);
      } else if (m[4] !== undefined) {
        const cue = EMOTICON_CUES.get(s);
        if (cue) {
          tokens.push(cue);
          surfaces.push(s);
        }
      } else if (m[3] !== undefined) {
        for (const p of m[3].replace(CAMEL, '$1_$2').split(HASHTAG_SPLIT)) if (p) processWord(p, tokens, surfaces);
      } else if (m[2] !== undefined) {
        tokens.push(CUE_USER);
        surfaces.push(s);
      } else {
        tokens.push(CUE_URL);
        surfaces.push(s);
      }
    }
  }
  return { tokens, surfaces };
}

/** True for the sentence marks `normalize` emits. */
export function isMark(tok: string): boolean {
  return tok === '.' || tok === ',' || tok === '!' || tok === '?';
}
