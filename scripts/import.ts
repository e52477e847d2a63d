// `npm run import -- [--data DIR] [--skip-invalid]`: imports the ANB data into the database, prints
// what it holds and stores the default proxy searches when the current surrogates have none. Exit 0 when imported or unchanged, 1 when the data or the import failed, 2 on bad flags.
import { formatDatasetIssue, type DatasetIssue } from '@/core/dataset/datasetIssue';
import { resolveDataDir } from '@/server/dataset/resolveDataDir';
import { openDatabase, type OpenedDatabase } from '@/server/db/openDatabase';
import { deviceProfiles, type DatasetVersion } from '@/server/db/schema';
import { importDataset } from '@/server/import/importDataset';
import { IMPORT_USAGE, parseImportArgs } from '@/server/import/parseImportArgs';
import { storeMissingSearches } from './startup/storeMissingSearches';

const n = (v: number) => v.toLocaleString('en-US');
const files = (issues: DatasetIssue[]) => new Set(issues.map((i) => i.file)).size;

function summary(v: DatasetVersion, devices: number): string {
  return [
    `  records              ${n(v.record_count)}`,
    `  architectures        ${n(v.architecture_count)} distinct (${n(v.duplicate_architecture_count)} with more than one record)`,
    `  splits               train ${n(v.train_count)} · val ${n(v.val_count)} · test ${n(v.test_count)} · in none ${n(v.unsplit_count)}`,
    `  proxy-fidelity runs  ${n(v.proxy_run_count)}`,
    `  devices              ${n(devices)}`,
    `  version (sha256)     ${v.hash}`,
  ].join('\n');
}

async function main(): Promise<number> {
  const args = parseImportArgs(process.argv.slice(2));
  if (!args.ok) {
    console.error(`${args.error.message}\n\n${IMPORT_USAGE}`);
    return 2;
  }
  if (args.value.help) {
    console.log(IMPORT_USAGE);
    return 0;
  }
  let dir: string;
  try {
    dir = args.value.dataDir ?? resolveDataDir();
  } catch (e) {
    console.error((e as Error).message);
    return 1;
  }

  const started = performance.now();
  let opened: OpenedDatabase;
  try {
    opened = await openDatabase();
  } catch (e) {
    console.error(`Cannot open the database: ${(e as Error).message}`);
    return 1;
  }
  const { db, kind, location, close } = opened;
  try {
    const result = await importDataset(db, dir, { skipInvalid: args.value.skipInvalid });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (!result.ok) {
      const { error } = result;
      if (error.code === 'import_failed') {
        console.error(error.message);
        return 1;
      }
      for (const issue of error.issues) console.error(formatDatasetIssue(issue));
      console.error(
        `\n${n(error.issues.length)} problem(s) in ${n(files(error.issues))} file(s) of ${dir}. Nothing was imported; the database is unchanged.`,
      );
      if (error.code === 'invalid_dataset') {
        const data = args.value.dataDir === undefined ? '' : `--data ${JSON.stringify(args.value.dataDir)} `;
        console.error(`Fix the files above, or import the valid rest and leave these out: npm run import -- ${data}--skip-invalid`);
      }
      return 1;
    }
    const outcome = result.value;
    const devices = await db.$count(deviceProfiles);
    const where = `${kind === 'pglite' ? 'PGlite' : 'Postgres'} ${location}`;
    if (outcome.status === 'unchanged') {
      console.log(
        `Unchanged: ${where} already holds the data in ${dir} (imported ${outcome.version.imported_at.toISOString()}). ${seconds} s`,
      );
      if (outcome.devicesUpdated) console.log('Device profiles refreshed from core/devices.ts.');
    } else {
      console.log(`Imported ${dir} into ${where} in ${seconds} s`);
    }
    console.log(summary(outcome.version, devices));
    if (outcome.status === 'imported' && outcome.skipped.length > 0) {
      console.warn(`\nLeft out (--skip-invalid): ${n(outcome.skipped.length)} problem(s) in ${n(files(outcome.skipped))} file(s):`);
      for (const issue of outcome.skipped) console.warn(`  ${formatDatasetIssue(issue)}`);
    }
    await storeMissingSearches(db);
    return 0;
  } finally {
    await close();
  }
}

process.exitCode = await main();
