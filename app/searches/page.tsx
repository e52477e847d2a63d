// /searches — the stored proxy searches (`npm run searches:store`): what each device metric's searches
// found, the winners' predicted values on the other devices, and how far apart their genes are.
import type { Metadata } from 'next';
import type { SearchParams } from 'nuqs/server';
import { ViewHeader } from '@/components/layout/ViewHeader';
import { GeneDistanceMatrix } from '@/components/search/GeneDistanceMatrix';
import { SearchWinnersTable } from '@/components/search/SearchWinnersTable';
import { StoredSearchesTable } from '@/components/search/StoredSearchesTable';
import { DEVICE_METRICS } from '@/core/targets';
import { serverCaller } from '@/lib/trpc/serverCaller';
import { searchesParamsCache } from '@/lib/url/searchParams';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Stored searches' };

export default async function SearchesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { dv } = await searchesParamsCache.parse(searchParams);
  const api = await serverCaller();
  const [stats, list, winners] = await Promise.all([api.architectures.stats(), api.searches.list({ limit: 500 }), api.searches.winners()]);
  return (
    <div className="space-y-10">
      <ViewHeader title="Stored searches" version={stats.version} dv={dv}>
        <p>
          Each device metric searched by several optimizers and seeds against the surrogate: the MnasNet reward trades predicted top-1
          against that metric, and the hypervolume is taken above the dataset&apos;s median accuracy and median device metric. Regenerate
          with <code>npm run searches:store</code>; data:{' '}
          <a className="text-accent underline" href="/api/v1/searches">
            /api/v1/searches
          </a>
          .
        </p>
      </ViewHeader>
      {list.searches.length === 0 ? (
        <p role="status" className="rounded border border-slate-200 bg-white p-4">
          No searches are stored yet. Run <code>npm run searches:store</code> to run and store them.
        </p>
      ) : (
        <>
          <section aria-labelledby="winners" className="space-y-3">
            <h2 id="winners" className="text-xl font-semibold">
              Per-device winners, predicted everywhere
            </h2>
            <SearchWinnersTable winners={winners.winners} />
          </section>
          <section aria-labelledby="distance" className="space-y-3">
            <h2 id="distance" className="text-xl font-semibold">
              How different the winners are
            </h2>
            <GeneDistanceMatrix labels={winners.winners.map((w) => w.metric)} distances={winners.distances} />
          </section>
          <section aria-labelledby="all" className="space-y-6">
            <h2 id="all" className="text-xl font-semibold">
              Every stored search
            </h2>
            {DEVICE_METRICS.map((m) => {
              const rows = list.searches.filter((s) => s.metric === m.name);
              return rows.length ? <StoredSearchesTable key={m.name} metric={m.name} unit={m.unit} rows={rows} /> : null;
            })}
          </section>
        </>
      )}
    </div>
  );
}
