'use client';
// Kendall τ of reference-vs-proxy per seed (blue) next to each recipe's seed-to-seed τ (grey): the
// proxy's fidelity drawn against the ceiling set by training noise.
import { DotIntervalChart, type DotIntervalRow } from '@/components/charts/DotIntervalChart';
import { MeasuredWidth } from '@/components/charts/MeasuredWidth';
import { ChartExport } from '@/components/ui/ChartExport';

export interface ProxyCeilingChartProps {
  data: {
    perSeed: { seed: number; kendallTau: number }[];
    pooledMeans: { kendallTau: number };
    seedToSeed: { recipe: 'fewproxy' | 'proxified'; seeds: number[]; kendallTau: number }[];
  };
}

const RECIPE = { fewproxy: 'Reference', proxified: 'Proxy' } as const;

export function ProxyCeilingChart({ data }: ProxyCeilingChartProps) {
  const rows: DotIntervalRow[] = [
    ...data.perSeed.map((s) => ({
      key: `cross-${s.seed}`,
      label: `Ref. vs proxy, seed ${s.seed}`,
      value: s.kendallTau,
      color: 'var(--chart-point)',
      annotation: s.kendallTau.toFixed(3),
    })),
    {
      key: 'cross-means',
      label: 'Ref. vs proxy, means',
      value: data.pooledMeans.kendallTau,
      color: 'var(--chart-point-edge)',
      annotation: data.pooledMeans.kendallTau.toFixed(3),
    },
    ...data.seedToSeed.map((s) => ({
      key: `noise-${s.recipe}-${s.seeds.join('-')}`,
      label: `${RECIPE[s.recipe]}, seed ${s.seeds[0]} vs ${s.seeds[1]}`,
      value: s.kendallTau,
      color: 'var(--chart-neutral)',
      annotation: s.kendallTau.toFixed(3),
    })),
  ];
  const lo = Math.floor(Math.min(...rows.map((r) => r.value)) * 50) / 50 - 0.02;
  return (
    <ChartExport
      filename="proxy-fidelity-vs-seed-noise"
      label="proxy fidelity against seed noise chart"
      caption={<>Blue: across recipes. Grey: within a recipe, across seeds.</>}
    >
      <MeasuredWidth>
        {(width) => (
          <DotIntervalChart
            rows={rows}
            xLabel="Kendall τ-b of top-1 rankings"
            width={Math.max(360, width)}
            domain={[Math.max(0, lo), 1]}
            tickFormat={(v) => v.toFixed(2)}
            title="Kendall τ-b between the reference recipe and the proxy per seed, next to the seed-to-seed τ of each recipe"
          />
        )}
      </MeasuredWidth>
    </ChartExport>
  );
}
