// Labelled rows, each a dot with an optional interval whisker, on one horizontal value axis: effects
// with bootstrap intervals, or rank correlations side by side. Pure: props in, SVG out.
import { AxisBottom } from '@visx/axis';
import { GridColumns } from '@visx/grid';
import { Group } from '@visx/group';
import { scaleBand, scaleLinear } from '@visx/scale';

export interface DotIntervalRow {
  /** Stable key (also the test id suffix). */
  key: string;
  label: string;
  value: number;
  lo?: number;
  hi?: number;
  color: string;
  /** Text printed right of the row, e.g. the formatted value. */
  annotation?: string;
}

export interface DotIntervalChartProps {
  rows: DotIntervalRow[];
  /** Axis label, with its unit. */
  xLabel: string;
  width: number;
  /** Fixed value domain; by default the rows' extent (with 0 when `zeroLine`). */
  domain?: [number, number];
  /** Draw a reference line at 0. */
  zeroLine?: boolean;
  tickFormat?: (v: number) => string;
  /** Accessible title of the chart. */
  title: string;
}

const ROW = 26;
const MARGIN = { top: 8, right: 72, bottom: 44, left: 156 };

export function DotIntervalChart({ rows, xLabel, width, domain, zeroLine, tickFormat, title }: DotIntervalChartProps) {
  const height = MARGIN.top + rows.length * ROW + MARGIN.bottom;
  const innerW = Math.max(60, width - MARGIN.left - MARGIN.right);
  const innerH = rows.length * ROW;
  const ext = domain ?? extent(rows, zeroLine ?? false);
  const x = scaleLinear<number>({ domain: ext, range: [0, innerW], nice: !domain });
  const y = scaleBand<string>({ domain: rows.map((r) => r.key), range: [0, innerH], padding: 0.3 });
  return (
    <svg width={width} height={height} role="img" aria-label={title}>
      <title>{title}</title>
      <Group left={MARGIN.left} top={MARGIN.top}>
        <GridColumns scale={x} height={innerH} stroke="var(--chart-grid)" numTicks={6} />
        {zeroLine && <line x1={x(0)} x2={x(0)} y1={0} y2={innerH} stroke="var(--chart-muted)" strokeWidth={1} />}
        {rows.map((r) => {
          const cy = y(r.key)! + y.bandwidth() / 2;
          return (
            <g key={r.key} data-testid={`dot-${r.key}`}>
              <text x={-10} y={cy} dy="0.35em" textAnchor="end" fontSize={12} fill="var(--chart-ink)">
                {r.label}
              </text>
              {r.lo !== undefined && r.hi !== undefined && (
                <>
                  <line x1={x(r.lo)} x2={x(r.hi)} y1={cy} y2={cy} stroke={r.color} strokeWidth={2} />
                  <line x1={x(r.lo)} x2={x(r.lo)} y1={cy - 5} y2={cy + 5} stroke={r.color} strokeWidth={1.5} />
                  <line x1={x(r.hi)} x2={x(r.hi)} y1={cy - 5} y2={cy + 5} stroke={r.color} strokeWidth={1.5} />
                </>
              )}
              <circle cx={x(r.value)} cy={cy} r={5} fill={r.color} stroke="var(--chart-surface)" strokeWidth={1.5} />
              {r.annotation && (
                <text x={innerW + 8} y={cy} dy="0.35em" fontSize={11} fill="var(--chart-text)">
                  {r.annotation}
                </text>
              )}
            </g>
          );
        })}
        <AxisBottom
          top={innerH}
          scale={x}
          numTicks={6}
          tickFormat={tickFormat ? (v) => tickFormat(Number(v)) : undefined}
          label={xLabel}
          labelProps={{ fontSize: 12, textAnchor: 'middle', fill: 'var(--chart-ink)' }}
          tickLabelProps={{ fontSize: 11, fill: 'var(--chart-muted)' }}
        />
      </Group>
    </svg>
  );
}

function extent(rows: DotIntervalRow[], withZero: boolean): [number, number] {
  const values = rows.flatMap((r) => [r.value, r.lo ?? r.value, r.hi ?? r.value]);
  if (withZero) values.push(0);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = (hi - lo) * 0.05 || 1;
  return [lo - pad, hi + pad];
}
