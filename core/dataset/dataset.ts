// The ANB dataset as read and validated from a data folder: what the import writes to the database
// and what the training pipeline splits. Plain data, so the pipeline takes it as an input and the
// reading (Node: fs, tar, sha256) stays with whoever composes them (server/dataset/readDataset.ts).
import type { DatasetIssue } from './datasetIssue';
import type { MeasuredRecord } from './measuredRecord';
import type { ProxyFidelityRun } from './proxyFidelityRun';
import type { SplitName } from './splitPaths';

export interface Dataset {
  dir: string;
  records: MeasuredRecord[];
  /** Basenames per split; records in no split are simply absent. */
  splits: Record<SplitName, string[]>;
  proxyRuns: ProxyFidelityRun[];
  /** sha256 over every file's name and bytes: the dataset version. */
  contentHash: string;
  /** Problems found; empty when the dataset is valid. */
  issues: DatasetIssue[];
}
