// The records of the current selection: sortable column headers (buttons with aria-sort), one row per
// record with its code linking to the editor and a checkbox to pick it (picked rows are drawn dark in
// the parallel coordinates). Presentational: rows, sort and picks come from the caller.
import Link from 'next/link';
import type { DataSortKey } from '@/lib/url/dataParams';
import { DATA_COLUMNS, type ApiRecordLike } from './dataColumns';
import { formatMetric } from './formatMetric';

export interface DataTableProps {
  rows: ApiRecordLike[];
  sort: DataSortKey;
  order: 'asc' | 'desc';
  onSort: (key: DataSortKey) => void;
  /** Result ids of the picked rows. */
  picked: readonly number[];
  onPick: (resultId: number) => void;
}

export function DataTable({ rows, sort, order, onSort, picked, onPick }: DataTableProps) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      {/* The code stays pinned while the metric columns scroll sideways. */}
      <table className="w-full text-sm" data-testid="data-table">
        <caption className="sr-only">Measured records; select a column header to sort by it.</caption>
        <thead className="bg-slate-50 text-xs text-muted">
          <tr>
            <th scope="col" className="px-2 py-2">
              <span className="sr-only">Pick</span>
            </th>
            {DATA_COLUMNS.slice(0, 1).map((c) => (
              <SortHeader key={c.key} column={c} sort={sort} order={order} onSort={onSort} />
            ))}
            <th scope="col" className="sticky left-0 z-10 bg-slate-50 px-2 py-2 text-left shadow-[1px_0_0_var(--color-slate-200)]">
              Architecture
            </th>
            <th scope="col" className="px-2 py-2 text-left">
              Split
            </th>
            {DATA_COLUMNS.slice(1).map((c) => (
              <SortHeader key={c.key} column={c} sort={sort} order={order} onSort={onSort} />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const isPicked = picked.includes(r.resultId);
            return (
              <tr
                key={r.resultId}
                className={`group border-t border-slate-100 ${isPicked ? 'bg-amber-50' : ''}`}
                data-testid="data-row"
                data-picked={isPicked || undefined}
              >
                <td className="px-2 py-1 group-hover:bg-slate-50">
                  <input
                    type="checkbox"
                    // 24 px: a finger's target (WCAG 2.5.8; e2e/phone.spec.ts checks every control).
                    className="h-6 w-6 cursor-pointer accent-accent"
                    checked={isPicked}
                    onChange={() => onPick(r.resultId)}
                    aria-label={`Pick record ${r.resultId} (${r.code}) to highlight it in the chart`}
                    data-testid="row-pick"
                  />
                </td>
                <td className="px-2 py-1 text-right tabular-nums text-muted group-hover:bg-slate-50">{r.resultId}</td>
                <td className="sticky left-0 bg-white px-2 py-1 font-mono text-xs whitespace-nowrap shadow-[1px_0_0_var(--color-slate-200)] group-hover:bg-slate-50">
                  {/* No prefetch: a page of 100 rows would fetch the editor for every row in view during load. */}
                  <Link
                    href={`/arch/${r.code}`}
                    prefetch={false}
                    className="text-accent underline-offset-2 hover:underline"
                    data-testid="row-link"
                    title="Open in the editor"
                  >
                    <span data-testid="row-code">{r.code}</span>
                    <span className="sr-only"> — open in the editor</span>
                  </Link>
                </td>
                <td className="px-2 py-1 text-muted group-hover:bg-slate-50">{r.split ?? '—'}</td>
                {DATA_COLUMNS.slice(1).map((c) => (
                  <td key={c.key} className="px-2 py-1 text-right tabular-nums whitespace-nowrap group-hover:bg-slate-50">
                    {formatMetric(c.key, c.value(r))}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

interface SortHeaderProps {
  column: (typeof DATA_COLUMNS)[number];
  sort: DataSortKey;
  order: 'asc' | 'desc';
  onSort: (key: DataSortKey) => void;
  className?: string;
}

function SortHeader({ column, sort, order, onSort, className = '' }: SortHeaderProps) {
  const active = column.key === sort;
  return (
    <th
      scope="col"
      className={`px-1 py-1 text-right whitespace-nowrap ${className}`}
      aria-sort={active ? (order === 'asc' ? 'ascending' : 'descending') : 'none'}
    >
      <button
        type="button"
        onClick={() => onSort(column.key)}
        className={`rounded px-1 py-1 hover:bg-slate-200 ${active ? 'font-semibold text-ink' : ''}`}
        data-testid={`sort-${column.key}`}
      >
        {column.header}
        {column.unit && <span className="font-normal"> {column.unit}</span>}
        <span aria-hidden="true" className="ml-0.5 inline-block w-2">
          {active ? (order === 'asc' ? '↑' : '↓') : ''}
        </span>
      </button>
    </th>
  );
}
