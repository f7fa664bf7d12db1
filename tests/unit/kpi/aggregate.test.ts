import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  RESPONSE_HIST_EDGES, RESPONSE_HIST_SIZE, aggregateRowIds, applyInteractionChange, estimateHistogramPercentile,
  firstResponseStats, recomputeAggregates, responseBucket, summarizeAggregates, withinSlaShare,
  type AggregateContext, type AggregateRow,
} from '../../../lib/kpi';
import type { Interaction, ItemKind, Platform, Sentiment, TimePrecision } from '../../../lib/models';
import { DAY, HOUR, JKT_WEEKDAYS, MIN, SLA, interaction } from './fixtures';

const T0 = Date.parse('2024-03-30T20:00:00Z'); // the weekend Amsterdam moves to summer time

const CTX: AggregateContext = { timeZone: 'Asia/Jakarta', sla: SLA };

function write(rows: Map<string, AggregateRow>, before: Interaction | null, after: Interaction | null, ctx: AggregateContext) {
  const wanted = aggregateRowIds(before, after, ctx);
  const current = new Map(wanted.flatMap((id) => (rows.has(id) ? [[id, rows.get(id)!] as const] : [])));
  const snapshot = structuredClone([...current.values()]);
  const change = applyInteractionChange(current, before, after, ctx);
  expect([...current.values()]).toEqual(snapshot); // inputs are not mutated
  for (const r of change.put) rows.set(r.id, r);
  for (const id of change.remove) rows.delete(id);
  return change;
}

const sortRows = (rows: Iterable<AggregateRow>) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));

describe('response histogram', () => {
  it('has √2-spaced edges from one minute', () => {
    expect(RESPONSE_HIST_EDGES[0]).toBe(MIN);
    expect(RESPONSE_HIST_EDGES[2]).toBe(2 * MIN);
    expect(RESPONSE_HIST_EDGES[12]).toBe(64 * MIN);
    expect(RESPONSE_HIST_SIZE).toBe(RESPONSE_HIST_EDGES.length + 1);
  });

  it('puts values in buckets with the lower edge included', () => {
    expect(responseBucket(0)).toBe(0);
    expect(responseBucket(MIN - 1)).toBe(0);
    expect(responseBucket(MIN)).toBe(1);
    expect(responseBucket(2 * MIN - 1)).toBe(2);
    expect(responseBucket(2 * MIN)).toBe(3);
    expect(responseBucket(1e12)).toBe(RESPONSE_HIST_SIZE - 1);
  });

  it('estimates percentiles within a bucket width of the exact value', () => {
    const values = Array.from({ length: 400 }, (_, k) => Math.round(30_000 * 1.02 ** k));
    const hist = new Array<number>(RESPONSE_HIST_SIZE).fill(0);
    for (const v of values) hist[responseBucket(v)]! += 1;
    const exact = firstResponseStats(values.map((v, k) => interaction({ id: `i${k}`, status: 'answered', answeredAt: T0 + v, firstSeenAt: T0, postedAt: T0 })));
    for (const [p, want] of [[50, exact.median!], [90, exact.p90!]] as const) {
      const est = estimateHistogramPercentile(hist, p)!;
      expect(est / want).toBeGreaterThan(1 / Math.SQRT2);
      expect(est / want).toBeLessThan(Math.SQRT2);
    }
    expect(estimateHistogramPercentile(new Array<number>(RESPONSE_HIST_SIZE).fill(0), 50)).toBeNull();
  });
});

describe('applyInteractionChange', () => {
  const open = interaction({ id: 'facebook:1', firstSeenAt: T0, postedAt: T0, sentiment: 'negative' });
  const done = { ...open, status: 'answered' as const, answeredAt: T0 + 20 * MIN };

  it('adds an insert, moves an answer and removes a delete', () => {
    const rows = new Map<string, AggregateRow>();
    write(rows, null, open, CTX);
    const [id] = [...rows.keys()];
    expect(id).toBe('2024-03-31|facebook|-');
    expect(rows.get(id!)).toMatchObject({ inbound: 1, open: 1, answered: 0, negative: 1, comments: 1, responseCount: 0 });
    write(rows, open, done, CTX);
    expect(rows.get(id!)).toMatchObject({ inbound: 1, open: 0, answered: 1, responseCount: 1, responseMsSum: 20 * MIN, answeredWithinSla: 1 });
    const change = write(rows, done, null, CTX);
    expect(change).toEqual({ put: [], remove: [id] });
    expect(rows.size).toBe(0);
  });

  it('writes nothing when the contribution is unchanged', () => {
    const rows = new Map<string, AggregateRow>();
    write(rows, null, open, CTX);
    expect(applyInteractionChange(rows, open, { ...open, updatedAt: T0 + HOUR, excerpt: 'edited' }, CTX)).toEqual({ put: [], remove: [] });
  });

  it('moves an item between rows when its day or account changes', () => {
    const ctx: AggregateContext = { ...CTX, accountIdOf: (i) => (i.authorHandle === 'budi' ? 'acc-1' : null) };
    const rows = new Map<string, AggregateRow>();
    write(rows, null, open, ctx);
    const later = { ...open, postedAt: null, firstSeenAt: T0 + DAY };
    const change = write(rows, open, later, ctx);
    expect(change.remove).toEqual(['2024-03-31|facebook|acc-1']);
    expect(change.put.map((r) => r.id)).toEqual(['2024-04-01|facebook|acc-1']);
  });

  it('refuses to subtract from rows it was not given', () => {
    expect(() => applyInteractionChange(new Map(), open, done, CTX)).toThrow(RangeError);
  });
});

describe('summarizeAggregates', () => {
  it('gives popup figures that match the exact KPIs where they are exact', () => {
    const items = [
      interaction({ id: 'a', firstSeenAt: T0, postedAt: T0, status: 'answered', answeredAt: T0 + 10 * MIN, sentiment: 'positive' }),
      interaction({ id: 'b', firstSeenAt: T0, postedAt: T0, status: 'answered', answeredAt: T0 + 90 * MIN, sentiment: 'negative' }),
      interaction({ id: 'c', firstSeenAt: T0, postedAt: T0, platform: 'x', sentiment: 'positive' }),
      interaction({ id: 'd', firstSeenAt: T0 + DAY, postedAt: null, status: 'ignored' }),
    ];
    const s = summarizeAggregates(recomputeAggregates(items, CTX));
    expect(s).toMatchObject({ inbound: 4, open: 1, answered: 2, ignored: 1, responseCount: 2, meanResponseMs: 50 * MIN });
    expect(s.withinSla.value).toBe(withinSlaShare(items, SLA).value);
    expect(s.sentiment.value).toBeCloseTo((2 / 3) * 100, 10);
    expect(s.medianResponseMs! / (50 * MIN)).toBeGreaterThan(1 / Math.SQRT2);
    expect(s.medianResponseMs! / (50 * MIN)).toBeLessThan(Math.SQRT2);
  });

  it('has null figures, not zeros, without rows', () => {
    const s = summarizeAggregates([]);
    expect(s.meanResponseMs).toBeNull();
    expect(s.medianResponseMs).toBeNull();
    expect(s.withinSla.value).toBeNull();
    expect(s.sentiment.value).toBeNull();
  });
});

describe('incremental aggregates equal full recomputation (property)', () => {
  const ids = ['x:1', 'x:2', 'instagram:3', 'instagram:4', 'facebook:5'];
  const platformOf = (id: string) => id.split(':')[0] as Platform;

  const fields = fc.record({
    kind: fc.constantFrom<ItemKind>('comment', 'reply', 'message'),
    seenOffset: fc.integer({ min: 0, max: 3 * DAY }),
    postedBefore: fc.option(fc.integer({ min: -HOUR, max: 3 * DAY }), { nil: null }),
    precision: fc.constantFrom<TimePrecision>('exact', 'minute', 'hour', 'day', 'week', 'unknown'),
    status: fc.constantFrom<Interaction['status']>('open', 'answered', 'ignored'),
    answerDelay: fc.option(fc.integer({ min: -MIN, max: 2 * DAY }), { nil: null }),
    sentiment: fc.constantFrom<Sentiment | null>(null, 'positive', 'neutral', 'negative'),
    override: fc.constantFrom<Sentiment | null>(null, null, 'positive', 'negative'),
    handle: fc.constantFrom('budi', 'sari'),
  });

  const op = fc.record({
    id: fc.constantFrom(...ids),
    remove: fc.integer({ min: 0, max: 3 }).map((n) => n === 0), // one write in four is a delete
    fields,
  });

  const ctxArb = fc.record({
    timeZone: fc.constantFrom('Asia/Jakarta', 'Europe/Amsterdam'),
    businessHours: fc.boolean(),
    byAccount: fc.boolean(),
  }).map(({ timeZone, businessHours, byAccount }): AggregateContext => ({
    timeZone,
    sla: { ...SLA, businessHours: businessHours ? { ...JKT_WEEKDAYS, timeZone } : null },
    accountIdOf: byAccount ? (i) => (i.authorHandle === 'budi' ? 'acc-budi' : null) : undefined,
  }));

  it('holds over random sequences of inserts, updates and deletes', () => {
    fc.assert(
      fc.property(ctxArb, fc.array(op, { minLength: 1, maxLength: 40 }), (ctx, ops) => {
        const store = new Map<string, Interaction>();
        const rows = new Map<string, AggregateRow>();
        for (const { id, remove, fields: f } of ops) {
          const before = store.get(id) ?? null;
          let after: Interaction | null = null;
          if (!remove) {
            const firstSeenAt = T0 + f.seenOffset;
            after = interaction({
              id,
              platform: platformOf(id),
              kind: f.kind,
              firstSeenAt,
              postedAt: f.postedBefore === null ? null : firstSeenAt - f.postedBefore,
              postedAtPrecision: f.precision,
              status: f.status,
              answeredAt: f.status !== 'open' && f.answerDelay !== null ? firstSeenAt + f.answerDelay : null,
              sentiment: f.sentiment,
              sentimentOverride: f.override,
              authorHandle: f.handle,
            });
          }
          write(rows, before, after, ctx);
          if (after) store.set(id, after);
          else store.delete(id);
        }
        expect(sortRows(rows.values())).toEqual(recomputeAggregates(store.values(), ctx));
      }),
      { numRuns: 150 },
    );
  });
});
