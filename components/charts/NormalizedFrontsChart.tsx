// Several devices' Pareto fronts on one plot: x is each device's performance relative to its best
// measured architecture (throughput ÷ the best throughput; for latency, the best latency ÷ latency), so
// 1 is that device's best and right is better everywhere; y is accuracy. Measured fronts solid,
// predicted fronts dashed. A pure function of its props.
import { AxisBottom, AxisLeft } from '@visx/axis';
import { curveStepBefore } from '@visx/curve';
import { GridColumns, GridRows } from '@visx/grid';
import { scaleLinear } from '@visx/scale';
import { LinePath } from '@visx/shape';
import { pad } from './chartView';
import { PlainTickLabel } from './PlainTickLabel';

export interface NormalizedFront {
  key: string;
  label: string;
  color: string;
  /** Points with x already normalised (1 = the device's best measured), sorted by x ascending. */
  measured: { x: number; y: number }[];
  predicted: { x: number; y: number }[];
}

export interface NormalizedFrontsChartProps {
  fronts: NormalizedFront[];
  width: number;
  height: number;
  xLabel: string;
  yLabel: string;
  title: string;
}

const MARGIN = { top: 12, right: 16, bottom: 46, left: 60 };

export function NormalizedFrontsChart({ fronts, width, height, xLabel, yLabel, title }: NormalizedFrontsChartProps) {
  const innerW = Math.max(10, width - MARGIN.left - MARGIN.right);
  const innerH = Math.max(10, height - MARGIN.top - MARGIN.bottom);
  let x0 = Infinity;
  let x1 = -Infinity;
  let y0 = Infinity;
  let y1 = -Infinity;
  for (const f of fronts) {
    for (const p of [...f.measured, ...f.predicted]) {
      x0 = Math.min(x0, p.x);
      x1 = Math.max(x1, p.x);
      y0 = Math.min(y0, p.y);
      y1 = Math.max(y1, p.y);
    }
  }
  const x = scaleLinear<number>({ domain: pad([x0, Math.max(x1, 1)], 0.02), range: [MARGIN.left, MARGIN.left + innerW] });
  const y = scaleLinear<number>({ domain: pad([y0, y1]), range: [MARGIN.top + innerH, MARGIN.top] });
  return (
    <svg width={width} height={height} role="img" aria-label={title} data-testid="normalized-fronts">
      <title>{title}</title>
      <GridRows scale={y} left={MARGIN.left} width={innerW} stroke="var(--chart-grid)" numTicks={6} />
      <GridColumns scale={x} top={MARGIN.top} height={innerH} stroke="var(--chart-grid)" numTicks={6} />
      <line x1={x(1)} x2={x(1)} y1={MARGIN.top} y2={MARGIN.top + innerH} stroke="var(--chart-reference)" strokeDasharray="2 3" />
      {fronts.map((f) => (
        <g key={f.key} data-front={f.key}>
          <LinePath
            data={f.predicted}
            x={(d) => x(d.x)}
            y={(d) => y(d.y)}
            curve={curveStepBefore}
            stroke={f.color}
            strokeWidth={1.5}
            strokeDasharray="5 3"
            strokeOpacity={0.85}
          />
          <LinePath data={f.measured} x={(d) => x(d.x)} y={(d) => y(d.y)} curve={curveStepBefore} stroke={f.color} strokeWidth={2} />
          <g fill={f.color}>
            {f.measured.map((p, i) => (
              <circle key={i} cx={x(p.x)} cy={y(p.y)} r={2.5} />
            ))}
          </g>
        </g>
      ))}
      {/* Legend in the bottom-left corner (slow and inaccurate: dominated, so no front goes there);
          on a phone the device chips above the chart are the legend. */}
      {width >= 560 && (
        <g
          transform={`translate(${MARGIN.left + 16}, ${MARGIN.top + innerH - fronts.length * 16 - 30})`}
          fontSize={11}
          fill="var(--chart-ink)"
        >
          <rect
            x={-8}
            y={-6}
            width={194}
            height={fronts.length * 16 + 26}
            fill="var(--chart-surface)"
            fillOpacity={0.9}
            stroke="var(--chart-grid)"
            rx={4}
          />
          {fronts.map((f, i) => (
            <g key={f.key} transform={`translate(0, ${i * 16 + 6})`}>
              <line x1={0} x2={18} y1={0} y2={0} stroke={f.color} strokeWidth={2} />
              <text x={24} y={4}>
                {f.label}
              </text>
            </g>
          ))}
          <text x={0} y={fronts.length * 16 + 12} fill="var(--chart-muted)">
            solid: measured · dashed: predicted
          </text>
        </g>
      )}
      <AxisBottom
        tickComponent={PlainTickLabel}
        top={MARGIN.top + innerH}
        scale={x}
        label={xLabel}
        numTicks={6}
        tickFormat={(v) => `${Math.round(Number(v) * 100)}%`}
        labelProps={{ fontSize: 12, textAnchor: 'middle', fill: 'var(--chart-ink)' }}
        tickLabelProps={{ fontSize: 11, fill: 'var(--chart-text)' }}
      />
      <AxisLeft
        tickComponent={PlainTickLabel}
        left={MARGIN.left}
        scale={y}
        label={yLabel}
        numTicks={6}
        labelProps={{ fontSize: 12, textAnchor: 'middle', fill: 'var(--chart-ink)' }}
        tickLabelProps={{ fontSize: 11, fill: 'var(--chart-text)' }}
      />
    </svg>
  );
}
