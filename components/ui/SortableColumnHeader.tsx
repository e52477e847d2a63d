// A table's column header that sorts by its column: a button inside the <th>, the <th> carrying
// aria-sort so a screen reader says which column orders the rows and which way.
import type { ReactNode } from 'react';

export interface SortableColumnHeaderProps {
  /** Which way this column sorts now; null when another column (or none) does. */
  order: 'asc' | 'desc' | null;
  onSort: () => void;
  children: ReactNode;
  /** Unit shown after the name, e.g. `%` or `img/s`. */
  unit?: string;
  align?: 'left' | 'right';
  testId?: string;
}

export function SortableColumnHeader({ order, onSort, children, unit, align = 'right', testId }: SortableColumnHeaderProps) {
  return (
    <th
      scope="col"
      className={`py-1 pr-3 whitespace-nowrap ${align === 'right' ? 'text-right' : 'text-left'}`}
      aria-sort={order === 'asc' ? 'ascending' : order === 'desc' ? 'descending' : 'none'}
    >
      <button
        type="button"
        onClick={onSort}
        className={`-mx-1 rounded px-1 py-0.5 hover:bg-slate-200 ${order ? 'font-semibold text-ink' : 'font-medium'}`}
        data-testid={testId}
      >
        {children}
        {unit && <span className="font-normal"> ({unit})</span>}
        <span aria-hidden="true" className="ml-0.5 inline-block w-2">
          {order === 'asc' ? '↑' : order === 'desc' ? '↓' : ''}
        </span>
      </button>
    </th>
  );
}
