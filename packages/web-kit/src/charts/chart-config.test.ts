import { describe, expect, it } from 'vitest';
import { chartConfig, funnelBars, funnelShares } from './chart-config.ts';

describe('chart configurations', () => {
  it('draws a funnel as centred bars whose width is the step’s count', () => {
    expect(funnelBars([100, 40, 10])).toEqual([[-50, 50], [-20, 20], [-5, 5]]);
    expect(funnelShares([100, 40, 10])).toEqual([1, 0.4, 0.1]);
    expect(funnelShares([0, 0])).toEqual([null, null]);
  });

  it('titles both axes with their units and formats ticks and tooltips with the value formatter', () => {
    const config = chartConfig({ kind: 'line', labels: ['2026-12-01', '2026-12-02'], series: [{ label: 'Revenue', values: [1_000, 2_500] }], labelAxis: 'Day (UTC)', valueAxis: 'Revenue (EUR)', format: (v) => `€${v / 100}` });
    const scales = config.options!.scales as Record<string, { title: { text: string }; ticks: { callback?: (tick: number) => string } }>;
    expect(scales.x!.title.text).toBe('Day (UTC)');
    expect(scales.y!.title.text).toBe('Revenue (EUR)');
    expect(scales.y!.ticks.callback!(2_500)).toBe('€25');
    const label = config.options!.plugins!.tooltip!.callbacks!.label as unknown as (item: object) => string;
    expect(label({ raw: 2_500, dataset: { label: 'Revenue' }, datasetIndex: 0, dataIndex: 1 })).toBe('Revenue: €25');
  });
});
