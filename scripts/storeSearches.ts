// `npm run searches:store [-- --budget 1000 --seeds 1-5 --optimizer rs,re,reinforce,nsga2]`: runs the
// search CLI's core for every device metric and stores every run in the `searches` table. Without flags
// it stores what `npm start` stores when missing (DEFAULT_STORED_SEARCHES), replacing those runs.
import { openDatabase } from '@/server/db/openDatabase';
import { DEFAULT_STORED_SEARCHES } from '@/server/services/ensureSearchesStored';
import { parseSearchArgs, SEARCH_USAGE } from '@/server/services/searchesCliArgs';
import { runSearchMatrix } from '@/server/services/searchesRun';
import { storeSearches } from '@/server/services/searchesStore';

const argv = process.argv.slice(2);
const withDefaults = (flag: string, value: string) => (argv.includes(`--${flag}`) ? [] : [`--${flag}`, value]);
const parsed = parseSearchArgs([
  '--compare',
  ...withDefaults('optimizer', DEFAULT_STORED_SEARCHES.optimizers.join(',')),
  ...withDefaults('budget', String(DEFAULT_STORED_SEARCHES.budget)),
  ...withDefaults('seeds', DEFAULT_STORED_SEARCHES.seeds.join(',')),
  ...argv,
]);
if (!parsed.ok) {
  console.error(`searches:store: ${parsed.error.message}\n\n${SEARCH_USAGE}`);
  process.exit(2);
}
const started = performance.now();
const output = await runSearchMatrix(parsed.value, (run) =>
  console.error(`${run.metric} ${run.optimizer} seed ${run.seed}: hypervolume ${run.hypervolume.toPrecision(6)}`),
);
const opened = await openDatabase();
try {
  const stored = await storeSearches(opened.db, output);
  console.log(`stored ${stored} searches in ${opened.location} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
} finally {
  await opened.close();
}
