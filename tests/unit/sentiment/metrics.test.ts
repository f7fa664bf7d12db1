import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../../scripts/lib-sentiment-metrics';
import { parseJsonl } from '../../../scripts/lib-sentiment-data';
import type { SentimentLabel } from '../../../lib/sentiment/model';

const P: SentimentLabel = 'positive';
const U: SentimentLabel = 'neutral';
const N: SentimentLabel = 'negative';

describe('computeMetrics', () => {
  it('reproduces a hand-computed confusion matrix', () => {
    // gold\pred   pos neu neg
    // positive     3   1   0
    // neutral      1   1   0
    // negative     0   1   3
    const gold = [P, P, P, P, U, U, N, N, N, N];
    const pred = [P, P, P, U, P, U, U, N, N, N];
    const m = computeMetrics(gold, pred);
    expect(m.n).toBe(10);
    expect(m.accuracy).toBe(0.7);
    // positive: P = 3/4, R = 3/4, F1 = 0.75; neutral: P = 1/3, R = 1/2, F1 = 0.4; negative: P = 1, R = 3/4, F1 = 6/7
    expect(m.perClass.positive).toEqual({ precision: 0.75, recall: 0.75, f1: 0.75, support: 4 });
    expect(m.perClass.neutral).toEqual({ precision: 0.3333, recall: 0.5, f1: 0.4, support: 2 });
    expect(m.perClass.negative).toEqual({ precision: 1, recall: 0.75, f1: 0.8571, support: 4 });
    expect(m.macroF1).toBe(Math.round(((0.75 + 0.4 + 6 / 7) / 3) * 1e4) / 1e4);
  });

  it('gives 0 to a class that is never predicted and rejects mismatched lengths', () => {
    const m = computeMetrics([P, U, N], [P, P, N]);
    expect(m.perClass.neutral).toEqual({ precision: 0, recall: 0, f1: 0, support: 1 });
    expect(m.perClass.positive.precision).toBe(0.5);
    expect(() => computeMetrics([P], [P, N])).toThrow();
  });
});

describe('parseJsonl', () => {
  it('reads labelled lines and tolerates a trailing newline', () => {
    expect(parseJsonl('{"text":"a","label":"positive"}\n{"text":"b","label":"negative"}\n')).toEqual([
      { text: 'a', label: 'positive' },
      { text: 'b', label: 'negative' },
    ]);
  });

  it('names the line number of a bad line', () => {
    expect(() => parseJsonl('{"text":"a","label":"positive"}\n{"text":"b","label":"great"}')).toThrow(/line 2: "label"/);
    expect(() => parseJsonl('{"text":"a","label":"positive"}\nnot json')).toThrow(/line 2: not valid JSON/);
    expect(() => parseJsonl('{"label":"positive"}')).toThrow(/line 1: "text"/);
    expect(() => parseJsonl('{"text":"a","label":"positive"}\n\n{"text":"b","label":"neutral"}')).toThrow(/line 2: empty line/);
  });
});
