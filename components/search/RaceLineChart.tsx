// A value against evaluations per optimizer: the mean over seeds as a line and the min–max band as
// an area, with the legend in rows reserved above the plot (inside it, the lines ran through the
// labels). Pure function of props; scales from @visx/scale.
import { AxisBottom, AxisLeft } from '@visx/axis';
import { GridRows } from '@visx/grid';
import { Group } from '@visx/group';
import { scaleLinear } from '@visx/scale';
import { Area, LinePath } from '@visx/shape';
import { legendLayout } from '@/components/charts/legendLayout';
import { PlainTickLabel } from '@/components/charts/PlainTickLabel';
import type { RaceSeries } from '@/core/search/raceSeries';

export interface RaceLineChartProps {
  /** One series per optimizer. */
  series: readonly RaceSeries[];
  /** Colour per optimizer id. */
  colors: Record<string, string>;
  /** Label per optimizer id, for the legend. */
  labels: Record<string, string>;
  /** x-axis end: the budget. */
  budget: number;
  yLabel: string;
  title: string;
  width: number;
  height: number;
}

const MARGIN = { top: 12, right: 16, bottom: 40, left: 64 };
const LEGEND_ROW = 18;

export function RaceLineChart({ series, colors, labels, budget, yLabel, title, width, height }: RaceLineChartProps) {
  const innerW = Math.max(10, width - MARGIN.left - MARGIN.right);
  const legend = legendLayout(
    series.map((s) => labels[s.optimizer]),
    innerW,
  );
  const top = MARGIN.top + legend.rows * LEGEND_ROW;
  const innerH = Math.max(10, height - top - MARGIN.bottom);
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of series) {
    for (let i = 0; i < s.x.length; i++) {
      lo = Math.min(lo, s.min[i]);
      hi = Math.max(hi, s.max[i]);
    }
  }
  if (!Number.isFinite(lo)) [lo, hi] = [0, 1];
  const pad = (hi - lo) * 0.05 || 1;
  const x = scaleLinear<number>({ domain: [1, Math.max(2, budget)], range: [0, innerW] });
  const y = scaleLinear<number>({ domain: [lo - pad, hi + pad], range: [innerH, 0], nice: true });
  return (
    <svg width={width} height={height} role="img" aria-label={title}>
      <title>{title}</title>
      <Group left={MARGIN.left} top={top} data-testid="race-plot">
        <GridRows scale={y} width={innerW} stroke="var(--chart-grid)" numTicks={5} />
        {series.map((s) => (
          <g key={s.optimizer}>
            <Area<number>
              data={s.x.map((_, i) => i)}
              x={(i) => x(s.x[i])}
              y0={(i) => y(s.min[i])}
              y1={(i) => y(s.max[i])}
              fill={colors[s.optimizer]}
              fillOpacity={0.15}
            />
            <LinePath<number>
              data={s.x.map((_, i) => i)}
              x={(i) => x(s.x[i])}
              y={(i) => y(s.mean[i])}
              stroke={colors[s.optimizer]}
              strokeWidth={2}
            />
          </g>
        ))}
        <AxisLeft
          tickComponent={PlainTickLabel}
          scale={y}
          numTicks={5}
          label={yLabel}
          labelOffset={44}
          tickLabelProps={{ fontSize: 11, fill: 'var(--chart-text)' }}
        />
        <AxisBottom
          tickComponent={PlainTickLabel}
          top={innerH}
          scale={x}
          numTicks={6}
          label="evaluations"
          tickLabelProps={{ fontSize: 11, fill: 'var(--chart-text)' }}
        />
      </Group>
      <Group left={MARGIN.left} top={4} data-testid="race-legend">
        {series.map((s, i) => {
          const { x: lx, row } = legend.places[i];
          const cy = row * LEGEND_ROW + 8;
          return (
            <g key={s.optimizer} transform={`translate(${lx},${cy})`}>
              <line x1={0} x2={14} y1={0} y2={0} stroke={colors[s.optimizer]} strokeWidth={3} />
              <text x={20} y={4} fontSize={12} fill={colors[s.optimizer]} fontWeight={600}>
                {labels[s.optimizer]}
              </text>
            </g>
          );
        })}
      </Group>
    </svg>
  );
}
