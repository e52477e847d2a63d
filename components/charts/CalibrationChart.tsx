// Calibration of predictive intervals: for each nominal level, the share of test points inside
// mean ± z·std, one line per target, against the ideal diagonal. A pure function of its props.
import { AxisBottom, AxisLeft } from '@visx/axis';
import { Group } from '@visx/group';
import { scaleLinear } from '@visx/scale';
import { LinePath } from '@visx/shape';

export interface CalibrationSeries {
  name: string;
  label: string;
  coverage: number[];
}

export interface CalibrationChartProps {
  levels: number[];
  series: CalibrationSeries[];
  /** Series drawn on top in the accent colour. */
  highlight?: string;
  width: number;
  height: number;
}

const M = { top: 12, right: 16, bottom: 44, left: 56 };

export function CalibrationChart({ levels, series, highlight, width, height }: CalibrationChartProps) {
  const iw = width - M.left - M.right;
  const ih = height - M.top - M.bottom;
  const x = scaleLinear<number>({ domain: [0.4, 1], range: [0, iw] });
  const y = scaleLinear<number>({ domain: [0.4, 1], range: [ih, 0], clamp: true });
  const ordered = [...series].sort((a) => (a.name === highlight ? 1 : -1));
  return (
    <svg width={width} height={height} role="img" aria-label="Interval calibration: empirical against nominal coverage per target">
      <title>Interval calibration on the test split</title>
      <Group left={M.left} top={M.top}>
        <rect width={iw} height={ih} fill="var(--chart-plot)" />
        <line x1={x(0.4)} y1={y(0.4)} x2={x(1)} y2={y(1)} stroke="var(--chart-reference)" strokeDasharray="4 3" />
        {ordered.map((s) => (
          <g key={s.name}>
            <LinePath
              data={levels.map((l, i) => [l, s.coverage[i]] as const)}
              x={(d) => x(d[0])}
              y={(d) => y(d[1])}
              stroke={s.name === highlight ? 'var(--chart-front)' : 'var(--chart-neutral)'}
              strokeOpacity={s.name === highlight ? 1 : 0.45}
              strokeWidth={s.name === highlight ? 2.5 : 1.2}
            />
            {s.name === highlight &&
              levels.map((l, i) => <circle key={l} cx={x(l)} cy={y(s.coverage[i])} r={3.5} fill="var(--chart-front)" />)}
          </g>
        ))}
        <AxisBottom
          top={ih}
          scale={x}
          numTicks={6}
          tickFormat={(v) => `${Math.round(Number(v) * 100)}%`}
          label="Nominal interval level"
          labelProps={{ fontSize: 11, textAnchor: 'middle', fill: 'var(--chart-ink)' }}
        />
        <AxisLeft
          scale={y}
          numTicks={6}
          tickFormat={(v) => `${Math.round(Number(v) * 100)}%`}
          label="Test points inside"
          labelProps={{ fontSize: 11, textAnchor: 'middle', fill: 'var(--chart-ink)' }}
        />
      </Group>
    </svg>
  );
}
