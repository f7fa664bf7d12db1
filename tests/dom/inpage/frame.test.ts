// @vitest-environment happy-dom
/**
 * Sliced passes: finding the elements counts against the first slice (down to half a slice), so a
 * long query and a full slice of work never share a task; the first slice still runs at once.
 */
import { describe, expect, it } from 'vitest';
import { createSlicedPasses, type Pass } from '../../../lib/inpage/frame';
import { until, wait } from './wait';

const busy = (ms: number) => {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    /* the page's query or the item's reading takes this long */
  }
};

const elements = (n: number): Element[] => Array.from({ length: n }, () => document.createElement('div'));

describe('sliced passes', () => {
  it('shortens the first slice by the time the query took', async () => {
    const visited: Element[] = [];
    let done = 0;
    const passes = createSlicedPasses<Pass>({ sliceMs: 40, stopped: () => false, visit: (_p, el) => (busy(4), void visited.push(el)), done: () => void done++ });
    const els = elements(30);
    passes.run(() => {
      busy(35);
      return { els, i: 0 };
    });
    // Half a slice (20 ms) is left after a 35 ms query: about five items, not ten.
    expect(visited.length).toBeGreaterThanOrEqual(1);
    expect(visited.length).toBeLessThanOrEqual(7);
    await until(() => done === 1);
    expect(visited).toEqual(els);
  });

  it('gives the first slice its whole time after a quick query', () => {
    const visited: Element[] = [];
    let done = 0;
    const passes = createSlicedPasses<Pass>({ sliceMs: 8, stopped: () => false, visit: (_p, el) => void visited.push(el), done: () => void done++ });
    passes.run(() => ({ els: elements(5), i: 0 }));
    expect(visited).toHaveLength(5);
    expect(done).toBe(1);
  });

  it('runs a pass asked for during one, once, after it', async () => {
    const dones: boolean[] = [];
    let made = 0;
    const passes = createSlicedPasses<Pass>({ sliceMs: 0, stopped: () => false, visit: () => undefined, done: (_p, again) => void dones.push(again) });
    const make = () => (made++, { els: elements(3), i: 0 });
    passes.run(make);
    passes.run(make);
    passes.run(make);
    await until(() => dones.length === 1);
    expect(dones).toEqual([true]);
    expect(made).toBe(1);
  });

  it('drops a cancelled pass', async () => {
    let done = 0;
    const passes = createSlicedPasses<Pass>({ sliceMs: 0, stopped: () => false, visit: () => undefined, done: () => void done++ });
    passes.run(() => ({ els: elements(3), i: 0 }));
    passes.cancel();
    await wait(80);
    expect(done).toBe(0);
  });
});
