// `npm run surrogates:train -- [--data DIR] [--split DIR | --random-split SEED [--split-out DIR]]
//   [--out DIR] [--report FILE] [--seed N] [--workers N]`
// Trains the surrogates, writes <out>/anb-surrogate.onnx + manifest.json and the report JSON, and
// prints the test metrics beside the reference XGBoost numbers.
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readDataset } from '../server/dataset/readDataset';
import { resolveDataDir } from '../server/dataset/resolveDataDir';
import { formatDifferenceTable, formatReportTable } from '../surrogates/pipeline/formatReportTable';
import { trainSurrogates, type SplitSource } from '../surrogates/pipeline/trainSurrogates';
import { writeSurrogateArtifacts } from '../surrogates/pipeline/writeSurrogateArtifacts';

const USAGE =
  'usage: npm run surrogates:train -- [--data DIR] [--split DIR | --random-split SEED [--split-out DIR]] ' +
  '[--out DIR] [--report FILE] [--seed N] [--workers N]';

function nonNegativeInt(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0) {
    console.error(`--${flag} is "${value}"; expected a non-negative integer.\n${USAGE}`);
    process.exit(2);
  }
  return n;
}

async function main(): Promise<void> {
  let args;
  try {
    args = parseArgs({
      options: {
        data: { type: 'string' },
        split: { type: 'string' },
        'random-split': { type: 'string' },
        'split-out': { type: 'string' },
        out: { type: 'string', default: 'public/models' },
        report: { type: 'string', default: 'build/surrogate-report.json' },
        seed: { type: 'string' },
        workers: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }).values;
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  if (args.help) {
    console.log(USAGE);
    return;
  }
  if (args.split && args['random-split']) {
    console.error(`--split and --random-split are alternatives; give one.\n${USAGE}`);
    process.exit(2);
  }
  const dataDir = args.data ? path.resolve(args.data) : resolveDataDir();
  const seed = nonNegativeInt('seed', args.seed, 1);
  const workers = nonNegativeInt('workers', args.workers, Math.min(2, availableParallelism()));
  let split: SplitSource = { kind: 'paper' };
  if (args.split) split = { kind: 'directory', dir: path.resolve(args.split) };
  if (args['random-split'] !== undefined) {
    const splitSeed = nonNegativeInt('random-split', args['random-split'], 0);
    split = { kind: 'random', seed: splitSeed, dir: path.resolve(args['split-out'] ?? `build/splits/random-${splitSeed}`) };
  }

  console.log(
    `Training surrogates on ${dataDir} (${split.kind === 'paper' ? "paper's split" : split.kind === 'directory' ? `split ${split.dir}` : `random 80/10/10 split, seed ${split.seed}, written to ${split.dir}`}), seed ${seed}, ${workers} worker(s)…`,
  );
  const result = await trainSurrogates({
    dataset: await readDataset(dataDir),
    split,
    seed,
    workers,
    onTarget: (name, ms) => console.log(`  ${name.padEnd(18)} ${(ms / 1000).toFixed(1)} s`),
  });
  const files = writeSurrogateArtifacts(result, path.resolve(args.out!), path.resolve(args.report!));
  console.log(`\nTest split (${result.manifest.training.split.counts.test} records):\n`);
  console.log(formatReportTable(result.report, split.kind === 'paper'));
  console.log(`\nPredicted differences, test pairs:\n${formatDifferenceTable(result.report)}`);
  console.log(`\nTraining ${(result.timings.training / 1000).toFixed(1)} s, whole run ${(result.timings.total / 1000).toFixed(1)} s.`);
  console.log(
    `Wrote ${files.onnxFile} (${(result.onnx.length / 1e6).toFixed(2)} MB), ${files.manifestFile}, ${path.resolve(args.report!)}`,
  );
  console.log(`Version ${result.manifest.versionHash}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
