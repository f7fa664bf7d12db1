export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function p95(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)]!;
}

/** Median wall time of `fn` over `runs` runs after one warm-up. */
export async function time(fn: () => unknown, runs = 5): Promise<number> {
  await fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

export interface Row {
  figure: string;
  value: string;
  baseline: string;
  ratio: string;
  target: string;
  met: string;
}

export function row(figure: string, ms: number, baselineMs: number | null, baselineLabel: string, target: string, met: boolean): Row {
  return {
    figure,
    value: `${ms.toFixed(1)} ms`,
    baseline: baselineMs === null ? baselineLabel : `${baselineMs.toFixed(1)} ms (${baselineLabel})`,
    ratio: baselineMs ? (ms / baselineMs).toFixed(2) : '—',
    target,
    met: met ? 'yes' : 'NO',
  };
}
