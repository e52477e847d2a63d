// Where the ANB data lives: ANB_DATA_DIR, else ./data/accel-nasbench, else ../shared/accel-nasbench.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { env, type Env } from '@/server/env';

export const DATA_DIR_CANDIDATES = ['data/accel-nasbench', '../shared/accel-nasbench'];

export function resolveDataDir(source: Pick<Env, 'ANB_DATA_DIR'> = env, cwd = process.cwd()): string {
  if (source.ANB_DATA_DIR) {
    const dir = path.resolve(cwd, source.ANB_DATA_DIR);
    // The data folder is chosen at run time and never bundled.
    if (!existsSync(/*turbopackIgnore: true*/ dir))
      throw new Error(
        `ANB_DATA_DIR is set to ${dir}, which does not exist. Point it at the folder holding anb_dataset_jsons.tar.gz (or the result_N.json files), splits/ and proxy-fidelity/.`,
      );
    return dir;
  }
  for (const candidate of DATA_DIR_CANDIDATES) {
    const dir = path.resolve(cwd, candidate);
    if (existsSync(/*turbopackIgnore: true*/ dir)) return dir;
  }
  throw new Error(
    `No Accel-NASBench data found. Tried ${DATA_DIR_CANDIDATES.map((c) => path.resolve(cwd, c)).join(' and ')}. ` +
      'Set ANB_DATA_DIR to the folder holding anb_dataset_jsons.tar.gz (or the extracted result_N.json files), splits/ and proxy-fidelity/.',
  );
}
