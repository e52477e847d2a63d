// /pareto — the Pareto explorer: accuracy against any device metric for the 5,138 measured
// architectures and a cloud of architectures sampled and predicted in the browser, with both fronts,
// gene filters, zoom and selection, and every device's front on one normalised plot. URL state is
// parsed once here; the explorer reads it on the client.
import type { Metadata } from 'next';
import type { SearchParams } from 'nuqs/server';
import { ViewHeader } from '@/components/layout/ViewHeader';
import { ParetoExplorer } from '@/components/explorer/ParetoExplorer';
import { paretoParamsCache } from '@/components/explorer/paretoParams';
import { serverCaller } from '@/lib/trpc/serverCaller';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = {
  title: 'Pareto explorer',
  description:
    'Accuracy against throughput or latency on six accelerators for the 5,138 measured Accel-NASBench architectures and 100,000 more predicted in your browser, with their Pareto fronts.',
};

export default async function ParetoPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { dv } = await paretoParamsCache.parse(searchParams);
  const api = await serverCaller();
  const stats = await api.architectures.stats();
  return (
    <div className="space-y-6">
      <ViewHeader title="Pareto explorer" version={stats.version} dv={dv}>
        <p>
          Accuracy against a device&apos;s throughput or latency: the {stats.records.toLocaleString('en-US')} measured records (blue) and a
          cloud of architectures sampled uniformly from the search space and predicted by the surrogate in your browser (grey), each with
          its Pareto front. Filter genes, zoom, brush a region, hover a point for its stages, click it to edit it.
        </p>
      </ViewHeader>
      <ParetoExplorer />
    </div>
  );
}
