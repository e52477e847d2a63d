// The prediction table's rows for profiled devices (#12): the device's kernel-level prediction with its
// std (value × the fit's held-out log-residual spread), no measured value and no "better than" (the
// device never ran the dataset's networks), and the change against the previous and original
// architectures like every other row. Each row is marked as a profiled device and links to it.
import { formatWithUnit } from '@/components/ui/formatWithUnit';
import { DifferenceCell } from './DifferenceCell';
import type { ProfiledRow } from './useProfiledRows';

export interface ProfiledPredictionRowsProps {
  rows: readonly ProfiledRow[];
  /** How many measured columns the table has: a profiled row leaves them empty. */
  measuredColumns: number;
  /** The change columns, in order. */
  comparisons: readonly ('previous' | 'original')[];
}

const Badge = ({ id }: { id: string }) => (
  <a
    href={`/devices/${id}`}
    className="ml-1 rounded border border-sky-300 bg-sky-50 px-1 text-[11px] text-sky-900 hover:border-accent"
    title={`Profiled device ${id}: predicted by its kernel-level model (Σ kernel times through the network's layers, calibrated on whole networks)`}
  >
    profiled
  </a>
);

export function ProfiledPredictionRows({ rows, measuredColumns, comparisons }: ProfiledPredictionRowsProps) {
  const blanks = (n: number) => Array.from({ length: n }, (_, i) => <td key={i} className="px-1.5 py-1 text-right text-muted" />);
  return rows.map((row) => {
    if (row.status !== 'ready')
      return (
        <tr key={row.id} className="border-t border-slate-100" data-profiled-device={row.id}>
          <th scope="row" className="whitespace-nowrap px-1.5 py-1 font-normal">
            Device {row.id}
            <Badge id={row.id} />
          </th>
          <td colSpan={2 + measuredColumns + comparisons.length} className="px-1.5 py-1 text-xs">
            {row.status === 'error' ? (
              <span className="text-red-800" role="alert">
                {row.message}
              </span>
            ) : (
              <span className="inline-block h-3 w-16 animate-pulse rounded bg-slate-200" aria-label="loading the profile" />
            )}
          </td>
        </tr>
      );
    const { spec } = row;
    return (
      <tr key={spec.name} className="border-t border-slate-100 bg-sky-50/40" data-target={spec.name} data-profiled-device={row.id}>
        <th scope="row" className="whitespace-nowrap px-1.5 py-1 font-normal">
          {spec.label} <span className="text-xs text-muted">({spec.unit})</span>
          <Badge id={row.id} />
        </th>
        <td
          className="whitespace-nowrap px-1.5 py-1 text-right"
          data-testid={`predicted-${spec.name}`}
          data-mean={String(row.mean)}
          data-std={String(row.std)}
        >
          {formatWithUnit(row.mean, spec.unit)} <span className="text-muted">± {formatWithUnit(row.std, spec.unit, true)}</span>
        </td>
        {blanks(measuredColumns)}
        <td className="px-1.5 py-1 text-right" title="A profiled device has no measured records to rank against">
          <span className="text-muted">—</span>
        </td>
        {comparisons.map((against, i) => (
          <DifferenceCell
            key={against}
            d={row.differences[i] ?? null}
            kind={spec.kind}
            testId={against === 'original' ? `change-${spec.name}` : `change-previous-${spec.name}`}
          />
        ))}
      </tr>
    );
  });
}
