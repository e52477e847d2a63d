// A held-out-extremes split in the paper's format: test = every record at least as extreme as the
// `share` quantile of one measure (a feature of runtime/encodeFeatures: total MACs, params, layers, a
// stage's MACs, a gene…) on the chosen side(s), val = a seeded random 10% of the rest, train = the
// rest. For a continuous measure that is the 5% smallest + 5% largest; for a gene it is the whole
// extreme value class (e.g. every block-5 with 4 layers): a held-out corner. Beside the three path
// files it writes `split.json` ({kind: 'extremes', measure, share, tails, seed}) so the training run
// can say which split it was tested on.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createPrng } from '../../core/random/prng';
import { SPLIT_NAMES, type SplitName } from '../../core/dataset/splitPaths';
import type { Architecture } from '../../core/space/searchSpace';
import { encodeFeatureBatch, FEATURE_COUNT, FEATURE_NAMES } from '../runtime/encodeFeatures';

export type ExtremesTails = 'both' | 'low' | 'high';

export interface ExtremesSplitSpec {
  /** A feature name of FEATURE_NAMES, e.g. `macs`, `params`, `layers`, `stage3_macs`, `block5_l`. */
  measure: string;
  /** Share of records per held-out side (quantile of the cut); default 0.05. */
  share: number;
  tails: ExtremesTails;
  /** Seed of the val draw from the remaining records. */
  seed: number;
  /** Share of the remaining records that goes to val; default 0.1. */
  valShare?: number;
}

export const SPLIT_META_FILE = 'split.json';

export interface ExtremesSplit extends Record<SplitName, string[]> {
  /** The cut values: test holds measure ≤ low (if low tail) and ≥ high (if high tail). */
  cut: { low: number | null; high: number | null };
}

/** Assigns records to train/val/test (pure: no files), from their basenames and architectures. */
export function extremesSplit(records: readonly { file: string; architecture: Architecture }[], spec: ExtremesSplitSpec): ExtremesSplit {
  const column = FEATURE_NAMES.indexOf(spec.measure);
  if (column < 0) throw new RangeError(`measure "${spec.measure}" is not a feature; one of ${FEATURE_NAMES.join(', ')}`);
  if (!(spec.share > 0 && spec.share < 0.5)) throw new RangeError(`share ${spec.share} must lie in (0, 0.5)`);
  const sorted = [...records].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const features = encodeFeatureBatch(sorted.map((r) => r.architecture));
  const value = (i: number) => features[i * FEATURE_COUNT + column];
  const values = Float64Array.from(sorted, (_, i) => value(i)).sort();
  const n = values.length;
  const k = Math.max(1, Math.round(spec.share * n));
  // Everything at least as extreme as the k-th value from each end: ties at the cut go with it, so
  // a discrete measure holds out its whole extreme class.
  const low = spec.tails !== 'high' ? values[k - 1] : null;
  const high = spec.tails !== 'low' ? values[n - k] : null;
  const test: string[] = [];
  const rest: string[] = [];
  sorted.forEach((r, i) => {
    const v = value(i);
    if ((low !== null && v <= low) || (high !== null && v >= high)) test.push(r.file);
    else rest.push(r.file);
  });
  const rng = createPrng(spec.seed);
  for (let i = rest.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [rest[i], rest[j]] = [rest[j], rest[i]];
  }
  const nVal = Math.round(rest.length * (spec.valShare ?? 0.1));
  return { train: rest.slice(nVal).sort(), val: rest.slice(0, nVal).sort(), test, cut: { low, high } };
}

/** Writes the split directory (train/val/test_paths.json + split.json) and returns the split. */
export function writeExtremesSplit(
  dir: string,
  records: readonly { file: string; architecture: Architecture }[],
  spec: ExtremesSplitSpec,
): ExtremesSplit {
  const split = extremesSplit(records, spec);
  mkdirSync(dir, { recursive: true });
  for (const name of SPLIT_NAMES) writeFileSync(path.join(dir, `${name}_paths.json`), `${JSON.stringify(split[name], null, 0)}\n`);
  const meta = { kind: 'extremes', measure: spec.measure, share: spec.share, tails: spec.tails, seed: spec.seed, cut: split.cut };
  writeFileSync(path.join(dir, SPLIT_META_FILE), `${JSON.stringify(meta, null, 2)}\n`);
  return split;
}
