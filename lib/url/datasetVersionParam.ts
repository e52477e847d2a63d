// `dv`: the dataset version a permalink was made on — a hex prefix (12 characters when the app writes
// it) of the sha256 the import stores. Anything else is ignored rather than trusted.
import { createParser } from 'nuqs/server';

export const DATASET_VERSION_PREFIX = 12;

export const datasetVersionParam = createParser<string>({
  parse: (raw) => (/^[0-9a-f]{6,64}$/.test(raw) ? raw : null),
  serialize: (v) => v,
});
