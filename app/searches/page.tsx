// /searches — the stored proxy searches (stored by `npm start` when missing): what each device metric's searches
// found, the winners' predicted values on the other devices, and how far apart their genes are.
import type { Metadata } from 'next';
import Link from 'next/link';
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
          against that metric, and the hypervolume is taken above the dataset&apos;s median accuracy and median device metric. The server
          stores them when it starts (every device metric × RS, RE, REINFORCE and NSGA-II × seeds 1–5, 1,000 evaluations each); data:{' '}
          <a className="text-accent underline" href="/api/v1/searches">
            /api/v1/searches
          </a>
          .
        </p>
      </ViewHeader>
      {list.searches.length === 0 ? (
        <div role="status" className="space-y-2 rounded border border-slate-200 bg-white p-4">
          <p>
            No searches are stored on this server yet. <code>npm start</code> stores them when it starts, so this server was started another
            way (or could not find its surrogates: its start-up log says why).
          </p>
          <p>
            Meanwhile,{' '}
            <Link className="text-accent underline" href="/search">
              race the optimizers yourself
            </Link>{' '}
            in your browser: a race runs the same optimizers against the same surrogate, and its URL replays it exactly.
          </p>
        </div>
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
