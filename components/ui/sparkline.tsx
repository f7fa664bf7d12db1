/**
 * A tiny trend line: one SVG polyline per run of known values (a day without data breaks the line
 * instead of dropping to 0). Always renders at its full size, so a card never shifts when data
 * arrives.
 */
export function Sparkline({
  values, width = 96, height = 24, label, className,
}: {
  values: ReadonlyArray<number | null>;
  width?: number;
  height?: number;
  label?: string;
  className?: string;
}) {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const min = known.length > 0 ? Math.min(...known) : 0;
  const max = known.length > 0 ? Math.max(...known) : 0;
  const pad = 2;
  const span = max - min || 1;
  const step = values.length > 1 ? (width - pad * 2) / (values.length - 1) : 0;
  const runs: string[][] = [];
  let run: string[] = [];
  values.forEach((v, i) => {
    if (v === null || !Number.isFinite(v)) {
      if (run.length > 0) runs.push(run);
      run = [];
      return;
    }
    const x = values.length > 1 ? pad + i * step : width / 2;
    const y = max === min ? height / 2 : pad + (height - pad * 2) * (1 - (v - min) / span);
    run.push(`${x.toFixed(1)},${y.toFixed(1)}`);
  });
  if (run.length > 0) runs.push(run);
  const last = runs.at(-1)?.at(-1);
  return (
    <svg
      className={className}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role={label ? 'img' : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
      data-points={known.length}
      style={{ display: 'block', overflow: 'visible' }}
    >
      {runs.map((r, i) =>
        r.length === 1 ? (
          <circle key={i} cx={r[0]!.split(',')[0]} cy={r[0]!.split(',')[1]} r={1.5} fill="currentColor" />
        ) : (
          <polyline key={i} points={r.join(' ')} fill="none" stroke="currentColor" strokeWidth={1.5} strokeLinejoin="round" strokeLinecap="round" />
        ),
      )}
      {last && runs.some((r) => r.length > 1) && <circle cx={last.split(',')[0]} cy={last.split(',')[1]} r={2} fill="currentColor" />}
    </svg>
  );
}
