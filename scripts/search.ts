// `npm run search -- …`: runs the core optimizers against the ONNX surrogate on onnxruntime-node and
// writes per seed the trajectory, final front and hypervolume. Exit 0 on success, 1 on failure, 2 on bad flags.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { optimizers } from '@/core/search/optimizers';
import { comparisonMarkdown, compareRuns } from '@/server/services/searchesCompare';
import { parseSearchArgs, SEARCH_USAGE } from '@/server/services/searchesCliArgs';
import { runSearchMatrix } from '@/server/services/searchesRun';

const parsed = parseSearchArgs(process.argv.slice(2));
if (!parsed.ok) {
  console.error(`search: ${parsed.error.message}\n\n${SEARCH_USAGE}`);
  process.exit(2);
}
const args = parsed.value;
if (args.help) {
  console.log(SEARCH_USAGE);
  process.exit(0);
}

try {
  const started = performance.now();
  const output = await runSearchMatrix(args, (run) =>
    console.error(
      `${run.metric.padEnd(17)} ${optimizers[run.optimizer].label.padEnd(22)} seed ${String(run.seed).padEnd(3)} hypervolume ${run.hypervolume.toPrecision(6)}  best ${run.best.code} (reward ${run.best.reward.toFixed(3)})`,
    ),
  );
  const seconds = (performance.now() - started) / 1000;
  const evaluations = output.runs.length * args.budget;
  console.error(
    `${output.runs.length} runs, ${evaluations.toLocaleString('en-US')} evaluations in ${seconds.toFixed(1)} s (${Math.round(evaluations / seconds).toLocaleString('en-US')}/s)`,
  );
  if (args.compare) console.log(comparisonMarkdown(compareRuns(output.runs), args.budget));
  if (args.out) {
    mkdirSync(path.dirname(path.resolve(args.out)), { recursive: true });
    writeFileSync(args.out, JSON.stringify(output, null, 1));
    if (args.compare)
      writeFileSync(args.out.replace(/\.json$/, '') + '.md', comparisonMarkdown(compareRuns(output.runs), args.budget) + '\n');
    console.error(`wrote ${args.out}`);
  }
} catch (e) {
  console.error(`search: ${(e as Error).message}`);
  process.exit(1);
}
