import { CONCESSIVES, CONTRASTS, LEXICON, MAX_PHRASE, NEGATORS, PHRASE_FIRST, PHRASES, POST_BOOSTERS, PRE_BOOSTERS } from './lexicon';

/** How far a negator reaches when nothing (punctuation, a contrast word) stops it earlier. */
export const NEG_WINDOW = 3;
/** Weight of words before a contrast word (`bagus sih tapi mahal`) and after it. */
export const BEFORE_CONTRAST = 0.5;
export const AFTER_CONTRAST = 1.5;
/** A negated lexicon word keeps part of its strength with the opposite sign (`tidak buruk` is mildly positive). */
export const NEG_FLIP = -0.74;
/** Weight of a positive word inside a question. */
export const QUESTION_PRAISE = 0.3;

// Forms of address (`makasih kak`, `bagus gak kak?`).
const ADDRESS: ReadonlySet<string> = new Set(['kak', 'min', 'admin', 'gan', 'sis', 'bang', 'mas', 'mbak', 'bro', 'guys']);
// Particles that may also close a question (`bagus gak sih?`).
const QUESTION_TAIL: ReadonlySet<string> = new Set([...ADDRESS, 'ya', 'sih', 'nih', 'deh', 'dong']);

/** Dense feature names; every model has a weight row for each. */
export const DENSE = ['#pos', '#neg', '#none', '#bal', '#q', '#x', '#short'] as const;

export interface LexHit {
  /** First token index of the word or phrase. */
  start: number;
  /** Number of tokens covered. */
  span: number;
  /** Signed contribution after negation, boosters and clause weight. */
  value: number;
}

export interface Extracted {
  /** Sparse feature keys (unigrams, `NEG_` unigrams, space-joined bigrams), one entry per distinct key. */
  keys: string[];
  /** Largest value seen for each key (1, or the clause weight around a contrast word). */
  values: number[];
  dense: number[];
  hits: LexHit[];
}

// One lookup per token tells every pass below what the token is.
const R_MARK = 1;
const R_BOUNDARY = 2;
const R_NEG = 4;
const R_CONTRAST = 8;
const R_CONCESSIVE = 16;
const R_PHRASE = 32;
const R_LEX = 64;
const R_PRE = 128;
const R_POST = 256;

const ROLE: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  const set = (w: string, r: number) => m.set(w, (m.get(w) ?? 0) | r);
  for (const t of ['.', '!', '?']) set(t, R_MARK | R_BOUNDARY);
  set(',', R_MARK);
  for (const w of NEGATORS) set(w, R_NEG);
  for (const w of CONTRASTS) set(w, R_CONTRAST);
  for (const w of CONCESSIVES) set(w, R_CONCESSIVE);
  for (const w of PHRASE_FIRST) set(w, R_PHRASE);
  for (const w of LEXICON.keys()) set(w, R_LEX);
  for (const w of PRE_BOOSTERS.keys()) set(w, R_PRE);
  for (const w of POST_BOOSTERS.keys()) set(w, R_POST);
  return m;
})();

/** Role bits of each token. */
export function tokenRoles(tokens: readonly string[]): Uint16Array {
  const r = new Uint16Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) r[i] = ROLE.get(tokens[i] as string) ?? 0;
  return r;
}

/** Per-token weight from contrast and concession structure, computed sentence by sentence. */
export function clauseWeights(tokens: readonly string[], roles: Uint16Array = tokenRoles(tokens)): Float64Array {
  const n = tokens.length;
  const w = new Float64Array(n).fill(1);
  let any = 0;
  for (let i = 0; i < n; i++) any |= roles[i] as number;
  if ((any & (R_CONTRAST | R_CONCESSIVE)) === 0) return w;
  let start = 0;
  for (let i = 0; i <= n; i++) {
    if (i < n && ((roles[i] as number) & R_BOUNDARY) === 0) continue;
    let contrast = -1;
    for (let j = start; j < i; j++) if ((roles[j] as number) & R_CONTRAST) contrast = j;
    if (contrast >= 0) {
      for (let j = start; j < contrast; j++) w[j] = BEFORE_CONTRAST;
      for (let j = contrast + 1; j < i; j++) w[j] = AFTER_CONTRAST;
    }
    for (let j = start; j < i; j++) {
      if (((roles[j] as number) & R_CONCESSIVE) === 0) continue;
      for (let k = j + 1; k < i && tokens[k] !== ',' && ((roles[k] as number) & R_CONTRAST) === 0; k++) {
        w[k] = (w[k] as number) * BEFORE_CONTRAST;
      }
    }
    start = i + 1;
  }
  return w;
}

/** Marks tokens that fall inside a negator's scope: `negated[i]` is the negator's index or −1. */
export function negationScope(tokens: readonly string[], roles: Uint16Array = tokenRoles(tokens)): Int32Array {
  const n = tokens.length;
  const neg = new Int32Array(n).fill(-1);
  let from = -1;
  let left = 0;
  for (let i = 0; i < n; i++) {
    const r = roles[i] as number;
    if (r & (R_MARK | R_CONTRAST)) {
      left = 0;
      continue;
    }
    if (r & R_NEG) {
      from = i;
      left = NEG_WINDOW;
      continue;
    }
    if (left > 0) {
      neg[i] = from;
      left--;
    }
  }
  return neg;
}

/**
 * Scores the comment against the hand lexicon, with phrases, boosters, negation and clause weights.
 * `inPhrase`, when given, receives 1 for every token inside a matched phrase.
 */
export function scoreLexicon(
  tokens: readonly string[],
  clause: Float64Array,
  neg: Int32Array,
  roles: Uint16Array = tokenRoles(tokens),
  emphasis?: Uint8Array,
  inPhrase?: Uint8Array,
): LexHit[] {
  const hits: LexHit[] = [];
  const n = tokens.length;
  // Praise inside a question is usually asked about, not given (`bagus gak kak?`, `is it original?`);
  // complaints keep their weight (`kenapa barangnya rusak?`).
  let asking = false;
  for (let i = 0; i < n; i++) if (tokens[i] === '?') asking = true;
  const isBoundary = (k: number) => ((roles[k] as number) & R_BOUNDARY) !== 0;
  let askUntil = -1;
  let alternative = false;
  // negator index → whether something inside its scope was scored
  const negUsed = new Map<number, boolean>();
  for (let i = 0; i < n; i++) {
    const role = roles[i] as number;
    if ((role & (R_NEG | R_PHRASE | R_LEX)) === 0) continue;
    const t = tokens[i] as string;
    let v: number | undefined;
    let span = 1;
    for (let len = role & R_PHRASE ? MAX_PHRASE : 0; len >= 2 && v === undefined; len--) {
      if (i + len > n) continue;
      let key = t;
      for (let k = 1; k < len; k++) key += ' ' + (tokens[i + k] as string);
      const p = PHRASES.get(key);
      if (p !== undefined) {
        v = p;
        span = len;
      }
    }
    const phrase = v !== undefined;
    if (phrase && inPhrase !== undefined) for (let k = 0; k < span; k++) inPhrase[i + k] = 1;
    if (!phrase) {
      if (role & R_NEG) {
        if (!negUsed.has(i)) negUsed.set(i, false);
        continue;
      }
      v = LEXICON.get(t);
      if (v === undefined) continue;
    }
    let value = v as number;
    if (value === 0) {
      i += span - 1;
      continue;
    }
    if (i > 0 && (roles[i - 1] as number) & R_PRE) value *= PRE_BOOSTERS.get(tokens[i - 1] as string) as number;
    const nextIdx = i + span;
    let consumed = 0;
    if (nextIdx < n && (roles[nextIdx] as number) & R_POST) {
      value *= POST_BOOSTERS.get(tokens[nextIdx] as string) as number;
      consumed = nextIdx + 1 < n && (roles[nextIdx + 1] as number) & R_POST ? 2 : 1;
    }
    const negFrom = neg[i] ?? -1;
    // A phrase that itself begins with a negator (`tidak kecewa`) already encodes the negation.
    if (negFrom >= 0 && !(phrase && role & R_NEG)) {
      value *= NEG_FLIP;
      negUsed.set(negFrom, true);
    }
    value *= clause[i] ?? 1;
    if (emphasis !== undefined && emphasis[i] === 1) value *= EMPHASIS;
    if (asking) {
      if (i > askUntil) {
        let askStart = i;
        while (askStart > 0 && !isBoundary(askStart - 1)) askStart--;
        askUntil = i;
        alternative = false;
        while (askUntil < n && !isBoundary(askUntil)) {
          if (tokens[askUntil] === 'atau' || tokens[askUntil] === 'or') alternative = true;
          askUntil++;
        }
        // `bagus gak kak?`: a negator closing the question asks "or not?".
        let tail = askUntil - 1;
        while (tail > i && QUESTION_TAIL.has(tokens[tail] as string)) tail--;
        if (tail > i && (roles[tail] as number) & R_NEG) alternative = true;
        for (let k = askStart; k < i && !alternative; k++) if (tokens[k] === 'atau' || tokens[k] === 'or') alternative = true;
      }
      if (tokens[askUntil] === '?') {
        // `ori atau kw?` offers options rather than judging.
        if (alternative) value = 0;
        else if (value > 0) value *= QUESTION_PRAISE;
      }
    }
    if (value === 0) {
      i += span - 1 + consumed;
      continue;
    }
    hits.push({ start: i, span, value });
    i += span - 1 + consumed;
  }
  // A negator with valence of its own (`kurang`) counts when it negated nothing (`pelayanannya kurang`).
  for (const [idx, used] of negUsed) {
    if (used) continue;
    const own = LEXICON.get(tokens[idx] as string);
    if (own !== undefined) hits.push({ start: idx, span: 1, value: own * (clause[idx] ?? 1) });
  }
  return hits;
}

const SHORT = 6;

/** A shouted (`BAGUS`) or stretched (`bagusss`) opinion word counts this much more. */
export const EMPHASIS = 1.3;
const MAX_EXCLAIM = 3;
const UPPER_RUN = /^[A-Z\u00C0-\u00DE]{2,}$/;
const STRETCHED = /(\p{L})\1\1/u;

function countChar(s: string, code: number): number {
  let c = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === code) c++;
  return c;
}

/** Which words were written with emphasis. All-caps counts only when the comment is not shouted throughout. */
function emphasisOf(surfaces: readonly string[], roles: Uint16Array): Uint8Array {
  const e = new Uint8Array(surfaces.length);
  let words = 0;
  let upper = 0;
  for (let i = 0; i < surfaces.length; i++) {
    if ((roles[i] as number) & R_MARK) continue;
    words++;
    if (UPPER_RUN.test(surfaces[i] as string)) upper++;
  }
  const capsMeanEmphasis = upper > 0 && upper < words;
  for (let i = 0; i < surfaces.length; i++) {
    const s = surfaces[i] as string;
    if ((capsMeanEmphasis && UPPER_RUN.test(s)) || STRETCHED.test(s)) e[i] = 1;
  }
  return e;
}

/** Receives each sparse feature occurrence; a key may come more than once, and its largest value counts. */
export type FeatureSink = (kind: FeatureKind, a: string, b: string, value: number, at: number) => void;

/** Sparse feature kinds: a word or mark, a word inside a negator's scope, a pair of neighbouring words. */
export const WORD = 0;
export const NEGATED = 1;
export const PAIR = 2;
export type FeatureKind = typeof WORD | typeof NEGATED | typeof PAIR;

/** The string key of a sparse feature, as stored in the weights file: `word`, `NEG_word`, `first second`. */
export function featureKey(kind: FeatureKind, a: string, b: string): string {
  return kind === WORD ? a : kind === NEGATED ? 'NEG_' + a : a + ' ' + b;
}

export interface Analysis {
  dense: number[];
  hits: LexHit[];
  /** Tokens that are not sentence marks. */
  words: number;
  question: boolean;
}

/**
 * Walks normalised tokens once, emitting sparse features (unigrams, `NEG_` unigrams inside a negator's scope,
 * space-joined bigrams, `?` and `!`) weighted by clause position, and returns the dense lexicon features.
 * Training (through extractFeatures) and the classifier both go through here, so they see the same features.
 */
export function analyzeTokens(tokens: readonly string[], sink: FeatureSink, surfaces?: readonly string[]): Analysis {
  const n = tokens.length;
  const roles = tokenRoles(tokens);
  const emphasis = surfaces === undefined ? undefined : emphasisOf(surfaces, roles);
  const clause = clauseWeights(tokens, roles);
  const neg = negationScope(tokens, roles);
  const inPhrase = new Uint8Array(n);
  const hits = scoreLexicon(tokens, clause, neg, roles, emphasis, inPhrase);
  let words = 0;
  let question = 0;
  let exclaim = 0;
  let prevWord: string | undefined;
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as string;
    if ((roles[i] as number) & R_MARK) {
      if (t === '?') {
        question = 1;
        sink(WORD, '?', '', 1, i);
      } else if (t === '!') {
        exclaim = Math.min(MAX_EXCLAIM, exclaim + (surfaces === undefined ? 1 : countChar(surfaces[i] as string, 33)));
        sink(WORD, '!', '', 1, i);
      }
      prevWord = undefined;
      continue;
    }
    words++;
    // Forms of address (`kak`, `min`) say nothing about sentiment; in the training reviews they mostly
    // appear in customer-service replies and would teach the model that addressing someone is neutral.
    if (ADDRESS.has(t)) {
      prevWord = undefined;
      continue;
    }
    const w = clause[i] as number;
    // Words of a lexicon phrase (`terima kasih`) are scored as the phrase, not one by one.
    if (inPhrase[i] === 0) sink((neg[i] as number) >= 0 ? NEGATED : WORD, t, '', w, i);
    if (prevWord !== undefined) sink(PAIR, prevWord, t, w, i);
    prevWord = t;
  }
  let pos = 0;
  let negSum = 0;
  for (const h of hits) {
    if (h.value > 0) pos += h.value;
    else negSum -= h.value;
  }
  const dense = [
    Math.log1p(pos),
    Math.log1p(negSum),
    hits.length === 0 ? 1 : 0,
    Math.tanh((pos - negSum) / 3),
    question,
    exclaim / MAX_EXCLAIM,
    words <= SHORT ? 1 : 0,
  ];
  return { dense, hits, words, question: question === 1 };
}

/** The features of one comment as arrays, one entry per distinct key. Used for training. */
export function extractFeatures(tokens: readonly string[], surfaces?: readonly string[]): Extracted {
  const index = new Map<string, number>();
  const keys: string[] = [];
  const values: number[] = [];
  const a = analyzeTokens(tokens, (kind, first, second, v) => {
    const key = featureKey(kind, first, second);
    const j = index.get(key);
    if (j === undefined) {
      index.set(key, keys.length);
      keys.push(key);
      values.push(v);
    } else if (v > (values[j] as number)) {
      values[j] = v;
    }
  }, surfaces);
  return { keys, values, dense: a.dense, hits: a.hits };
}
