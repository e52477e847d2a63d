// /data — the dataset table: every measured record, filtered and sorted by URL state (the REST API's
// parameters), paged through the cursor, exportable as CSV or JSON. The first page is rendered here.
import type { Metadata } from 'next';
import type { SearchParams } from 'nuqs/server';
import { ViewHeader } from '@/components/layout/ViewHeader';
import { DataExplorer } from '@/components/data/DataExplorer';
import { DATA_PAGE_SIZE } from '@/components/data/dataPageSize';
import { serverCaller } from '@/lib/trpc/serverCaller';
import { dataParamsCache, toListInput } from '@/lib/url/dataParams';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Dataset' };

export default async function DataPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const state = await dataParamsCache.parse(searchParams);
  const input = toListInput(state);
  const api = await serverCaller();
  const stats = await api.architectures.stats();
  // A link with contradictory filters (min above max) is the table's to report, not a page crash.
  const first = await api.architectures.list({ ...input, limit: DATA_PAGE_SIZE }).catch(() => null);
  return (
    <div className="space-y-6">
      <ViewHeader title="Dataset" version={stats.version} dv={state.dv}>
        <p>
          All {stats.records.toLocaleString('en-US')} measured records ({stats.architectures.toLocaleString('en-US')} architectures; 13 were
          trained twice). Filter by genes and metric ranges, sort by any column, open a record in the editor, or export the selection.
        </p>
      </ViewHeader>
      <DataExplorer initial={first ? { key: JSON.stringify(input), page: first } : null} version={stats.version} />
    </div>
  );
}
