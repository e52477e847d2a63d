// `npm run search -- …`: runs the core optimizers against the ONNX surrogate on onnxruntime-node and
// writes per seed the trajectory, final front and hypervolume. `--device <profile id>` searches against a
// profiled device (#12) read from the database the server uses. Exit 0 on success, 1 on failure, 2 on bad
// flags or an unknown profiled device.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { optimizers } from '@/core/search/optimizers';
import type { SearchObjective } from '@/core/search/objectiveSettings';
import type { SurrogateSearchRun } from '@/core/search/runSurrogateSearch';
import { openDatabase } from '@/server/db/openDatabase';
import { profiledSearchDevice, runProfiledSearch, type ProfiledSearchDevice } from '@/server/services/searchesProfiled';
import { ServiceError } from '@/server/services/serviceError';
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

let device: ProfiledSearchDevice | null = null;
if (args.profile) {
  const { id, metric } = args.profile;
  try {
    const opened = await openDatabase();
    try {
      device = await profiledSearchDevice(opened.db, id, metric);
    } finally {
      await opened.close();
    }
  } catch (e) {
    // An unknown id or a metric the device was not profiled for is a bad flag; anything else a failure.
    const known = e instanceof ServiceError && (e.code === 'not_found' || e.code === 'bad_request');
    console.error(`search: --device ${id}: ${(e as Error).message}`);
    process.exit(known ? 2 : 1);
  }
  const { spec } = device;
  console.error(
    `device ${device.name} (${device.id}, profiled): ${spec.name}, ${spec.label}, ${spec.unit}, ${spec.direction === 'min' ? 'lower' : 'higher'} is better; median ${device.median.toPrecision(6)} ${spec.unit} (reward target and reference)`,
  );
}

const logRun = (run: SurrogateSearchRun<SearchObjective['metric']>) =>
  console.error(
    `${run.metric.padEnd(17)} ${optimizers[run.optimizer].label.padEnd(22)} seed ${String(run.seed).padEnd(3)} hypervolume ${run.hypervolume.toPrecision(6)}  best ${run.best.code} (reward ${run.best.reward.toFixed(3)})`,
  );

try {
  const started = performance.now();
  const output = device ? await runProfiledSearch(args, device, logRun) : await runSearchMatrix(args, logRun);
  const seconds = (performance.now() - started) / 1000;
  const evaluations = output.runs.length * args.budget;
  console.error(
    `${output.runs.length} runs, ${evaluations.toLocaleString('en-US')} evaluations in ${seconds.toFixed(1)} s (${Math.round(evaluations / seconds).toLocaleString('en-US')}/s)`,
  );
  if (args.compare && !device) console.log(comparisonMarkdown(compareRuns(output.runs as SurrogateSearchRun[]), args.budget));
  if (args.out) {
    mkdirSync(path.dirname(path.resolve(args.out)), { recursive: true });
    writeFileSync(args.out, JSON.stringify(output, null, 1));
    if (args.compare)
      writeFileSync(
        args.out.replace(/\.json$/, '') + '.md',
        comparisonMarkdown(compareRuns(output.runs as SurrogateSearchRun[]), args.budget) + '\n',
      );
    console.error(`wrote ${args.out}`);
  }
} catch (e) {
  console.error(`search: ${(e as Error).message}`);
  process.exit(1);
}
