'use client';
// The race the URL describes (nuqs): every optimizer × seed as a run, on one device metric and
// accuracy, with the budget and the optional reward settings; a new object only when one of them changes.
import { useQueryStates } from 'nuqs';
import { useMemo } from 'react';
import { searchParams } from '@/lib/url/searchParams';
import type { RaceSpec } from '@/workers/search/protocol';

export function useRaceSpec() {
  const [params] = useQueryStates(searchParams);
  const spec: RaceSpec = useMemo(
    () => ({
      runs: params.o.flatMap((optimizer) => Array.from({ length: params.seeds }, (_, s) => ({ optimizer, seed: s + 1 }))),
      metric: params.metric,
      accuracy: params.acc,
      budget: params.budget,
      ...(params.w !== null ? { w: params.w } : {}),
      ...(params.target !== null ? { target: params.target } : {}),
    }),
    [params.o, params.seeds, params.metric, params.acc, params.budget, params.w, params.target],
  );
  return { params, spec };
}
