import { describe, expect, it } from 'vitest';
import {
  bucketCounts, detectNegativeRun, detectSpike, evaluateAlerts, HOUR_MS, SPIKE_WINDOW_MS, NEGATIVE_WINDOW_MS, type AlertMention,
} from '../../../lib/listening/alerts';

const NOW = Date.UTC(2025, 4, 14, 10, 30);

/** A synthetic series: `perHour[i]` mentions in hour i before now (index 0 = the last hour). */
function series(perHour: number[], termId = 't', sentiment: AlertMention['sentiment'] = 'neutral'): AlertMention[] {
  const out: AlertMention[] = [];
  perHour.forEach((n, h) => {
    for (let k = 0; k < n; k++) out.push({ terms: [termId], at: NOW - h * HOUR_MS - ((k + 1) * HOUR_MS) / (n + 1), sentiment });
  });
  return out;
}

describe('bucket counts', () => {
  it('puts each time in its hour, the last bucket ending now, and ignores times outside', () => {
    const c = bucketCounts([NOW, NOW - 1, NOW - HOUR_MS, NOW - HOUR_MS - 1, NOW - 3 * HOUR_MS - 1, NOW + 5], NOW, 3, HOUR_MS);
    expect(c).toEqual([0, 2, 2]);
  });
});

describe('spike detection', () => {
  it('flags an hour far above a steady baseline', () => {
    const counts = [...new Array(24).fill(2), 15];
    const r = detectSpike(counts);
    expect(r.spike).toBe(true);
    expect(r.mean).toBe(2);
  });

  it('does not flag normal variation or a small absolute number after a quiet day', () => {
    expect(detectSpike([...new Array(24).fill(2), 5]).spike).toBe(false);
    expect(detectSpike([...new Array(24).fill(0), 4]).spike).toBe(false);
    expect(detectSpike([...new Array(24).fill(0), 5]).spike).toBe(true);
    // A noisy baseline raises the bar: mean 5, but hours vary between 0 and 10.
    const noisy = Array.from({ length: 24 }, (_, i) => (i % 2 === 0 ? 0 : 10));
    expect(detectSpike([...noisy, 16]).spike).toBe(false);
    expect(detectSpike([...noisy, 25]).spike).toBe(true);
  });
});

describe('negative runs', () => {
  it('needs the latest classified mentions to all be negative', () => {
    expect(detectNegativeRun(['positive', 'negative', 'negative', 'negative', 'negative', 'negative'])).toBe(true);
    expect(detectNegativeRun(['negative', 'negative', 'negative', 'negative', 'negative', 'positive'])).toBe(false);
    expect(detectNegativeRun(['negative', null, 'negative', 'negative', null, 'negative', 'negative'])).toBe(true);
    expect(detectNegativeRun(['negative', 'negative', 'negative'], 5)).toBe(false);
  });
});

describe('alerts per term and window', () => {
  it('raises a spike for the spiking term only, keyed by its window', () => {
    const quiet = series([1, ...new Array(24).fill(1)], 'calm');
    const spiking = series([20, ...new Array(24).fill(1)], 'hot');
    const alerts = evaluateAlerts(['calm', 'hot', 'unused'], [...quiet, ...spiking], NOW);
    expect(alerts.map((a) => [a.kind, a.termId])).toEqual([['spike', 'hot']]);
    const w = Math.floor(NOW / SPIKE_WINDOW_MS) * SPIKE_WINDOW_MS;
    expect(alerts[0]!.key).toBe(`listening:spike:hot:${w}`);
    expect(alerts[0]!.count).toBe(20);
  });

  it('gives the same key when checked again within the window, a new one in the next window', () => {
    const m = series([20, ...new Array(24).fill(1)], 'hot');
    const a = evaluateAlerts(['hot'], m, NOW)[0]!;
    const b = evaluateAlerts(['hot'], m.map((x) => ({ ...x, at: x.at + 10 * 60_000 })), NOW + 10 * 60_000)[0]!;
    expect(b.key).toBe(a.key);
    const later = NOW + SPIKE_WINDOW_MS;
    const c = evaluateAlerts(['hot'], m.map((x) => ({ ...x, at: x.at + SPIKE_WINDOW_MS })), later)[0]!;
    expect(c.key).not.toBe(a.key);
  });

  it('raises a negative run, and old negatives outside the window do not count', () => {
    const neg = series([2, 2, 1], 'brand', 'negative');
    const alerts = evaluateAlerts(['brand'], neg, NOW);
    expect(alerts.map((a) => a.kind)).toEqual(['negative-run']);
    expect(alerts[0]!.key).toBe(`listening:negative-run:brand:${Math.floor(NOW / NEGATIVE_WINDOW_MS) * NEGATIVE_WINDOW_MS}`);
    const old = neg.map((m) => ({ ...m, at: m.at - 2 * NEGATIVE_WINDOW_MS }));
    expect(evaluateAlerts(['brand'], old, NOW)).toEqual([]);
  });
});
