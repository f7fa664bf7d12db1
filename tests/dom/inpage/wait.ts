export const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Resolves once `cond` holds, polling every 5 ms; fails after `ms`. */
export async function until(cond: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await wait(5);
  }
}
