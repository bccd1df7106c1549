// Chart.js configurations for the admin's and the partner portal's charts, built from plain figures: time series (lines
// or bars per day), horizontal bars, and a funnel drawn as centred floating bars. Kept apart from
// the component so the shapes can be tested without a canvas.
import type { ChartConfiguration } from 'chart.js';

/** One named row of values, one value per label. */
export interface ChartSeries {
  label: string;
  values: readonly number[];
}

/** What a chart shows: labels along one axis, series along the other, and how values read. */
export interface ChartData {
  kind: 'line' | 'bar' | 'hbar' | 'funnel';
  labels: readonly string[];
  series: readonly ChartSeries[];
  /** The label axis's title, with its unit: "Day (UTC)". */
  labelAxis: string;
  /** The value axis's title, with its unit: "Revenue (EUR)". */
  valueAxis: string;
  /** A value as people read it, for ticks, tooltips and the table: "€1,299.00". */
  format: (value: number) => string;
}

/** Colours of the series, in order (the admin palette, then distinct hues with enough contrast on white). */
export const SERIES_COLOURS = ['#0f3d2e', '#1d5fd6', '#b42318', '#8a4b00', '#6b3fa0', '#146c43', '#4f5b54'];

/**
 * The funnel's bars: each step centred on zero ([−v/2, v/2]), so the bars narrow like a funnel
 * while the tooltip and table still give the step's count.
 */
export function funnelBars(values: readonly number[]): [number, number][] {
  return values.map((v) => [-v / 2, v / 2]);
}

/** Share of the first step each step keeps, 0–1 (null when the first step is zero). */
export function funnelShares(values: readonly number[]): (number | null)[] {
  const first = values[0] ?? 0;
  return values.map((v) => (first ? v / first : null));
}

export function chartConfig(data: ChartData): ChartConfiguration {
  const horizontal = data.kind === 'hbar' || data.kind === 'funnel';
  const valueOf = (raw: unknown): number => (Array.isArray(raw) ? Math.abs(Number(raw[1]) - Number(raw[0])) : Number(raw));
  const valueScale = {
    title: { display: true, text: data.valueAxis },
    beginAtZero: true,
    ticks: { callback: (tick: number | string) => (data.kind === 'funnel' ? data.format(Math.abs(Number(tick)) * 2) : data.format(Number(tick))) },
    ...(data.kind === 'funnel' ? { display: false } : {}),
  };
  const labelScale = { title: { display: true, text: data.labelAxis }, ticks: { autoSkip: true, maxRotation: 0 } };
  return {
    type: data.kind === 'line' ? 'line' : 'bar',
    data: {
      labels: [...data.labels],
      datasets: data.series.map((s, i) => ({
        label: s.label,
        data: data.kind === 'funnel' ? funnelBars(s.values) : [...s.values],
        backgroundColor: SERIES_COLOURS[i % SERIES_COLOURS.length],
        borderColor: SERIES_COLOURS[i % SERIES_COLOURS.length],
        pointRadius: data.labels.length > 60 ? 0 : 2,
        tension: 0.2,
      })) as ChartConfiguration['data']['datasets'],
    },
    options: {
      indexAxis: horizontal ? 'y' : 'x',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      interaction: { mode: 'index', intersect: false },
      scales: horizontal ? { x: valueScale, y: labelScale } : { x: labelScale, y: valueScale },
      plugins: {
        legend: { display: data.series.length > 1 },
        tooltip: {
          callbacks: {
            label: (item) => {
              const value = valueOf(item.raw);
              if (data.kind !== 'funnel') return `${item.dataset.label ?? ''}: ${data.format(value)}`;
              const share = funnelShares(data.series[item.datasetIndex]!.values)[item.dataIndex];
              return `${data.format(value)}${share === null || share === undefined ? '' : ` (${Math.round(share * 100)} % of the first step)`}`;
            },
          },
        },
      },
    },
  };
}
