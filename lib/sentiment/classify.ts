import { NEGATED, WORD, analyzeTokens, type FeatureKind, type LexHit } from './features';
import { isQuestion } from './intent';
import { detectLanguageTokens, isFunctionWord, type SentimentLang } from './lang';
import { K, LABELS, decodeModel, softmaxInPlace, type LinearModel, type SentimentLabel, type SerializedWeights } from './model';
import { CUE_NUM, CUE_URL, CUE_USER, normalize } from './normalize';
import shipped from './weights.json';

export interface SentimentResult {
  label: SentimentLabel;
  /** Probability of the chosen label, 0…1. */
  confidence: number;
  lang: SentimentLang;
  /** Words, emoji or emoticons from the comment (as written) that pushed most towards the label. */
  cues: string[];
}

const MAX_CUES = 5;
const NOT_CUES: ReadonlySet<string> = new Set([CUE_URL, CUE_USER, CUE_NUM, '!', '?']);
/** A word feature must favour the label by at least this much (in logits) to be reported as a cue. */
const CUE_MIN_MARGIN = 0.3;
// Without any lexicon or emoji evidence the model's word weights, learned on reviews and tweets, decide
// alone. A question then is almost always just a question ("ready kak?", "berapa harganya?"), and a short
// remark needs a clear margin before it is called positive or negative.
const NO_CUE_QUESTION_MIN_CONFIDENCE = 0.97;
const NO_CUE_SHORT_WORDS = 12;
const NO_CUE_SHORT_MIN_CONFIDENCE = 0.5;
/** Lexicon evidence weaker than this (a positive word inside a question) does not count as a cue. */
const MIN_CUE = 0.5;
/** Reported confidence when the neutral rule above overrides the model: a lean, not a certainty. */
const GATED_CONFIDENCE = 0.5;

export type Classifier = (text: string) => SentimentResult;

/** Builds a classifier over a weights file (the shipped one, or one trained in a test). */
export function createClassifier(weights: SerializedWeights): Classifier {
  const models: readonly LinearModel[] = [decodeModel(weights.models.id), decodeModel(weights.models.en)];
  // One index over the keys of both models, split by feature kind so a word pair is found without building
  // its string: slot numbers, and each slot's row in each model (or −1).
  const wordSlot = new Map<string, number>();
  const negatedSlot = new Map<string, number>();
  const pairSlot = new Map<string, Map<string, number>>();
  const rowsOf: number[][] = [[], []];
  const cueOkOf: number[] = [];
  let slots = 0;
  const slotFor = (key: string): number => {
    const sp = key.indexOf(' ');
    let map: Map<string, number>;
    let k = key;
    if (sp >= 0) {
      const first = key.slice(0, sp);
      k = key.slice(sp + 1);
      map = pairSlot.get(first) ?? new Map<string, number>();
      pairSlot.set(first, map);
    } else if (key.startsWith('NEG_')) {
      k = key.slice(4);
      map = negatedSlot;
    } else map = wordSlot;
    let slot = map.get(k);
    if (slot === undefined) {
      slot = slots++;
      map.set(k, slot);
      (rowsOf[0] as number[]).push(-1);
      (rowsOf[1] as number[]).push(-1);
      // Only single words that carry meaning are reported as cues (not `the`, `kak`, or a pair).
      cueOkOf.push(sp < 0 && !isFunctionWord(k) && !NOT_CUES.has(k) ? 1 : 0);
    }
    return slot;
  };
  models.forEach((m, mi) => {
    for (const [key, row] of m.index) (rowsOf[mi] as number[])[slotFor(key)] = row;
  });
  const rows = rowsOf.map((r) => Int32Array.from(r));
  const cueOk = Uint8Array.from(cueOkOf);

  // Per-call scratch: which slots this comment touched (stamped with a call counter), with their value and
  // the token they came from.
  const stamp = new Uint32Array(slots);
  const value = new Float64Array(slots);
  const origin = new Int32Array(slots);
  let touched = new Int32Array(256);
  let count = 0;
  let call = 0;
  const sink = (kind: FeatureKind, first: string, second: string, v: number, at: number): void => {
    const s = kind === WORD ? wordSlot.get(first) : kind === NEGATED ? negatedSlot.get(first) : pairSlot.get(first)?.get(second);
    if (s === undefined) return;
    if (stamp[s] !== call) {
      stamp[s] = call;
      value[s] = v;
      origin[s] = at;
      if (count === touched.length) {
        const grown = new Int32Array(count * 2);
        grown.set(touched);
        touched = grown;
      }
      touched[count++] = s;
    } else if (v > (value[s] as number)) value[s] = v;
  };

  const probs = (mi: number, dense: readonly number[], out: Float64Array): void => {
    const m = models[mi] as LinearModel;
    const r = rows[mi] as Int32Array;
    const w = m.w;
    let z0 = m.bias[0] as number;
    let z1 = m.bias[1] as number;
    let z2 = m.bias[2] as number;
    for (let d = 0; d < dense.length; d++) {
      const x = dense[d] as number;
      if (x === 0) continue;
      z0 += x * (m.dense[d * K] as number);
      z1 += x * (m.dense[d * K + 1] as number);
      z2 += x * (m.dense[d * K + 2] as number);
    }
    for (let i = 0; i < count; i++) {
      const s = touched[i] as number;
      const row = r[s] as number;
      if (row < 0) continue;
      const x = value[s] as number;
      const o = row * K;
      z0 += x * (w[o] as number);
      z1 += x * (w[o + 1] as number);
      z2 += x * (w[o + 2] as number);
    }
    out[0] = z0;
    out[1] = z1;
    out[2] = z2;
    softmaxInPlace(out);
  };

  const cuesFor = (
    label: number,
    tokens: readonly string[],
    surfaces: readonly string[],
    hits: readonly LexHit[],
    used: readonly number[],
  ): string[] => {
    const score = new Float64Array(surfaces.length);
    let any = false;
    if (label !== 1) {
      const sign = label === 0 ? 1 : -1;
      for (const h of hits) {
        if (h.value * sign <= 0) continue;
        for (let k = h.start; k < h.start + h.span; k++) {
          // `the best` is reported as `best`
          if (h.span > 1 && isFunctionWord(tokens[k] as string)) continue;
          score[k] = (score[k] as number) + Math.abs(h.value);
          any = true;
        }
      }
    }
    for (const mi of used) {
      const w = (models[mi] as LinearModel).w;
      const r = rows[mi] as Int32Array;
      for (let i = 0; i < count; i++) {
        const s = touched[i] as number;
        const row = r[s] as number;
        if (row < 0 || cueOk[s] === 0) continue;
        const o = row * K;
        const other = Math.max(w[o + ((label + 1) % K)] as number, w[o + ((label + 2) % K)] as number);
        const margin = ((w[o + label] as number) - other) * (value[s] as number);
        if (margin > CUE_MIN_MARGIN) {
          const at = origin[s] as number;
          score[at] = (score[at] as number) + margin / used.length;
          any = true;
        }
      }
    }
    if (!any) return [];
    const out: string[] = [];
    const seen = new Set<string>();
    // Repeated selection of the best remaining token: at most MAX_CUES rounds over a short comment.
    while (out.length < MAX_CUES) {
      let best = -1;
      for (let i = 0; i < score.length; i++) {
        if ((score[i] as number) > 0 && (best < 0 || (score[i] as number) > (score[best] as number))) best = i;
      }
      if (best < 0) break;
      score[best] = 0;
      const surface = surfaces[best] as string;
      const key = surface.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(surface);
    }
    return out;
  };

  const pA = new Float64Array(K);
  const pB = new Float64Array(K);
  const ID = [0];
  const EN = [1];
  const BOTH = [0, 1];

  return (text: string): SentimentResult => {
    const norm = normalize(text);
    const lang = detectLanguageTokens(norm.tokens);
    call = (call + 1) >>> 0;
    if (call === 0) {
      stamp.fill(0);
      call = 1;
    }
    count = 0;
    const a = analyzeTokens(norm.tokens, sink, norm.surfaces);
    if (a.words === 0) return { label: 'neutral', confidence: 1, lang, cues: [] };
    const used = lang === 'id' ? ID : lang === 'en' ? EN : BOTH;
    probs(used[0] as number, a.dense, pA);
    if (used.length === 2) {
      probs(1, a.dense, pB);
      for (let c = 0; c < K; c++) pA[c] = ((pA[c] as number) + (pB[c] as number)) / 2;
    }
    let best = 0;
    for (let c = 1; c < K; c++) if ((pA[c] as number) > (pA[best] as number)) best = c;
    let confidence = pA[best] as number;
    let cueless = true;
    for (const h of a.hits) if (Math.abs(h.value) >= MIN_CUE) cueless = false;
    const unsure =
      (cueless && confidence < NO_CUE_QUESTION_MIN_CONFIDENCE && (a.question || isQuestion(norm.tokens))) ||
      (a.words <= NO_CUE_SHORT_WORDS && confidence < NO_CUE_SHORT_MIN_CONFIDENCE);
    if (cueless && best !== 1 && unsure) {
      best = 1;
      confidence = Math.max(pA[1] as number, GATED_CONFIDENCE);
    }
    return {
      label: LABELS[best] as SentimentLabel,
      confidence: Math.round(confidence * 1000) / 1000,
      lang,
      cues: cuesFor(best, norm.tokens, norm.surfaces, a.hits, used),
    };
  };
}

let defaultClassifier: Classifier | null = null;

/** Tags a comment as positive, neutral or negative with the shipped model. */
export function classify(text: string): SentimentResult {
  defaultClassifier ??= createClassifier(shipped as SerializedWeights);
  return defaultClassifier(text);
}
