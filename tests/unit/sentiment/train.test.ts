import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { DATA_DIR, readJsonl, isEnglishHeldOut } from '../../../scripts/lib-sentiment-data';
import { trainWeights } from '../../../scripts/lib-sentiment-train';
import { createClassifier } from '../../../lib/sentiment/classify';
import { decodeModel, encodeModel, QMAX } from '../../../lib/sentiment/model';
import type { Example } from '../../../scripts/lib-sentiment-data';

// A small built-in set keeps the test independent of the data folder; the SmSA/VADER subset is added when present.
const TINY: Example[] = [
  { text: 'makanannya enak banget, pelayanan ramah', label: 'positive' },
  { text: 'tempatnya nyaman dan bersih, suka', label: 'positive' },
  { text: 'harga murah rasa mantap', label: 'positive' },
  { text: 'pelayanan lambat dan kasar, kecewa', label: 'negative' },
  { text: 'makanan tidak enak, mahal pula', label: 'negative' },
  { text: 'kotor dan bau, tidak akan kembali', label: 'negative' },
  { text: 'restoran ini buka jam sepuluh pagi', label: 'neutral' },
  { text: 'menteri meresmikan pasar baru hari ini', label: 'neutral' },
];
const TINY_EN: Example[] = [
  { text: 'I love this, great day', label: 'positive' },
  { text: 'so happy with the new phone :)', label: 'positive' },
  { text: 'worst service ever, I hate it', label: 'negative' },
  { text: 'this is terrible and sad :(', label: 'negative' },
  { text: 'meeting moved to 3pm', label: 'neutral' },
  { text: 'the bus leaves from the north station', label: 'neutral' },
];

function sets(): { id: Example[]; en: Example[] } {
  const idPath = `${DATA_DIR}/id-smsa-train.jsonl`;
  const enPath = `${DATA_DIR}/en-vader-tweets.jsonl`;
  const id = existsSync(idPath) ? readJsonl(idPath).slice(0, 250) : [];
  const en = existsSync(enPath) ? readJsonl(enPath).filter((e) => !isEnglishHeldOut(e.text)).slice(0, 250) : [];
  return { id: [...TINY, ...id], en: [...TINY_EN, ...en] };
}

describe('training', () => {
  it('produces identical weights when run twice on the same data', () => {
    const data = sets();
    const opts = { iterations: 60, maxFeatures: 2000 };
    const a = JSON.stringify(trainWeights(data, opts));
    const b = JSON.stringify(trainWeights(data, opts));
    expect(a).toBe(b);
    // and different data gives different weights, so the comparison above can fail
    const c = JSON.stringify(trainWeights({ id: data.id.slice(1), en: data.en }, opts));
    expect(c).not.toBe(a);
  });

  it('learns the training comments it was given', () => {
    const weights = trainWeights({ id: TINY, en: TINY_EN }, { iterations: 100, minDf: 1 });
    const clf = createClassifier(weights);
    expect(clf('makanannya enak banget, pelayanan ramah').label).toBe('positive');
    expect(clf('kotor dan bau, tidak akan kembali').label).toBe('negative');
    expect(clf('worst service ever, I hate it').label).toBe('negative');
  });
});

describe('weight encoding', () => {
  it('round-trips centred weights within one quantisation step', () => {
    const keys = ['bagus', 'jelek', 'tidak bagus', 'NEG_enak'];
    const w = [2, -0.5, -1.5, -1, 0.2, 0.8, -0.7, 0.1, 0.6, 0.4, 0, -0.4];
    const enc = encodeModel(keys, w, new Array(21).fill(0), [0.1, 0.2, -0.3]);
    expect(enc.w).toHaveLength(keys.length * 2);
    expect(enc.w).not.toMatch(/["\\]/);
    const dec = decodeModel(enc);
    for (let i = 0; i < keys.length; i++) {
      const row = dec.index.get(keys[i] as string) as number;
      const mean = ((w[i * 3] as number) + (w[i * 3 + 1] as number) + (w[i * 3 + 2] as number)) / 3;
      for (let c = 0; c < 3; c++) {
        expect(Math.abs((dec.w[row * 3 + c] as number) - ((w[i * 3 + c] as number) - mean))).toBeLessThanOrEqual(2 * enc.scale);
      }
    }
    expect(enc.scale * QMAX).toBeCloseTo(2, 3);
  });
});
