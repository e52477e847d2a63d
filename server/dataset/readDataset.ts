// Reads the whole ANB dataset from a data folder: records (streamed straight out of the tarball, no
// temporary extraction, or from extracted result_N.json files), the paper's splits and the
// proxy-fidelity runs. Validates everything and reports every problem with file and field path.
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { createGunzip } from 'node:zlib';
import { extract } from 'tar-stream';
import type { Dataset } from '@/core/dataset/dataset';
import type { DatasetIssue } from '@/core/dataset/datasetIssue';
import type { MeasuredRecord } from '@/core/dataset/measuredRecord';
import { parseAnbRecord, RESULT_FILE } from '@/core/dataset/parseAnbRecord';
import { parseProxyFidelityCsv, PROXY_FILE, type ProxyFidelityRun } from '@/core/dataset/proxyFidelityRun';
import { parseSplitPaths, SPLIT_NAMES, type SplitName } from '@/core/dataset/splitPaths';

export const ARCHIVE_NAME = 'anb_dataset_jsons.tar.gz';

export interface DatasetFiles {
  /** `[basename, text]` of every record file, in a stable order. */
  records: [string, string][];
  splits: Partial<Record<SplitName, [string, string]>>;
  proxy: [string, string][];
}

/** Reads the tar.gz entry by entry; a corrupt or truncated archive is reported as an issue. */
async function readArchive(file: string, issues: DatasetIssue[]): Promise<[string, string][]> {
  const out: [string, string][] = [];
  const archiveName = path.basename(file);
  await new Promise<void>((resolve) => {
    const ex = extract();
    let failed = false;
    const fail = (e: Error) => {
      if (failed) return;
      failed = true;
      issues.push({
        file: archiveName,
        path: '',
        message: `cannot read the archive (${e.message}); it may be truncated or not a gzip'd tar. Re-download anb_dataset_jsons.tar.gz.`,
      });
      resolve();
    };
    ex.on('entry', (header, stream, next) => {
      const chunks: Buffer[] = [];
      stream.on('data', (c: unknown) => chunks.push(c as Buffer));
      stream.on('end', () => {
        if (header.type === 'file') {
          const base = path.posix.basename(header.name);
          // macOS tar adds AppleDouble "._x" companions; they are metadata, not data.
          if (!base.startsWith('._')) out.push([base, Buffer.concat(chunks).toString('utf8')]);
        }
        next();
      });
      stream.on('error', fail);
      stream.resume();
    });
    ex.on('finish', () => !failed && resolve());
    ex.on('error', fail);
    const gunzip = createGunzip();
    gunzip.on('error', fail);
    const input = createReadStream(file);
    input.on('error', fail);
    input.pipe(gunzip).pipe(ex);
  });
  return out;
}

function readRecordFolder(dir: string): [string, string][] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && statSync(path.join(dir, f)).isFile())
    .map((f) => [f, readFileSync(path.join(dir, f), 'utf8')] as [string, string]);
}

/** Collects the raw files of a data folder without interpreting them. */
export async function readDatasetFiles(dir: string, issues: DatasetIssue[]): Promise<DatasetFiles> {
  let records: [string, string][];
  const archive = path.join(dir, ARCHIVE_NAME);
  if (existsSync(archive)) {
    const before = issues.length;
    records = await readArchive(archive, issues);
    // An empty archive (or one of other files only) would otherwise surface as every split entry missing.
    if (issues.length === before && !records.some(([f]) => RESULT_FILE.test(f))) {
      issues.push({
        file: ARCHIVE_NAME,
        path: '',
        message: `holds no result_N.json record (${records.length} other file(s)); expected anb_dataset_jsons/result_N.json files. Re-download anb_dataset_jsons.tar.gz.`,
      });
    }
  } else {
    const extracted = path.join(dir, 'anb_dataset_jsons');
    const folder = existsSync(extracted) ? extracted : dir;
    records = readRecordFolder(folder).filter(([f]) => RESULT_FILE.test(f));
    if (records.length === 0) {
      issues.push({
        file: dir,
        path: '',
        message: `no ${ARCHIVE_NAME} and no result_N.json files here. Put the archive (or its extracted records) in this folder, or set ANB_DATA_DIR.`,
      });
    }
  }
  records.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

  const splits: DatasetFiles['splits'] = {};
  for (const name of SPLIT_NAMES) {
    const f = path.join(dir, 'splits', `${name}_paths.json`);
    if (existsSync(f)) splits[name] = [`splits/${name}_paths.json`, readFileSync(f, 'utf8')];
    else
      issues.push({
        file: `splits/${name}_paths.json`,
        path: '',
        message: 'missing: the paper split needs train_paths.json, val_paths.json and test_paths.json in splits/',
      });
  }

  const proxyDir = path.join(dir, 'proxy-fidelity');
  const proxy: [string, string][] = [];
  if (existsSync(proxyDir)) {
    for (const f of readdirSync(proxyDir).sort()) {
      if (PROXY_FILE.test(f)) proxy.push([`proxy-fidelity/${f}`, readFileSync(path.join(proxyDir, f), 'utf8')]);
      else
        issues.push({
          file: `proxy-fidelity/${f}`,
          path: '',
          message: 'unexpected file: proxy-fidelity/ holds fewproxy-seedN.csv and proxified-seedN.csv only',
        });
    }
  } else {
    issues.push({ file: 'proxy-fidelity/', path: '', message: 'missing folder with fewproxy-seedN.csv and proxified-seedN.csv' });
  }
  return { records, splits, proxy };
}

export function hashDatasetFiles(files: DatasetFiles): string {
  const h = createHash('sha256');
  const add = ([name, text]: [string, string]) => h.update(`${name}\0${text.length}\0`).update(text);
  files.records.forEach(add);
  for (const name of SPLIT_NAMES) if (files.splits[name]) add(files.splits[name]);
  files.proxy.forEach(add);
  return h.digest('hex');
}

/** Reads and validates a data folder. Never throws for bad data: problems land in `issues`. */
export async function readDataset(dir: string): Promise<Dataset> {
  const issues: DatasetIssue[] = [];
  const files = await readDatasetFiles(dir, issues);
  const records: MeasuredRecord[] = [];
  const seen = new Set<string>();
  for (const [file, text] of files.records) {
    if (seen.has(file)) {
      issues.push({ file, path: '', message: 'appears twice in the archive' });
      continue;
    }
    seen.add(file);
    if (!RESULT_FILE.test(file)) {
      issues.push({ file, path: '', message: 'unexpected file in the archive: it holds result_N.json records only' });
      continue;
    }
    const r = parseAnbRecord(file, text);
    if (r.ok) records.push(r.value);
    else issues.push(...r.error);
  }
  records.sort((a, b) => a.resultId - b.resultId);

  const splits = { train: [], val: [], test: [] } as Record<SplitName, string[]>;
  const inSplit = new Map<string, SplitName>();
  for (const name of SPLIT_NAMES) {
    const entry = files.splits[name];
    if (!entry) continue;
    const r = parseSplitPaths(entry[0], entry[1]);
    if (!r.ok) {
      issues.push(...r.error);
      continue;
    }
    for (const base of r.value) {
      if (!seen.has(base)) {
        issues.push({ file: entry[0], path: base, message: `lists ${base}, which is not in the dataset` });
        continue;
      }
      const other = inSplit.get(base);
      if (other) issues.push({ file: entry[0], path: base, message: `${base} is also in the ${other} split` });
      inSplit.set(base, name);
      splits[name].push(base);
    }
  }

  const proxyRuns: ProxyFidelityRun[] = [];
  for (const [file, text] of files.proxy) {
    const r = parseProxyFidelityCsv(file.replace('proxy-fidelity/', ''), text);
    if (r.ok) proxyRuns.push(...r.value);
    else issues.push(...r.error.map((i) => ({ ...i, file: `proxy-fidelity/${i.file}` })));
  }

  return { dir, records, splits, proxyRuns, contentHash: hashDatasetFiles(files), issues };
}
