// The settings a surrogate search hands its optimizer: the CLI, `searches:store` and the search worker
// resolve them the same way, so the same request gives the same run everywhere.
import { objectiveSettings, type SearchObjective } from './objectiveSettings';
import { optimizers, type OptimizerId } from './optimizers';

/** An optimizer's full settings: its own defaults with the objective settings laid over them. */
export function optimizerSettings(id: OptimizerId, o: SearchObjective) {
  return { ...optimizers[id].defaultSettings, ...objectiveSettings(o) };
}
