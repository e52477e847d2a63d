// `npm run surrogates:extremes-split -- --measure macs [--share 0.05] [--tails both|low|high]
//   [--seed 1] [--out DIR] [--data DIR]`: writes a held-out-extremes split directory
// (surrogates/pipeline/writeExtremesSplit.ts) to train on with `npm run surrogates:train -- --split DIR`.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readDataset } from '../server/dataset/readDataset';
import { resolveDataDir } from '../server/dataset/resolveDataDir';
import { writeExtremesSplit, type ExtremesTails } from '../surrogates/pipeline/writeExtremesSplit';

const USAGE =
  'usage: npm run surrogates:extremes-split -- --measure FEATURE [--share 0.05] [--tails both|low|high] [--seed 1] [--out DIR] [--data DIR]\n' +
  '  FEATURE: a feature of surrogates/runtime/encodeFeatures.ts, e.g. macs, params, layers, stage3_macs, block5_l';

const { values: args } = parseArgs({
  options: {
    measure: { type: 'string' },
    share: { type: 'string', default: '0.05' },
    tails: { type: 'string', default: 'both' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
    data: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
  strict: true,
});
if (args.help || !args.measure) {
  console.log(USAGE);
  process.exit(args.help ? 0 : 2);
}
const tails = args.tails as ExtremesTails;
if (!['both', 'low', 'high'].includes(tails)) {
  console.error(`--tails is "${args.tails}"; expected both, low or high.\n${USAGE}`);
  process.exit(2);
}
const dataset = await readDataset(args.data ? path.resolve(args.data) : resolveDataDir());
const out = path.resolve(args.out ?? `build/splits/extremes-${args.measure}-${tails}`);
try {
  const split = writeExtremesSplit(out, dataset.records, {
    measure: args.measure,
    share: Number(args.share),
    tails,
    seed: Number(args.seed),
  });
  console.log(
    `Wrote ${out}: train ${split.train.length}, val ${split.val.length}, test ${split.test.length} ` +
      `(${args.measure} ≤ ${split.cut.low ?? '–'} or ≥ ${split.cut.high ?? '–'})`,
  );
} catch (e) {
  console.error(`${(e as Error).message}\n${USAGE}`);
  process.exit(2);
}
