// A compact table of architectures (code linking to the editor, the plotted accuracy and device metric,
// ± the surrogate's std for predictions, and a badge where the surrogate extrapolates): the fronts and
// the brushed selection of /pareto use it.
import Link from 'next/link';
import { ExtrapolatedBadge } from '@/components/ui/ExtrapolatedBadge';
import { formatWithUnit } from '@/components/ui/formatWithUnit';
import type { OodLevel } from '@/workers/surrogate/protocol';

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
}

export function ArchitectureRows({ rows, xLabel, xUnit, yLabel, caption, testId }: ArchitectureRowsProps) {
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
          {rows.map((r, i) => (
            <tr key={`${r.code}-${i}`} className="border-t border-slate-100" data-code={r.code} data-ood={r.ood}>
              {/* The link's own padding makes it a 24 px tall target (WCAG 2.5.8): with the cell's, rows 21 px
                  apart left the codes 14 px tall and too close for Lighthouse's target-size audit. */}
              <td className="px-2">
                <Link href={`/arch/${r.code}`} className="inline-block py-1 font-mono text-accent hover:underline">
                  {r.code}
                </Link>
                <ExtrapolatedBadge ood={r.ood} />
              </td>
              <td className="px-2 py-0.5 text-right">{pm(r.y, r.yStd, '%')}</td>
              <td className="px-2 py-0.5 text-right">{pm(r.x, r.xStd, xUnit)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
