// The profiled devices of /devices (#12): each linked to its page, with where it was measured and, per
// metric, how well its model predicts the held-out networks. A pure function of its props.
import Link from 'next/link';
import { ScrollRegion } from '@/components/ui/ScrollRegion';
import { formatTau } from './formatTau';
import type { UserDevice } from './useUserDevices';

const when = (iso: string) => iso.slice(0, 16).replace('T', ' ');

export function ProfiledDevicesTable({ devices }: { devices: readonly UserDevice[] }) {
  return (
    <ScrollRegion label="Profiled devices">
      <table className="w-full text-left text-sm" data-testid="profiled-devices">
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-2 pr-4">
              Device
            </th>
            <th scope="col" className="py-2 pr-4">
              Measured with
            </th>
            <th scope="col" className="py-2 pr-4">
              Held-out validation
            </th>
            <th scope="col" className="py-2 pr-4">
              Stored (UTC)
            </th>
          </tr>
        </thead>
        <tbody>
          {devices.map((d) => (
            <tr key={d.id} className="border-b border-slate-200 align-top" data-testid={`profiled-${d.id}`}>
              <th scope="row" className="py-2 pr-4 font-medium">
                <Link className="text-accent underline" href={`/devices/${d.id}`}>
                  {d.name}
                </Link>{' '}
                <span className="font-mono text-xs text-muted">{d.id}</span>
              </th>
              <td className="py-2 pr-4">
                {d.origin === 'browser' ? 'browser' : 'CLI'}, {d.runtime.backend}, {d.runtime.threads} thread
                {d.runtime.threads === 1 ? '' : 's'}
              </td>
              <td className="py-2 pr-4 tabular-nums">
                {d.metrics.map((m) => (
                  <div key={m.name}>
                    {m.metric === 'latency' ? 'latency' : `throughput (batch ${m.batch})`}:{' '}
                    {m.validation
                      ? `τ ${formatTau(m.validation.tau)}, ${(100 * m.validation.within10).toFixed(0)}% within ±10% (${m.validation.count} networks)`
                      : 'no held-out networks'}
                  </div>
                ))}
              </td>
              <td className="py-2 pr-4 tabular-nums">{when(d.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
