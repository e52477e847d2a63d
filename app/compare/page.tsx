// /compare — accelerators side by side: rank agreement between devices (a cell picks two of them),
// rank flips between the two, their metrics against each other and the genes behind the flips, the
// best architecture per device above an accuracy threshold, and design rules measured from the data. URL state is parsed once here and prefetched through the server caller.
import type { Metadata } from 'next';
import type { SearchParams } from 'nuqs/server';
import { BestPerDeviceDeferred } from '@/components/compare/BestPerDeviceDeferred';
import { CorrelationPanel } from '@/components/compare/CorrelationPanel';
import { DesignRulesDeferred } from '@/components/compare/DesignRulesDeferred';
import { DevicePairPanel } from '@/components/compare/DevicePairPanel';
import { RankFlipGenesPanel } from '@/components/compare/RankFlipGenesPanel';
import { RankFlipPanel } from '@/components/compare/RankFlipPanel';
import { ViewHeader } from '@/components/layout/ViewHeader';
import { serverCaller } from '@/lib/trpc/serverCaller';
import { compareParamsCache } from '@/lib/url/compareParams';
import { isDeviceMetricName } from '@/core/targets';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Accelerators side by side' };

const SECTIONS = [
  { id: 'agreement', label: 'Rank agreement' },
  { id: 'rank-flips', label: 'Rank flips' },
  { id: 'device-pair', label: 'A against B' },
  { id: 'flip-genes', label: 'Genes behind the flips' },
  { id: 'best-per-device', label: 'Best per device' },
  { id: 'design-rules', label: 'Design rules' },
];

export default async function ComparePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { a, b, n, acc, dv } = await compareParamsCache.parse(searchParams);
  const api = await serverCaller();
  // The last two panels render when scrolled near (their data is in the page, their code loads then).
  // The scatter's points (~5,000 codes and values) are fetched by the client, not inlined in the page.
  // A profiled device (#12) in A or B joins the matrix; an unknown or deleted one fails only the panels that
  // need it, which then say so (their client queries show the server's not-found message).
  const profiled = [a, b].filter((m) => !isDeviceMetricName(m));
  const orNull = <T,>(p: Promise<T>) => p.catch(() => null);
  const [stats, correlation, withProfiled, flip, best, rules, genes] = await Promise.all([
    api.architectures.stats(),
    api.devices.rankCorrelation(),
    profiled.length ? orNull(api.devices.rankCorrelation({ profiled })) : null,
    orNull(api.compare.rankFlip({ a, b, n })),
    api.compare.bestPerDevice({ minTop1: acc }),
    api.compare.designRules(),
    a === b ? null : orNull(api.compare.rankFlipGenes({ a, b })),
  ]);
  return (
    <div className="space-y-10">
      <ViewHeader title="Accelerators side by side" version={stats.version} dv={dv}>
        <p>
          The same {stats.architectures.toLocaleString('en-US')} architectures measured on two GPUs, two TPUs and two FPGAs. Which devices
          agree on what is fast, where the order flips, which architecture wins on each device, and what each design choice costs where.
        </p>
        <nav aria-label="Sections" className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {SECTIONS.map((s) => (
            <a key={s.id} href={`#${s.id}`} className="inline-flex min-h-6 items-center text-accent underline-offset-2 hover:underline">
              {s.label}
            </a>
          ))}
        </nav>
      </ViewHeader>
      <CorrelationPanel data={correlation} initialProfiled={withProfiled} />
      <RankFlipPanel initial={flip && { input: { a, b, n }, data: flip }} />
      <DevicePairPanel />
      <RankFlipGenesPanel initial={genes} />
      <BestPerDeviceDeferred initial={{ minTop1: acc, data: best }} />
      <DesignRulesDeferred data={rules} />
    </div>
  );
}
