// Measured architectures as points with their Pareto front as a step line: a pure function of its
// props (data, scales built here, no fetching, no effects), so it renders on the server too.
import { AxisBottom, AxisLeft } from '@visx/axis';
import { GridColumns, GridRows } from '@visx/grid';
import { Group } from '@visx/group';
import { LinePath } from '@visx/shape';
import { curveStepAfter, curveStepBefore } from '@visx/curve';
import { circlesPath } from './circlesPath';
import { SCATTER_MARGIN as MARGIN, scatterScales } from './scatterScales';

/** Side of a front point's link target, in pixels: WCAG 2.5.8's minimum. */
const FRONT_TARGET = 24;

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
  /** When given, each front point is a link (keyboard-focusable) to this address, named by this label. */
  frontLink?: (index: number) => { href: string; label: string };
  /** Called with a front point's index when its link takes focus, null when focus leaves it. */
  onFrontFocus?: (index: number | null) => void;
  /** A point to ring (the one under the pointer or in focus). */
  highlight?: number | null;
}

export function ParetoScatter(props: ParetoScatterProps) {
  const { xs, ys, front, xLabel, yLabel, xDirection, width, height, title, frontLink, onFrontFocus, highlight } = props;
  const { x, y, innerW, innerH } = scatterScales(xs, ys, width, height);
  const frontPoints = front.map((i) => [xs[i], ys[i]] as const);
  return (
    // With links inside, the chart is a group: role="img" would hide them from assistive technology.
    <svg width={width} height={height} role={frontLink ? 'group' : 'img'} aria-label={title} data-testid="pareto-scatter">
      <title>{title}</title>
      <Group left={MARGIN.left} top={MARGIN.top}>
        <GridRows scale={y} width={innerW} stroke="var(--chart-grid)" />
        <GridColumns scale={x} height={innerH} stroke="var(--chart-grid)" />
        {/* All points as one path (thousands of <circle>s made the landing page 5,000 DOM elements and its
            hydration four 60 ms tasks); overlaps are filled once, hence a single point's opacity of 0.45. */}
        <path
          d={circlesPath(xs, ys, x, y, 1.8)}
          fill="var(--chart-point)"
          fillOpacity={0.45}
          data-testid="pareto-points"
          data-points={xs.length}
        />
        <LinePath
          data={frontPoints}
          x={(d) => x(d[0])}
          y={(d) => y(d[1])}
          // For max-x the best accuracy at or beyond a throughput holds to the left of each point.
          curve={xDirection === 'max' ? curveStepBefore : curveStepAfter}
          stroke="var(--chart-front)"
          strokeWidth={2}
        />
        <g fill="var(--chart-front)" data-testid="pareto-front-points">
          {frontPoints.map(([fx, fy], i) => {
            const circle = <circle key={i} cx={x(fx)} cy={y(fy)} r={3.5} />;
            if (!frontLink) return circle;
            const { href, label } = frontLink(front[i]);
            // The dot is 7 px; an invisible square around it makes the link a 24 × 24 px target (WCAG 2.5.8)
            // for a finger as for the axe and Lighthouse checks, which measure the link's box.
            return (
              <a key={i} href={href} aria-label={label} onFocus={() => onFrontFocus?.(front[i])} onBlur={() => onFrontFocus?.(null)}>
                <rect
                  x={x(fx) - FRONT_TARGET / 2}
                  y={y(fy) - FRONT_TARGET / 2}
                  width={FRONT_TARGET}
                  height={FRONT_TARGET}
                  fill="transparent"
                />
                {circle}
              </a>
            );
          })}
        </g>
        {highlight != null && highlight >= 0 && highlight < xs.length && (
          <circle
            cx={x(xs[highlight])}
            cy={y(ys[highlight])}
            r={7}
            fill="none"
            stroke="var(--chart-ink)"
            strokeWidth={2}
            pointerEvents="none"
            data-testid="pareto-highlight"
          />
        )}
        <AxisBottom
          top={innerH}
          scale={x}
          label={xLabel}
          // Six labels like "30,000" overlap in a phone's 240 px plot; four fit.
          numTicks={innerW < 400 ? 4 : 6}
          labelProps={{ fontSize: 12, textAnchor: 'middle', fill: 'var(--chart-ink)' }}
        />
        <AxisLeft scale={y} label={yLabel} numTicks={6} labelProps={{ fontSize: 12, textAnchor: 'middle', fill: 'var(--chart-ink)' }} />
      </Group>
    </svg>
  );
}
