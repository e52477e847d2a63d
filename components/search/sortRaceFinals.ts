// The order of the race's result rows when a column header is clicked: by the column's value, ties in
// run order, so the same click always gives the same table. A first click puts the best first.
import type { RunFinal } from '@/workers/search/protocol';

export const RACE_SORT_KEYS = ['optimizer', 'seed', 'hypervolume', 'bestReward', 'bestAccuracy', 'bestHardware', 'frontSize'] as const;
export type RaceSortKey = (typeof RACE_SORT_KEYS)[number];
export interface RaceSort {
  key: RaceSortKey;
  order: 'asc' | 'desc';
}

/** The first click's order: larger is better except for a latency (hardware 'min') and the labels. */
export function firstRaceOrder(key: RaceSortKey, hardwareDirection: 'max' | 'min'): 'asc' | 'desc' {
  if (key === 'optimizer' || key === 'seed') return 'asc';
  if (key === 'bestHardware') return hardwareDirection === 'max' ? 'desc' : 'asc';
  return 'desc';
}

/** The next sort after a click on `key`: the same column flips, another starts at its first order. */
export function nextRaceSort(current: RaceSort | null, key: RaceSortKey, hardwareDirection: 'max' | 'min'): RaceSort {
  if (current?.key === key) return { key, order: current.order === 'asc' ? 'desc' : 'asc' };
  return { key, order: firstRaceOrder(key, hardwareDirection) };
}

export function sortRaceFinals(finals: readonly RunFinal[], sort: RaceSort | null, labels: Record<string, string> = {}): RunFinal[] {
  const rows = [...finals];
  if (!sort) return rows.sort((a, b) => a.run - b.run);
  const sign = sort.order === 'asc' ? 1 : -1;
  return rows.sort((a, b) => {
    const c =
      sort.key === 'optimizer'
        ? (labels[a.optimizer] ?? a.optimizer).localeCompare(labels[b.optimizer] ?? b.optimizer)
        : (a[sort.key] as number) - (b[sort.key] as number);
    return c !== 0 ? sign * c : a.run - b.run;
  });
}
