'use client';
// Which ANB device metric ranks a fresh profile's networks most like this device (#12), computed in the
// browser before the profile is saved: the surrogate worker predicts ANB's eight device metrics for the
// profiled networks (the ANB devices never ran them), and rankSimilarity compares their ranking with the
// measured one — what the server's devices.profile reports for a stored profile.
import { useEffect, useState } from 'react';
import type { DeviceProfile, ProfileMetric } from '@/core/profile/deviceProfile';
import { rankSimilarity } from '@/core/profile/fitDeviceProfile';
import { parseArchitectureCode } from '@/core/space/architectureCode';
import { packGeneIndex } from '@/core/space/geneIndex';
import type { Architecture } from '@/core/space/searchSpace';
import { DEVICE_METRICS } from '@/core/targets';
import { getSurrogateClient } from '@/workers/surrogate/client';

export type MostLike = { metric: ProfileMetric; mostLike: { name: string; tau: number }[] }[];
export type MostLikeState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; value: MostLike };

export function useMostLike(profile: DeviceProfile | null): MostLikeState {
  const [state, setState] = useState<{ for: DeviceProfile | null; value: MostLikeState }>({ for: null, value: { status: 'loading' } });
  useEffect(() => {
    if (!profile) return;
    let live = true;
    void (async () => {
      const client = getSurrogateClient();
      const info = await client.info();
      if (!info.ok) return live && setState({ for: profile, value: { status: 'error', message: info.error.message } });
      const out: MostLike = [];
      for (const m of profile.measurements) {
        const nets = [...m.calibrationNetworks, ...m.heldOutNetworks];
        const archs = nets.map((n) => {
          const r = parseArchitectureCode(n.code);
          if (!r.ok) throw new Error(`useMostLike: ${n.code} is not an architecture code`);
          return r.value;
        }) satisfies Architecture[];
        const p = await client.predict(packGeneIndex(archs), archs.length);
        if (!p.ok) return live && setState({ for: profile, value: { status: 'error', message: p.error.message } });
        const w = info.value.targets.length;
        out.push({
          metric: m.metric,
          // Measured ms, lower is better, whatever the metric (throughput is batch × 1000 / ms), as the server ranks it.
          mostLike: rankSimilarity(
            nets.map((n) => n.ms),
            'min',
            DEVICE_METRICS.map((t) => ({
              name: t.name,
              direction: t.direction,
              values: archs.map((_, i) => p.value.mean[i * w + info.value.targets.indexOf(t.name)]),
            })),
          ),
        });
      }
      if (live) setState({ for: profile, value: { status: 'ready', value: out } });
    })();
    return () => {
      live = false;
    };
  }, [profile]);
  return state.for === profile ? state.value : { status: 'loading' };
}
