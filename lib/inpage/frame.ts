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

/** Runs `cb` in the next animation frame (or about a frame from now where there are none). */
export function nextFrame(cb: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => cb());
  else setTimeout(cb, 16);
}
