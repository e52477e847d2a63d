// What `npm start` and `npm run import` say while making sure the default proxy searches are stored
// (server/services/ensureSearchesStored): one line when they are there, progress while storing them.
import type { Database } from '@/server/db/openDatabase';
import { DEFAULT_STORED_SEARCHES, ensureSearchesStored } from '@/server/services/ensureSearchesStored';

/** Never throws: missing surrogates or a failed run are reported, and the caller carries on without them. */
export async function storeMissingSearches(db: Database): Promise<void> {
  const r = DEFAULT_STORED_SEARCHES;
  const perMetric = r.optimizers.length * r.seeds.length;
  const total = perMetric * r.metrics.length;
  let done = 0;
  let announced = false;
  try {
    const outcome = await ensureSearchesStored(db, {
      onRun: (run) => {
        if (!announced) {
          console.log(
            `Storing the proxy searches for /searches: ${total} runs (${r.metrics.length} device metrics × ${r.optimizers.join(', ')} × ${r.seeds.length} seeds, budget ${r.budget}), about half a minute on 2 cores…`,
          );
          announced = true;
        }
        done += 1;
        if (done % perMetric === 0) console.log(`  ${done}/${total} (${run.metric} done)`);
      },
    });
    const v = outcome.surrogateVersion.slice(0, 12);
    if (outcome.status === 'present') console.log(`Proxy searches for surrogate ${v} are stored (${outcome.runs} runs).`);
    else console.log(`Stored ${outcome.runs} proxy searches for surrogate ${v} in ${outcome.seconds.toFixed(1)} s.`);
  } catch (e) {
    console.warn(
      `Proxy searches not stored: ${(e as Error).message}\n/searches stays empty until they are: run \`npm run searches:store\` once the surrogates are built.`,
    );
  }
}
