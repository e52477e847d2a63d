// A seeded random train/val/test split of the records (80/10/10 by default), written as a split
// directory in the paper's format (train_paths.json, val_paths.json, test_paths.json): the way to
// check that the surrogates hold up on splits other than the paper's.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createPrng } from '../../core/random/prng';
import { SPLIT_NAMES, type SplitName } from '../../core/dataset/splitPaths';

export function writeRandomSplit(
  dir: string,
  files: readonly string[],
  seed: number,
  shares: [number, number, number] = [0.8, 0.1, 0.1],
): Record<SplitName, string[]> {
  const order = [...files].sort();
  const rng = createPrng(seed);
  for (let i = order.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  const nTrain = Math.round(order.length * shares[0]);
  const nVal = Math.round(order.length * shares[1]);
  const split: Record<SplitName, string[]> = {
    train: order.slice(0, nTrain),
    val: order.slice(nTrain, nTrain + nVal),
    test: order.slice(nTrain + nVal),
  };
  mkdirSync(dir, { recursive: true });
  for (const name of SPLIT_NAMES) writeFileSync(path.join(dir, `${name}_paths.json`), `${JSON.stringify(split[name], null, 0)}\n`);
  return split;
}
