import { DENSE } from './features';

export const LABELS = ['positive', 'neutral', 'negative'] as const;
export type SentimentLabel = (typeof LABELS)[number];
export const K = LABELS.length;

/**
 * One linear model as stored in the weights file. Sparse weights are centred per feature (they sum to zero
 * over the three classes), so only the positive and negative rows are kept, each quantised to one printable
 * character; neutral is minus their sum.
 */
export interface SerializedModel {
  /** Size of one quantisation step. */
  scale: number;
  bias: number[];
  /** Dense weights, class-major: DENSE.length × 3. */
  dense: number[];
  /**
   * Feature keys in sorted order, front-coded and joined with `|`: each entry is one character giving how many
   * leading characters it shares with the previous key (`0` = none, up to MAX_SHARED), then the rest.
   */
  keys: string;
  /** Two characters per key: positive, negative. */
  w: string;
}

export interface SerializedWeights {
  version: 1;
  models: { id: SerializedModel; en: SerializedModel };
}

export interface LinearModel {
  index: Map<string, number>;
  /** K weights per feature. */
  w: Float32Array;
  dense: Float32Array;
  bias: Float32Array;
}

// Printable ASCII without `"` and `\`, so the string sits in JSON without escapes.
const ALPHABET = (() => {
  let s = '';
  for (let c = 35; c <= 126; c++) if (c !== 92) s += String.fromCharCode(c);
  return s;
})();
export const QMAX = (ALPHABET.length - 1) >> 1;
const DECODE = (() => {
  const t = new Int8Array(128);
  for (let i = 0; i < ALPHABET.length; i++) t[ALPHABET.charCodeAt(i)] = i - QMAX;
  return t;
})();

const SHARED_BASE = 48; // '0'
const MAX_SHARED = 40; // codes up to 'X': nothing JSON must escape, never the `|` separator

export function frontCode(sorted: readonly string[]): string {
  let prev = '';
  const out: string[] = [];
  for (const k of sorted) {
    if (k.indexOf('|') >= 0) throw new Error(`sentiment weights: key contains "|": ${k}`);
    let p = 0;
    while (p < MAX_SHARED && p < prev.length && p < k.length && prev.charCodeAt(p) === k.charCodeAt(p)) p++;
    out.push(String.fromCharCode(SHARED_BASE + p) + k.slice(p));
    prev = k;
  }
  return out.join('|');
}

export function frontDecode(coded: string): string[] {
  if (!coded) return [];
  const keys: string[] = [];
  let prev = '';
  for (const e of coded.split('|')) {
    const k = prev.slice(0, e.charCodeAt(0) - SHARED_BASE) + e.slice(1);
    keys.push(k);
    prev = k;
  }
  return keys;
}

export function decodeModel(m: SerializedModel): LinearModel {
  const keys = frontDecode(m.keys);
  if (m.w.length !== keys.length * 2) throw new Error('sentiment weights: key and weight counts differ');
  if (m.bias.length !== K || m.dense.length !== DENSE.length * K) throw new Error('sentiment weights: bad shape');
  const index = new Map<string, number>();
  const w = new Float32Array(keys.length * K);
  for (let i = 0; i < keys.length; i++) {
    index.set(keys[i] as string, i);
    const p = (DECODE[m.w.charCodeAt(2 * i)] as number) * m.scale;
    const n = (DECODE[m.w.charCodeAt(2 * i + 1)] as number) * m.scale;
    w[i * K] = p;
    w[i * K + 1] = -(p + n);
    w[i * K + 2] = n;
  }
  return { index, w, dense: Float32Array.from(m.dense), bias: Float32Array.from(m.bias) };
}

/** Quantises a trained model. `weights` holds K values per key, in the order of `keys`. */
export function encodeModel(keys: readonly string[], weights: ArrayLike<number>, dense: ArrayLike<number>, bias: ArrayLike<number>): SerializedModel {
  const order = keys.map((_, i) => i).sort((a, b) => ((keys[a] as string) < (keys[b] as string) ? -1 : 1));
  let max = 0;
  const centred = new Float64Array(keys.length * 2);
  for (let i = 0; i < keys.length; i++) {
    const a = weights[i * K] as number;
    const b = weights[i * K + 1] as number;
    const c = weights[i * K + 2] as number;
    const mean = (a + b + c) / 3;
    centred[2 * i] = a - mean;
    centred[2 * i + 1] = c - mean;
    max = Math.max(max, Math.abs(a - mean), Math.abs(c - mean));
  }
  const scale = max > 0 ? max / QMAX : 1;
  let w = '';
  for (const i of order) {
    for (let j = 0; j < 2; j++) {
      const q = Math.max(-QMAX, Math.min(QMAX, Math.round((centred[2 * i + j] as number) / scale)));
      w += ALPHABET[q + QMAX];
    }
  }
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  return {
    scale: Number(scale.toPrecision(6)),
    bias: Array.from(bias, round),
    dense: Array.from(dense, round),
    keys: frontCode(order.map((i) => keys[i] as string)),
    w,
  };
}

export function softmaxInPlace(z: Float64Array): void {
  let m = -Infinity;
  for (const v of z) if (v > m) m = v;
  let s = 0;
  for (let c = 0; c < z.length; c++) {
    const e = Math.exp((z[c] as number) - m);
    z[c] = e;
    s += e;
  }
  for (let c = 0; c < z.length; c++) z[c] = (z[c] as number) / s;
}
