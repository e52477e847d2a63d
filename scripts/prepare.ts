// Builds what the app needs before `next build` / tests and is not committed: the trained surrogates
// (public/models), retrained only when missing or when the dataset's content hash has changed.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { DatasetIssue } from '@/core/dataset/datasetIssue';
import { hashDatasetFiles, readDatasetFiles } from '@/server/dataset/readDataset';
import { resolveDataDir } from '@/server/dataset/resolveDataDir';
import { MANIFEST_FILE, parseSurrogateManifest } from '@/surrogates/runtime/manifestSchema';

const MODEL_DIR = path.resolve(process.env.ANB_MODEL_DIR ?? 'public/models');

async function main() {
  const dir = resolveDataDir();
  // Only the hash is needed here: the data is validated where it is used (import, training).
  const issues: DatasetIssue[] = [];
  const dataHash = hashDatasetFiles(await readDatasetFiles(dir, issues));
  const manifestFile = path.join(MODEL_DIR, MANIFEST_FILE);
  let reason = '';
  if (!existsSync(manifestFile)) reason = 'no trained surrogates yet';
  else {
    const parsed = parseSurrogateManifest(JSON.parse(readFileSync(manifestFile, 'utf8')) as unknown);
    if (!parsed.ok) reason = `the manifest is not valid (${parsed.error.message})`;
    else if (parsed.value.training.dataContentHash !== dataHash) reason = 'the dataset changed since they were trained';
    else if (!existsSync(path.join(MODEL_DIR, parsed.value.model.file))) reason = 'the model file is missing';
  }
  if (!reason) {
    console.log(`Surrogates in ${path.relative(process.cwd(), MODEL_DIR)} are up to date with dataset ${dataHash.slice(0, 12)}.`);
    return;
  }
  console.log(`Training the surrogates: ${reason} (about 1–2 minutes on 2 cores)…`);
  const r = spawnSync('npm', ['run', '--silent', 'surrogates:train', '--', '--data', dir, '--out', MODEL_DIR], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

main().catch((e) => {
  console.error((e as Error).message);
  process.exit(1);
});
