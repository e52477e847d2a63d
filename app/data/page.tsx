// /data — the dataset table: every measured record, filtered and sorted by URL state (the REST API's
// parameters), paged through the cursor, exportable as CSV or JSON. The first page is rendered here.
import type { Metadata } from 'next';
import type { SearchParams } from 'nuqs/server';
import { ViewHeader } from '@/components/layout/ViewHeader';
import { DataExplorer } from '@/components/data/DataExplorer';
import { DATA_PAGE_SIZE } from '@/components/data/dataPageSize';
import { serverCaller } from '@/lib/trpc/serverCaller';
import { dataParamsCache, toListInput } from '@/lib/url/dataParams';
import { TRPCError } from '@trpc/server';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Dataset' };

export default async function DataPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const state = await dataParamsCache.parse(searchParams);
  const input = toListInput(state);
  const api = await serverCaller();
  const stats = await api.architectures.stats();
  // A link with contradictory filters (min above max) is the table's to report, not a page crash: the
  // client asks again and shows the API's message. Every other failure is a real error for error.tsx.
  const first = await api.architectures.list({ ...input, limit: DATA_PAGE_SIZE }).catch((err: unknown) => {
    if (isContradictoryRange(err)) return null;
    console.error('/data: the first page failed', err);
    throw err;
  });
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

/** The list input's own refusal of a range whose min is above its max: its only custom check on `ranges`
 * (server/api/architectureQuery.ts), reported by tRPC as BAD_REQUEST caused by the zod error. */
function isContradictoryRange(err: unknown): boolean {
  if (!(err instanceof TRPCError) || err.code !== 'BAD_REQUEST') return false;
  const issues = (err.cause as { issues?: { code?: string; path?: PropertyKey[] }[] } | undefined)?.issues;
  return Array.isArray(issues) && issues.length > 0 && issues.every((i) => i.code === 'custom' && i.path?.[0] === 'ranges');
}
