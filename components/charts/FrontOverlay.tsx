// One Pareto front drawn over the chart's points: a staircase through its points (measured: solid with
// discs; predicted: dashed with squares and ±1 std error bars in both directions, a ring round the points
// the surrogate extrapolates). Pure SVG of its props.
import type { CurveFactory } from '@visx/vendor/d3-shape';
import { LinePath } from '@visx/shape';
import type { FrontPoint } from './ParetoCloudChart';

/** Ring round extrapolated predicted front points (amber-600, as the cloud's edge shading). */
const EXTRAPOLATED_RING = 'var(--chart-extrapolated)';

export interface FrontOverlayProps {
  /** Sorted by x ascending. */
  front: readonly FrontPoint[];
  /** Data → pixel maps of the chart. */
  sx: (v: number) => number;
  sy: (v: number) => number;
  curve: CurveFactory;
  color: string;
  kind: 'measured' | 'predicted';
}

export function FrontOverlay({ front, sx, sy, curve, color, kind }: FrontOverlayProps) {
  const points = front as FrontPoint[];
  if (kind === 'measured') {
    return (
      <g data-front="measured">
        <LinePath data={points} x={(d) => sx(d.x)} y={(d) => sy(d.y)} curve={curve} stroke={color} strokeWidth={2} />
        <g fill={color} stroke="var(--chart-surface)" strokeWidth={0.75}>
          {points.map((p, i) => (
            <circle key={i} cx={sx(p.x)} cy={sy(p.y)} r={3.5} />
          ))}
        </g>
      </g>
    );
  }
  return (
    <g data-front="predicted">
      <g stroke={color} strokeWidth={1} strokeOpacity={0.7}>
        {points.map((p, i) => (
          <g key={i}>
            {p.yStd ? <line x1={sx(p.x)} x2={sx(p.x)} y1={sy(p.y - p.yStd)} y2={sy(p.y + p.yStd)} /> : null}
            {p.xStd ? <line x1={sx(p.x - p.xStd)} x2={sx(p.x + p.xStd)} y1={sy(p.y)} y2={sy(p.y)} /> : null}
          </g>
        ))}
      </g>
      <LinePath data={points} x={(d) => sx(d.x)} y={(d) => sy(d.y)} curve={curve} stroke={color} strokeWidth={2} strokeDasharray="5 3" />
      <g fill={color}>
        {points.map((p, i) => (
          <rect key={i} x={sx(p.x) - 2.5} y={sy(p.y) - 2.5} width={5} height={5} />
        ))}
      </g>
      <g fill="none" stroke={EXTRAPOLATED_RING} strokeWidth={1.5} data-front-flagged={points.filter((p) => p.flagged).length}>
        {points.map((p, i) => (p.flagged ? <circle key={i} cx={sx(p.x)} cy={sy(p.y)} r={5.5} /> : null))}
      </g>
    </g>
  );
}
