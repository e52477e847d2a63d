// Builds what the app needs before `next build` / tests and is not committed: the trained surrogates
// (public/models), retrained only when missing, when the dataset's content hash has changed, or when
// the code that trains them has (a pulled pipeline change must not leave an old model in place).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DatasetIssue } from '@/core/dataset/datasetIssue';
import { hashDatasetFiles, readDatasetFiles } from '@/server/dataset/readDataset';
import { resolveDataDir } from '@/server/dataset/resolveDataDir';
import { env } from '@/server/env';
import { MANIFEST_FILE, parseSurrogateManifest } from '@/surrogates/runtime/manifestSchema';

const MODEL_DIR = path.resolve(env.ANB_MODEL_DIR ?? 'public/models');
/** sha256 of the training code the models in MODEL_DIR were built with, written after each training. */
const CODE_HASH_FILE = 'training-code.sha256';
/** What decides the trained bytes: the pipeline, the runtime it evaluates with, and the pure core. */
const TRAINING_CODE_DIRS = ['surrogates/pipeline', 'surrogates/runtime', 'core'];

function trainingCodeHash(): string {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith('.ts') && !p.endsWith('.test.ts')) files.push(p);
    }
  };
  TRAINING_CODE_DIRS.forEach(walk);
  const h = createHash('sha256');
  for (const f of files.sort()) h.update(`${f}\0`).update(readFileSync(f)).update('\0');
  return h.digest('hex');
}

async function main() {
  const dir = resolveDataDir();
  // Only the hash is needed here: the data is validated where it is used (import, training).
  const issues: DatasetIssue[] = [];
  const dataHash = hashDatasetFiles(await readDatasetFiles(dir, issues));
  const manifestFile = path.join(MODEL_DIR, MANIFEST_FILE);
  const codeHash = trainingCodeHash();
  let reason = '';
  if (!existsSync(manifestFile)) reason = 'no trained surrogates yet';
  else {
    const parsed = parseSurrogateManifest(JSON.parse(readFileSync(manifestFile, 'utf8')) as unknown);
    if (!parsed.ok) reason = `the manifest is not valid (${parsed.error.message})`;
    else if (parsed.value.training.dataContentHash !== dataHash) reason = 'the dataset changed since they were trained';
    else if (!existsSync(path.join(MODEL_DIR, parsed.value.model.file))) reason = 'the model file is missing';
    else if (
      !existsSync(path.join(MODEL_DIR, CODE_HASH_FILE)) ||
      readFileSync(path.join(MODEL_DIR, CODE_HASH_FILE), 'utf8').trim() !== codeHash
    ) {
      reason = 'the training code changed since they were trained';
    }
  }
  if (!reason) {
    console.log(`Surrogates in ${path.relative(process.cwd(), MODEL_DIR)} are up to date with dataset ${dataHash.slice(0, 12)}.`);
    return;
  }
  console.log(`Training the surrogates: ${reason} (about 1–2 minutes on 2 cores)…`);
  const r = spawnSync('npm', ['run', '--silent', 'surrogates:train', '--', '--data', dir, '--out', MODEL_DIR], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
  writeFileSync(path.join(MODEL_DIR, CODE_HASH_FILE), `${codeHash}\n`);
}

main().catch((e) => {
  console.error((e as Error).message);
  process.exit(1);
});
