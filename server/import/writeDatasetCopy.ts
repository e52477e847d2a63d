// Test fixture: writes a copy of (part of) a real data folder with extracted result_N.json files, so a
// test can break chosen files and import the copy. Split files are cut down to the copied records.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DatasetIssue } from '@/core/dataset/datasetIssue';
import { readDatasetFiles, type DatasetFiles } from '@/server/dataset/readDataset';

export interface DatasetCopyOptions {
  /** How many records to copy (the first ones by file name), or which ones. Default: all. */
  records?: number | string[];
  /** Replaces the text of a file by its name: `result_7.json`, `splits/val_paths.json`, `proxy-fidelity/fewproxy-seed1.csv`. */
  edit?: Record<string, (text: string) => string>;
  /** Files to leave out, by the same names. */
  omit?: string[];
}

const sources = new Map<string, Promise<DatasetFiles>>();

/** Reads each source folder once per process: the archive takes a few hundred milliseconds. */
function sourceFiles(dir: string): Promise<DatasetFiles> {
  let files = sources.get(dir);
  if (!files) {
    const issues: DatasetIssue[] = [];
    files = readDatasetFiles(dir, issues).then((f) => {
      if (issues.length > 0) throw new Error(`the fixture source ${dir} is not a clean dataset: ${issues[0].message}`);
      return f;
    });
    sources.set(dir, files);
  }
  return files;
}

/** Writes the copy into `target` (created if needed) and returns the names of the copied records. */
export async function writeDatasetCopy(source: string, target: string, opts: DatasetCopyOptions = {}): Promise<string[]> {
  const files = await sourceFiles(source);
  const wanted = opts.records;
  const records =
    wanted === undefined
      ? files.records
      : typeof wanted === 'number'
        ? files.records.slice(0, wanted)
        : files.records.filter(([f]) => wanted.includes(f));
  const copied = new Set(records.map(([f]) => f));
  const omit = new Set(opts.omit ?? []);
  const write = (name: string, text: string, where = name) => {
    if (omit.has(name)) return;
    const file = path.join(target, where);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, opts.edit?.[name]?.(text) ?? text);
  };

  for (const [name, text] of records) write(name, text, path.join('anb_dataset_jsons', name));
  for (const entry of Object.values(files.splits)) {
    const [name, text] = entry;
    const kept = (JSON.parse(text) as string[]).filter((p) => copied.has(path.posix.basename(p)));
    write(name, JSON.stringify(kept));
  }
  for (const [name, text] of files.proxy) write(name, text);
  return [...copied];
}
