import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface ChartSeries {
  label: string;
  values: ReadonlyArray<number | null>;
  color: string;
  /** Draw as bars instead of a line. */
  bars?: boolean;
}

const dayToSeconds = (day: string) => Date.parse(`${day}T00:00:00Z`) / 1000;

/**
 * A daily time series drawn with uPlot on a canvas. Days are plain calendar days (already in the
 * user's zone), so the chart works in UTC and never shifts a point across midnight. A missing value
 * is a gap, never a 0.
 */
export function TimeChart({
  days, series, locale, height = 220, label, testId, format, dateLabel = '',
}: {
  days: readonly string[];
  series: readonly ChartSeries[];
  locale: string;
  height?: number;
  label: string;
  testId?: string;
  format?: (v: number) => string;
  /** The legend's name for the date column. */
  dateLabel?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el || days.length === 0) return;
    const dateFmt = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
    const fmt = format ?? ((v: number) => new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(v));
    const data: uPlot.AlignedData = [days.map(dayToSeconds), ...series.map((s) => s.values.map((v) => (v === null ? null : v)))];
    const opts: uPlot.Options = {
      width: Math.max(el.clientWidth, 280),
      height,
      tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
      legend: { show: true },
      cursor: { drag: { x: false, y: false } },
      scales: { x: { time: true } },
      axes: [
        { values: (_u, splits) => splits.map((s) => dateFmt.format(new Date(s * 1000))) },
        { values: (_u, splits) => splits.map((s) => fmt(s)), size: 56 },
      ],
      series: [
        { label: dateLabel, value: (_u, v) => (v === null ? '—' : dateFmt.format(new Date(v * 1000))) },
        ...series.map((s) => ({
          label: s.label,
          stroke: s.color,
          fill: s.bars ? `${s.color}88` : undefined,
          width: s.bars ? 0 : 2,
          spanGaps: false,
          paths: s.bars ? uPlot.paths.bars!({ size: [0.7, 40] }) : undefined,
          points: { show: days.length <= 45 },
          value: (_u: uPlot, v: number | null) => (v === null ? '—' : fmt(v)),
        })),
      ],
    };
    const plot = new uPlot(opts, data, el);
    const ro = new ResizeObserver(() => plot.setSize({ width: Math.max(el.clientWidth, 280), height }));
    ro.observe(el);
    return () => {
      ro.disconnect();
      plot.destroy();
    };
  }, [days, series, locale, height, format, dateLabel]);
  return <div ref={ref} className="chart" role="img" aria-label={label} data-testid={testId} style={{ minHeight: height }} />;
}
