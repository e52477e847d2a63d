// The records of a training run, split three ways: the paper's split from the data folder, or a
// split directory (train_paths.json, val_paths.json, test_paths.json; entries matched by basename).
// The dataset comes in already read: reading a data folder is the server's import code
// (server/dataset/readDataset.ts), and the pipeline sits below the server, so the top layer composes
// the two (scripts/trainSurrogates.ts, bench/xgboostBench.ts) and the pipeline never imports server/.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Dataset } from '../../core/dataset/dataset';
import { formatDatasetIssue } from '../../core/dataset/datasetIssue';
import type { MeasuredRecord } from '../../core/dataset/measuredRecord';
import { parseSplitPaths, SPLIT_NAMES, type SplitName } from '../../core/dataset/splitPaths';

export interface TrainingSplits {
  records: Record<SplitName, MeasuredRecord[]>;
  /** sha256 of the dataset files (records, paper splits, proxy runs). */
  dataContentHash: string;
  /** sha256 over the basenames of each split, in order. */
  splitHash: string;
  /** Every record's basename, sorted (for making random splits). */
  allFiles: string[];
}

export function loadTrainingSplits(dataset: Dataset, splitDir?: string): TrainingSplits {
  // Training needs the records (and the paper's split files unless a split directory replaces them);
  // the proxy-fidelity runs play no part.
  const issues = dataset.issues.filter((i) => !i.file.startsWith('proxy-fidelity') && !(splitDir && i.file.startsWith('splits/')));
  if (issues.length > 0) {
    const shown = issues.slice(0, 10).map(formatDatasetIssue).join('\n  ');
    throw new Error(`The dataset in ${dataset.dir} has ${issues.length} problem(s):\n  ${shown}`);
  }
  const byFile = new Map(dataset.records.map((r) => [r.file, r]));
  let names: Record<SplitName, string[]> = dataset.splits;
  if (splitDir) {
    names = { train: [], val: [], test: [] };
    for (const split of SPLIT_NAMES) {
      const file = path.join(splitDir, `${split}_paths.json`);
      if (!existsSync(file))
        throw new Error(`${file} is missing: a split directory holds train_paths.json, val_paths.json and test_paths.json.`);
      const parsed = parseSplitPaths(`${split}_paths.json`, readFileSync(file, 'utf8'));
      if (!parsed.ok) throw new Error(parsed.error.map(formatDatasetIssue).join('\n'));
      names[split] = parsed.value;
    }
  }
  const owner = new Map<string, SplitName>();
  const records = { train: [], val: [], test: [] } as Record<SplitName, MeasuredRecord[]>;
  const hash = createHash('sha256');
  for (const split of SPLIT_NAMES) {
    hash.update(`${split}\0`);
    for (const base of names[split]) {
      const record = byFile.get(base);
      if (!record) throw new Error(`The ${split} split lists ${base}, which is not in the dataset.`);
      const other = owner.get(base);
      if (other) throw new Error(`${base} is in both the ${other} and the ${split} split.`);
      owner.set(base, split);
      records[split].push(record);
      hash.update(`${base}\0`);
    }
    if (records[split].length === 0) throw new Error(`The ${split} split is empty.`);
  }
  return {
    records,
    dataContentHash: dataset.contentHash,
    splitHash: hash.digest('hex'),
    allFiles: dataset.records.map((r) => r.file).sort(),
  };
}
