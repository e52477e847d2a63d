'use client';
// The dataset table as a tool: filters and sort in the URL (the REST API's own parameters), records
// fetched page by page through the cursor ("Load more"), export of the whole selection, and designed
// loading, empty and error states. Above the table, the parallel coordinates: their brushes are these
// filters, and rows picked in the table (`rows`) are drawn dark in them.
import { keepPreviousData, useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import type { inferOutput } from '@trpc/tanstack-react-query';
import { createSerializer, useQueryStates } from 'nuqs';
import { MAX_PICKED_ROWS, parcoordsParams } from '@/components/parcoords/parcoordsParams';
import { PanelStatus } from '@/components/ui/PanelStatus';
import { useTRPC } from '@/lib/trpc/TrpcProvider';
import { activeFilterCount, CLEARED_FILTERS, dataParams, toListInput, type DataSortKey } from '@/lib/url/dataParams';
import { DATA_COLUMNS } from './dataColumns';
import { DataExport } from './DataExport';
import { DATA_PAGE_SIZE } from './dataPageSize';
import { DataFilters, type DataPatch } from './DataFilters';
import { DataParamNotice } from './DataParamNotice';
import { DataTable } from './DataTable';
import { ParallelCoordinatesPanel } from './ParallelCoordinatesPanel';

/** The client's view of the API, typed from the tRPC hook (no import from server/). */
type Api = ReturnType<typeof useTRPC>;
type ListPage = inferOutput<Api['architectures']['list']>;

const serialize = createSerializer(dataParams);

export interface DataExplorerProps {
  /** The first page the server rendered, keyed by the JSON of its list input; null if it failed. */
  initial: { key: string; page: ListPage } | null;
  /** Dataset version hash (for the export's provenance). */
  version: string;
}

export function DataExplorer({ initial, version }: DataExplorerProps) {
  const [state, setState] = useQueryStates(dataParams, { history: 'push' });
  const [{ rows: picked }, setPicked] = useQueryStates({ rows: parcoordsParams.rows }, { history: 'replace' });
  const pick = (id: number) =>
    setPicked({ rows: picked.includes(id) ? picked.filter((x) => x !== id) : [...picked, id].slice(-MAX_PICKED_ROWS) });
  const input = toListInput(state);
  const key = JSON.stringify(input);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  // Pages are fetched through the plain list query, not trpc's infiniteQueryOptions: that one adds a
  // `direction` key to the input, which the list procedure's strict input schema rejects.
  const q = useInfiniteQuery({
    queryKey: ['dataTable', input],
    queryFn: ({ pageParam }) =>
      queryClient.fetchQuery(trpc.architectures.list.queryOptions({ ...input, limit: DATA_PAGE_SIZE, cursor: pageParam ?? undefined })),
    initialPageParam: null as string | null,
    getNextPageParam: (last: ListPage) => last.nextCursor,
    initialData: initial && initial.key === key ? { pages: [initial.page], pageParams: [null] } : undefined,
    placeholderData: keepPreviousData,
  });
  const rows = q.data?.pages.flatMap((p) => p.items) ?? [];
  const total = q.data?.pages[0]?.total ?? 0;
  const filters = activeFilterCount(state);
  // The page's parameters are the REST API's, minus the dataset version.
  const restQuery = serialize({ ...state, dv: null });

  const update = (patch: DataPatch) => setState(patch);
  const sortBy = (k: DataSortKey) => {
    if (k === state.sort) return setState({ order: state.order === 'asc' ? 'desc' : 'asc' });
    setState({ sort: k, order: DATA_COLUMNS.find((c) => c.key === k)!.firstOrder });
  };
  const clear = () => setState(CLEARED_FILTERS);

  return (
    <div className="space-y-4">
      <DataParamNotice />
      <DataFilters state={state} onChange={update} />
      <ParallelCoordinatesPanel state={state} selection={input} onFilter={update} />

      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm" aria-live="polite">
          {q.data ? (
            <>
              <strong data-testid="data-total">{total.toLocaleString('en-US')}</strong> record{total === 1 ? '' : 's'} match
              {filters === 0 ? ' (no filter)' : ` ${filters} filter${filters === 1 ? '' : 's'}`}; showing{' '}
              <span data-testid="data-shown">{rows.length.toLocaleString('en-US')}</span>.
            </>
          ) : q.isError ? (
            'No records loaded.'
          ) : (
            'Loading records…'
          )}
          {q.isFetching && !q.isFetchingNextPage && <span className="ml-2 text-xs text-muted">Updating…</span>}
          {filters > 0 && (
            <button type="button" onClick={clear} className="ml-2 text-accent underline underline-offset-2" data-testid="clear-filters">
              Clear filters
            </button>
          )}
        </p>
        <DataExport input={input} total={total} version={version} />
      </div>
      {picked.length > 0 && (
        <p className="-mt-2 text-sm" data-testid="picked-rows">
          <strong>{picked.length}</strong> row{picked.length === 1 ? '' : 's'} picked, drawn dark in the chart above.{' '}
          <button type="button" className="text-accent underline underline-offset-2" onClick={() => setPicked({ rows: null })}>
            Unpick all
          </button>
        </p>
      )}
      <p className="-mt-2 text-xs text-muted">
        The same query from a script:{' '}
        <a className="break-all font-mono text-accent underline" href={`/api/v1/architectures${restQuery}`} data-testid="rest-link">
          /api/v1/architectures{restQuery}
        </a>
      </p>

      {q.isError && <PanelStatus fetching={false} error={q.error} onRetry={() => q.refetch()} />}

      {q.isPending && !q.isError && (
        <div className="space-y-1" aria-hidden="true">
          {Array.from({ length: 8 }, (_, i) => (
            <div key={i} className="h-7 animate-pulse rounded bg-slate-200/70" />
          ))}
        </div>
      )}

      {q.data && total === 0 && (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center" data-testid="data-empty">
          <p className="font-medium">No measured record matches these filters.</p>
          <p className="mt-1 text-sm text-muted">Loosen a gene constraint or a metric range, or start again.</p>
          <button
            type="button"
            onClick={clear}
            className="mt-3 rounded-md border border-slate-300 bg-white px-3 py-1 text-sm font-medium hover:border-accent"
          >
            Clear filters
          </button>
        </div>
      )}

      {rows.length > 0 && (
        <div className={q.isPlaceholderData ? 'opacity-60' : ''} aria-busy={q.isFetching}>
          <DataTable rows={rows} sort={state.sort} order={state.order} onSort={sortBy} picked={picked} onPick={pick} />
        </div>
      )}

      {q.hasNextPage && (
        <div className="flex justify-center">
          <button
            type="button"
            onClick={() => q.fetchNextPage()}
            disabled={q.isFetchingNextPage}
            className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium shadow-sm hover:border-accent disabled:opacity-50"
            data-testid="load-more"
          >
            {q.isFetchingNextPage
              ? 'Loading…'
              : `Load ${Math.min(DATA_PAGE_SIZE, total - rows.length)} more (${(total - rows.length).toLocaleString('en-US')} left)`}
          </button>
        </div>
      )}
    </div>
  );
}
