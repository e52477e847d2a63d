// Predicted against measured values of one target: points with their 90% interval as vertical
// error bars and the diagonal y = x. A pure function of its props.
import { AxisBottom, AxisLeft } from '@visx/axis';
import { Group } from '@visx/group';
import { scaleLinear } from '@visx/scale';
import { circlesPath } from './circlesPath';

export interface PredictedVsMeasuredProps {
  measured: number[];
  mean: number[];
  std: number[];
  /** z of the error bars, e.g. 1.645 for 90% intervals. */
  z: number;
  label: string;
  unit: string;
  width: number;
  height: number;
}

const M = { top: 12, right: 16, bottom: 44, left: 64 };

const fixed = (v: number) => String(Math.round(v * 10) / 10);

/** A vertical bar from mean − z·std to mean + z·std at each measured value, as one path. */
function intervalsPath(measured: number[], mean: number[], std: number[], z: number, x: (v: number) => number, y: (v: number) => number) {
  return measured.map((m, i) => `M${fixed(x(m))} ${fixed(y(mean[i] - z * std[i]))}V${fixed(y(mean[i] + z * std[i]))}`).join('');
}

export function PredictedVsMeasured({ measured, mean, std, z, label, unit, width, height }: PredictedVsMeasuredProps) {
  const lo = Math.min(...measured, ...mean);
  const hi = Math.max(...measured, ...mean);
  const pad = (hi - lo) * 0.04 || 1;
  const domain: [number, number] = [lo - pad, hi + pad];
  const iw = width - M.left - M.right;
  const ih = height - M.top - M.bottom;
  const x = scaleLinear<number>({ domain, range: [0, iw] });
  const y = scaleLinear<number>({ domain, range: [ih, 0], clamp: true });
  const inside = measured.filter((v, i) => Math.abs(v - mean[i]) <= z * std[i]).length;
  return (
    <svg
      width={width}
      height={height}
      role="img"
      aria-label={`${label}: predicted against measured on the test split, ${inside} of ${measured.length} inside their interval`}
    >
      <title>{`${label}: predicted vs measured (test split)`}</title>
      <Group left={M.left} top={M.top}>
        <rect width={iw} height={ih} fill="var(--chart-plot)" />
        <line
          x1={x(domain[0])}
          y1={y(domain[0])}
          x2={x(domain[1])}
          y2={y(domain[1])}
          stroke="var(--chart-reference)"
          strokeDasharray="4 3"
        />
        {/* Bars and points as one path each, not 2 × 512 elements (they made the page's hydration long). */}
        <path d={intervalsPath(measured, mean, std, z, x, y)} stroke="var(--chart-interval)" strokeWidth={1} fill="none" />
        <path d={circlesPath(measured, mean, x, y, 2)} fill="var(--chart-blue)" fillOpacity={0.7} data-testid="validation-points" />
        <AxisBottom
          top={ih}
          scale={x}
          numTicks={5}
          label={`Measured ${unit}`}
          labelProps={{ fontSize: 11, textAnchor: 'middle', fill: 'var(--chart-ink)' }}
        />
        <AxisLeft
          scale={y}
          numTicks={5}
          label={`Predicted ${unit}`}
          labelProps={{ fontSize: 11, textAnchor: 'middle', fill: 'var(--chart-ink)' }}
        />
      </Group>
    </svg>
  );
}
