// /devices/new — profile the device you are using, in this browser (#12): name it, choose what to
// measure, start; the timing runs in a Web Worker with onnxruntime-web (WebGPU when the browser offers
// an adapter, else wasm), and the result can be saved as a profiled device usable in every view.
import type { Metadata } from 'next';
import type { SearchParams } from 'nuqs/server';
import { NewDeviceProfile } from '@/components/devices/NewDeviceProfile';
import { ViewHeader } from '@/components/layout/ViewHeader';
import { serverCaller } from '@/lib/trpc/serverCaller';
import { deviceProfileParamsCache } from '@/lib/url/deviceProfileParams';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Profile your device' };

export default async function NewDevicePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { dv } = await deviceProfileParamsCache.parse(searchParams);
  const api = await serverCaller();
  const stats = await api.architectures.stats();
  return (
    <div className="space-y-6">
      <ViewHeader title="Profile your device" version={stats.version} dv={dv}>
        <p>
          Times the 168 distinct MBConv kernels of the search space and a few whole ANB networks on this device, in this browser, then fits
          a model that prices any architecture as the sum of its kernels, calibrated on the whole networks. Held-out networks the fit never
          sees say how good it is: Kendall τ (1 = ranks them exactly as measured), the share predicted within ±10% and the mean error.
        </p>
        <p>
          Everything runs here, in a Web Worker; nothing is sent until you save. A reload in the middle keeps what was timed and offers to
          resume.
        </p>
      </ViewHeader>
      <NewDeviceProfile />
    </div>
  );
}
