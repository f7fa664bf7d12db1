import { LABELS, type SentimentLabel } from '../lib/sentiment/model';

export interface ClassMetrics {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface Metrics {
  n: number;
  accuracy: number;
  macroF1: number;
  perClass: Record<SentimentLabel, ClassMetrics>;
}

const round = (x: number) => Math.round(x * 10000) / 10000;

/**
 * Accuracy, per-class precision/recall/F1 and macro-F1 (mean of the three class F1s). A class that is never
 * predicted has precision 0; a class with no gold items has recall 0; F1 is 0 when precision + recall is 0.
 */
export function computeMetrics(gold: readonly SentimentLabel[], predicted: readonly SentimentLabel[]): Metrics {
  if (gold.length !== predicted.length) throw new Error('gold and predicted lengths differ');
  const n = gold.length;
  let correct = 0;
  const perClass = {} as Record<SentimentLabel, ClassMetrics>;
  let f1Sum = 0;
  for (const label of LABELS) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let i = 0; i < n; i++) {
      const g = gold[i] === label;
      const p = predicted[i] === label;
      if (g && p) tp++;
      else if (p) fp++;
      else if (g) fn++;
    }
    const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
    const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
    const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
    perClass[label] = { precision: round(precision), recall: round(recall), f1: round(f1), support: tp + fn };
    f1Sum += f1;
  }
  for (let i = 0; i < n; i++) if (gold[i] === predicted[i]) correct++;
  return { n, accuracy: round(n ? correct / n : 0), macroF1: round(f1Sum / LABELS.length), perClass };
}
