'use client';
// Fidelity against its ceiling: reference vs proxy per seed (blue) beside each recipe's seed-to-seed
// agreement (grey), the best a single-seed comparison can reach.
import type { inferOutput } from '@trpc/tanstack-react-query';
import type { useTRPC } from '@/lib/trpc/TrpcProvider';
import { ProxyAgreementTable } from './ProxyAgreementTable';
import { ProxyCeilingChart } from './ProxyCeilingChart';

/** The client's view of the API, typed from the tRPC hook (no import from server/). */
type Api = ReturnType<typeof useTRPC>;
type ProxyFidelity = inferOutput<Api['proxyFidelity']['get']>;

const range = (xs: number[]) => `${Math.min(...xs).toFixed(3)}–${Math.max(...xs).toFixed(3)}`;

export function ProxyCeilingSection({ data }: { data: ProxyFidelity }) {
  return (
    <section aria-labelledby="agreement-heading" id="ceiling" className="space-y-3">
      <h2 id="agreement-heading" className="text-xl font-semibold">
        Fidelity against its ceiling
      </h2>
      <p className="max-w-3xl text-sm text-muted">
        Two trainings of the same architecture with the same recipe but another seed do not rank architectures identically either. That
        seed-to-seed agreement (grey) is the ceiling for a single-seed comparison of reference and proxy (blue): per seed, reference vs
        proxy reaches τ-b {range(data.perSeed.map((s) => s.kendallTau))}, while each recipe agrees with itself at τ-b{' '}
        {range(data.seedToSeed.map((s) => s.kendallTau))}.
      </p>
      <div className="grid grid-cols-1 items-start gap-4 lg:grid-cols-[minmax(0,1fr)_minmax(0,26rem)]">
        <ProxyCeilingChart data={data} />
        <ProxyAgreementTable kind="noise" data={data} />
      </div>
    </section>
  );
}
