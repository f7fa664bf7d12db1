/** Time slicing for work on the page's main thread. */

/** A monotonic clock in ms. */
export const clock = typeof performance !== 'undefined' ? () => performance.now() : () => Date.now();

/**
 * Runs `cb` in a task of its own right after the next frame is drawn, so a long pass never keeps
 * the page from painting or answering input: one slice per frame at most.
 */
export function afterNextFrame(cb: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(cb, 0));
  else setTimeout(cb, 16);
}

/**
 * Runs `cb` in a task of its own as soon as the page is free, without waiting for a frame: on a long
 * page one frame can take a few hundred milliseconds, and work split off a task should not wait for it.
 */
export function nextTask(cb: () => void): void {
  setTimeout(cb, 0);
}

/** Runs `cb` in the next animation frame (or about a frame from now where there are none). */
export function nextFrame(cb: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => cb());
  else setTimeout(cb, 16);
}

/** One pass over a page's elements, read from `els[i]` on. */
export interface Pass {
  els: Element[];
  i: number;
}

/**
 * Passes over the page cut into slices of at most `sliceMs`, one slice per frame. Finding the pass's
 * elements (`make`) counts against the first slice, down to half a slice, so a long query and a full
 * slice never share a task; the first slice still runs in the task that asked for the pass, so a new
 * item is marked before the page draws it. A pass asked for while one is under way is run once that
 * one is done (`done` is told so); `cancel` drops the pass under way.
 */
export function createSlicedPasses<P extends Pass>(o: {
  sliceMs: number;
  stopped: () => boolean;
  visit: (p: P, el: Element) => void;
  done: (p: P, askedAgain: boolean) => void;
}) {
  let current: P | null = null;
  let again = false;

  function step(p: P, budget: number) {
    if (o.stopped() || current !== p) return;
    const deadline = clock() + budget;
    // At least one element per slice, so a pass always moves on.
    while (p.i < p.els.length) {
      o.visit(p, p.els[p.i++]!);
      if (clock() > deadline) break;
    }
    if (p.i < p.els.length) {
      afterNextFrame(() => step(p, o.sliceMs));
      return;
    }
    current = null;
    const asked = again;
    again = false;
    o.done(p, asked);
  }

  return {
    /** Starts a pass made by `make` (only called when none is under way), with a first slice of `budget` ms. */
    run(make: () => P, budget = o.sliceMs) {
      if (current) {
        again = true;
        return;
      }
      const start = clock();
      const p = make();
      current = p;
      step(p, Math.max(budget - (clock() - start), budget / 2));
    },
    cancel() {
      current = null;
      again = false;
    },
  };
}
