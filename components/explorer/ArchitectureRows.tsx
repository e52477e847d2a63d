// A compact table of architectures (code linking to the editor, the plotted accuracy and device metric,
// ± the surrogate's std for predictions, and a badge where the surrogate extrapolates): the fronts and
// the brushed selection of /pareto use it. Linked to the chart: rows inside its brush are marked, and
// hovering or focusing a row asks the chart to ring that point.
import Link from 'next/link';
import { ExtrapolatedBadge } from '@/components/ui/ExtrapolatedBadge';
import { formatWithUnit } from '@/components/ui/formatWithUnit';
import { viewContains, type ChartView } from '@/components/charts/chartView';
import type { OodLevel } from '@/workers/surrogate/protocol';

/** A row inside the chart's brush: a pale fill the accent links keep 4.5:1 contrast on (blue-100 did not), and a bar. */
const IN_BRUSH_ROW = 'bg-blue-50 shadow-[inset_3px_0_0_var(--color-accent)]';

export interface ArchitectureRow {
  code: string;
  y: number;
  x: number;
  yStd?: number;
  xStd?: number;
  /** Predictions only: where the architecture sits against the surrogate's training data. */
  ood?: OodLevel;
}

export interface ArchitectureRowsProps {
  rows: ArchitectureRow[];
  xLabel: string;
  xUnit: string;
  yLabel: string;
  caption: string;
  testId: string;
  /** The chart's brush: rows inside it are marked. */
  selection?: ChartView | null;
  /** A row hovered or focused (null when left). */
  onHover?: (row: ArchitectureRow | null) => void;
  /** Appended to each editor link, e.g. `?bm=u3fa9c2d1e0ab.latency`: the profiled device the editor should open with (#12). */
  linkQuery?: string;
}

export function ArchitectureRows({
  rows,
  xLabel,
  xUnit,
  yLabel,
  caption,
  testId,
  selection,
  onHover,
  linkQuery = '',
}: ArchitectureRowsProps) {
  const pm = (v: number, std: number | undefined, unit: string) =>
    `${formatWithUnit(v, unit)}${std !== undefined ? ` ± ${formatWithUnit(std, unit, true)}` : ''}`;
  return (
    <div className="max-h-80 overflow-auto rounded border border-slate-200 bg-white" tabIndex={0} role="region" aria-label={caption}>
      <table className="w-full text-left text-xs tabular-nums" data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <thead className="sticky top-0 bg-slate-50 text-muted">
          <tr>
            <th scope="col" className="px-2 py-1 font-medium">
              Architecture
            </th>
            <th scope="col" className="px-2 py-1 text-right font-medium">
              {yLabel} (%)
            </th>
            <th scope="col" className="px-2 py-1 text-right font-medium">
              {xLabel} ({xUnit})
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => {
            const inBrush = !!selection && viewContains(selection, r.x, r.y);
            return (
              <tr
                key={`${r.code}-${i}`}
                className={`border-t border-slate-100 ${inBrush ? IN_BRUSH_ROW : ''}`}
                data-code={r.code}
                data-x={r.x}
                data-ood={r.ood}
                data-in-brush={inBrush || undefined}
                onMouseEnter={onHover && (() => onHover(r))}
                onMouseLeave={onHover && (() => onHover(null))}
              >
                {/* The link's own padding makes it a 24 px tall target (WCAG 2.5.8): with the cell's, rows 21 px
                    apart left the codes 14 px tall and too close for Lighthouse's target-size audit. */}
                <td className="px-2">
                  <Link
                    href={`/arch/${r.code}${linkQuery}`}
                    className="inline-block py-1 font-mono text-accent hover:underline"
                    onFocus={onHover && (() => onHover(r))}
                    onBlur={onHover && (() => onHover(null))}
                  >
                    {r.code}
                  </Link>
                  <ExtrapolatedBadge ood={r.ood} />
                </td>
                <td className="px-2 py-0.5 text-right">{pm(r.y, r.yStd, '%')}</td>
                <td className="px-2 py-0.5 text-right">{pm(r.x, r.xStd, xUnit)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
