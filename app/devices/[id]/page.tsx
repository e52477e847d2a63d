// /devices/[id] — one profiled device (#12): who measured it how, per metric the validation on the
// held-out networks with predicted against measured, the ANB device metrics it ranks most like, links
// to use it, and Delete with the token. An unknown id is the app's 404.
import { TRPCError } from '@trpc/server';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { SearchParams } from 'nuqs/server';
import { StoredDeviceProfile } from '@/components/devices/StoredDeviceProfile';
import { ViewHeader } from '@/components/layout/ViewHeader';
import { isProfileId } from '@/core/profile/profiledMetric';
import { serverCaller } from '@/lib/trpc/serverCaller';
import { devicesParamsCache } from '@/lib/url/deviceProfileParams';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

async function load(id: string) {
  if (!isProfileId(id)) return null;
  const api = await serverCaller();
  try {
    return await api.devices.profile({ id });
  } catch (e) {
    if (e instanceof TRPCError && e.code === 'NOT_FOUND') return null;
    throw e;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const device = await load((await params).id);
  return device ? { title: `${device.name} (profiled device)` } : { title: 'Page not found' };
}

export default async function DevicePage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const device = await load(id);
  // Thrown before anything streams, so the status is 404 (the app's not-found page).
  if (!device) notFound();
  const { dv } = devicesParamsCache.parse(query);
  const api = await serverCaller();
  const stats = await api.architectures.stats();
  return (
    <div className="space-y-6">
      <ViewHeader title={device.name} version={stats.version} dv={dv}>
        <p>
          A device profiled {device.origin === 'browser' ? 'in a browser' : 'with npm run profile-device'}: its 168 kernel times and whole
          networks, fitted into a model that prices any architecture. Data:{' '}
          <a className="text-accent underline" href={`/api/v1/devices/${device.id}`}>
            /api/v1/devices/{device.id}
          </a>
          .
        </p>
      </ViewHeader>
      <StoredDeviceProfile device={device} />
    </div>
  );
}
