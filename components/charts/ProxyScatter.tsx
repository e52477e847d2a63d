// Top-1 under the reference recipe (x) against top-1 under the searched proxy (y), one point per
// architecture: a proxy that ranks like the reference gives a monotone cloud. Pure: props in, SVG out.
import { AxisBottom, AxisLeft } from '@visx/axis';
import { GridColumns, GridRows } from '@visx/grid';
import { Group } from '@visx/group';
import { scaleLinear } from '@visx/scale';

export interface ProxyScatterProps {
  xs: number[];
  ys: number[];
  /** Tooltip text per point (e.g. the architecture code and both values). */
  labels: string[];
  xLabel: string;
  yLabel: string;
  width: number;
  height: number;
  /** Accessible title of the chart. */
  title: string;
}

const MARGIN = { top: 12, right: 16, bottom: 48, left: 56 };

function extent(values: number[]): [number, number] {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = (hi - lo) * 0.05 || 1;
  return [lo - pad, hi + pad];
}

export function ProxyScatter({ xs, ys, labels, xLabel, yLabel, width, height, title }: ProxyScatterProps) {
  const innerW = width - MARGIN.left - MARGIN.right;
  const innerH = height - MARGIN.top - MARGIN.bottom;
  const x = scaleLinear<number>({ domain: extent(xs), range: [0, innerW] });
  const y = scaleLinear<number>({ domain: extent(ys), range: [innerH, 0] });
  const axisLabel = { fontSize: 12, textAnchor: 'middle' as const, fill: 'var(--chart-ink)' };
  return (
    <svg width={width} height={height} role="img" aria-label={title} data-testid="proxy-scatter">
      <title>{title}</title>
      <Group left={MARGIN.left} top={MARGIN.top}>
        <GridRows scale={y} width={innerW} stroke="var(--chart-grid)" numTicks={6} />
        <GridColumns scale={x} height={innerH} stroke="var(--chart-grid)" numTicks={6} />
        <g fill="var(--chart-point)" fillOpacity={0.6} stroke="var(--chart-point-edge)" strokeOpacity={0.5}>
          {xs.map((xv, i) => (
            <circle key={i} cx={x(xv)} cy={y(ys[i])} r={3.5}>
              <title>{labels[i]}</title>
            </circle>
          ))}
        </g>
        <AxisBottom
          top={innerH}
          scale={x}
          numTicks={6}
          label={xLabel}
          labelProps={axisLabel}
          tickLabelProps={{ fontSize: 11, fill: 'var(--chart-muted)' }}
        />
        <AxisLeft
          scale={y}
          numTicks={6}
          label={yLabel}
          labelProps={axisLabel}
          tickLabelProps={{ fontSize: 11, fill: 'var(--chart-muted)' }}
        />
      </Group>
    </svg>
  );
}
