import { describe, expect, it } from 'vitest';
import { prefetchScreens, SECTIONS, type Section } from '@/components/dashboard/screens';

function harness(fail: Section[] = []) {
  const pending: Array<() => void> = [];
  const loaded: Section[] = [];
  const loaders = Object.fromEntries(
    SECTIONS.map((s) => [s, () => { loaded.push(s); return fail.includes(s) ? Promise.reject(new Error('offline')) : Promise.resolve(); }]),
  ) as Record<Section, () => Promise<unknown>>;
  const cancelled: number[] = [];
  const schedule = (fn: () => void) => {
    const i = pending.push(fn) - 1;
    return () => cancelled.push(i);
  };
  /** Runs the idle callback that is due and lets its load settle. */
  const idle = async () => {
    const fn = pending.shift();
    fn?.();
    await new Promise((r) => setTimeout(r, 0));
    return !!fn;
  };
  return { loaders, loaded, schedule, idle, pending, cancelled };
}

describe('prefetchScreens', () => {
  it('loads every other screen, the calendar first, one per idle period', async () => {
    const h = harness();
    prefetchScreens('templates', h.loaders, h.schedule);
    expect(h.loaded).toEqual([]);
    expect(h.pending).toHaveLength(1);
    await h.idle();
    expect(h.loaded).toEqual(['calendar']);
    while (await h.idle());
    expect(h.loaded).toEqual(['calendar', ...SECTIONS.filter((s) => s !== 'templates' && s !== 'calendar')]);
  });

  it('skips the screen in the address and goes on after a failed load', async () => {
    const h = harness(['plan']);
    prefetchScreens('calendar', h.loaders, h.schedule);
    while (await h.idle());
    expect(h.loaded).not.toContain('calendar');
    expect(h.loaded).toEqual(SECTIONS.filter((s) => s !== 'calendar'));
  });

  it('stops: nothing further is loaded and the waiting idle callback is cancelled', async () => {
    const h = harness();
    const stop = prefetchScreens('templates', h.loaders, h.schedule);
    await h.idle();
    stop();
    expect(h.cancelled).toHaveLength(1);
    while (await h.idle());
    expect(h.loaded).toEqual(['calendar']);
  });
});
