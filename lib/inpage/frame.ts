/** Time slicing for work on the page's main thread. */

/** A monotonic clock in ms. */
export const clock = typeof performance !== 'undefined' ? () => performance.now() : () => Date.now();

/**
 * Runs `cb` in a task of its own right after the next frame is drawn, so a long pass never keeps
 * the page from painting or answering input: one slice per frame at most.
 */
export function afterNextFrame(cb: () => void): void {
  const task = () => {
    const sched = (globalThis as { scheduler?: { postTask?: (cb: () => void, o: { priority: string }) => Promise<unknown> } }).scheduler;
    if (sched?.postTask) void sched.postTask(cb, { priority: 'user-visible' }).catch(() => undefined);
    else setTimeout(cb, 0);
  };
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(task);
  else setTimeout(cb, 16);
}
