// One problem found in the dataset: which file, where in it, and what was expected.
export interface DatasetIssue {
  /** File (inside the archive or data folder) the problem is in. */
  file: string;
  /** Field path inside the file, e.g. `architecture.block1_e`; empty for whole-file problems. */
  path: string;
  message: string;
}

export function formatDatasetIssue(issue: DatasetIssue): string {
  return `${issue.file}${issue.path ? ` › ${issue.path}` : ''}: ${issue.message}`;
}
