// /search — a live race of optimizers against the in-browser surrogate. The URL holds the whole race
// (optimizers, seeds, device metric, accuracy, budget, reward), so a link replays it exactly.
import type { Metadata } from 'next';
import type { SearchParams } from 'nuqs/server';
import { ViewHeader } from '@/components/layout/ViewHeader';
import { RaceParamNotice } from '@/components/search/RaceParamNotice';
import { SearchRacePanel } from '@/components/search/SearchRacePanel';
import { SearchSettingsForm } from '@/components/search/SearchSettingsForm';
import { serverCaller } from '@/lib/trpc/serverCaller';
import { searchParamsCache } from '@/lib/url/searchParams';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Search race' };

export default async function SearchPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { dv } = await searchParamsCache.parse(searchParams);
  const api = await serverCaller();
  const stats = await api.architectures.stats();
  return (
    <div className="space-y-8">
      <ViewHeader title="Search race" version={stats.version} dv={dv}>
        <p>
          Neural architecture search against the surrogate, live in your browser: each optimizer proposes architectures, a Web Worker
          predicts their accuracy and device metric with the ONNX surrogate, and the optimizer learns from the MnasNet reward. Seeds make
          every race reproducible: this page&apos;s link replays it exactly, and <code>npm run search</code> gives the same numbers in Node.
        </p>
        <p className="text-sm">
          Hypervolume is measured above the dataset&apos;s median top-1 and median device metric: only architectures better than a typical
          one on both count. Stored searches:{' '}
          <a className="text-accent underline" href="/searches">
            /searches
          </a>
          .
        </p>
      </ViewHeader>
      <RaceParamNotice />
      <SearchSettingsForm />
      <SearchRacePanel />
    </div>
  );
}
