// Test fixture: turns a dataset copy written by writeDatasetCopy (extracted result_N.json files) into
// the form the data ships in, anb_dataset_jsons.tar.gz, so a test can also break the archive itself:
// add, repeat or drop entries, or cut and replace its bytes.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { pack } from 'tar-stream';
import { ARCHIVE_NAME } from '@/server/dataset/readDataset';

export interface ArchiveEntry {
  /** Path inside the archive; the real one holds `./anb_dataset_jsons/result_N.json`. */
  name: string;
  /** File contents; absent for a directory entry. */
  content?: string | Buffer;
}

export interface DatasetArchiveOptions {
  /** Rewrites the list of entries before packing (the records of the copy, in file-name order). */
  entries?: (entries: ArchiveEntry[]) => ArchiveEntry[];
  /** Rewrites the finished .tar.gz bytes (to truncate or replace them). */
  bytes?: (archive: Buffer) => Buffer;
}

const FOLDER = 'anb_dataset_jsons';

/** Packs entries into a gzip'd tar (a directory entry first, like the real archive). */
export async function packArchive(entries: ArchiveEntry[]): Promise<Buffer> {
  const tar = pack();
  const chunks: Buffer[] = [];
  tar.on('data', (c: unknown) => chunks.push(c as Buffer));
  const done = new Promise<void>((resolve, reject) => {
    tar.on('end', resolve);
    tar.on('error', reject);
  });
  for (const e of entries) {
    if (e.content === undefined) tar.entry({ name: e.name, type: 'directory' });
    else tar.entry({ name: e.name, type: 'file' }, e.content);
  }
  tar.finalize();
  await done;
  return gzipSync(Buffer.concat(chunks));
}

/**
 * Replaces `dir/anb_dataset_jsons/` (as written by writeDatasetCopy) with `dir/anb_dataset_jsons.tar.gz`
 * holding the same files, after `opts` had their way with it.
 */
export async function writeDatasetArchive(dir: string, opts: DatasetArchiveOptions = {}): Promise<void> {
  const folder = path.join(dir, FOLDER);
  const names = readdirSync(folder).sort();
  const entries: ArchiveEntry[] = [
    { name: `./${FOLDER}/` },
    ...names.map((n) => ({ name: `./${FOLDER}/${n}`, content: readFileSync(path.join(folder, n)) })),
  ];
  const archive = await packArchive(opts.entries ? opts.entries(entries) : entries);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, ARCHIVE_NAME), opts.bytes ? opts.bytes(archive) : archive);
}
