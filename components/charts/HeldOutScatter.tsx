// A device profile's held-out networks (#12): what the kernel-level model predicted against what was
// measured, with the diagonal and the ±10% band nn-Meter's headline number counts. A pure function of
// its props.
import { AxisBottom, AxisLeft } from '@visx/axis';
import { Group } from '@visx/group';
import { scaleLinear } from '@visx/scale';
import { circlesPath } from './circlesPath';

export interface HeldOutScatterProps {
  measured: readonly number[];
  predicted: readonly number[];
  /** "Latency Lab laptop (profiled)". */
  label: string;
  unit: string;
  width: number;
  height: number;
  testId?: string;
}

const M = { top: 12, right: 16, bottom: 44, left: 60 };

export function HeldOutScatter({ measured, predicted, label, unit, width, height, testId }: HeldOutScatterProps) {
  const lo = Math.min(...measured, ...predicted);
  const hi = Math.max(...measured, ...predicted);
  const pad = (hi - lo) * 0.08 || hi * 0.1 || 1;
  const domain: [number, number] = [Math.max(0, lo - pad), hi + pad];
  const iw = Math.max(40, width - M.left - M.right);
  const ih = Math.max(40, height - M.top - M.bottom);
  const x = scaleLinear<number>({ domain, range: [0, iw] });
  const y = scaleLinear<number>({ domain, range: [ih, 0], clamp: true });
  const within = measured.filter((m, i) => Math.abs(predicted[i] - m) <= 0.1 * m).length;
  const line = (k: number) => `M${x(domain[0])} ${y(k * domain[0])}L${x(domain[1])} ${y(k * domain[1])}`;
  return (
    <svg
      width={width}
      height={height}
      role="img"
      data-testid={testId}
      aria-label={`${label}: predicted against measured on ${measured.length} held-out networks, ${within} within ±10%`}
    >
      <title>{`${label}: predicted vs measured (held-out networks)`}</title>
      <Group left={M.left} top={M.top}>
        <rect width={iw} height={ih} fill="var(--chart-plot)" />
        <path d={`${line(0.9)}${line(1.1)}`} stroke="var(--chart-interval)" strokeDasharray="2 3" fill="none" />
        <path d={line(1)} stroke="var(--chart-reference)" strokeDasharray="4 3" fill="none" />
        <path d={circlesPath(measured, predicted, x, y, 3)} fill="var(--chart-blue)" fillOpacity={0.75} data-testid="held-out-points" />
        <AxisBottom
          top={ih}
          scale={x}
          numTicks={Math.max(2, Math.floor(iw / 80))}
          label={`Measured ${unit}`}
          tickLabelProps={{ fontSize: 11, fill: 'var(--chart-text)' }}
          labelProps={{ fontSize: 11, textAnchor: 'middle', fill: 'var(--chart-ink)' }}
        />
        <AxisLeft
          scale={y}
          numTicks={5}
          label={`Predicted ${unit}`}
          tickLabelProps={{ fontSize: 11, fill: 'var(--chart-text)' }}
          labelProps={{ fontSize: 11, textAnchor: 'middle', fill: 'var(--chart-ink)' }}
        />
      </Group>
    </svg>
  );
}
