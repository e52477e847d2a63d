'use client';
// The race the URL describes (nuqs): every optimizer × seed as a run, on one device metric and
// accuracy, with the budget and the optional reward settings; a new object only when one of them changes.
// A profiled device's metric (#12) adds its fitted kernel table/line and median, so the spec is null
// until the profile has loaded (and stays null when it cannot: `profiled` says why).
import { useQueryStates } from 'nuqs';
import { useMemo } from 'react';
import { useProfiledMetric } from '@/components/devices/useProfiledMetric';
import { measurementFitToMessage } from '@/core/profile/measurementFitMessage';
import { profiledMedian } from '@/core/profile/profiledMedian';
import { searchParams } from '@/lib/url/searchParams';
import type { RaceSpec } from '@/workers/search/protocol';

export function useRaceSpec() {
  const [params] = useQueryStates(searchParams);
  const profiled = useProfiledMetric(params.metric);
  const fit = profiled.status === 'ready' ? profiled.fit : null;
  // Both from the fit, once per profile: 1,000 predictions of microseconds each.
  const hardware = useMemo(() => (fit ? { profiled: measurementFitToMessage(fit), hardwareMedian: profiledMedian(fit) } : null), [fit]);
  const spec: RaceSpec | null = useMemo(
    () =>
      profiled.status !== 'anb' && !hardware
        ? null
        : {
            runs: params.o.flatMap((optimizer) => Array.from({ length: params.seeds }, (_, s) => ({ optimizer, seed: s + 1 }))),
            metric: params.metric,
            accuracy: params.acc,
            budget: params.budget,
            ...(params.w !== null ? { w: params.w } : {}),
            ...(params.target !== null ? { target: params.target } : {}),
            ...(hardware ?? {}),
          },
    [profiled.status, hardware, params.o, params.seeds, params.metric, params.acc, params.budget, params.w, params.target],
  );
  return { params, spec, profiled };
}
