// Reliability by distance from the data: per bin of gene distance to the nearest training architecture,
// the share of test points inside the 90% interval, one line per target, against the nominal 0.9.
// A pure function of its props.
import { AxisBottom, AxisLeft } from '@visx/axis';
import { Group } from '@visx/group';
import { scaleLinear, scalePoint } from '@visx/scale';
import { LinePath } from '@visx/shape';
import { distanceBinLabel } from './distanceBinLabel';

export interface DistanceBinLabel {
  min: number;
  max: number;
  /** Test architectures in the bin. */
  n: number;
}

export interface CoverageByDistanceSeries {
  name: string;
  label: string;
  /** Coverage per bin, in the bins' order; null for a bin without points of this target. */
  coverage: (number | null)[];
}

export interface CoverageByDistanceChartProps {
  bins: DistanceBinLabel[];
  series: CoverageByDistanceSeries[];
  /** Nominal level drawn as the reference line. */
  nominal: number;
  /** Series drawn on top in the accent colour. */
  highlight?: string;
  width: number;
  height: number;
}

const M = { top: 12, right: 16, bottom: 58, left: 56 };

export function CoverageByDistanceChart({ bins, series, nominal, highlight, width, height }: CoverageByDistanceChartProps) {
  const iw = width - M.left - M.right;
  const ih = height - M.top - M.bottom;
  const keys = bins.map((_, i) => i);
  const x = scalePoint<number>({ domain: keys, range: [0, iw], padding: 0.5 });
  // From 60% unless a bin falls lower (held-out extremes can), so no point is clamped out of sight.
  const lowest = Math.min(0.6, ...series.flatMap((s) => s.coverage.filter((c): c is number => c !== null)));
  const y = scaleLinear<number>({ domain: [Math.floor(lowest * 10) / 10, 1], range: [ih, 0] });
  const ordered = [...series].sort((a) => (a.name === highlight ? 1 : -1));
  const points = (s: CoverageByDistanceSeries) => s.coverage.flatMap((c, i) => (c === null ? [] : [[i, c] as const]));
  return (
    <svg
      width={width}
      height={height}
      role="img"
      aria-label="Coverage of the 90% intervals per bin of gene distance to the training data, per target"
    >
      <title>Coverage of the 90% intervals by distance from the training data</title>
      <Group left={M.left} top={M.top}>
        <rect width={iw} height={ih} fill="var(--chart-plot)" />
        <line x1={0} x2={iw} y1={y(nominal)} y2={y(nominal)} stroke="var(--chart-reference)" strokeDasharray="4 3" />
        {ordered.map((s) => {
          const on = s.name === highlight;
          return (
            <g key={s.name} data-series={s.name}>
              <LinePath
                data={points(s)}
                x={(d) => x(d[0]) ?? 0}
                y={(d) => y(d[1])}
                stroke={on ? 'var(--chart-front)' : 'var(--chart-neutral)'}
                strokeOpacity={on ? 1 : 0.45}
                strokeWidth={on ? 2.5 : 1.2}
              />
              {on && points(s).map(([i, c]) => <circle key={i} cx={x(i) ?? 0} cy={y(c)} r={3.5} fill="var(--chart-front)" />)}
            </g>
          );
        })}
        <AxisBottom
          top={ih}
          scale={x}
          tickFormat={(i) => distanceBinLabel(bins[Number(i)], Number(i) === bins.length - 1)}
          label="Genes from the nearest training architecture (n per bin below)"
          labelOffset={22}
          labelProps={{ fontSize: 11, textAnchor: 'middle', fill: 'var(--chart-ink)' }}
        />
        {bins.map((b, i) => (
          <text key={i} x={x(i) ?? 0} y={ih + 30} fontSize={10} textAnchor="middle" fill="var(--chart-muted)">
            n={b.n}
          </text>
        ))}
        <AxisLeft
          scale={y}
          numTicks={5}
          tickFormat={(v) => `${Math.round(Number(v) * 100)}%`}
          label="Inside the 90% interval"
          labelProps={{ fontSize: 11, textAnchor: 'middle', fill: 'var(--chart-ink)' }}
        />
      </Group>
    </svg>
  );
}
