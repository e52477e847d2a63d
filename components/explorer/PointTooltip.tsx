// What hovering a point of the Pareto chart shows: measured or predicted, the code, the 7 stages as a
// glyph, the two plotted values (± the surrogate's std for predictions) and analytic MACs and params.
import { ArchitectureGlyph } from '@/components/charts/ArchitectureGlyph';
import { macsParams } from '@/core/metrics/macsParams';
import type { Architecture } from '@/core/space/searchSpace';
import { formatWithUnit } from '@/components/ui/formatWithUnit';

export interface TooltipValue {
  label: string;
  unit: string;
  value: number;
  std?: number;
}

export interface PointTooltipProps {
  kind: 'measured' | 'predicted';
  code: string;
  arch: Architecture;
  x: TooltipValue;
  y: TooltipValue;
  /** Whether the point is on its cloud's Pareto front. */
  onFront: boolean;
}

const show = (v: TooltipValue) =>
  `${formatWithUnit(v.value, v.unit)}${v.std !== undefined ? ` ± ${formatWithUnit(v.std, v.unit, true)}` : ''} ${v.unit}`;

export function PointTooltip({ kind, code, arch, x, y, onFront }: PointTooltipProps) {
  const { macs, params } = macsParams(arch);
  return (
    <div className="space-y-1">
      <p className="flex items-center justify-between gap-2">
        <span
          className={`rounded px-1.5 py-0.5 text-[10px] font-semibold uppercase tracking-wide ${kind === 'measured' ? 'bg-blue-100 text-blue-900' : 'bg-violet-100 text-violet-900'}`}
        >
          {kind}
          {onFront ? ' · on front' : ''}
        </span>
        <code className="font-mono text-[11px]">{code}</code>
      </p>
      <ArchitectureGlyph arch={arch} width={236} height={40} />
      <dl className="grid grid-cols-[auto_1fr] gap-x-2 tabular-nums">
        <dt className="text-muted">{y.label}</dt>
        <dd className="text-right">{show(y)}</dd>
        <dt className="text-muted">{x.label}</dt>
        <dd className="text-right">{show(x)}</dd>
        <dt className="text-muted">MACs / params</dt>
        <dd className="text-right">
          {macs.toFixed(1)} M / {params.toFixed(2)} M
        </dd>
      </dl>
      <p className="text-[10px] text-muted">Click to open it in the editor.</p>
    </div>
  );
}
