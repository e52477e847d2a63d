// Measured architectures as points with their Pareto front as a step line: a pure function of its
// props (data, scales built here, no fetching, no effects), so it renders on the server too.
import { AxisBottom, AxisLeft } from '@visx/axis';
import { GridColumns, GridRows } from '@visx/grid';
import { Group } from '@visx/group';
import { scaleLinear } from '@visx/scale';
import { LinePath } from '@visx/shape';
import { curveStepAfter, curveStepBefore } from '@visx/curve';

export interface ParetoScatterProps {
  /** x value per point (e.g. throughput). */
  xs: number[];
  /** y value per point (e.g. top-1 accuracy). */
  ys: number[];
  /** Indices of the Pareto-optimal points, sorted by x ascending. */
  front: number[];
  xLabel: string;
  yLabel: string;
  /** Which way x is better; decides how the front's staircase is drawn. */
  xDirection: 'max' | 'min';
  width: number;
  height: number;
  /** Accessible title of the chart. */
  title: string;
}

const MARGIN = { top: 16, right: 24, bottom: 48, left: 60 };

function extent(values: number[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  const pad = (hi - lo) * 0.04 || 1;
  return [lo - pad, hi + pad];
}

export function ParetoScatter({ xs, ys, front, xLabel, yLabel, xDirection, width, height, title }: ParetoScatterProps) {
  const innerW = width - MARGIN.left - MARGIN.right;
  const innerH = height - MARGIN.top - MARGIN.bottom;
  const x = scaleLinear<number>({ domain: extent(xs), range: [0, innerW] });
  const y = scaleLinear<number>({ domain: extent(ys), range: [innerH, 0] });
  const frontPoints = front.map((i) => [xs[i], ys[i]] as const);
  return (
    <svg width={width} height={height} role="img" aria-label={title} data-testid="pareto-scatter">
      <title>{title}</title>
      <Group left={MARGIN.left} top={MARGIN.top}>
        <GridRows scale={y} width={innerW} stroke="#e2e8f0" />
        <GridColumns scale={x} height={innerH} stroke="#e2e8f0" />
        <g fill="#2563eb" fillOpacity={0.25}>
          {xs.map((xv, i) => (
            <circle key={i} cx={x(xv)} cy={y(ys[i])} r={1.8} />
          ))}
        </g>
        <LinePath
          data={frontPoints}
          x={(d) => x(d[0])}
          y={(d) => y(d[1])}
          // For max-x the best accuracy at or beyond a throughput holds to the left of each point.
          curve={xDirection === 'max' ? curveStepBefore : curveStepAfter}
          stroke="#dc2626"
          strokeWidth={2}
        />
        <g fill="#dc2626" data-testid="pareto-front-points">
          {frontPoints.map(([fx, fy], i) => (
            <circle key={i} cx={x(fx)} cy={y(fy)} r={3.5} />
          ))}
        </g>
        <AxisBottom
          top={innerH}
          scale={x}
          label={xLabel}
          numTicks={6}
          labelProps={{ fontSize: 12, textAnchor: 'middle', fill: '#0f172a' }}
        />
        <AxisLeft scale={y} label={yLabel} numTicks={6} labelProps={{ fontSize: 12, textAnchor: 'middle', fill: '#0f172a' }} />
      </Group>
    </svg>
  );
}
