// The paper's train/val/test split: JSON lists of paths, matched to records by file basename.
import { z } from 'zod';
import { err, ok, type Result } from '../result';
import type { DatasetIssue } from './datasetIssue';
import { RESULT_FILE } from './parseAnbRecord';

export const SPLIT_NAMES = ['train', 'val', 'test'] as const;
export type SplitName = (typeof SPLIT_NAMES)[number];

const splitSchema = z.array(z.string().min(1));

/** Basenames (`result_N.json`) listed in one split file. */
export function parseSplitPaths(file: string, text: string): Result<string[], DatasetIssue[]> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return err([{ file, path: '', message: `invalid JSON (${(e as Error).message})` }]);
  }
  const parsed = splitSchema.safeParse(json);
  if (!parsed.success)
    return err([
      {
        file,
        path: parsed.error.issues[0].path.join('.'),
        message: `expected a JSON list of record paths: ${parsed.error.issues[0].message}`,
      },
    ]);
  const issues: DatasetIssue[] = [];
  const names = parsed.data.map((p, i) => {
    const base = p.split(/[\\/]/).pop() ?? p;
    if (!RESULT_FILE.test(base)) issues.push({ file, path: `[${i}]`, message: `"${p}" does not name a result_N.json record` });
    return base;
  });
  const seen = new Set<string>();
  names.forEach((n, i) => {
    if (seen.has(n)) issues.push({ file, path: `[${i}]`, message: `${n} is listed twice` });
    seen.add(n);
  });
  return issues.length > 0 ? err(issues) : ok(names);
}
