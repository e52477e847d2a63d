// A corpus of broken datasets, one kind per test: each is refused with an issue naming the file, the
// field and what was expected, and the database, which already holds a good import, is left exactly
// as it was. The archive cases break anb_dataset_jsons.tar.gz itself (cut, replaced, repacked).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDatasetIssue, type DatasetIssue } from '@/core/dataset/datasetIssue';
import { ARCHIVE_NAME } from '@/server/dataset/readDataset';
import { openDatabase, type OpenedDatabase } from '@/server/db/openDatabase';
import { importDataset } from './importDataset';
import { tableSnapshot } from './tableSnapshot';
import { writeDatasetArchive, type DatasetArchiveOptions } from './writeDatasetArchive';
import { writeDatasetCopy, type DatasetCopyOptions } from './writeDatasetCopy';

const DATA = path.resolve('../shared/accel-nasbench');
const RECORDS = 40;
const temp = mkdtempSync(path.join(tmpdir(), 'anb-corpus-'));
const realArchive = () => readFileSync(path.join(DATA, ARCHIVE_NAME));

let opened: OpenedDatabase;
let good: Awaited<ReturnType<typeof tableSnapshot>>;
/** The copy's record names, in file-name order. */
let names: string[] = [];

beforeAll(async () => {
  opened = await openDatabase({ dataDir: 'memory://' });
  const dir = path.join(temp, 'good');
  names = (await writeDatasetCopy(DATA, dir, { records: RECORDS })).sort();
  const r = await importDataset(opened.db, dir);
  if (!r.ok) throw new Error(r.error.message);
  good = await tableSnapshot(opened.db);
});
afterAll(async () => {
  await opened?.close();
  rmSync(temp, { recursive: true, force: true });
});

interface RawRecord {
  architecture: Record<string, unknown>;
  metrics: Record<string, unknown>;
  model_info: Record<string, unknown>;
  platform_perf: Record<string, Record<string, unknown>>;
  [extra: string]: unknown;
}
const editJson = (change: (r: RawRecord) => void) => (text: string) => {
  const r = JSON.parse(text) as RawRecord;
  change(r);
  return JSON.stringify(r);
};
/** Replaces one comma-separated cell of one CSV line (both 0-based). */
const editCsv = (line: number, change: (cells: string[]) => string[]) => (text: string) =>
  text
    .split('\n')
    .map((l, i) => (i === line ? change(l.split(',')).join(',') : l))
    .join('\n');

/** A 40-record copy of the real data, with its records packed into anb_dataset_jsons.tar.gz. */
async function brokenCopy(dir: string, copy: DatasetCopyOptions = {}, archive: DatasetArchiveOptions = {}) {
  await writeDatasetCopy(DATA, dir, { records: RECORDS, ...copy });
  await writeDatasetArchive(dir, archive);
}

interface Expected {
  file: string;
  path: string | RegExp;
  message: RegExp;
}

interface BrokenKind {
  kind: string;
  build: (dir: string) => Promise<void>;
  /** Issues that must be among those reported (each matched by file, path and message). */
  expected: () => Expected[];
}

const tar = ARCHIVE_NAME;
const unreadable = /^cannot read the archive \(.+\); it may be truncated or not a gzip'd tar\. Re-download anb_dataset_jsons\.tar\.gz\.$/;

const KINDS: BrokenKind[] = [
  {
    kind: 'truncated gzip: the real archive cut in half',
    build: (dir) => brokenCopy(dir, {}, { bytes: () => realArchive().subarray(0, realArchive().length >> 1) }),
    expected: () => [{ file: tar, path: '', message: /unexpected end of file/ }],
  },
  {
    kind: 'truncated gzip: the real archive without its 8-byte trailer',
    build: (dir) => brokenCopy(dir, {}, { bytes: () => realArchive().subarray(0, realArchive().length - 8) }),
    expected: () => [{ file: tar, path: '', message: unreadable }],
  },
  {
    kind: 'truncated gzip: the first 10 bytes only',
    build: (dir) => brokenCopy(dir, {}, { bytes: () => realArchive().subarray(0, 10) }),
    expected: () => [{ file: tar, path: '', message: unreadable }],
  },
  {
    kind: 'not a gzip: an HTML error page saved as anb_dataset_jsons.tar.gz',
    build: (dir) => brokenCopy(dir, {}, { bytes: () => Buffer.from('<!doctype html><title>404 Not Found</title>') }),
    expected: () => [{ file: tar, path: '', message: /incorrect header check/ }],
  },
  {
    kind: 'a gzip that holds no tar',
    build: (dir) => brokenCopy(dir, {}, { bytes: () => gzipSync('result_0.json,result_1.json\n'.repeat(100)) }),
    expected: () => [{ file: tar, path: '', message: /Invalid tar header/ }],
  },
  {
    kind: 'a valid gzip of a tar cut inside an entry',
    build: (dir) => brokenCopy(dir, {}, { bytes: (gz) => gzipSync(gunzipSync(gz).subarray(0, 512 * 5 + 100)) }),
    expected: () => [{ file: tar, path: '', message: /Unexpected end of data/ }],
  },
  {
    kind: 'empty archive',
    build: (dir) => brokenCopy(dir, {}, { entries: () => [] }),
    expected: () => [{ file: tar, path: '', message: /holds no result_N\.json record \(0 other file\(s\)\)/ }],
  },
  {
    kind: 'an archive holding only a directory and a stray file',
    build: (dir) => brokenCopy(dir, {}, { entries: (e) => [e[0], { name: './anb_dataset_jsons/.DS_Store', content: 'x' }] }),
    expected: () => [
      { file: tar, path: '', message: /holds no result_N\.json record \(1 other file\(s\)\)/ },
      { file: '.DS_Store', path: '', message: /unexpected file in the archive: it holds result_N\.json records only/ },
    ],
  },
  {
    kind: 'an extra non-record file inside the archive',
    build: (dir) => brokenCopy(dir, {}, { entries: (e) => [...e, { name: './anb_dataset_jsons/README.txt', content: 'notes' }] }),
    expected: () => [{ file: 'README.txt', path: '', message: /unexpected file in the archive: it holds result_N\.json records only/ }],
  },
  {
    kind: 'the same record file twice in the archive',
    build: (dir) =>
      brokenCopy(
        dir,
        {},
        { entries: (e) => [...e, { name: './elsewhere/' + names[5], content: e.find((x) => x.name.endsWith(`/${names[5]}`))!.content }] },
      ),
    expected: () => [{ file: names[5], path: '', message: /appears twice in the archive/ }],
  },
  {
    kind: 'bad JSON in a record (cut short)',
    build: (dir) => brokenCopy(dir, { edit: { [names[3]]: (t) => t.slice(0, 100) } }),
    expected: () => [{ file: names[3], path: '', message: /^invalid JSON \(.+\)$/ }],
  },
  {
    kind: 'NaN written by Python for a missing float',
    build: (dir) => brokenCopy(dir, { edit: { [names[4]]: (t) => t.replace(/"val_top5": [0-9.]+/, '"val_top5": NaN') } }),
    expected: () => [{ file: names[4], path: '', message: /^invalid JSON \(.*NaN.*\)$/ }],
  },
  {
    kind: 'wrong gene values',
    build: (dir) =>
      brokenCopy(dir, {
        edit: {
          [names[6]]: editJson((r) => {
            r.architecture.block1_e = 9;
            r.architecture.block2_l = 4;
            r.architecture.block3_se = 1;
          }),
        },
      }),
    expected: () => [
      { file: names[6], path: 'architecture.block1_e', message: /expected one of 1, 4, 6/ },
      { file: names[6], path: 'architecture.block2_l', message: /expected one of 1, 2, 3/ },
      { file: names[6], path: 'architecture.block3_se', message: /expected boolean/ },
    ],
  },
  {
    kind: 'missing fields',
    build: (dir) =>
      brokenCopy(dir, {
        edit: {
          [names[7]]: editJson((r) => {
            delete r.model_info.params;
            delete r.platform_perf.throughput_tpuv2;
            delete r.architecture.block6_k;
          }),
        },
      }),
    expected: () => [
      { file: names[7], path: 'model_info.params', message: /expected number, received undefined/ },
      { file: names[7], path: 'platform_perf.throughput_tpuv2', message: /expected object, received undefined/ },
      { file: names[7], path: 'architecture.block6_k', message: /expected one of 3, 5/ },
    ],
  },
  {
    kind: 'unknown extra fields',
    build: (dir) =>
      brokenCopy(dir, {
        edit: {
          [names[8]]: editJson((r) => {
            r.metrics.val_top10 = 99;
            r.notes = 'rerun';
          }),
        },
      }),
    expected: () => [
      { file: names[8], path: 'metrics', message: /Unrecognized key: "val_top10"/ },
      { file: names[8], path: '', message: /Unrecognized key: "notes"/ },
    ],
  },
  {
    kind: 'negative metrics',
    build: (dir) =>
      brokenCopy(dir, {
        edit: {
          [names[9]]: editJson((r) => {
            r.platform_perf.latency_vck190.latency_mean = -3.5;
            r.platform_perf.throughput_a100.throughput_std = -1;
            r.model_info.macs = -415;
          }),
        },
      }),
    expected: () => [
      { file: names[9], path: 'platform_perf.latency_vck190.latency_mean', message: /must be > 0/ },
      { file: names[9], path: 'platform_perf.throughput_a100.throughput_std', message: /must be ≥ 0/ },
      { file: names[9], path: 'model_info.macs', message: /must be > 0/ },
    ],
  },
  {
    kind: 'out-of-range and mistyped metrics',
    build: (dir) =>
      brokenCopy(dir, {
        edit: {
          [names[10]]: editJson((r) => {
            r.metrics.val_top1 = 140;
            r.metrics.val_top5 = '61.2';
            r.metrics.train_time = 0;
          }),
          [names[11]]: (t) => t.replace(/"train_time": [0-9.]+/, '"train_time": 1e999'),
        },
      }),
    expected: () => [
      { file: names[10], path: 'metrics.val_top1', message: /must be a percentage in \[0, 100\]/ },
      { file: names[10], path: 'metrics.val_top5', message: /expected number, received string/ },
      { file: names[10], path: 'metrics.train_time', message: /must be > 0/ },
      // 1e999 parses to Infinity.
      { file: names[11], path: 'metrics.train_time', message: /must be a finite number|expected number/ },
    ],
  },
  {
    kind: 'split file lists a record that does not exist',
    build: (dir) =>
      brokenCopy(dir, {
        edit: { 'splits/val_paths.json': (t) => JSON.stringify([...(JSON.parse(t) as string[]), 'json/result_99999.json']) },
      }),
    expected: () => [
      { file: 'splits/val_paths.json', path: 'result_99999.json', message: /lists result_99999\.json, which is not in the dataset/ },
    ],
  },
  {
    kind: 'a record in two splits',
    build: (dir) =>
      brokenCopy(dir, { edit: { 'splits/test_paths.json': (t) => JSON.stringify([...(JSON.parse(t) as string[]), `json/${twice}`]) } }),
    expected: () => [
      { file: 'splits/test_paths.json', path: twice, message: new RegExp(`${twice.replace('.', '\\.')} is also in the (train|val) split`) },
    ],
  },
  {
    kind: 'split files that are not JSON lists of paths',
    build: (dir) =>
      brokenCopy(dir, {
        edit: {
          'splits/train_paths.json': () => JSON.stringify({ paths: [] }),
          'splits/val_paths.json': () => JSON.stringify(['json/result_0.json', 17]),
          'splits/test_paths.json': (t) => t.slice(0, -3),
        },
      }),
    expected: () => [
      { file: 'splits/train_paths.json', path: '', message: /expected a JSON list of record paths: .*expected array, received object/ },
      { file: 'splits/val_paths.json', path: '1', message: /expected a JSON list of record paths: .*expected string, received number/ },
      { file: 'splits/test_paths.json', path: '', message: /^invalid JSON/ },
    ],
  },
  {
    kind: 'split entries that name no record, or one record twice',
    build: (dir) =>
      brokenCopy(dir, {
        edit: {
          'splits/val_paths.json': (t) =>
            JSON.stringify(['json/model.pt', 'json/result_1.json', 'json/result_1.json', ...(JSON.parse(t) as string[])]),
        },
      }),
    expected: () => [
      { file: 'splits/val_paths.json', path: '[0]', message: /"json\/model\.pt" does not name a result_N\.json record/ },
      { file: 'splits/val_paths.json', path: '[2]', message: /result_1\.json is listed twice/ },
    ],
  },
  {
    kind: 'missing splits/ folder',
    build: (dir) => brokenCopy(dir, { omit: ['splits/train_paths.json', 'splits/val_paths.json', 'splits/test_paths.json'] }),
    expected: () =>
      ['train', 'val', 'test'].map((s) => ({
        file: `splits/${s}_paths.json`,
        path: '',
        message: /missing: the paper split needs train_paths\.json, val_paths\.json and test_paths\.json in splits\//,
      })),
  },
  {
    kind: 'proxy-fidelity CSV with a wrong column count',
    build: (dir) => brokenCopy(dir, { edit: { 'proxy-fidelity/fewproxy-seed1.csv': editCsv(2, (c) => c.slice(0, -1)) } }),
    expected: () => [
      { file: 'proxy-fidelity/fewproxy-seed1.csv', path: 'line 3', message: /expected 37 columns \(idx, job, .*\), found 36/ },
    ],
  },
  {
    kind: 'proxy-fidelity CSV with non-numeric and out-of-range values',
    build: (dir) =>
      brokenCopy(dir, {
        edit: {
          'proxy-fidelity/proxified-seed2.csv': editCsv(1, (c) => [...c.slice(0, 5), '101.5', 'n/a', ...c.slice(7)]),
          'proxy-fidelity/proxified-seed3.csv': editCsv(4, (c) => [...c.slice(0, 9), '9', ...c.slice(10)]),
        },
      }),
    expected: () => [
      { file: 'proxy-fidelity/proxified-seed2.csv', path: 'line 2 column 6 (top5)', message: /"101\.5" is not a percentage in \[0, 100\]/ },
      { file: 'proxy-fidelity/proxified-seed2.csv', path: 'line 2 column 7 (macs)', message: /"n\/a" is not a positive number/ },
      { file: 'proxy-fidelity/proxified-seed3.csv', path: 'line 5 block0_e', message: /block0_e is 9; allowed: 1, 4, 6/ },
    ],
  },
  {
    kind: 'an unexpected file in proxy-fidelity/',
    build: async (dir) => {
      await brokenCopy(dir);
      writeFileSync(path.join(dir, 'proxy-fidelity', 'fewproxy-seed1.csv.bak'), 'old');
      writeFileSync(path.join(dir, 'proxy-fidelity', 'summary.xlsx'), 'xx');
    },
    expected: () => [
      {
        file: 'proxy-fidelity/fewproxy-seed1.csv.bak',
        path: '',
        message: /unexpected file: proxy-fidelity\/ holds fewproxy-seedN\.csv and proxified-seedN\.csv only/,
      },
      { file: 'proxy-fidelity/summary.xlsx', path: '', message: /unexpected file/ },
    ],
  },
  {
    kind: 'an empty proxy-fidelity CSV',
    build: (dir) => brokenCopy(dir, { edit: { 'proxy-fidelity/fewproxy-seed3.csv': () => '\n' } }),
    expected: () => [{ file: 'proxy-fidelity/fewproxy-seed3.csv', path: '', message: /the file is empty/ }],
  },
  {
    kind: 'missing proxy-fidelity/ folder',
    build: (dir) =>
      brokenCopy(dir, { omit: ['fewproxy', 'proxified'].flatMap((r) => [1, 2, 3].map((s) => `proxy-fidelity/${r}-seed${s}.csv`)) }),
    expected: () => [{ file: 'proxy-fidelity/', path: '', message: /missing folder with fewproxy-seedN\.csv and proxified-seedN\.csv/ }],
  },
  {
    kind: 'no archive and no record files',
    build: async (dir) => {
      await writeDatasetCopy(DATA, dir, { records: RECORDS });
      rmSync(path.join(dir, 'anb_dataset_jsons'), { recursive: true });
    },
    expected: () => [{ file: '', path: '', message: /no anb_dataset_jsons\.tar\.gz and no result_N\.json files here/ }],
  },
];

/** A record of the copy that is in the train or val split, to list again in test. */
let twice = '';
beforeAll(() => {
  const train = JSON.parse(readFileSync(path.join(temp, 'good', 'splits', 'train_paths.json'), 'utf8')) as string[];
  twice = path.posix.basename(train[0]);
});

function matches(issue: DatasetIssue, e: Expected, dir: string): boolean {
  const file = e.file === '' ? dir : e.file;
  const pathOk = typeof e.path === 'string' ? issue.path === e.path : e.path.test(issue.path);
  return issue.file === file && pathOk && e.message.test(issue.message);
}

describe('importDataset refuses a broken dataset and leaves the database as it was', () => {
  it('imports the unbroken archive copy as the same version (the corpus starts from good data)', async () => {
    const dir = path.join(temp, 'archive-ok');
    await brokenCopy(dir);
    const r = await importDataset(opened.db, dir);
    expect(r.ok && r.value.status).toBe('unchanged');
    expect(await tableSnapshot(opened.db)).toEqual(good);
  });

  it.each(KINDS.map((k, i) => [k.kind, i] as const))('%s', async (_kind, i) => {
    const k = KINDS[i];
    const dir = path.join(temp, `case-${i}`);
    mkdirSync(dir, { recursive: true });
    await k.build(dir);
    const r = await importDataset(opened.db, dir);
    if (r.ok) throw new Error(`${k.kind}: imported (${r.value.status})`);
    expect(r.error.code).toBe('invalid_dataset');
    if (r.error.code !== 'invalid_dataset') return;
    const { issues } = r.error;
    expect(r.error.message).toMatch(/problem\(s\) in \d+ file\(s\) of .*; nothing was imported\./);
    for (const e of k.expected()) {
      const found = issues.find((issue) => matches(issue, e, dir));
      expect(
        found,
        `${k.kind}: no issue ${JSON.stringify({ ...e, message: String(e.message) })} among\n${issues.slice(0, 20).map(formatDatasetIssue).join('\n')}`,
      ).toBeDefined();
      console.info(`[corpus] ${k.kind} → ${formatDatasetIssue(found!)}`);
    }
    for (const issue of issues) expect(issue.file.length > 0 && issue.message.length > 0).toBe(true);
    expect(await tableSnapshot(opened.db)).toEqual(good);
  });
});
