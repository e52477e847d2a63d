// Sorting the race's results: by each column, best first on the first click, flipped on the second,
// ties in run order.
import { describe, expect, it } from 'vitest';
import type { RunFinal } from '@/workers/search/protocol';
import { nextRaceSort, sortRaceFinals } from './sortRaceFinals';

const base = { bestCode: '1311-6321-6521-6331-6531-6541-6311', bestOod: 'in' as const };
const finals: RunFinal[] = [
  {
    ...base,
    run: 0,
    optimizer: 'rs',
    seed: 1,
    hypervolume: 1520.5,
    bestAccuracy: 76.1,
    bestHardware: 2.31,
    bestReward: 0.71,
    frontSize: 6,
  },
  {
    ...base,
    run: 1,
    optimizer: 're',
    seed: 1,
    hypervolume: 1890.25,
    bestAccuracy: 77.4,
    bestHardware: 1.87,
    bestReward: 0.74,
    frontSize: 9,
  },
  { ...base, run: 2, optimizer: 'rs', seed: 2, hypervolume: 1611, bestAccuracy: 76.9, bestHardware: 2.02, bestReward: 0.71, frontSize: 6 },
  {
    ...base,
    run: 3,
    optimizer: 're',
    seed: 2,
    hypervolume: 1733.75,
    bestAccuracy: 77.0,
    bestHardware: 1.95,
    bestReward: 0.73,
    frontSize: 8,
  },
];
const runs = (rows: RunFinal[]) => rows.map((f) => f.run);
const labels = { rs: 'Random search', re: 'Regularized evolution' };

describe('sortRaceFinals', () => {
  it('keeps run order without a sort', () => {
    expect(runs(sortRaceFinals([...finals].reverse(), null))).toEqual([0, 1, 2, 3]);
  });

  it('sorts by hypervolume, largest first on the first click, and flips on the second', () => {
    const first = nextRaceSort(null, 'hypervolume', 'min');
    expect(first).toEqual({ key: 'hypervolume', order: 'desc' });
    expect(runs(sortRaceFinals(finals, first))).toEqual([1, 3, 2, 0]);
    expect(runs(sortRaceFinals(finals, nextRaceSort(first, 'hypervolume', 'min')))).toEqual([0, 2, 3, 1]);
  });

  it('puts the lowest latency first but the highest throughput first', () => {
    expect(runs(sortRaceFinals(finals, nextRaceSort(null, 'bestHardware', 'min')))).toEqual([1, 3, 2, 0]);
    expect(runs(sortRaceFinals(finals, nextRaceSort(null, 'bestHardware', 'max')))).toEqual([0, 2, 3, 1]);
  });

  it('breaks ties in run order whichever way it sorts', () => {
    expect(runs(sortRaceFinals(finals, { key: 'bestReward', order: 'desc' }))).toEqual([1, 3, 0, 2]);
    expect(runs(sortRaceFinals(finals, { key: 'frontSize', order: 'asc' }))).toEqual([0, 2, 3, 1]);
  });

  it('sorts optimizers by their label, A to Z first', () => {
    expect(runs(sortRaceFinals(finals, nextRaceSort(null, 'optimizer', 'max'), labels))).toEqual([0, 2, 1, 3]);
  });

  it('a click on another column starts that column at its own first order', () => {
    expect(nextRaceSort({ key: 'seed', order: 'desc' }, 'bestAccuracy', 'max')).toEqual({ key: 'bestAccuracy', order: 'desc' });
    expect(nextRaceSort({ key: 'bestAccuracy', order: 'desc' }, 'seed', 'max')).toEqual({ key: 'seed', order: 'asc' });
  });
});
