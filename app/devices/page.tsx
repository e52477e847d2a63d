// /devices — ANB's six accelerators and the devices people profiled on this server (#12), each profiled
// one linked to its page; and the way to profile the device you are sitting at.
import type { Metadata } from 'next';
import Link from 'next/link';
import type { SearchParams } from 'nuqs/server';
import { ProfiledDevicesTable } from '@/components/devices/ProfiledDevicesTable';
import { ViewHeader } from '@/components/layout/ViewHeader';
import { metricLabel } from '@/components/ui/metricLabel';
import { ScrollRegion } from '@/components/ui/ScrollRegion';
import { serverCaller } from '@/lib/trpc/serverCaller';
import { devicesParamsCache } from '@/lib/url/deviceProfileParams';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Devices' };

export default async function DevicesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { dv } = await devicesParamsCache.parse(searchParams);
  const api = await serverCaller();
  const [stats, anb, profiled] = await Promise.all([api.architectures.stats(), api.devices.list(), api.devices.profiles()]);
  return (
    <div className="space-y-10">
      <ViewHeader title="Devices" version={stats.version} dv={dv}>
        <p>
          The six accelerators Accel-NASBench measured, and the devices people profiled themselves: 168 MBConv kernels and a few whole
          networks timed in a browser or with <code>npm run profile-device</code>, fitted into a model that prices any architecture of the
          space. Data:{' '}
          <a className="text-accent underline" href="/api/v1/devices">
            /api/v1/devices
          </a>
          .
        </p>
        <p>
          <Link className="font-semibold text-accent underline" href="/devices/new" data-testid="profile-this-device">
            Profile the device you are using
          </Link>{' '}
          — a few minutes in this browser.
        </p>
      </ViewHeader>
      <section aria-labelledby="profiled" className="space-y-3">
        <h2 id="profiled" className="text-xl font-semibold">
          Profiled devices
        </h2>
        {profiled.length === 0 ? (
          <p className="text-muted" data-testid="no-profiled-devices">
            No device has been profiled on this server yet.
          </p>
        ) : (
          <ProfiledDevicesTable devices={profiled} />
        )}
      </section>
      <section aria-labelledby="anb" className="space-y-3">
        <h2 id="anb" className="text-xl font-semibold">
          Accel-NASBench&apos;s accelerators
        </h2>
        <ScrollRegion label="Accel-NASBench's accelerators">
          <table className="w-full text-left text-sm" data-testid="anb-devices">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-2 pr-4">
                  Device
                </th>
                <th scope="col" className="py-2 pr-4">
                  Kind
                </th>
                <th scope="col" className="py-2 pr-4">
                  Metrics (architectures measured)
                </th>
              </tr>
            </thead>
            <tbody>
              {anb.devices.map((d) => (
                <tr key={d.id} className="border-b border-slate-200 align-top">
                  <th scope="row" className="py-2 pr-4 font-medium">
                    {d.vendor} {d.name}
                  </th>
                  <td className="py-2 pr-4">{d.kind}</td>
                  <td className="py-2 pr-4">
                    {d.metrics.map((m, i) => (
                      <span key={m.name}>
                        {i > 0 && ', '}
                        <Link className="text-accent underline" href={`/pareto?metric=${m.name}`}>
                          {metricLabel(m.name, 'long')}
                        </Link>{' '}
                        <span className="tabular-nums text-muted">({m.measured.toLocaleString('en-US')})</span>
                      </span>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </section>
    </div>
  );
}
