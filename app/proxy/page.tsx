// /proxy — proxy fidelity: the evidence that ANB's searched training proxy ranks architectures like
// the reference recipe at a fraction of the cost. URL state: the seed shown, the dataset version.
import type { Metadata } from 'next';
import type { SearchParams } from 'nuqs/server';
import { ViewHeader } from '@/components/layout/ViewHeader';
import { ProxyFidelityPanel } from '@/components/proxy/ProxyFidelityPanel';
import { serverCaller } from '@/lib/trpc/serverCaller';
import { proxyParamsCache } from '@/lib/url/proxyParams';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Proxy fidelity' };

export default async function ProxyPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { dv } = await proxyParamsCache.parse(searchParams);
  const api = await serverCaller();
  const [stats, fidelity] = await Promise.all([api.architectures.stats(), api.proxyFidelity.get()]);
  return (
    <div className="space-y-10">
      <ViewHeader title="Proxy fidelity" version={stats.version} dv={dv}>
        <p>
          ANB did not train its {stats.records.toLocaleString('en-US')} architectures with the full recipe: it searched for a cheap training
          proxy that keeps their ranking. Here is the check: {fidelity.architectures} architectures trained with both the reference recipe
          and the proxy, under {fidelity.seeds.length} seeds each.
        </p>
        <p className="text-sm">
          Compared: the {fidelity.architectures} architectures present in all {2 * fidelity.seeds.length} published run files. Data:{' '}
          <a className="text-accent underline" href="/api/v1/proxy-fidelity">
            /api/v1/proxy-fidelity
          </a>
          .
        </p>
      </ViewHeader>
      <ProxyFidelityPanel data={fidelity} />
    </div>
  );
}
